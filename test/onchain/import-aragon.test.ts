// Aragon DAOs built on a local node from npm @aragon/osx@1.3.0's own contracts (DAO, PluginSetupProcessor, PluginRepo,
// TokenVotingSetup, MultisigSetup, AddresslistVotingSetup; only the PluginRepoRegistry is a stub), each plugin installed
// through the real PluginSetupProcessor with the install data Charter's Aragon target emits for a template, then read
// back by `charter import`: compiling the imported document gives the template's settings, members and install data
// again, and the drawing differs from the template only in words, positions and the proposal types' names, which are
// not on chain.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Address, getAddress, type Hex, keccak256, parseAbi, toHex } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { diffDocuments } from '../../compiler/diff/diff-documents.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { deployAragonDao, deployGovernanceToken, deployVotesToken } from './aragon-dao-on-chain.ts';
import { aragonFrameworkArtifacts } from './aragon-framework-artifacts.ts';
import { type ServedChain, serveChain } from './serve-chain.ts';

const template = (name: string): CharterDocument =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

interface EmittedPlugin {
  plugin: 'token-voting' | 'multisig' | 'addresslist-voting';
  decision: string;
  settings: unknown;
  members?: string[];
  minApprovals?: unknown;
  token?: string;
  installData: Hex;
}

/** The Aragon target's plugins for a document, in its order. */
function aragonPlugins(document: CharterDocument): EmittedPlugin[] {
  const compiled = compile(document);
  if (!compiled.ok)
    throw new Error(`does not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  const target = compiled.config.targets.aragon as unknown as { parameters: { plugins: EmittedPlugin[] } };
  return target.parameters.plugins;
}

/** What a plugin runs with, without which node of the drawing decides it. */
const settingsOf = ({ plugin, settings, members, minApprovals, token, installData }: EmittedPlugin) => ({
  plugin,
  settings,
  members,
  minApprovals,
  token,
  installData,
});

async function runImport(chain: ServedChain, ...args: string[]) {
  const io = fakeIO();
  const code = await main(['import', '--rpc', chain.url, ...args], io);
  return { code, io, document: code === 0 ? (JSON.parse(io.out) as CharterDocument) : undefined };
}

/**
 * `imported` with its node ids replaced by the template's (`ids`: imported id to template id) and its proposal types
 * and route ports renamed (`types`: the type an imported plugin was given to the template's types and port), so that
 * diffDocuments compares what each node means.
 */
function aligned(
  imported: CharterDocument,
  ids: Record<string, string>,
  types: Record<string, { port: string; types: string[] }>,
): CharterDocument {
  const id = (node: string) => ids[node] ?? node;
  const port = (name: string) => types[name]?.port ?? name;
  return {
    ...imported,
    nodes: imported.nodes.map((node) => {
      const params = structuredClone(node.params) as Record<string, unknown>;
      if (node.kind === 'proposal')
        params.types = (params.types as string[]).flatMap((type) => types[type]?.types ?? [type]);
      if (node.kind === 'route-by-type') {
        params.routes = (params.routes as { port: string; types: string[] }[]).map((route) => ({
          port: port(route.port),
          types: route.types.flatMap((type) => types[type]?.types ?? [type]),
        }));
        params.otherwise = port(params.otherwise as string);
      }
      return { ...node, id: id(node.id), params } as typeof node;
    }),
    edges: imported.edges.map((edge) => ({
      ...edge,
      from: {
        node: id(edge.from.node),
        port: edge.from.node === 'route' ? port(edge.from.port) : edge.from.port,
      },
      to: { node: id(edge.to.node), port: edge.to.port },
    })),
  };
}

/** Every difference but words and positions, as `node.path`. */
function ruleChanges(before: CharterDocument, after: CharterDocument) {
  const diff = diffDocuments(before, after);
  return {
    added: diff.added.map((node) => node.id),
    removed: diff.removed.map((node) => node.id),
    connected: diff.connected,
    disconnected: diff.disconnected,
    changed: diff.changed
      .flatMap((node) => node.changes.map((change) => `${node.id}.${change.path}`))
      .filter((path) => !/\.(label|description|position\.[xy]|params\.body)$/.test(path)),
  };
}

const noChange = { added: [], removed: [], connected: [], disconnected: [], changed: [] };

// Fetching and compiling the framework takes solc-js minutes the first time (then it is cached): not in a test's time.
beforeAll(() => {
  execFileSync('node', [new URL('../../scripts/fetch-aragon-sources.js', import.meta.url).pathname]);
  aragonFrameworkArtifacts();
}, 900_000);

describe('charter import of an Aragon DAO on Ethereum (aragon-dao: TokenVoting and a 3-of-5 Multisig)', () => {
  let chain: ServedChain;
  beforeAll(async () => {
    chain = await serveChain(1, { revertingCalls: true });
  });
  afterAll(async () => {
    await chain?.close();
  });

  /** aragon-dao with its placeholder token replaced by Aragon's GovernanceERC20 with the template's name and supply. */
  async function design(deployToken = deployGovernanceToken) {
    const document = template('aragon-dao');
    const acme = document.nodes.find((node) => node.id === 'acme')!;
    const token = (
      acme.params as { token: { name: string; symbol: string; totalSupply: string; address?: string } }
    ).token;
    token.address = await deployToken(chain, token);
    return document;
  }

  it('reads both plugins back from the PluginSetupProcessor, and the same settings compile out again', async () => {
    const document = await design();
    const emitted = aragonPlugins(document);
    expect(emitted.map((plugin) => plugin.plugin)).toEqual(['token-voting', 'multisig']);
    const aragon = await deployAragonDao(chain);
    const installed: Address[] = [];
    for (const plugin of emitted) installed.push(await aragon.install(plugin.plugin, plugin.installData));

    // Before the hand-over, the deployer and the PluginSetupProcessor can still make the DAO do anything.
    const early = await runImport(chain, aragon.dao, '--psp', aragon.psp);
    expect(early.code).toBe(0);
    expect(early.io.err).toContain(
      `note: ${aragon.deployer} holds ROOT_PERMISSION on the DAO: it can grant itself or anyone any permission, including to execute, without a vote.\n`,
    );
    expect(early.io.err).toContain(`note: ${aragon.psp} holds ROOT_PERMISSION on the DAO`);
    const korean = await runImport(chain, aragon.dao, '--psp', aragon.psp, '--lang', 'ko');
    expect(korean.io.err).toContain(
      `note: ${aragon.deployer}가 DAO의 ROOT_PERMISSION을 가지고 있습니다. 투표 없이 자신이나 누구에게든 실행을 포함한 모든 권한을 줄 수 있습니다.\n`,
    );

    await aragon.handOver();
    const { code, io, document: imported } = await runImport(chain, aragon.dao, '--psp', aragon.psp);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    expect(io.err).toBe(
      'note: Proposal types are not kept on chain: each plugin is drawn as one type named after it ("token-voting", "multisig"), which a proposer picks by choosing the plugin.\n',
    );
    expect(imported!.description).toContain(
      `its plugins TokenVoting ${installed[0]}, Multisig ${installed[1]}.`,
    );
    // The same two plugins with the same settings, members, token and install data as the template's.
    expect(aragonPlugins(imported!).map(settingsOf)).toEqual(emitted.map(settingsOf));
    // TokenVoting as the template says it: 25 % of 10,000,000 ACME must vote, For above 50 %, 2 days, 10,000 ACME to
    // propose; the Multisig 3 of the template's 5 stewards.
    const vote = imported!.nodes.find((node) => node.kind === 'majority-vote')!;
    expect(vote.params).toMatchObject({
      quorum: { percent: '25' },
      supportThreshold: '50',
      votingPeriod: 172800,
    });
    const drawn = aligned(
      imported!,
      {
        'token-holders': 'acme',
        signers: 'stewards',
        'token-voting': 'vote',
        'run-token-voting': 'run-vote',
        'not-token-voting': 'defeated',
        'run-multisig': 'run-ops',
        'not-multisig': 'unsigned',
      },
      {
        'token-voting': { port: 'token-vote', types: ['governance', 'treasury-transfer'] },
        multisig: { port: 'operations', types: ['operations'] },
      },
    );
    expect(ruleChanges(document, drawn)).toEqual(noChange);
  });

  it('reads one plugin alone, and says the DAO may have others', async () => {
    const document = await design();
    const [tokenVoting, multisig] = aragonPlugins(document);
    const aragon = await deployAragonDao(chain);
    const voting = await aragon.install('token-voting', tokenVoting!.installData);
    const signers = await aragon.install('multisig', multisig!.installData);
    for (const [plugin, emitted] of [
      [voting, tokenVoting!],
      [signers, multisig!],
    ] as const) {
      const { code, io, document: imported } = await runImport(chain, plugin);
      expect(code).toBe(0);
      expect(io.err).toContain(
        `note: Only this plugin was read: the DAO ${aragon.dao} may have other plugins, and other accounts allowed to make it act. Import the DAO's address to read them.\n`,
      );
      expect(aragonPlugins(imported!).map(settingsOf)).toEqual([settingsOf(emitted)]);
    }
  });

  it('reads each voting mode back (early execution, vote replacement) with the other settings TokenVoting holds', async () => {
    for (const [mode, number] of [
      ['early-execution', 1],
      ['vote-replacement', 2],
    ] as const) {
      const document = await design();
      const vote = document.nodes.find((node) => node.id === 'vote')!;
      Object.assign(vote.params, {
        votingMode: mode,
        quorum: { percent: '12.3456' },
        supportThreshold: '66.6667',
        votingPeriod: 3_600,
      });
      const [tokenVoting] = aragonPlugins(document);
      expect(tokenVoting!.settings).toMatchObject({ votingMode: number, supportThreshold: 666_667 });
      const aragon = await deployAragonDao(chain);
      const plugin = await aragon.install('token-voting', tokenVoting!.installData);
      const { code, document: imported } = await runImport(chain, plugin);
      expect(code).toBe(0);
      expect(imported!.nodes.find((node) => node.kind === 'majority-vote')!.params).toMatchObject({
        votingMode: mode,
        quorum: { percent: '12.3456' },
        supportThreshold: '66.6667',
        votingPeriod: 3_600,
      });
      expect(aragonPlugins(imported!).map(settingsOf)).toEqual([settingsOf(tokenVoting!)]);
    }
  });

  it('reads the wrapper TokenVotingSetup 1.3.0 put around a token without ERC-165, and names what it wraps', async () => {
    const document = await design(deployVotesToken);
    const [tokenVoting] = aragonPlugins(document);
    const acme = tokenVoting!.token!;
    const aragon = await deployAragonDao(chain);
    const plugin = await aragon.install('token-voting', tokenVoting!.installData);
    const { code, io, document: imported } = await runImport(chain, plugin);
    expect(code).toBe(0);
    const holders = imported!.nodes.find((node) => node.kind === 'token-holders')!;
    const wrapper = (holders.params as { token: { address: string } }).token.address;
    expect(wrapper).not.toBe(acme);
    expect(io.err).toContain(
      `note: The voting token ${wrapper} wraps ${acme}: only ${acme} deposited into it votes, and its supply is what has been deposited.\n`,
    );
    // Nothing is deposited yet: the wrapper's supply is 0, not the 10,000,000 ACME the design counts on.
    expect(holders.params).toMatchObject({ token: { name: 'Acme', symbol: 'ACME', totalSupply: '0' } });
  });

  it('names, in both languages, an account that can make the DAO act without a vote and a plugin that cannot execute', async () => {
    const document = await design();
    const [tokenVoting, multisig] = aragonPlugins(document);
    const aragon = await deployAragonDao(chain);
    await aragon.install('token-voting', tokenVoting!.installData);
    const signers = await aragon.install('multisig', multisig!.installData);
    const dao = parseAbi([
      'function grant(address where, address who, bytes32 permissionId)',
      'function revoke(address where, address who, bytes32 permissionId)',
    ]);
    const execute = keccak256(toHex('EXECUTE_PERMISSION'));
    const guardian = getAddress('0x000000000000000000000000000000000000bEEF');
    await aragon.call(aragon.dao, dao, 'grant', [aragon.dao, guardian, execute]);
    await aragon.call(aragon.dao, dao, 'revoke', [aragon.dao, signers, execute]);
    await aragon.handOver();
    const english = await runImport(chain, aragon.dao, '--psp', aragon.psp);
    expect(english.code).toBe(0);
    expect(english.io.err.split('\n').slice(1)).toEqual([
      `note: ${guardian} also holds EXECUTE_PERMISSION on the DAO: it can make the DAO run any action without a vote of the drawn plugins, which the drawing does not show.`,
      `note: The plugin ${signers} does not hold EXECUTE_PERMISSION on the DAO: its passed proposals cannot execute.`,
      '',
    ]);
    const korean = await runImport(chain, aragon.dao, '--psp', aragon.psp, '--lang', 'ko');
    expect(korean.io.err.split('\n').slice(1)).toEqual([
      `note: ${guardian}도 DAO의 EXECUTE_PERMISSION을 가지고 있습니다. 그린 플러그인의 투표 없이 DAO가 어떤 동작이든 실행하게 할 수 있으며, 그림에는 나타나지 않습니다.`,
      `note: 플러그인 ${signers}에는 DAO의 EXECUTE_PERMISSION이 없어 통과된 제안을 실행할 수 없습니다.`,
      '',
    ]);
    // Both notes are written into the document too, so that whoever opens it reads them.
    expect(english.document!.description).toContain(`${guardian} also holds EXECUTE_PERMISSION`);
  });

  it("refuses, naming the block, when the members' events were read from too late a block", async () => {
    const document = await design();
    const [, multisig] = aragonPlugins(document);
    const aragon = await deployAragonDao(chain);
    const signers = await aragon.install('multisig', multisig!.installData);
    const head = BigInt((await chain.request('eth_blockNumber')) as Hex) + 1n;
    const { code, io } = await runImport(chain, signers, '--from-block', String(head));
    expect(code).toBe(1);
    expect(io.err).toBe(
      `charter import: The plugin ${signers} lists 5 members, but its MembersAdded and MembersRemoved events from block ${head} give 0: read its events from an earlier block (--from-block).\n`,
    );
  });

  it("looks for installs on Aragon's own PluginSetupProcessor when none is given, and refuses when it finds none", async () => {
    const aragon = await deployAragonDao(chain);
    const { code, io } = await runImport(chain, aragon.dao);
    expect(code).toBe(1);
    // Events are read from block 16,721,862, where Aragon deployed it on Ethereum, which this fresh chain has not
    // reached: no install is found (nor the deployer's ROOT_PERMISSION, granted before that block here).
    expect(io.err).toBe(
      `charter import: The DAO ${aragon.dao} has no TokenVoting, Multisig or AddresslistVoting plugin Charter can draw.\n`,
    );
  });
});

describe('charter import of an Aragon DAO on Base (cooperative: two AddresslistVoting plugins of one member list)', () => {
  let chain: ServedChain;
  beforeAll(async () => {
    chain = await serveChain(8453, { revertingCalls: true });
  });
  afterAll(async () => {
    await chain?.close();
  });

  it('reads both votes back, one member list feeding both, and the same settings compile out again', async () => {
    const document = template('cooperative');
    const emitted = aragonPlugins(document);
    expect(emitted.map((plugin) => [plugin.plugin, plugin.decision])).toEqual([
      ['addresslist-voting', 'ordinary'],
      ['addresslist-voting', 'amend'],
    ]);
    const aragon = await deployAragonDao(chain);
    for (const plugin of emitted) await aragon.install(plugin.plugin, plugin.installData);
    await aragon.handOver();
    const { code, io, document: imported } = await runImport(chain, aragon.dao, '--psp', aragon.psp);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    expect(aragonPlugins(imported!).map(settingsOf)).toEqual(emitted.map(settingsOf));
    expect(imported!.nodes.filter((node) => node.kind === 'members')).toHaveLength(1);
    // The budget split is decided off chain (a signal), not by an Aragon plugin: it is not in the DAO to read.
    const onChain = template('cooperative');
    const offChain = ['budget', 'plan', 'nobudget'];
    onChain.nodes = onChain.nodes.filter((node) => !offChain.includes(node.id));
    onChain.edges = onChain.edges.filter(
      (edge) =>
        !offChain.includes(edge.from.node) && !offChain.includes(edge.to.node) && edge.from.port !== 'budget',
    );
    for (const node of onChain.nodes) {
      const params = node.params as { types?: string[]; routes?: { port: string }[] };
      if (node.kind === 'proposal') params.types = params.types!.filter((type) => type !== 'annual-budget');
      if (node.kind === 'route-by-type')
        params.routes = params.routes!.filter((route) => route.port !== 'budget');
    }
    const drawn = aligned(
      imported!,
      {
        'addresslist-voting': 'ordinary',
        'run-addresslist-voting': 'act',
        'not-addresslist-voting': 'declined',
        'addresslist-voting-2': 'amend',
        'run-addresslist-voting-2': 'adopt',
        'not-addresslist-voting-2': 'kept',
      },
      {
        'addresslist-voting': { port: 'ordinary', types: ['ordinary'] },
        'addresslist-voting-2': { port: 'amendment', types: ['bylaw-amendment'] },
      },
    );
    expect(ruleChanges(onChain, drawn)).toEqual(noChange);
  });
});
