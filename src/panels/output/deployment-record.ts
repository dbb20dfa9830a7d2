import type { Address, Hex } from 'viem';

/** Where one step of a wallet deployment stands. */
export interface StepRecord {
  status: 'sent' | 'confirmed' | 'failed';
  hash: Hex;
  gasUsed?: string;
  /** The contract the step created, when only its receipt tells (a Safe proxy). */
  created?: Address;
}

/** A wallet deployment as saved in this browser, so that a reload resumes it rather than starting over. */
export interface DeploymentRecord {
  /** The deployer's nonce at the first step: it fixes every address of the plan. */
  nonce: number;
  /** The salt a CREATE2 deployment (a Safe) was planned with, so that a reload plans the same address. */
  salt?: string;
  steps: Record<string, StepRecord>;
}

/** The storage key of one deployment: the compiled config (by hash), the Governor path, the chain and the account. */
export function deploymentKey(configHash: string, vote: string, chainId: number, account: string): string {
  return `charter:deployment:${configHash}:${vote}:${chainId}:${account.toLowerCase()}`;
}

/** The saved record, or undefined when there is none or it is not one (a damaged record is not trusted). */
export function readDeploymentRecord(key: string): DeploymentRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return undefined;
  }
  const record = value as DeploymentRecord | null;
  if (!record || !Number.isSafeInteger(record.nonce) || typeof record.steps !== 'object' || !record.steps)
    return undefined;
  return record;
}

/** Saves the record; a full or refused storage only loses the ability to resume, which the caller is told. */
export function writeDeploymentRecord(key: string, record: DeploymentRecord): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}
