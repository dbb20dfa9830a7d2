import type { Address, Hex, PublicClient } from 'viem';

/** One transaction a wallet sends: a creation (no `to`) or a call. */
export interface WalletStep {
  id: string;
  /** Picks the step's words: `output.wallet.steps.<kind>`. */
  kind: 'create' | 'grant-canceller' | 'grant-admin' | 'renounce-admin' | 'create-safe';
  contractName: string;
  /** The address created (when known before sending) or called. */
  address?: Address;
  account?: Address;
  to?: Address;
  data: Hex;
  /** The nonce the step must go with, when the plan's addresses depend on it. */
  nonce?: number;
}

/** One field the chain holds differently from the drawing. */
export interface ReadBackDifference {
  field: string;
  drawn: string;
  onChain: string;
}

export type ReadBack = { differences: ReadBackDifference[] } | { error: string };

/** What each step created, by step id, as its receipt says. */
export type Created = Record<string, Address | undefined>;

/** A target's deployment as the wallet panel runs it. */
export interface WalletPlan {
  chainId: number;
  steps: WalletStep[];
  /** Whether the plan creates the token the rules count (the rules name none). */
  newToken?: boolean;
  /** Contracts that must already be on the chain, with what to call them. */
  mustExist: { address: Address; name: string }[];
  /** The address a creation's receipt reveals (a CREATE2 proxy), found in its logs. */
  createdBy?(
    step: WalletStep,
    logs: readonly { address: Address; topics: Hex[]; data: Hex }[],
  ): Address | undefined;
  /** Reads the deployed contracts back and compares them with the drawing, field by field. */
  readBack(client: PublicClient, created: Created): Promise<ReadBack>;
}

/** Every field of `drawn` and `onChain` (flat objects of JSON values) whose value differs, prefixed by `part`. */
export function differences(
  part: string,
  drawn: Record<string, unknown> | undefined,
  onChain: Record<string, unknown> | undefined,
): ReadBackDifference[] {
  const found: ReadBackDifference[] = [];
  for (const field of new Set([...Object.keys(drawn ?? {}), ...Object.keys(onChain ?? {})])) {
    const a = JSON.stringify(drawn?.[field] ?? null);
    const b = JSON.stringify(onChain?.[field] ?? null);
    if (a !== b) found.push({ field: `${part}.${field}`, drawn: a, onChain: b });
  }
  return found;
}
