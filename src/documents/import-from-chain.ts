import { type Address, createPublicClient, http } from 'viem';
import {
  type CharterDocument,
  CharterError,
  type ImportNote,
  importContracts,
} from '../../compiler/index.ts';

/** What reading a Governor from a chain gave: a document and its notes, or why there is none. */
export type ChainImportOutcome =
  | { ok: true; document: CharterDocument; notes: ImportNote[] }
  /** The contracts were read, but their rules cannot be drawn exactly: the reason, in both languages. */
  | { ok: false; reason: 'refused'; note: ImportNote }
  /** The address answered, but not as a Governor Charter can read: the getter it lacks, in English. */
  | { ok: false; reason: 'not-governor'; detail: string }
  /** The endpoint could not be reached or did not answer JSON-RPC: the transport's first line. */
  | { ok: false; reason: 'unreachable'; detail: string };

/**
 * Reads the Governor, Safe or Aragon DAO at `address` through the JSON-RPC endpoint `rpc` (the user's own: the app
 * talks to no other server) with the library's importer, as `charter import --rpc` does; `psp` is the Aragon
 * PluginSetupProcessor to read a DAO's installs from on a chain where the library knows none.
 */
export async function importFromChain(
  rpc: string,
  address: Address,
  options: { psp?: Address } = {},
): Promise<ChainImportOutcome> {
  const client = createPublicClient({ transport: http(rpc, { timeout: 20_000, retryCount: 0 }) });
  try {
    const result = await importContracts(client, address, options);
    return result.ok
      ? { ok: true, document: result.document, notes: result.notes }
      : { ok: false, reason: 'refused', note: result.reason };
  } catch (error) {
    if (error instanceof CharterError)
      return { ok: false, reason: 'not-governor', detail: error.shortMessage };
    const text = (error as { shortMessage?: string }).shortMessage ?? String(error);
    return { ok: false, reason: 'unreachable', detail: text.split('\n', 1)[0]! };
  }
}
