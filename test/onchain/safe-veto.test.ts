// A veto that needs 3 of 5 listed citizens, after a token vote, on OpenZeppelin: the TimelockController's canceller
// is a Safe v1.4.1 of the five with threshold 3, created through Safe's own factory at the address the compiler
// predicted. Proven on the real contracts in the in-process EVM: 3 owners cancel a queued proposal, 2 cannot, and a
// cancelled proposal's execution reverts; `verify` agrees with the simulator over 200 scenarios, and disagrees when
// the Safe is not made a canceller or would cancel with 2.
import {
  type Address,
  decodeFunctionResult,
  encodeFunctionData,
  getAddress,
  keccak256,
  parseAbi,
  toHex,
} from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { timelockControllerArtifact } from '../../compiler/generated/openzeppelin-contracts.ts';
import { deploymentPlan } from '../../compiler/targets/openzeppelin/deployment-plan.ts';
import { vetoSafe } from '../../compiler/targets/openzeppelin/veto-safe.ts';
import { canonicalSafe } from '../../compiler/targets/safe/canonical-safe.ts';
import { safeProxyCreationCode } from '../../compiler/targets/safe/safe-proxy-creation-code.ts';
import { type Chain, openChain } from '../../compiler/verify/open-chain.ts';
import { replayProposal } from '../../compiler/verify/replay-proposal.ts';
import { placeCanonicalSafe } from '../../compiler/verify/safe/place-canonical-safe.ts';
import { verifyGovernors } from '../../compiler/verify/verify-governors.ts';
import { wiredDocument } from '../fixtures/wired-document.ts';

const citizens = Array.from({ length: 5 }, (_, n) =>
  getAddress(`0x${keccak256(toHex(`charter-test:citizen-${n}`)).slice(26)}`),
);

/** ACME holders vote (4 % quorum, a day on a timestamp clock); 3 of the 5 citizens block it within 2 days. */
function config(): CharterConfig {
  const document = wiredDocument(
    [
      { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
      {
        id: 'holders',
        kind: 'token-holders',
        params: { token: { symbol: 'ACME', decimals: 18, totalSupply: '1000000' } },
      },
      { id: 'citizens', kind: 'members', params: { source: 'list', members: citizens } },
      {
        id: 'vote',
        kind: 'majority-vote',
        params: { quorum: { percent: '4' }, votingDelay: 0, votingPeriod: 86400 },
      },
      { id: 'veto', kind: 'veto', params: { threshold: { count: 3 }, window: 172800 } },
      { id: 'run', kind: 'execute', params: { executor: 'governor' } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'propose.out->vote.in',
      'holders.voters->vote.voters',
      'vote.passed->veto.in',
      'vote.failed->stop.in',
      'citizens.voters->veto.voters',
      'veto.passed->run.in',
      'veto.vetoed->stop.in',
    ],
  );
  document.chain = { chainId: 1, blockTime: 12, clockMode: 'timestamp' };
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config;
}

const governorsOf = (compiled: CharterConfig) =>
  (compiled.targets.openzeppelin!.parameters as { governors: any[] }).governors;

const safeAbi = parseAbi([
  'function getOwners() view returns (address[])',
  'function getThreshold() view returns (uint256)',
]);
const factoryAbi = parseAbi(['function proxyCreationCode() pure returns (bytes)']);
const timelockAbi = timelockControllerArtifact.abi;

async function read(chain: Chain, abi: any, to: Address, functionName: string, args: unknown[] = []) {
  const data = await chain.call(to, encodeFunctionData({ abi, functionName, args }));
  return decodeFunctionResult({ abi, functionName, data }) as any;
}

describe('a 3-of-5 veto on OpenZeppelin, through a Safe', () => {
  let chain: Chain;
  beforeAll(async () => {
    chain = await openChain();
    await placeCanonicalSafe(chain, 1);
  });
  afterAll(async () => {
    await chain?.close();
  });

  it('compiles to a Safe of the five with threshold 3, the timelock’s one canceller', () => {
    const [governor] = governorsOf(config());
    expect(governor.vetoSafe.owners).toEqual(citizens);
    expect(governor.vetoSafe.threshold).toBe('3');
    expect(governor.vetoSafe.factory).toBe(canonicalSafe.SafeProxyFactory.address);
    expect(governor.vetoSafe.singleton).toBe(canonicalSafe.Safe.address); // chain 1: Safe, not SafeL2
    expect(governor.timelockController.cancellers).toEqual([governor.vetoSafe.address]);
    expect(governor.timelockController.minDelay).toBe('172800');
  });

  it('the proxy creation code the address is predicted with is the canonical factory’s own', async () => {
    const code = await read(chain, factoryAbi, canonicalSafe.SafeProxyFactory.address, 'proxyCreationCode');
    expect(code).toBe(safeProxyCreationCode);
  });

  it('deploys with the plan: the Safe lands at the predicted address; 3 owners cancel, 2 cannot, execute reverts', async () => {
    const compiled = config();
    const plan = deploymentPlan(compiled, {
      deployer: chain.deployer,
      nonce: await chain.nonce(chain.deployer),
    })!;
    const safe = governorsOf(compiled)[0].vetoSafe.address as Address;
    expect(plan.steps.map((step) => step.id)).toEqual([
      'token',
      'timelock',
      'governor',
      'safe',
      `grant-canceller:${safe}`,
      'renounce-admin',
    ]);
    for (const step of plan.steps) {
      const hash = await chain.send({
        from: chain.deployer,
        ...(step.to ? { to: step.to } : {}),
        data: step.data,
        gas: 30_000_000n,
      });
      await chain.mine();
      expect((await chain.receipt(hash)).status, step.id).toBe('success');
    }
    // Read from the chain, not from the plan: the Safe at the compiled address holds the five, threshold 3.
    expect(await read(chain, safeAbi, safe, 'getOwners')).toEqual(citizens);
    expect(await read(chain, safeAbi, safe, 'getThreshold')).toBe(3n);
    const cancellerRole = keccak256(toHex('CANCELLER_ROLE'));
    expect(await read(chain, timelockAbi, plan.timelock, 'hasRole', [cancellerRole, safe])).toBe(true);
    for (const citizen of citizens)
      expect(await read(chain, timelockAbi, plan.timelock, 'hasRole', [cancellerRole, citizen])).toBe(false);

    await chain.setBalance(plan.timelock, 10n ** 18n);
    const proposal = (description: string, attempts: Address[][]) =>
      replayProposal(chain, {
        governor: plan.governor,
        clock: { clockMode: 'timestamp', blockTime: 12 },
        proposer: chain.deployer,
        recipient: getAddress('0x000000000000000000000000000000000000beef'),
        value: 1n,
        description,
        votes: [{ voter: chain.deployer, support: 'for', at: 3600 }],
        cancel: { safe, timelock: plan.timelock, attempts },
      });
    // Two owners sign the cancel: it does not go through, and the proposal executes after the two days.
    const two = await proposal('two sign', [citizens.slice(0, 2)]);
    expect(two.state).toBe('Succeeded');
    expect(two.cancelledBy).toBeUndefined();
    expect(two.executed).toBe(true);
    // Two, then three: the third signature cancels it, and executing at the eta reverts.
    const three = await proposal('three sign', [citizens.slice(2, 4), citizens.slice(2, 5)]);
    expect(three.cancelledBy).toBe(safe);
    expect(three.cancelSignatures).toBe(3);
    expect(three.executableAfter).toBeNull();
    expect(three.executed).toBe(false);
  }, 120_000);

  it('verify: 200 scenarios agree, each vetoed proposal cancelled by 3 signatures after 2 failed', async () => {
    const result = await verifyGovernors(config(), { scenarios: 200 });
    const [path] = result.paths;
    expect(path!.failedDeployment).toBeUndefined();
    const mismatches = path!.checks.filter((check) => check.mismatch !== undefined);
    expect(mismatches).toEqual([]);
    expect(result.agreed).toBe(true);
    const vetoed = path!.checks.filter((check) => check.simulator.cancelSignatures !== undefined);
    expect(vetoed.length).toBeGreaterThan(0);
    for (const check of vetoed) {
      expect(check.chain.cancelSignatures).toBe(3);
      expect(check.chain.executed).toBe(false);
    }
    expect(path!.checks.some((check) => check.chain.executed)).toBe(true);
    console.info(
      `safe veto: ${path!.checks.length} replayed, ${vetoed.length} vetoed through the Safe, ${mismatches.length} mismatches`,
    );
  }, 600_000);

  it('verify disagrees when the Safe is not granted the canceller role', async () => {
    const stripped = config();
    governorsOf(stripped)[0].timelockController.cancellers = [];
    const result = await verifyGovernors(stripped, { scenarios: 200 });
    expect(result.agreed).toBe(false);
    const differing = result.paths[0]!.checks.filter((check) => check.mismatch !== undefined);
    expect(differing.length).toBeGreaterThan(0);
    console.info(`no canceller grant: ${differing.length} of ${result.paths[0]!.checks.length} disagree`);
    for (const check of differing) {
      expect(check.mismatch!.field).toBe('executableAfter');
      expect(check.chain.executed).toBe(true);
    }
  }, 600_000);

  it('verify disagrees when the Safe would cancel with 2 signatures: the check of k − 1 bites', async () => {
    const weak = config();
    const [governor] = governorsOf(weak);
    const two = vetoSafe({ owners: citizens, threshold: 2n, chainId: 1 });
    governor.vetoSafe = {
      ...governor.vetoSafe,
      threshold: '2',
      setupCalldata: two.setupCalldata,
      address: two.address,
    };
    governor.timelockController.cancellers = [two.address];
    const result = await verifyGovernors(weak, { scenarios: 200 });
    expect(result.agreed).toBe(false);
    const differing = result.paths[0]!.checks.filter((check) => check.mismatch !== undefined);
    expect(differing.length).toBeGreaterThan(0);
    console.info(
      `threshold 2: ${differing.length} of ${result.paths[0]!.checks.length} disagree (${differing.filter((check) => check.mismatch!.field === 'cancelSignatures').length} on cancelSignatures)`,
    );
    expect(differing.map((check) => check.mismatch)).toContainEqual({
      field: 'cancelSignatures',
      simulator: '3',
      chain: '2',
    });
  }, 600_000);
});
