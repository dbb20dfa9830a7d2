import {
  type Address,
  concat,
  decodeFunctionResult,
  encodeFunctionData,
  type Hex,
  pad,
  parseAbi,
  zeroAddress,
} from 'viem';
import type { Chain } from '../open-chain.ts';

const safeAbi = parseAbi([
  'function nonce() view returns (uint256)',
  'function getTransactionHash(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, uint256 _nonce) view returns (bytes32)',
  'function approveHash(bytes32 hashToApprove)',
  'function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address payable refundReceiver, bytes signatures) payable returns (bool success)',
]);

/** What the chain did with one Safe transaction. */
export interface SafeTransactionResult {
  /** execTransaction succeeded: with safeTxGas and gasPrice 0 it reverts when the call it makes fails (GS013). */
  executed: boolean;
  /** Approvals the Safe accepted (approveHash reverts for anyone but an owner). */
  approvals: number;
}

/**
 * Has `approvers` sign one call from a Safe v1.4.1 and executes it: each approves the transaction's hash from its own
 * address (impersonated, one block), then execTransaction is sent with their pre-validated signatures (v = 1, r = the
 * owner, sorted by address as the Safe requires) in the next. No refund, no delegatecall.
 */
export async function sendSafeTransaction(
  chain: Chain,
  parameters: { safe: Address; to: Address; data: Hex; value?: bigint; approvers: readonly Address[] },
): Promise<SafeTransactionResult> {
  const { safe, approvers } = parameters;
  const read = async (functionName: 'nonce' | 'getTransactionHash', args: readonly unknown[] = []) =>
    decodeFunctionResult({
      abi: safeAbi,
      functionName,
      data: await chain.call(safe, encodeFunctionData({ abi: safeAbi, functionName, args: args as never })),
    }) as unknown;
  const nonce = (await read('nonce')) as bigint;
  const transaction = [
    parameters.to,
    parameters.value ?? 0n,
    parameters.data,
    0,
    0n,
    0n,
    0n,
    zeroAddress,
    zeroAddress,
  ] as const;
  const hash = (await read('getTransactionHash', [...transaction, nonce])) as Hex;
  const sent: Hex[] = [];
  for (const approver of approvers) {
    await chain.impersonate(approver);
    const data = encodeFunctionData({ abi: safeAbi, functionName: 'approveHash', args: [hash] });
    sent.push(await chain.send({ from: approver, to: safe, data, gas: 200_000n }));
  }
  await chain.mine();
  let approvals = 0;
  for (const sentHash of sent) if ((await chain.receipt(sentHash)).status === 'success') approvals++;
  const sorted = [...approvers].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  // viem's concat of no hex strings gives bytes, not 0x: no approver, no signature.
  const signatures: Hex =
    sorted.length === 0 ? '0x' : concat(sorted.map((owner) => concat([pad(owner), pad('0x0'), '0x01'])));
  const data = encodeFunctionData({
    abi: safeAbi,
    functionName: 'execTransaction',
    args: [...transaction, signatures],
  });
  const execution = await chain.send({ from: chain.deployer, to: safe, data, gas: 5_000_000n });
  await chain.mine();
  return { executed: (await chain.receipt(execution)).status === 'success', approvals };
}
