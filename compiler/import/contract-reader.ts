import {
  type Abi,
  type Address,
  BaseError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  type PublicClient,
} from 'viem';
import { GovernorReadError } from './governor-read-error.ts';

/** The part of viem's public client the importer reads through. */
export type ChainReader = Pick<PublicClient, 'readContract' | 'getLogs' | 'getChainId' | 'getBlock'>;

/** Three ways to call a view function: plainly, as an optional module's getter, or as a getter the contract must have. */
export interface ContractReader {
  read<T>(abi: Abi, to: Address, functionName: string, args?: unknown[]): Promise<T>;
  /** undefined when the contract has no such getter (or it reverts); network failures still throw. */
  optional<T>(abi: Abi, to: Address, functionName: string, args?: unknown[]): Promise<T | undefined>;
  /** Throws a GovernorReadError naming the getter and `what` (e.g. "The Governor") when the contract lacks it. */
  required<T>(abi: Abi, to: Address, functionName: string, what: string): Promise<T>;
}

/** A getter the contract does not have (or that reverts): the module is absent. Network failures are not this. */
function isAbsent(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false;
  return (
    error.walk(
      (cause) =>
        cause instanceof ContractFunctionRevertedError || cause instanceof ContractFunctionZeroDataError,
    ) !== null || /revert/i.test(error.message)
  );
}

/** The {@link ContractReader} over a chain reader. */
export function contractReader(client: ChainReader): ContractReader {
  const read = <T>(abi: Abi, to: Address, functionName: string, args: unknown[] = []) =>
    client.readContract({ abi, address: to, functionName, args } as never) as Promise<T>;
  return {
    read,
    async optional<T>(abi: Abi, to: Address, functionName: string, args: unknown[] = []) {
      try {
        return await read<T>(abi, to, functionName, args);
      } catch (error) {
        if (isAbsent(error)) return undefined;
        throw error;
      }
    },
    async required<T>(abi: Abi, to: Address, functionName: string, what: string) {
      try {
        return await read<T>(abi, to, functionName);
      } catch (error) {
        if (isAbsent(error)) throw new GovernorReadError(`${what} at ${to} has no ${functionName}()`, error);
        throw error;
      }
    },
  };
}
