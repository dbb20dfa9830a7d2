import { withDefaults } from '../document/with-defaults.ts';
import type { CharterDocument } from '../generated/charter-document.ts';

/**
 * The params a new node of this kind starts with: every default its schema declares, filled in. Fields without a
 * default (a token's address, a multisig's signers) are left out for the founder to fill; the validator names them.
 */
export function defaultParams(kind: string): Record<string, unknown> {
  let params = cache.get(kind);
  if (!params) {
    params = fillDefaults(kind);
    cache.set(kind, params);
  }
  return structuredClone(params);
}

const cache = new Map<string, Record<string, unknown>>();

function fillDefaults(kind: string): Record<string, unknown> {
  const probe = {
    charter: '1',
    name: '',
    description: '',
    chain: { chainId: 1, blockTime: 12, clockMode: 'blocknumber' },
    nodes: [{ id: 'probe', kind, params: {} }],
    edges: [],
  } as unknown as CharterDocument;
  const [node] = withDefaults(probe).nodes as unknown as { params: Record<string, unknown> }[];
  return node?.params ?? {};
}
