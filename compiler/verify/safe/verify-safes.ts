import {
  type Abi,
  type Address,
  concat,
  decodeFunctionResult,
  encodeFunctionData,
  getAddress,
  type Hex,
  keccak256,
  pad,
  zeroAddress,
} from 'viem';
import { CharterError } from '../../errors/charter-error.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import type { DrawnVotesEvent } from '../../simulate/run-proposal.ts';
import type { Scenario } from '../../simulate/scenario/scenario.ts';
import { simulate } from '../../simulate/simulate.ts';
import { safeSingletonName } from '../../targets/safe/canonical-safe.ts';
import { readSafeEntries, type SafeEntry } from '../../targets/safe/read-safe-entries.ts';
import { type Chain, openChain } from '../open-chain.ts';
import { stageReaching } from '../stage-reaching.ts';
import type { ScenarioVerdict, TargetVerification, UnitVerification } from '../target-verification.ts';
import type { VerifierOptions } from '../verifier.ts';
import { type SafeContract, safeContract } from './safe-contracts.ts';

/** Where Safe v1.4.1's FallbackManager keeps the handler: keccak256("fallback_manager.handler.address"). */
const fallbackHandlerSlot = 0x6c9a6c4a39284e37ed1cf53d337577d14212a4870fb976a4366c693b939918d5n;

const recipientAddress = (index: number) => getAddress(`0xbeef${(index + 1).toString(16).padStart(36, '0')}`);
/** An address that owns no Safe here, to pad k − 1 approvals to k signatures. */
const outsider = getAddress('0x0000000000000000000000000000000000c4a7ff');

/** What the chain did with one Safe transaction. */
interface SafeExecution {
  executed: boolean;
  approvals: number;
}

async function mined(chain: Chain, hashes: Hex[]): Promise<boolean[]> {
  await chain.mine();
  const statuses: boolean[] = [];
  for (const hash of hashes) statuses.push((await chain.receipt(hash)).status === 'success');
  return statuses;
}

async function read(chain: Chain, abi: Abi, to: Address, functionName: string, args: unknown[] = []) {
  const data = await chain.call(to, encodeFunctionData({ abi, functionName, args }));
  return decodeFunctionResult({ abi, functionName, data }) as unknown;
}

/**
 * Sends `value` wei from the Safe to `recipient` with the approvals of `approvers` (each calls approveHash from its
 * own address, impersonated), then execTransaction with their pre-validated signatures (v = 1, r = the owner,
 * sorted by address as the Safe requires). Executed means the call succeeded and the recipient received the value.
 */
async function execute(
  chain: Chain,
  abi: Abi,
  safe: Address,
  recipient: Address,
  value: bigint,
  approvers: readonly Address[],
): Promise<SafeExecution> {
  const nonce = (await read(chain, abi, safe, 'nonce')) as bigint;
  const transaction = [recipient, value, '0x', 0, 0n, 0n, 0n, zeroAddress, zeroAddress] as const;
  const hash = (await read(chain, abi, safe, 'getTransactionHash', [...transaction, nonce])) as Hex;
  const sent: Hex[] = [];
  for (const approver of approvers) {
    await chain.impersonate(approver);
    const data = encodeFunctionData({ abi, functionName: 'approveHash', args: [hash] });
    sent.push(await chain.send({ from: approver, to: safe, data, gas: 200_000n }));
  }
  // An outsider's approveHash reverts (GS030): only owners may approve.
  const approvals = (await mined(chain, sent)).filter(Boolean).length;
  const sorted = [...approvers].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  // viem's concat of no hex strings gives bytes, not 0x: no approver, no signature.
  const signatures: Hex =
    sorted.length === 0 ? '0x' : concat(sorted.map((owner) => concat([pad(owner), pad('0x0'), '0x01'])));
  const before = await chain.balance(recipient);
  const data = encodeFunctionData({
    abi,
    functionName: 'execTransaction',
    args: [...transaction, signatures],
  });
  const [success] = await mined(chain, [
    await chain.send({ from: chain.deployer, to: safe, data, gas: 5_000_000n }),
  ]);
  const received = (await chain.balance(recipient)) - before === value;
  return { executed: success === true && received, approvals };
}

function verdict(
  scenario: number,
  summary: string,
  simulator: string,
  real: string,
  field: string,
): ScenarioVerdict {
  return simulator === real
    ? { scenario, summary }
    : { scenario, summary, mismatch: { field, simulator, real } };
}

async function deploy(chain: Chain, contracts: SafeContract[]): Promise<Map<string, Address>> {
  const hashes: Hex[] = [];
  for (const contract of contracts)
    hashes.push(await chain.send({ from: chain.deployer, data: contract.bytecode, gas: 30_000_000n }));
  await chain.mine();
  const addresses = new Map<string, Address>();
  for (const [index, hash] of hashes.entries()) {
    const receipt = await chain.receipt(hash);
    const { contractName } = contracts[index]!;
    if (receipt.status !== 'success' || receipt.contractAddress === null)
      throw new CharterError(`Deploying Safe v1.4.1's ${contractName} reverted in the in-process EVM.`);
    addresses.set(contractName, receipt.contractAddress);
  }
  return addresses;
}

/**
 * The code-hash check: the runtime code each contract left on the test chain hashes to what Safe's canonical v1.4.1
 * deployment holds, so what is replayed here is what runs on every chain Safe supports. Gives the first that differs.
 */
async function differentCode(
  chain: Chain,
  contracts: SafeContract[],
  addresses: Map<string, Address>,
): Promise<string | undefined> {
  for (const contract of contracts) {
    const hash = keccak256(await chain.code(addresses.get(contract.contractName)!));
    if (hash !== contract.canonicalCodeHash)
      return `${contract.contractName}'s code hashes to ${hash}, not to the canonical v1.4.1 deployment's ${contract.canonicalCodeHash} (${contract.canonicalAddress})`;
  }
  return undefined;
}

/**
 * Checks every Safe of a compiled config on Safe v1.4.1's own contracts (npm `@safe-global/safe-contracts@1.4.1`) in
 * an in-process EVM. It deploys Safe, SafeL2, SafeProxyFactory and CompatibilityFallbackHandler, checks that their
 * code hashes equal the canonical deployments', puts the handler's code at the address the setup names, and for each
 * Safe:
 * - creates it through SafeProxyFactory.createProxyWithNonce with the emitted `setup` calldata, on SafeL2 (the
 *   singleton Safe{Wallet} deploys everywhere but Ethereum mainnet) or on Safe on chain 1;
 * - reads its owners, threshold and fallback handler back, against the document's signers (scenario 0);
 * - executes with the first k owners' approvals and fails with k − 1, and with k − 1 padded by an outsider;
 * - replays the simulator's sample proposals: the owners the simulator drew approving approve, and whether the Safe
 *   executed is compared with whether the simulator's multisig passed.
 */
export async function verifySafes(
  config: CharterConfig,
  options: VerifierOptions = {},
): Promise<TargetVerification> {
  const entries = readSafeEntries(config);
  if (entries.length === 0) {
    const problems = (config.targets.safe?.problems ?? []).map((problem) => problem.message);
    return {
      target: 'safe',
      units: [],
      notVerifiable: `no path is executed by a Safe, so there is nothing to check on Safe's contracts${problems.length > 0 ? `: ${problems.join(' ')}` : '.'}`,
    };
  }
  const seed = options.seed ?? 1;
  const count = options.scenarios ?? 20;
  const run = options.simulate ?? simulate;
  const chain = options.chain ?? (await openChain());
  try {
    const singletonName = safeSingletonName(config.chain.chainId);
    const contracts = [singletonName, 'SafeProxyFactory', 'CompatibilityFallbackHandler'].map((name) =>
      safeContract(name as SafeContract['contractName']),
    );
    const addresses = await deploy(chain, contracts);
    const wrongCode = await differentCode(chain, contracts, addresses);
    if (wrongCode !== undefined)
      return {
        target: 'safe',
        units: [],
        notVerifiable: `the installed Safe contracts are not Safe's: ${wrongCode}.`,
      };
    const [singleton, factory, handler] = contracts as [SafeContract, SafeContract, SafeContract];
    const units: UnitVerification[] = [];
    for (const [index, entry] of entries.entries())
      units.push(
        await verifySafe(chain, config, entry, {
          saltNonce: BigInt(index),
          singleton,
          singletonAddress: addresses.get(singleton.contractName)!,
          factory,
          factoryAddress: addresses.get(factory.contractName)!,
          handler,
          handlerCode: await chain.code(addresses.get(handler.contractName)!),
          scenarios: count,
          seed,
          run,
        }),
      );
    return { target: 'safe', units };
  } catch (error) {
    if (error instanceof CharterError) throw error;
    throw new CharterError('The replay on Safe’s contracts failed.', {
      details: [(error as Error).message],
      cause: error,
    });
  } finally {
    if (options.chain === undefined) await chain.close();
  }
}

interface SafeDeployment {
  saltNonce: bigint;
  singleton: SafeContract;
  singletonAddress: Address;
  factory: SafeContract;
  factoryAddress: Address;
  handler: SafeContract;
  handlerCode: Hex;
  scenarios: number;
  seed: number;
  run: typeof simulate;
}

async function verifySafe(
  chain: Chain,
  config: CharterConfig,
  entry: SafeEntry,
  deployment: SafeDeployment,
): Promise<UnitVerification> {
  const { singleton, factory } = deployment;
  const abi = singleton.abi;
  // The emitted setup names the canonical handler's address: give it the handler's code on the test chain.
  if (entry.fallbackHandler !== zeroAddress)
    await chain.setCode(entry.fallbackHandler, deployment.handlerCode);
  const create = encodeFunctionData({
    abi: factory.abi,
    functionName: 'createProxyWithNonce',
    args: [deployment.singletonAddress, entry.setupCalldata, deployment.saltNonce],
  });
  const safe = decodeFunctionResult({
    abi: factory.abi,
    functionName: 'createProxyWithNonce',
    data: await chain.call(deployment.factoryAddress, create),
  }) as Address;
  const creation = await chain.send({
    from: chain.deployer,
    to: deployment.factoryAddress,
    data: create,
    gas: 900_000_000n,
  });
  await chain.mine();
  const receipt = await chain.receipt(creation);
  const unit: UnitVerification = {
    unit: entry.decision,
    deployed: `${singleton.contractName} v1.4.1 proxy at ${safe}, created through SafeProxyFactory with the emitted setup (${receipt.gasUsed.toLocaleString('en-US')} gas)`,
    checks: [],
  };
  if (receipt.status !== 'success') {
    unit.checks.push({
      scenario: 0,
      summary: 'SafeProxyFactory.createProxyWithNonce with the emitted setup',
      mismatch: { field: 'created', simulator: 'true', real: 'false (reverted)' },
    });
    return unit;
  }
  // The document's signers, as the config lowers them: what the Safe must hold, checked apart from the Safe target.
  const signers = config.electorates.find((electorate) => {
    const listed = (electorate as { addresses?: string[] }).addresses;
    return (
      listed !== undefined &&
      listed.length === entry.owners.length &&
      listed.every((a, i) => getAddress(a) === entry.owners[i])
    );
  }) as { addresses: string[] } | undefined;
  const owners = (await read(chain, abi, safe, 'getOwners')) as Address[];
  const threshold = (await read(chain, abi, safe, 'getThreshold')) as bigint;
  const handlerWord = (await read(chain, abi, safe, 'getStorageAt', [fallbackHandlerSlot, 1n])) as Hex;
  const handler = getAddress(`0x${handlerWord.slice(-40)}`);
  const rule = config.bodies.find((body) => body.id === entry.decision)?.rule as
    | { threshold?: number }
    | undefined;
  const expectedOwners = (signers?.addresses ?? []).map((address) => getAddress(address)).join(', ');
  unit.checks.push(
    verdict(
      0,
      `the ${owners.length} owners read back are the document's signers, in order`,
      expectedOwners,
      owners.join(', '),
      'owners',
    ),
    verdict(
      0,
      `the threshold read back is ${threshold}`,
      String(rule?.threshold ?? 'none'),
      String(threshold),
      'threshold',
    ),
    verdict(
      0,
      `the fallback handler read back is ${handler}`,
      getAddress(entry.fallbackHandler),
      handler,
      'fallbackHandler',
    ),
  );
  await chain.setBalance(safe, 10n ** 24n);
  const k = Number(threshold);
  const atThreshold = await execute(chain, abi, safe, recipientAddress(10_000), 1n, owners.slice(0, k));
  unit.checks.push(
    verdict(
      0,
      `executed with ${k} of ${owners.length} approvals`,
      'true',
      String(atThreshold.executed),
      'executed',
    ),
  );
  const below = await execute(chain, abi, safe, recipientAddress(10_001), 1n, owners.slice(0, k - 1));
  unit.checks.push(
    verdict(0, `not executed with ${k - 1} approvals`, 'false', String(below.executed), 'executed'),
  );
  const padded = await execute(chain, abi, safe, recipientAddress(10_002), 1n, [
    ...owners.slice(0, k - 1),
    outsider,
  ]);
  unit.checks.push(
    verdict(
      0,
      `not executed with ${k - 1} approvals and an outsider's signature`,
      'false',
      String(padded.executed),
      'executed',
    ),
  );

  const route = config.routes.find((candidate) =>
    candidate.steps.some((step) => step.node === entry.decision),
  );
  if (route === undefined) return unit;
  const stage = stageReaching(route, entry.decision) ?? entry.stage ?? undefined;
  const scenario: Scenario = {
    ...(stage === undefined ? {} : { stage }),
    seed: deployment.seed,
    proposals: Array.from({ length: deployment.scenarios }, () => ({ type: route.proposalType })),
  };
  const drawn = new Map<number, DrawnVotesEvent>();
  const result = deployment.run(config, scenario, {
    onVotes: (event) => {
      if (event.node === entry.decision) drawn.set(event.proposal, event);
    },
  });
  for (const [index, trace] of result.proposals.entries()) {
    const step = trace.steps.find((candidate) => candidate.node === entry.decision);
    const event = drawn.get(index);
    if (step === undefined || event === undefined) continue;
    const approvers = event.votes
      .filter((vote) => vote.support === 'for')
      .map((vote) => getAddress(event.electorate.holders[vote.holder]!.address));
    const executes = step.branch === 'passed' && trace.outcome === 'executed' && trace.end === entry.execute;
    const chainResult = await execute(
      chain,
      abi,
      safe,
      recipientAddress(index),
      BigInt(index + 1),
      approvers,
    );
    const summary = `${chainResult.executed ? 'executed' : 'not executed'} with ${chainResult.approvals} of ${owners.length} approvals (threshold ${k})`;
    const approvals = verdict(
      index + 1,
      summary,
      step.threshold?.counted ?? '0',
      String(chainResult.approvals),
      'approvals',
    );
    unit.checks.push(
      approvals.mismatch === undefined
        ? verdict(index + 1, summary, String(executes), String(chainResult.executed), 'executed')
        : approvals,
    );
  }
  return unit;
}
