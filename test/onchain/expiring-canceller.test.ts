// CharterExpiringCanceller on a TimelockController, as ENS's SecurityCouncil holds the timelock's cancel power until
// its expiration: a listed account cancels a waiting operation the second before the expiration, cannot at the
// expiration or after, and from then on anyone may make the contract give up the role. Times are set block by block.
import {
  type Address,
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  charterExpiringCancellerArtifact,
  timelockControllerArtifact,
} from '../../compiler/generated/openzeppelin-contracts.ts';
import { type Chain, openChain } from '../../compiler/verify/open-chain.ts';

const timelockAbi = parseAbi([
  'function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay)',
  'function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) view returns (bytes32)',
  'function isOperationPending(bytes32 id) view returns (bool)',
  'function grantRole(bytes32 role, address account)',
  'function hasRole(bytes32 role, address account) view returns (bool)',
]);
const cancellerAbi = parseAbi([
  'function cancel(bytes32 id)',
  'function renounceByExpiration()',
  'function expiration() view returns (uint256)',
  'function cancellers() view returns (address[])',
]);
const cancellerRole = keccak256(toHex('CANCELLER_ROLE'));
const council = getAddress('0x000000000000000000000000000000000000c0de');
const stranger = getAddress('0x000000000000000000000000000000000000dead');

let chain: Chain;
let timelock: Address;
let canceller: Address;
let expiration: bigint;

async function sendAt(timestamp: bigint, tx: { from: Address; to?: Address; data: Hex }) {
  const hash = await chain.send({ ...tx, gas: 5_000_000n });
  await chain.mine(timestamp);
  return (await chain.receipt(hash)).status;
}

async function pending(id: Hex): Promise<boolean> {
  const data = encodeFunctionData({ abi: timelockAbi, functionName: 'isOperationPending', args: [id] });
  return BigInt(await chain.call(timelock, data)) === 1n;
}

/** Schedules a call with `salt` (the deployer is the timelock's proposer) and gives the operation's id. */
async function schedule(salt: bigint, at: bigint): Promise<Hex> {
  const args = [stranger, 0n, '0x', zeroHash, toHex(salt, { size: 32 })] as const;
  const status = await sendAt(at, {
    from: chain.deployer,
    to: timelock,
    data: encodeFunctionData({ abi: timelockAbi, functionName: 'schedule', args: [...args, 60n] }),
  });
  expect(status).toBe('success');
  return (await chain.call(
    timelock,
    encodeFunctionData({ abi: timelockAbi, functionName: 'hashOperation', args }),
  )) as Hex;
}

beforeAll(async () => {
  chain = await openChain();
  for (const account of [council, stranger]) {
    await chain.impersonate(account);
    await chain.setBalance(account, 10n ** 20n);
  }
  const start = (await chain.head()).timestamp;
  expiration = start + 1_000n;
  timelock = getContractAddress({ from: chain.deployer, nonce: BigInt(await chain.nonce(chain.deployer)) });
  const deployed = await sendAt(start + 1n, {
    from: chain.deployer,
    data: encodeDeployData({
      abi: timelockControllerArtifact.abi,
      bytecode: timelockControllerArtifact.bytecode,
      args: [60n, [chain.deployer], [zeroAddress], chain.deployer],
    }),
  });
  expect(deployed).toBe('success');
  canceller = getContractAddress({ from: chain.deployer, nonce: BigInt(await chain.nonce(chain.deployer)) });
  expect(
    await sendAt(start + 2n, {
      from: chain.deployer,
      data: encodeDeployData({
        abi: charterExpiringCancellerArtifact.abi,
        bytecode: charterExpiringCancellerArtifact.bytecode,
        args: [timelock, [council], expiration],
      }),
    }),
  ).toBe('success');
  expect(
    await sendAt(start + 3n, {
      from: chain.deployer,
      to: timelock,
      data: encodeFunctionData({
        abi: timelockAbi,
        functionName: 'grantRole',
        args: [cancellerRole, canceller],
      }),
    }),
  ).toBe('success');
}, 60_000);

afterAll(async () => {
  await chain?.close();
});

describe('CharterExpiringCanceller', () => {
  it('lets its listed account cancel the second before the expiration, and nobody at it or after', async () => {
    const cancel = (from: Address, id: Hex) => ({
      from,
      to: canceller,
      data: encodeFunctionData({ abi: cancellerAbi, functionName: 'cancel', args: [id] }),
    });
    const renounce = (from: Address) => ({
      from,
      to: canceller,
      data: encodeFunctionData({ abi: cancellerAbi, functionName: 'renounceByExpiration' }),
    });
    const first = await schedule(1n, expiration - 10n);
    const second = await schedule(2n, expiration - 9n);

    // Someone it does not list cannot cancel, even in time; nor can the role be given up before the expiration.
    expect(await sendAt(expiration - 3n, cancel(stranger, first))).toBe('reverted');
    expect(await sendAt(expiration - 2n, renounce(stranger))).toBe('reverted');
    expect(await pending(first)).toBe(true);

    // The second before: the council cancels.
    expect(await sendAt(expiration - 1n, cancel(council, first))).toBe('success');
    expect(await pending(first)).toBe(false);

    // At the expiration: it cannot, and the operation stays queued.
    expect(await sendAt(expiration, cancel(council, second))).toBe('reverted');
    expect(await pending(second)).toBe(true);

    // After it: anyone makes the contract give up the canceller role.
    const hasRole = encodeFunctionData({
      abi: timelockAbi,
      functionName: 'hasRole',
      args: [cancellerRole, canceller],
    });
    expect(BigInt(await chain.call(timelock, hasRole))).toBe(1n);
    expect(await sendAt(expiration + 1n, renounce(stranger))).toBe('success');
    expect(BigInt(await chain.call(timelock, hasRole))).toBe(0n);
    expect(await sendAt(expiration + 2n, cancel(council, second))).toBe('reverted');
  });

  it('reports its end and its accounts', async () => {
    const read = async (functionName: 'expiration' | 'cancellers') =>
      chain.call(canceller, encodeFunctionData({ abi: cancellerAbi, functionName }));
    expect(BigInt(await read('expiration'))).toBe(expiration);
    expect((await read('cancellers')).toLowerCase()).toContain(council.slice(2).toLowerCase());
  });
});
