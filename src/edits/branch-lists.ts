import type { CharterDocument, CharterNode, Language, PortDefinition } from '../../compiler/index.ts';
import { uniqueId } from './unique-id.ts';

/**
 * A node kind whose outputs are the items of one list in its params (a router's routes, a stage node's stages):
 * where the list is, which field of an item names its output, and a new item for a new branch.
 */
export interface BranchList {
  /** The params field holding the list, such as `routes`. */
  list: string;
  /** The field of an item that is its output's id, such as `port`. */
  idField: string;
  /** The stem of a new branch's id: `branch` gives `branch`, `branch-2`… */
  stem: string;
  /** A new item with this output id, after `items` (the list as it is); words in it are in `language`. */
  newItem(id: string, items: readonly Record<string, unknown>[], language: Language): Record<string, unknown>;
}

/** Ten times an amount written in decimals, so a new band's limit is above the last one's. */
function tenTimes(amount: unknown): string {
  if (typeof amount !== 'string' || !/^\d+(\.\d+)?$/.test(amount)) return '1000';
  const [whole = '0', fraction = ''] = amount.split('.');
  const shifted = `${whole}${`${fraction}0`.slice(0, 1)}`.replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(1);
  return rest ? `${shifted}.${rest}` : shifted;
}

/** The node kinds that branch by a list of their own, by kind name: the app's per-kind wiring table. */
export const branchLists: Readonly<Record<string, BranchList>> = {
  'route-by-amount': {
    list: 'bands',
    idField: 'port',
    stem: 'band',
    newItem: (id, items) => ({ port: id, below: tenTimes(items.at(-1)?.below) }),
  },
  'route-by-type': {
    list: 'routes',
    idField: 'port',
    stem: 'route',
    newItem: (id) => ({ port: id, types: [id] }),
  },
  stage: {
    list: 'stages',
    idField: 'id',
    stem: 'stage',
    newItem: (id, items, language) => ({
      id,
      name: language === 'ko' ? `${items.length + 1}단계` : `Stage ${items.length + 1}`,
      criteria: [],
    }),
  },
};

/** The id of the output every branching node shows after its branches: connecting from it adds a branch. */
export const addBranchPort = '+branch';

/** The "Add a branch" output: a proposal-flow output that is not in the document until something connects to it. */
export const addBranchPortDefinition: PortDefinition = {
  id: addBranchPort,
  type: 'flow',
  direction: 'out',
  min: 0,
  label: { en: 'Add a branch', ko: '분기 추가' },
};

function itemsOf(node: Pick<CharterNode, 'params'>, branches: BranchList): Record<string, unknown>[] {
  const params = (node.params ?? {}) as Record<string, unknown>;
  const list = params[branches.list];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

/**
 * Adds a branch to a branching node: a new item at the end of its list, with an output id no port of the node has.
 * A new stage is named in `language`. Returns the document unchanged (and no port) for a node that does not branch.
 */
export function addBranch(
  document: CharterDocument,
  nodeId: string,
  language: Language = 'en',
): { document: CharterDocument; port: string | undefined } {
  const node = document.nodes.find((candidate) => candidate.id === nodeId);
  const branches = node ? branchLists[node.kind] : undefined;
  if (!node || !branches) return { document, port: undefined };
  const items = itemsOf(node, branches);
  const params = (node.params ?? {}) as Record<string, unknown>;
  const taken = new Set<string>([
    ...items.map((item) => String(item[branches.idField] ?? '')),
    ...Object.values(params).filter((value): value is string => typeof value === 'string'),
  ]);
  const port = uniqueId(branches.stem, taken);
  const next = {
    ...node,
    params: { ...params, [branches.list]: [...items, branches.newItem(port, items, language)] },
  } as CharterNode;
  return {
    document: {
      ...document,
      nodes: document.nodes.map((candidate) => (candidate === node ? next : candidate)),
    },
    port,
  };
}

/** The node with an empty branch list where it has none, so a fresh router still shows its input. */
export function withBranchList<T extends Pick<CharterNode, 'kind' | 'params'>>(node: T): T {
  const branches = branchLists[node.kind];
  if (!branches) return node;
  const params = (node.params ?? {}) as Record<string, unknown>;
  if (Array.isArray(params[branches.list])) return node;
  return { ...node, params: { ...params, [branches.list]: [] } };
}
