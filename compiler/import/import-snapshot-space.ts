import { diagnosticText } from '../diagnostics/diagnostic-text.ts';
import { canonicalJson } from '../document/canonical-json.ts';
import { koreanParticle } from '../format/korean-particle.ts';
import type { CharterDocument, CharterEdge, CharterNode } from '../generated/charter-document.ts';
import { validateDocument } from '../validate/validate-document.ts';
import { findSnapshotSpace } from './find-snapshot-space.ts';
import type { ImportResult } from './governor-document.ts';
import type { ImportNote } from './import-note.ts';
import { isJsonObject, type JsonObject, own } from './json-object.ts';
import { knownBlockSeconds } from './known-block-times.ts';
import { malformedSpace } from './malformed-space.ts';
import { plainDecimal } from './plain-decimal.ts';
import { snapshotDecisionNode } from './snapshot-decision-node.ts';
import { type SnapshotImportOptions, snapshotElectorateNode } from './snapshot-electorate-node.ts';
import { snapshotSpaceNotes } from './snapshot-space-notes.ts';

/** What `charter import --snapshot` is told beside the file. */
export interface SnapshotSpaceImportOptions extends SnapshotImportOptions {
  /** Seconds per block, for a chain whose pace Charter does not know. */
  blockSeconds?: number;
}

const edge = (id: string, from: [string, string], to: [string, string]): CharterEdge => ({
  id,
  from: { node: from[0], port: from[1] },
  to: { node: to[0], port: to[1] },
});

/** The largest file read: a space's settings are a few kilobytes; a whitelist of 10,000 addresses about 450 KB. */
const mostBytes = 4_000_000;

/**
 * The rule document a Snapshot space runs, from its JSON as the hub's GraphQL `space` query returns it (or the space
 * Charter's Snapshot target emits): who proposes (the proposal validation), who votes (the strategy and vote
 * validation), the vote (type, delay, period, quorum), ending in a Signal recorded on Snapshot. The inverse of the
 * Snapshot target: compiling the document gives the same space back. What a document does not draw is a note; what it
 * cannot draw exactly, or a field the space does not state and nothing supplied, refuses the import with the reason;
 * malformed input is refused saying what is wrong and where.
 */
export function importSnapshotSpace(text: string, options: SnapshotSpaceImportOptions = {}): ImportResult {
  if (text.length > mostBytes)
    return malformedSpace(
      'the file',
      `larger than ${mostBytes} characters; a space's settings are far smaller.`,
      `${mostBytes}자보다 큽니다. 스페이스 설정은 훨씬 작습니다.`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return malformedSpace(
      'the file',
      `not JSON (${(error as Error).message}).`,
      `JSON이 아닙니다(${(error as Error).message}).`,
    );
  }
  const found = findSnapshotSpace(value);
  if (!found.ok) return found;
  const result = spaceDocument(found.space, options);
  if (result.ok || result.reason.code !== 'snapshot-space-malformed' || found.at === '') return result;
  return {
    ok: false,
    reason: {
      ...result.reason,
      en: `${found.at}.${result.reason.en}`,
      ko: `${found.at}.${result.reason.ko}`,
    },
  };
}

function spaceDocument(space: JsonObject, options: SnapshotSpaceImportOptions): ImportResult {
  const id = own(space, 'id');
  const rawName = own(space, 'name') ?? id;
  if (typeof rawName !== 'string' || rawName.trim() === '')
    return malformedSpace('name', 'expected the space name.', '스페이스 이름이 없습니다.');
  const name = rawName;
  const network = own(space, 'network');
  const chainText = typeof network === 'number' ? String(network) : network;
  if (typeof chainText !== 'string' || !/^[1-9]\d{0,14}$/.test(chainText))
    return malformedSpace(
      'network',
      'expected a chain id ("1" for Ethereum).',
      '체인 ID("1"은 이더리움)가 필요합니다.',
    );
  const chainId = Number(chainText);
  const blockTime = options.blockSeconds ?? knownBlockSeconds(chainId);
  if (blockTime === undefined)
    return {
      ok: false,
      reason: {
        code: 'snapshot-block-time-unknown',
        en: `Charter does not know chain ${chainId}'s seconds per block, which a document states; give the seconds per block (--block-time).`,
        ko: `Charter는 체인 ${chainId}의 블록당 초를 모르는데 문서에는 필요합니다. 블록당 초를 알려 주세요(--block-time).`,
      },
    };
  const electorate = snapshotElectorateNode(space, chainText, options);
  if (!electorate.ok) return electorate;
  const decision = snapshotDecisionNode(space, electorate.perPerson);
  if (!decision.ok) return decision;
  const proposal = proposalPower(space, electorate.passport, chainText, options);
  if (!proposal.ok) return proposal;
  const notes: ImportNote[] = [
    ...electorate.notes,
    ...decision.notes,
    ...proposal.notes,
    ...snapshotSpaceNotes(space),
  ];
  const symbol = own(space, 'symbol');
  const emitted = electorate.node.params as { token?: { symbol: string }; collection?: { symbol: string } };
  const unit = emitted.token?.symbol ?? emitted.collection?.symbol ?? 'VOTE';
  if (typeof symbol === 'string' && symbol !== unit)
    notes.push({
      code: 'snapshot-symbol',
      en: `The space shows voting power as ${symbol}; Charter writes ${unit}, the symbol its strategy reads.`,
      ko: `이 스페이스는 투표권을 ${koreanParticle(symbol, '으로', '로')} 표시합니다. Charter는 전략이 읽는 기호인 ${koreanParticle(unit, '으로', '로')} 씁니다.`,
    });
  if (name.length > 32)
    notes.push({
      code: 'snapshot-name-long',
      en: `The space's name has ${name.length} characters; Snapshot takes at most 32, so Charter's Snapshot target will ask for a shorter one.`,
      ko: `스페이스 이름이 ${name.length}자입니다. Snapshot은 32자까지 받으므로 Charter의 Snapshot 대상은 더 짧은 이름을 요구합니다.`,
    });

  const from =
    typeof id === 'string' && id !== '' ? `the Snapshot space ${id.slice(0, 100)}` : 'a Snapshot space';
  const nodes: CharterNode[] = [
    {
      id: 'propose',
      kind: 'proposal',
      label: 'Proposal',
      position: { x: 0, y: 0 },
      params: { types: ['signal'], minVotingPower: proposal.minVotingPower, deposit: '0' },
    },
    electorate.node,
    ...(proposal.proposers ? [proposal.proposers] : []),
    decision.node,
    {
      id: 'signal',
      kind: 'signal',
      label: 'Snapshot signal',
      position: { x: 560, y: 0 },
      params: { platform: 'snapshot' },
    },
    { id: 'declined', kind: 'reject', label: 'Declined', position: { x: 560, y: 200 }, params: {} },
  ] as CharterNode[];
  const document: CharterDocument = {
    charter: '1',
    name,
    description: describe(`Imported from ${from} on chain ${chainId}.`, notes),
    chain: { chainId, blockTime, clockMode: 'timestamp' },
    nodes,
    edges: [
      edge('e-propose-vote', ['propose', 'out'], ['vote', 'in']),
      edge('e-voters-vote', [electorate.node.id, 'voters'], ['vote', 'voters']),
      edge('e-vote-signal', ['vote', decision.passed], ['signal', 'in']),
      edge('e-vote-declined', ['vote', decision.failed], ['declined', 'in']),
      ...(proposal.proposers
        ? [edge('e-proposers-propose', ['proposers', 'voters'], ['propose', 'proposers'])]
        : []),
    ],
  };
  const problems = validateDocument(document).filter((d) => d.severity === 'error');
  if (problems.length > 0)
    return {
      ok: false,
      reason: {
        code: 'snapshot-not-drawable',
        en: `The space cannot be drawn as a valid document: ${diagnosticText(problems[0]!, 'en')}`,
        ko: `이 스페이스는 올바른 문서로 그릴 수 없습니다: ${diagnosticText(problems[0]!, 'ko')}`,
      },
    };
  return { ok: true, document, notes };
}

/** Who may propose: the voting power the proposal validation asks for, as decimal text, with notes. */
function proposalPower(
  space: JsonObject,
  passport: boolean,
  network: string,
  options: SnapshotImportOptions,
):
  | { ok: true; minVotingPower: string; notes: ImportNote[]; proposers?: CharterNode }
  | { ok: false; reason: ImportNote } {
  const validation = own(space, 'validation');
  const name = isJsonObject(validation) ? own(validation, 'name') : undefined;
  const params = isJsonObject(validation) ? own(validation, 'params') : undefined;
  if (validation !== undefined && validation !== null && !isJsonObject(validation))
    return malformedSpace(
      'validation',
      'expected an object {name, params}.',
      '{name, params} 객체가 아닙니다.',
    );
  if (name === 'passport-gated') {
    const voteValidation = own(space, 'voteValidation');
    const same =
      isJsonObject(voteValidation) &&
      canonicalJson(own(voteValidation, 'params') ?? null) === canonicalJson(params ?? null);
    if (passport && same) return { ok: true, minVotingPower: '1', notes: [] };
    const people = snapshotElectorateNode(
      { strategies: [{ name: 'ticket', network, params: { symbol: 'VOTE' } }], voteValidation: validation },
      network,
      {},
      { strategies: 'validation', id: 'proposers', y: -200 },
    );
    if (!people.ok) return people;
    return { ok: true, minVotingPower: '1', notes: [], proposers: people.node };
  }
  if (name === 'basic') {
    const minScore = plainDecimal(isJsonObject(params) ? own(params, 'minScore') : undefined);
    if (minScore === undefined)
      return malformedSpace(
        'validation.params.minScore',
        'expected a non-negative number.',
        '0 이상의 수가 필요합니다.',
      );
    const strategies = isJsonObject(params) ? own(params, 'strategies') : undefined;
    if (strategies !== undefined && minScore !== '0') {
      const proposers = otherProposers(space, strategies, network, options);
      if (!proposers.ok) return proposers;
      return { ok: true, minVotingPower: minScore, notes: proposers.notes, proposers: proposers.node };
    }
    if (minScore !== '0') return { ok: true, minVotingPower: minScore, notes: [] };
  } else if (name !== undefined && name !== 'any')
    return {
      ok: false,
      reason: {
        code: 'snapshot-proposal-validation',
        en: `The space checks proposers with the "${String(name).slice(0, 40)}" validation, which Charter cannot draw.`,
        ko: `이 스페이스는 "${String(name).slice(0, 40)}" 검증으로 제안자를 확인하는데, Charter는 이를 그릴 수 없습니다.`,
      },
    };
  const filters = own(space, 'filters');
  const legacy = isJsonObject(filters) ? plainDecimal(own(filters, 'minScore') ?? 0) : '0';
  if (legacy === undefined)
    return malformedSpace('filters.minScore', 'expected a non-negative number.', '0 이상의 수가 필요합니다.');
  if (legacy !== '0') return { ok: true, minVotingPower: legacy, notes: [] };
  return {
    ok: true,
    minVotingPower: '0',
    notes: [
      {
        code: 'snapshot-anyone-proposes',
        en: "Anyone may propose in this space; Snapshot's sequencer refuses such a space on mainnet, and Charter's Snapshot target asks for a voting power to propose.",
        ko: '이 스페이스에서는 누구나 제안할 수 있습니다. Snapshot 시퀀서는 메인넷에서 이런 스페이스를 거부하며, Charter의 Snapshot 대상도 제안에 필요한 투표권을 요구합니다.',
      },
    ],
  };
}

/**
 * The electorate a `basic` proposal validation reads with strategies of its own (the Snapshot target writes them when
 * another electorate than the voters proposes). A token's supply is taken from `options.supply` only when it is the
 * voters' own token: no option says another token's supply, so the import is refused rather than given a wrong one.
 */
function otherProposers(
  space: JsonObject,
  strategies: unknown,
  network: string,
  options: SnapshotImportOptions,
): { ok: true; node: CharterNode; notes: ImportNote[] } | { ok: false; reason: ImportNote } {
  const address = (list: unknown) => {
    const first = Array.isArray(list) ? list[0] : undefined;
    const params = isJsonObject(first) ? own(first, 'params') : undefined;
    const value = isJsonObject(params) ? own(params, 'address') : undefined;
    return typeof value === 'string' ? value.toLowerCase() : undefined;
  };
  const voters = address(own(space, 'strategies'));
  const sameToken = voters !== undefined && voters === address(strategies);
  const read = snapshotElectorateNode(
    { strategies, voteValidation: { name: 'any', params: {} } },
    network,
    sameToken ? options : {},
    { strategies: 'validation.params.strategies', id: 'proposers', y: -200 },
  );
  if (read.ok || read.reason.code !== 'snapshot-supply-unknown') return read;
  return {
    ok: false,
    reason: {
      code: 'snapshot-supply-unknown',
      en: "The space's proposers hold a token other than the voters'; neither the space nor --supply (the voters' token) says how many of it exist, which the drawing needs.",
      ko: '이 스페이스의 제안자는 투표자와 다른 토큰을 보유합니다. 스페이스도 --supply(투표자 토큰)도 그 총발행량을 알려 주지 않는데, 그림에는 필요합니다.',
    },
  };
}

/** The schema's most characters in a document's description. */
const mostDescription = 5000;

/**
 * The imported document's description: where it came from, then each note in English, as many as fit the schema's
 * 5000 characters; the rest are counted (every note is still returned, and printed by the CLI).
 */
function describe(origin: string, notes: readonly ImportNote[]): string {
  let text = origin;
  for (const [index, note] of notes.entries()) {
    const rest = notes.length - index;
    const more = ` … and ${rest} more notes.`;
    if (text.length + 1 + note.en.length + (rest > 1 ? more.length : 0) > mostDescription) return text + more;
    text += ` ${note.en}`;
  }
  return text;
}
