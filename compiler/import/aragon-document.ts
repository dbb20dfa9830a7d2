import { formatUnits } from 'viem';
import type { CharterDocument, CharterEdge, CharterNode } from '../generated/charter-document.ts';
import type { AragonFacts, AragonPluginFacts } from './aragon-facts.ts';
import { fractionToDecimal } from './fraction-to-decimal.ts';
import type { ImportResult } from './governor-document.ts';
import type { ImportNote } from './import-note.ts';

const votingModes = ['standard', 'early-execution', 'vote-replacement'] as const;
const pluginNames = {
  'token-voting': 'TokenVoting',
  'addresslist-voting': 'AddresslistVoting',
  multisig: 'Multisig',
} as const;

/** Parts of 10^6 (Aragon's RATIO_BASE) as an exact percentage: 250000 is "25", 666666 is "66.6666". */
const percentOf = (parts: number | bigint) => fractionToDecimal(BigInt(parts) * 100n, 1_000_000n)!;

const edge = (id: number, from: [string, string], to: [string, string]): CharterEdge => ({
  id: `e${id}`,
  from: { node: from[0], port: from[1] },
  to: { node: to[0], port: to[1] },
});

/** Who may propose to a plugin, as the proposal node must say it; undefined for a Multisig, which has its own flag. */
interface ProposalNeed {
  proposers?: string;
  minVotingPower: string;
}

/** A plugin drawn as nodes: its electorate, its decision and where its proposals go. */
interface DrawnPlugin {
  facts: AragonPluginFacts;
  /** The proposal type, and the route's port, named after the plugin: "token-voting", "multisig-2". */
  slug: string;
  electorate: string;
  decision: CharterNode;
  need?: ProposalNeed;
}

/**
 * The rule document an Aragon DAO runs, rebuilt from its installed governance plugins: each TokenVoting or
 * AddresslistVoting becomes a majority vote of its token's holders or of its listed members, each Multisig a
 * multisig of its members, each executing by the DAO. Proposal types are not on chain: each plugin gets one type
 * named after it and, when there are several, a route by type sends each type to its plugin, as a proposer does by
 * choosing the plugin. When the plugins ask different things of proposers, each has its own proposal node instead.
 * What a plugin holds that no node can (a minimum participation and a minimum approval together, accounts left out of
 * the supply) leaves that plugin out with a note; with no plugin left, the import is refused with the reasons.
 */
export function aragonDocument(facts: AragonFacts): ImportResult {
  const notes: ImportNote[] = [...facts.notes];
  const nodes: CharterNode[] = [];
  const edges: CharterEdge[] = [];
  const electorates = new Map<string, string>();
  const counts = new Map<string, number>();
  const drawn: DrawnPlugin[] = [];
  const refusals: ImportNote[] = [];

  const electorate = (key: string, make: (id: string) => CharterNode) => {
    const found = electorates.get(key);
    if (found) return found;
    const kind = key.split(':', 1)[0]!;
    const count = [...electorates.keys()].filter((other) => other.startsWith(`${kind}:`)).length;
    const id = count === 0 ? kind : `${kind}-${count + 1}`;
    electorates.set(key, id);
    nodes.push(make(id));
    return id;
  };

  for (const plugin of facts.plugins) {
    const refusal = undrawable(plugin);
    if (refusal) {
      refusals.push(refusal);
      continue;
    }
    const count = (counts.get(plugin.plugin) ?? 0) + 1;
    counts.set(plugin.plugin, count);
    const slug = count === 1 ? plugin.plugin : `${plugin.plugin}-${count}`;
    const y = drawn.length * 280;
    if (plugin.plugin === 'multisig') {
      const voters = electorate(`signers:${plugin.members.join(',')}`, (id) => ({
        id,
        kind: 'signers',
        label: `Multisig members (${plugin.members.length})`,
        position: { x: 560, y: y - 140 },
        params: { signers: plugin.members, body: 'Multisig members' },
      }));
      drawn.push({
        facts: plugin,
        slug,
        electorate: voters,
        decision: {
          id: slug,
          kind: 'multisig',
          label: `${plugin.minApprovals} of ${plugin.members.length} (Multisig)`,
          description: `Multisig ${plugin.address}.`,
          position: { x: 840, y },
          params: { threshold: plugin.minApprovals, onlyListed: plugin.onlyListed },
        },
      });
      continue;
    }
    let voters: string;
    let need: ProposalNeed;
    if (plugin.plugin === 'token-voting') {
      const { token } = plugin;
      voters = electorate(`token-holders:${token.address}`, (id) => ({
        id,
        kind: 'token-holders',
        label: `${token.symbol} holders`,
        description: `Token ${token.address}, read on chain ${facts.chainId}.`,
        position: { x: 560, y: y - 140 },
        params: {
          token: {
            name: token.name,
            symbol: token.symbol,
            decimals: token.decimals,
            totalSupply: formatUnits(token.totalSupply, token.decimals),
            address: token.address,
          },
          standard: 'erc20-votes',
          delegation: true,
          topHolders: [],
        },
      }));
      // A minimum of 0 is anyone, with or without the token: drawn without proposers, as AddresslistVoting's 0 is.
      need =
        plugin.minProposerVotingPower === 0n
          ? { minVotingPower: '0' }
          : { proposers: voters, minVotingPower: formatUnits(plugin.minProposerVotingPower, token.decimals) };
      if (plugin.underlying)
        notes.push({
          code: 'aragon-wrapped-token',
          en: `The voting token ${token.address} wraps ${plugin.underlying}: only ${plugin.underlying} deposited into it votes, and its supply is what has been deposited.`,
          ko: `투표 토큰 ${token.address}은 ${plugin.underlying}를 감싼 토큰입니다. 예치된 ${plugin.underlying}만 투표할 수 있고, 공급량도 예치된 양입니다.`,
        });
    } else {
      voters = electorate(`members:${plugin.members.join(',')}`, (id) => ({
        id,
        kind: 'members',
        label: `Members (${plugin.members.length})`,
        position: { x: 560, y: y - 140 },
        params: { source: 'list', members: plugin.members },
      }));
      // createProposal asks only whether a caller is listed when minProposerVotingPower is not 0.
      need =
        plugin.minProposerVotingPower === 0n
          ? { minVotingPower: '0' }
          : { proposers: voters, minVotingPower: '1' };
      if (plugin.minProposerVotingPower > 1n)
        notes.push({
          code: 'aragon-addresslist-proposer-power',
          en: `The AddresslistVoting ${plugin.address} asks ${plugin.minProposerVotingPower} of a proposer, which it reads as "listed": drawn as one vote, which its members each have.`,
          ko: `AddresslistVoting ${plugin.address}은 제안자에게 ${plugin.minProposerVotingPower}를 요구하지만 이는 "등록된 구성원"이라는 뜻으로만 쓰이므로, 구성원마다 가진 한 표로 그렸습니다.`,
        });
    }
    const forOnly =
      plugin.plugin === 'token-voting' && plugin.minParticipation === 0 && (plugin.minApproval ?? 0n) > 0n;
    drawn.push({
      facts: plugin,
      slug,
      electorate: voters,
      need,
      decision: {
        id: slug,
        kind: 'majority-vote',
        label: `${plugin.plugin === 'token-voting' ? 'Token vote' : 'Member vote'} (${pluginNames[plugin.plugin]})`,
        description: `${pluginNames[plugin.plugin]} ${plugin.address}.`,
        position: { x: 840, y },
        params: {
          quorum: {
            percent: percentOf(
              forOnly ? (plugin as { minApproval: bigint }).minApproval : plugin.minParticipation,
            ),
          },
          quorumCounts: forOnly ? 'for' : 'all',
          supportThreshold: percentOf(plugin.supportThreshold),
          votingDelay: 0,
          votingPeriod: Number(plugin.minDuration),
          lateQuorumExtension: 0,
          votingMode: votingModes[plugin.votingMode]!,
        },
      } as CharterNode,
    });
  }
  notes.push(...refusals);
  if (drawn.length === 0)
    return {
      ok: false,
      reason:
        refusals.length === 1
          ? refusals[0]!
          : {
              code: 'aragon-no-plugin',
              en: [
                `The DAO ${facts.dao} has no TokenVoting, Multisig or AddresslistVoting plugin Charter can draw.`,
                ...notes.map((note) => note.en),
              ].join(' '),
              ko: [
                `DAO ${facts.dao}에는 Charter가 그릴 수 있는 TokenVoting, Multisig, AddresslistVoting 플러그인이 없습니다.`,
                ...notes.map((note) => note.ko),
              ].join(' '),
            },
    };

  // One proposal node when every plugin asks the same of proposers (a Multisig asks nothing of it), else one each.
  const needs = drawn.flatMap((plugin) => (plugin.need ? [plugin.need] : []));
  const shared = needs.every(
    (need) => need.proposers === needs[0]!.proposers && need.minVotingPower === needs[0]!.minVotingPower,
  );
  notes.unshift({
    code: 'proposal-types-off-chain',
    en: `Proposal types are not kept on chain: each plugin is drawn as one type named after it (${drawn.map((plugin) => `"${plugin.slug}"`).join(', ')}), which a proposer picks by choosing the plugin.`,
    ko: `제안 유형은 체인에 기록되지 않으므로 플러그인마다 그 이름을 딴 유형 하나(${drawn.map((plugin) => `"${plugin.slug}"`).join(', ')})로 그렸습니다. 제안자는 플러그인을 골라 유형을 정합니다.`,
  });
  let next = 1;
  const proposal = (id: string, types: string[], need: ProposalNeed | undefined, y: number) => {
    nodes.push({
      id,
      kind: 'proposal',
      label: 'Proposal',
      position: { x: 0, y },
      params: { types, minVotingPower: need?.minVotingPower ?? '0', deposit: '0' },
    });
    if (need?.proposers) edges.push(edge(next++, [need.proposers, 'voters'], [id, 'proposers']));
  };
  if (shared) {
    proposal(
      'propose',
      drawn.map((plugin) => plugin.slug),
      needs[0],
      0,
    );
    if (drawn.length > 1) {
      nodes.push({
        id: 'route',
        kind: 'route-by-type',
        label: 'Which plugin?',
        position: { x: 280, y: 0 },
        params: {
          routes: drawn.slice(1).map((plugin) => ({ port: plugin.slug, types: [plugin.slug] })),
          otherwise: drawn[0]!.slug,
        },
      });
      edges.push(edge(next++, ['propose', 'out'], ['route', 'in']));
    }
  }
  for (const [index, plugin] of drawn.entries()) {
    const { slug } = plugin;
    const y = index * 280;
    if (!shared) {
      proposal(`propose-${slug}`, [slug], plugin.need, y);
      edges.push(edge(next++, [`propose-${slug}`, 'out'], [slug, 'in']));
    } else edges.push(edge(next++, drawn.length > 1 ? ['route', slug] : ['propose', 'out'], [slug, 'in']));
    nodes.push(
      plugin.decision,
      {
        id: `run-${slug}`,
        kind: 'execute',
        label: 'Execute by the DAO',
        position: { x: 1120, y },
        params: { executor: 'aragon' },
      },
      {
        id: `not-${slug}`,
        kind: 'reject',
        label: plugin.facts.plugin === 'multisig' ? 'Not approved' : 'Defeated',
        position: { x: 1120, y: y + 140 },
        params: {},
      },
    );
    edges.push(
      edge(next++, [plugin.electorate, 'voters'], [slug, 'voters']),
      edge(next++, [slug, 'passed'], [`run-${slug}`, 'in']),
      edge(next++, [slug, 'failed'], [`not-${slug}`, 'in']),
    );
  }

  const short = `${facts.dao.slice(0, 6)}…${facts.dao.slice(-4)}`;
  const document: CharterDocument = {
    charter: '1',
    name:
      facts.read === 'dao'
        ? `Aragon DAO ${short}`
        : `${pluginNames[drawn[0]!.facts.plugin]} of Aragon DAO ${short}`,
    description: [
      facts.read === 'dao'
        ? `Imported from the Aragon DAO ${facts.dao} on chain ${facts.chainId}: its ${drawn.length === 1 ? 'plugin' : 'plugins'} ${drawn.map((plugin) => `${pluginNames[plugin.facts.plugin]} ${plugin.facts.address}`).join(', ')}.`
        : `Imported from the ${pluginNames[drawn[0]!.facts.plugin]} ${drawn[0]!.facts.address} of the Aragon DAO ${facts.dao} on chain ${facts.chainId}.`,
      ...notes.map((note) => note.en),
    ].join(' '),
    chain: { chainId: facts.chainId, blockTime: facts.blockTime.seconds, clockMode: 'timestamp' },
    nodes,
    edges,
  };
  return { ok: true, document, notes };
}

/** Why a plugin's settings have no node that holds them, or undefined when they do. */
function undrawable(plugin: AragonPluginFacts): ImportNote | undefined {
  if (plugin.plugin === 'multisig') return undefined;
  if (plugin.votingMode > 2)
    return {
      code: 'aragon-voting-mode-unknown',
      en: `The ${pluginNames[plugin.plugin]} ${plugin.address} has voting mode ${plugin.votingMode}, which Charter does not know; this plugin is not drawn.`,
      ko: `${pluginNames[plugin.plugin]} ${plugin.address}의 투표 방식 ${plugin.votingMode}은 Charter가 알지 못하므로 이 플러그인은 그리지 않았습니다.`,
    };
  if (plugin.plugin !== 'token-voting') return undefined;
  if (plugin.minParticipation > 0 && (plugin.minApproval ?? 0n) > 0n)
    return {
      code: 'aragon-two-quorums',
      en: `The TokenVoting ${plugin.address} needs both a minimum participation of ${percentOf(plugin.minParticipation)} % (every vote counts) and a minimum approval of ${percentOf(plugin.minApproval!)} % (For only); a majority vote holds one quorum, so this plugin is not drawn.`,
      ko: `TokenVoting ${plugin.address}은 최소 참여율 ${percentOf(plugin.minParticipation)}%(모든 표 포함)와 최소 찬성률 ${percentOf(plugin.minApproval!)}%(찬성만)를 함께 요구합니다. 다수결 투표에는 정족수를 하나만 적을 수 있어 이 플러그인은 그리지 않았습니다.`,
    };
  if (plugin.excludedAccounts.length > 0)
    return {
      code: 'aragon-excluded-supply',
      en: `The TokenVoting ${plugin.address} leaves ${plugin.excludedAccounts.join(', ')} out of the supply its quorum is a share of; the token-holders node counts the whole supply, so this plugin is not drawn.`,
      ko: `TokenVoting ${plugin.address}은 정족수의 기준이 되는 공급량에서 ${plugin.excludedAccounts.join(', ')}를 뺍니다. 토큰 보유자 노드는 전체 공급량을 세므로 이 플러그인은 그리지 않았습니다.`,
    };
  return undefined;
}
