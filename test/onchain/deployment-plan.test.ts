// deploymentPlan, sent step by step from one account to a local node, then read back with `importGovernor` (which
// replays the timelock's role events): the roles the chain holds must be the document's, the deployer's temporary
// admin role gone, and the Governor's settings the compiled ones.
import { readFileSync } from 'node:fs';
import { type Address, createPublicClient, getAddress, type Hex, http } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { importGovernor } from '../../compiler/import/import-governor.ts';
import { deploymentPlan } from '../../compiler/targets/openzeppelin/deployment-plan.ts';
import { type ServedChain, serveChain } from './serve-chain.ts';

let chain: ServedChain;
let deployer: Address;
beforeAll(async () => {
  chain = await serveChain(1);
  deployer = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
});
afterAll(async () => {
  await chain?.close();
});

const guardian = getAddress('0x000000000000000000000000000000000000bEEF');
const council = getAddress('0x000000000000000000000000000000000000c0de');

function design(change: (document: CharterDocument) => void): CharterDocument {
  const document = JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
  ) as CharterDocument;
  change(document);
  return document;
}

async function deploy(document: CharterDocument) {
  const compiled = compile(document);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics.slice(0, 2)));
  const nonce = Number(await chain.request('eth_getTransactionCount', [deployer, 'latest']));
  const plan = deploymentPlan(compiled.config, { deployer, nonce })!;
  for (const step of plan.steps) {
    const hash = (await chain.request('eth_sendTransaction', [
      {
        from: deployer,
        ...(step.to ? { to: step.to } : {}),
        data: step.data,
        nonce: `0x${step.nonce.toString(16)}`,
        gas: '0x5f5e100',
        gasPrice: '0x0',
      },
    ])) as Hex;
    const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as { status: Hex };
    expect(receipt.status, step.id).toBe('0x1');
  }
  const client = createPublicClient({ transport: http(chain.url) });
  const imported = await importGovernor(client, plan.governor);
  if (!imported.ok) throw new Error(imported.reason.en);
  return { plan, imported: imported.document };
}

const timelockOf = (document: CharterDocument) =>
  document.nodes.find((node) => node.kind === 'timelock')!.params as unknown as Record<string, unknown>;

describe('deploymentPlan', () => {
  it('creates a new token when the electorate names none, and three contracts with no role calls', async () => {
    const { plan, imported } = await deploy(
      design((document) => {
        const token = document.nodes.find((node) => node.kind === 'token-holders')!.params.token as {
          address?: string;
        };
        delete token.address;
      }),
    );
    expect(plan.steps.map((step) => step.id)).toEqual(['token', 'timelock', 'governor']);
    expect(plan.newToken).toBe(true);
    expect(timelockOf(imported)).toMatchObject({ delay: 172_800, executors: 'anyone', cancellers: [] });
    expect(timelockOf(imported).admin).toBeUndefined();
  });

  it('grants extra cancellers with a temporary admin, hands admin to the document’s, and renounces its own', async () => {
    const { plan, imported } = await deploy(
      design((document) => {
        const token = document.nodes.find((node) => node.kind === 'token-holders')!.params.token as {
          address?: string;
        };
        delete token.address;
        Object.assign(document.nodes.find((node) => node.kind === 'timelock')!.params, {
          cancellers: [guardian],
          admin: council,
        });
      }),
    );
    expect(plan.steps.map((step) => step.id)).toEqual([
      'token',
      'timelock',
      'governor',
      `grant-canceller:${guardian}`,
      `grant-admin:${council}`,
      'renounce-admin',
    ]);
    // Read from RoleGranted/RoleRevoked: the guardian cancels, the council administers, the deployer holds nothing.
    expect(timelockOf(imported)).toMatchObject({ cancellers: [guardian], admin: council });
    expect(JSON.stringify(imported)).not.toContain(deployer);
  });

  it('gives cancellers whose power ends a CharterExpiringCanceller, which the import reads back as them and their end', async () => {
    const { plan, imported } = await deploy(
      design((document) => {
        const token = document.nodes.find((node) => node.kind === 'token-holders')!.params.token as {
          address?: string;
        };
        delete token.address;
        Object.assign(document.nodes.find((node) => node.kind === 'timelock')!.params, {
          cancellers: [guardian, council],
          cancellersUntil: '2028-06-26T19:29:35Z',
        });
      }),
    );
    const expiring = plan.expiringCanceller!;
    expect(plan.steps.map((step) => step.id)).toEqual([
      'token',
      'timelock',
      'governor',
      'expiring-canceller',
      `grant-canceller:${expiring}`,
      'renounce-admin',
    ]);
    // 2028-06-26T19:29:35Z is 1,845,660,575 s (the renewal contract ENS deployed in June 2026: 1,781,983,775 + 2 × 365
    // days + 7 days), read back from the contract's expiration().
    expect(timelockOf(imported)).toMatchObject({
      cancellers: [guardian, council],
      cancellersUntil: '2028-06-26T19:29:35Z',
    });
    expect(1_781_983_775 + 2 * 365 * 86_400 + 7 * 86_400).toBe(1_845_660_575);
  });

  it('deploys a veto as the timelock: its window the delay, the vetoing signer a canceller granted on chain', async () => {
    const { plan, imported } = await deploy(
      design((document) => {
        const token = document.nodes.find((node) => node.kind === 'token-holders')!.params.token as {
          address?: string;
        };
        delete token.address;
        // The timelock becomes a 3-day veto by one guardian (one veto blocks).
        const at = document.nodes.findIndex((node) => node.id === 'delay');
        document.nodes.splice(
          at,
          1,
          {
            id: 'veto',
            kind: 'veto',
            position: { x: 0, y: 0 },
            params: { window: 259_200, threshold: { count: 1 } },
          },
          // The body's own name is filled in as a default when the document is checked.
          {
            id: 'guard',
            kind: 'signers',
            position: { x: 0, y: 0 },
            params: { signers: [guardian] },
          } as never,
        );
        document.edges = document.edges.map((edge) => ({
          ...edge,
          from: edge.from.node === 'delay' ? { node: 'veto', port: 'passed' } : edge.from,
          to: edge.to.node === 'delay' ? { node: 'veto', port: 'in' } : edge.to,
        }));
        document.edges.push(
          { id: 'g', from: { node: 'guard', port: 'voters' }, to: { node: 'veto', port: 'voters' } },
          { id: 'v', from: { node: 'veto', port: 'vetoed' }, to: { node: 'stop', port: 'in' } },
        );
      }),
    );
    expect(plan.steps.map((step) => step.id)).toEqual([
      'token',
      'timelock',
      'governor',
      `grant-canceller:${guardian}`,
      'renounce-admin',
    ]);
    // Read back from the chain's role events and minDelay: the guardian cancels for three days, nobody administers.
    expect(timelockOf(imported)).toMatchObject({ delay: 259_200, cancellers: [guardian] });
    expect(timelockOf(imported).admin).toBeUndefined();
    expect(JSON.stringify(imported)).not.toContain(deployer);
  });

  it("deploys a 14-day grace period as Compound's Timelock, the Governor its admin and holder of the cancellers", async () => {
    const { plan, imported } = await deploy(
      design((document) => {
        const token = document.nodes.find((node) => node.kind === 'token-holders')!.params.token as {
          address?: string;
        };
        delete token.address;
        Object.assign(document.nodes.find((node) => node.kind === 'timelock')!.params, {
          gracePeriod: 1_209_600,
          cancellers: [guardian],
        });
        Object.assign(document.nodes.find((node) => node.kind === 'majority-vote')!.params, {
          quorumCounts: 'for',
          quorum: { absolute: '40000000' },
        });
      }),
    );
    // No role calls: the Timelock takes its admin at construction, and the Governor its cancellers.
    expect(plan.steps.map((step) => [step.id, step.contractName])).toEqual([
      ['token', 'CharterVotesToken'],
      ['timelock', 'Timelock'],
      ['governor', 'CharterCompoundGovernor'],
    ]);
    // Read back from the chain: Compound's GRACE_PERIOD and delay, the guardian, For alone toward 40,000,000 UNI.
    expect(timelockOf(imported)).toEqual({
      delay: 172_800,
      gracePeriod: 1_209_600,
      executors: 'anyone',
      cancellers: [guardian],
    });
    expect(imported.nodes.find((node) => node.kind === 'majority-vote')!.params).toMatchObject({
      quorumCounts: 'for',
      quorum: { absolute: '40000000' },
    });
    expect(imported.description).not.toContain('not the Governor');
  });

  it('uses the electorate’s own token when it names one, creating only the timelock and the Governor', async () => {
    const compiled = compile(design(() => {}));
    if (!compiled.ok) throw new Error('no compile');
    const plan = deploymentPlan(compiled.config, { deployer, nonce: 7 })!;
    expect(plan.newToken).toBe(false);
    expect(plan.token).toBe(getAddress('0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984')); // UNI
    expect(plan.steps.map((step) => [step.id, step.nonce])).toEqual([
      ['timelock', 7],
      ['governor', 8],
    ]);
  });

  it('creates CharterCompVotes over a Compound-style token it names, and gives it to the Governor as its votes', () => {
    const compiled = compile(
      design((document) => {
        Object.assign(document.nodes.find((node) => node.kind === 'token-holders')!.params, {
          standard: 'comp-votes',
        });
        Object.assign(document.nodes.find((node) => node.kind === 'majority-vote')!.params, {
          quorum: { absolute: '40000000' },
        });
      }),
    );
    if (!compiled.ok) throw new Error('no compile');
    const plan = deploymentPlan(compiled.config, { deployer, nonce: 7 })!;
    expect(plan.steps.map((step) => [step.id, step.contractName, step.nonce])).toEqual([
      ['votes-adapter', 'CharterCompVotes', 7],
      ['timelock', 'TimelockController', 8],
      ['governor', 'CharterGovernor', 9],
    ]);
    const uni = '1f9840a85d5af5bf1d1762f925bdaddc4201f984';
    // The adapter's one constructor argument is UNI; the Governor's token argument is the adapter, not UNI.
    expect(plan.steps[0]!.data.toLowerCase().endsWith(uni.padStart(64, '0'))).toBe(true);
    const adapter = plan.votesAdapter!.slice(2).toLowerCase();
    expect(plan.steps[0]!.address).toBe(plan.votesAdapter);
    expect(plan.steps[2]!.data.toLowerCase()).toContain(adapter.padStart(64, '0'));
    expect(plan.steps[2]!.data.toLowerCase()).not.toContain(uni.padStart(64, '0'));
  });
});
