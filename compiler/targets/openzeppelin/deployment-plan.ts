import {
  type Address,
  concat,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  getContractAddress,
  type Hex,
  keccak256,
  parseAbi,
  toHex,
  zeroAddress,
  zeroHash,
} from 'viem';
import type { CharterConfig } from '../../generated/charter-config.ts';
import {
  charterCompVotesArtifact,
  charterExpiringCancellerArtifact,
  charterVotesTokenArtifact,
  timelockControllerArtifact,
} from '../../generated/openzeppelin-contracts.ts';
import { safeSingletonName } from '../safe/canonical-safe.ts';
import { eip712Name } from './eip712-name.ts';
import { encodeConstructorArgs } from './encode-constructor-args.ts';
import { governorArtifacts } from './governor-artifacts.ts';
import { type GovernorEntry, readGovernorEntries } from './read-governor-entries.ts';
import { type VetoSafe, vetoSafe } from './veto-safe.ts';

const roleAbi = parseAbi([
  'function grantRole(bytes32 role, address account)',
  'function renounceRole(bytes32 role, address callerConfirmation)',
]);
const factoryAbi = parseAbi([
  'function createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce) returns (address proxy)',
]);
const cancellerRole = keccak256(toHex('CANCELLER_ROLE'));
const adminRole = zeroHash;

/** One transaction of a deployment: a contract creation (no `to`) or a call to the timelock. */
export interface DeploymentStep {
  /**
   * Stable within a plan: `token`, `votes-adapter`, `timelock`, `governor`, `safe`, `expiring-canceller`,
   * `grant-canceller:0x…`, `grant-admin:0x…`, `renounce-admin`.
   */
  id: string;
  kind: 'create' | 'create-safe' | 'grant-canceller' | 'grant-admin' | 'renounce-admin';
  /** The contract created, or the one called (TimelockController); for `create-safe`, the Safe's singleton. */
  contractName: string;
  /** For a creation: the address it will have. For a call: the contract called (for `create-safe`, the factory). */
  address: Address;
  /** For calls: the account granted a role (or renouncing it). */
  account?: Address;
  /** For calls, the timelock (or the SafeProxyFactory); absent for a creation. */
  to?: Address;
  data: Hex;
  /** The deployer's nonce this step must be sent with, so that the predicted addresses hold. */
  nonce: number;
}

/** Everything one Governor path needs on chain, in the order it must be sent. */
export interface DeploymentPlan {
  vote: string;
  deployer: Address;
  chainId: number;
  /** The token the Governor counts: the electorate's own, or the new CharterVotesToken the plan creates. */
  token: Address;
  /** Whether the plan creates the token (the electorate names no address). */
  newToken: boolean;
  /**
   * For a Compound-style token (`comp-votes`: COMP, UNI): CharterCompVotes, created over it, which the Governor is
   * given as its votes, since the token answers getPriorVotes and not getPastVotes.
   */
  votesAdapter?: Address;
  timelock: Address;
  governor: Address;
  /** The veto's Safe, when k > 1 vetoes block: created by the `safe` step and made the timelock's canceller. */
  safe?: VetoSafe;
  /**
   * The CharterExpiringCanceller the `expiring-canceller` step creates when the cancellers' power ends: the timelock's
   * one extra canceller, which cancels for them until then.
   */
  expiringCanceller?: Address;
  steps: DeploymentStep[];
  /** The parameters the Governor and timelock are deployed with, to compare with what the chain reads back. */
  entry: GovernorEntry;
}

/**
 * The transactions that deploy one Governor path of a compiled config's `openzeppelin` target from `deployer`, as a
 * founder's wallet sends them: the token when the electorate names none (CharterVotesToken, the whole supply to the
 * deployer, delegated to itself), CharterCompVotes over a Compound-style token (COMP, UNI), the TimelockController,
 * the Governor, then the timelock roles its constructor cannot take. Extra cancellers need an admin to grant them, so the timelock is then created with the deployer as a
 * temporary admin, which grants them, hands the admin role to the document's admin if it names one, and renounces its
 * own (as TimelockController's documentation advises for initial set-up). A timelock with a grace period is Compound's
 * Timelock instead, created with the Governor's predicted address as its admin: the Timelock Uniswap ships lets only
 * itself call setPendingAdmin, so the pending-admin hand-over (setPendingAdmin, then the Governor's __acceptAdmin())
 * would need a queued transaction and its delay; Uniswap deployed GovernorAlpha's Timelock the same way. Its
 * cancellers are the Governor's constructor argument. Addresses are predicted from the nonces, so each step names the
 * nonce it must be sent with. A veto needing k > 1 of its body adds the creation of its Safe through the canonical
 * SafeProxyFactory v1.4.1 (CREATE2: its address follows from the setup and `saltNonce`, by default the config's;
 * under Compound's Timelock always the config's) before that Safe is granted the canceller role. Cancellers whose
 * power ends (`cancellersUntil`) add the creation of a CharterExpiringCanceller listing them, which is granted the
 * canceller role in their place. Undefined when the
 * config has no such Governor path.
 */
export function deploymentPlan(
  config: CharterConfig,
  parameters: { deployer: Address; nonce: number; vote?: string; saltNonce?: bigint },
): DeploymentPlan | undefined {
  const entry = readGovernorEntries(config).find(
    (candidate) => parameters.vote === undefined || candidate.vote === parameters.vote,
  );
  if (!entry) return undefined;
  const deployer = getAddress(parameters.deployer);
  const electorateToken = config.electorates.find((electorate) => electorate.id === entry.token)!.token!;
  const steps: DeploymentStep[] = [];
  let nonce = parameters.nonce;
  const next = () => getContractAddress({ from: deployer, nonce: BigInt(nonce) });
  const push = (step: Omit<DeploymentStep, 'nonce'>) => {
    steps.push({ ...step, nonce });
    nonce += 1;
  };

  const newToken = electorateToken.address === null;
  let token: Address;
  if (newToken) {
    token = next();
    push({
      id: 'token',
      kind: 'create',
      contractName: charterVotesTokenArtifact.contractName,
      address: token,
      data: encodeDeployData({
        abi: charterVotesTokenArtifact.abi,
        bytecode: charterVotesTokenArtifact.bytecode,
        args: [
          eip712Name(electorateToken.name),
          electorateToken.symbol,
          entry.governor.clockMode === 'timestamp',
          [deployer],
          [BigInt(electorateToken.totalSupply)],
          [true],
        ],
      }),
    });
  } else token = getAddress(electorateToken.address!);
  let votes = token;
  if (electorateToken.standard === 'comp-votes') {
    votes = next();
    push({
      id: 'votes-adapter',
      kind: 'create',
      contractName: charterCompVotesArtifact.contractName,
      address: votes,
      data: encodeDeployData({
        abi: charterCompVotesArtifact.abi,
        bytecode: charterCompVotesArtifact.bytecode,
        args: [token],
      }),
    });
  }

  // Compound's Timelock takes the Governor as its admin at construction and the Governor holds its cancellers (a
  // constructor argument), so it needs no set-up after; a TimelockController with extra cancellers does.
  const controller = entry.timelock.kind === 'compound' ? undefined : entry.timelock;
  const configured = entry.vetoSafe;
  // The config names the Safe at its own salt; another salt moves it (only where the cancellers are granted after the
  // Governor is created, so that the moved address is the one granted).
  const safe =
    configured === undefined || parameters.saltNonce === undefined || controller === undefined
      ? configured
      : vetoSafe({
          owners: configured.owners,
          threshold: configured.threshold,
          chainId: config.chain.chainId,
          saltNonce: parameters.saltNonce,
        });
  const cancellers = (controller?.cancellers ?? []).map((canceller) =>
    configured !== undefined && getAddress(canceller) === configured.address ? safe!.address : canceller,
  );
  const admin = controller?.admin ?? zeroAddress;
  const setUp = cancellers.length > 0;
  const timelock = getContractAddress({ from: deployer, nonce: BigInt(nonce) });
  const governor = getContractAddress({ from: deployer, nonce: BigInt(nonce + 1) });
  const encoded = encodeConstructorArgs({
    governor: entry.governor,
    timelock: setUp && controller ? { ...controller, admin: deployer } : entry.timelock,
    addresses: { token: votes, timelock, governor },
  });
  const artifacts = governorArtifacts(entry);
  push({
    id: 'timelock',
    kind: 'create',
    contractName: artifacts.timelock.contractName,
    address: timelock,
    data: concat([artifacts.timelock.bytecode, encoded.timelock]),
  });
  const governorArtifact = artifacts.governor;
  push({
    id: 'governor',
    kind: 'create',
    contractName: governorArtifact.contractName,
    address: governor,
    data: concat([governorArtifact.bytecode, encoded.governor]),
  });
  if (safe !== undefined)
    push({
      id: 'safe',
      kind: 'create-safe',
      contractName: `${safeSingletonName(config.chain.chainId)} v1.4.1`,
      address: safe.factory,
      to: safe.factory,
      account: safe.address,
      data: encodeFunctionData({
        abi: factoryAbi,
        functionName: 'createProxyWithNonce',
        args: [safe.singleton, safe.setupCalldata, safe.saltNonce],
      }),
    });
  // Cancellers whose power ends hold it through a CharterExpiringCanceller, which alone gets the role.
  const until = controller?.cancellersUntil;
  let expiringCanceller: Address | undefined;
  if (setUp && until !== undefined) {
    expiringCanceller = next();
    push({
      id: 'expiring-canceller',
      kind: 'create',
      contractName: charterExpiringCancellerArtifact.contractName,
      address: expiringCanceller,
      data: encodeDeployData({
        abi: charterExpiringCancellerArtifact.abi,
        bytecode: charterExpiringCancellerArtifact.bytecode,
        args: [timelock, cancellers.map((canceller) => getAddress(canceller)), until],
      }),
    });
  }
  if (setUp) {
    const call = (
      kind: DeploymentStep['kind'],
      functionName: 'grantRole' | 'renounceRole',
      role: Hex,
      account: Address,
    ) =>
      push({
        id: kind === 'renounce-admin' ? kind : `${kind}:${account}`,
        kind,
        contractName: timelockControllerArtifact.contractName,
        address: timelock,
        to: timelock,
        account,
        data: encodeFunctionData({ abi: roleAbi, functionName, args: [role, account] }),
      });
    for (const canceller of expiringCanceller === undefined ? cancellers : [expiringCanceller])
      call('grant-canceller', 'grantRole', cancellerRole, getAddress(canceller));
    const keepsAdmin = admin !== zeroAddress && getAddress(admin) === deployer;
    if (admin !== zeroAddress && !keepsAdmin) call('grant-admin', 'grantRole', adminRole, getAddress(admin));
    if (!keepsAdmin) call('renounce-admin', 'renounceRole', adminRole, deployer);
  }
  return {
    vote: entry.vote,
    deployer,
    chainId: config.chain.chainId,
    token,
    newToken,
    ...(votes === token ? {} : { votesAdapter: votes }),
    timelock,
    governor,
    ...(safe === undefined ? {} : { safe }),
    ...(expiringCanceller === undefined ? {} : { expiringCanceller }),
    steps,
    entry,
  };
}
