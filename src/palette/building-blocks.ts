/**
 * Building blocks: small rule graphs a founder drops onto the canvas already wired, such as a vote, a wait and
 * the execution. Each block is its nodes (kind, params, place within the block) and the edges between them; it
 * leaves open only who votes, which the founder connects. Its name and description are i18n keys
 * (`blocks.<id>.name`, `blocks.<id>.description`).
 */
export interface BuildingBlock {
  /** Also the key of its words: `blocks.<id>`. */
  id: string;
  /** The block's nodes; `key` names a node within the block and becomes its id when it is free. */
  nodes: readonly BlockNode[];
  /** Edges between the block's nodes, by key and port. */
  edges: readonly { from: [key: string, port: string]; to: [key: string, port: string] }[];
}

/** One node of a {@link BuildingBlock}. */
export interface BlockNode {
  key: string;
  kind: string;
  /** Params over the kind's defaults. */
  params?: Record<string, unknown>;
  /** Top-left corner within the block, in canvas units. */
  at: { x: number; y: number };
}

const column = 280;
const row = 170;

/** The blocks the palette offers, in its order. */
export const buildingBlocks: readonly BuildingBlock[] = [
  {
    id: 'vote-wait-execute',
    nodes: [
      { key: 'propose', kind: 'proposal', at: { x: 0, y: 0 } },
      { key: 'vote', kind: 'majority-vote', at: { x: column, y: 0 } },
      { key: 'wait', kind: 'timelock', at: { x: 2 * column, y: 0 } },
      { key: 'run', kind: 'execute', params: { executor: 'governor' }, at: { x: 3 * column, y: 0 } },
      { key: 'stop', kind: 'reject', at: { x: 2 * column, y: row } },
    ],
    edges: [
      { from: ['propose', 'out'], to: ['vote', 'in'] },
      { from: ['vote', 'passed'], to: ['wait', 'in'] },
      { from: ['wait', 'out'], to: ['run', 'in'] },
      { from: ['vote', 'failed'], to: ['stop', 'in'] },
    ],
  },
  {
    id: 'multisig-payout',
    nodes: [
      { key: 'propose', kind: 'proposal', params: { types: ['payment'] }, at: { x: 0, y: 0 } },
      { key: 'sign', kind: 'multisig', at: { x: column, y: 0 } },
      { key: 'pay', kind: 'execute', params: { executor: 'safe' }, at: { x: 2 * column, y: 0 } },
      { key: 'stop', kind: 'reject', at: { x: 2 * column, y: row } },
    ],
    edges: [
      { from: ['propose', 'out'], to: ['sign', 'in'] },
      { from: ['sign', 'passed'], to: ['pay', 'in'] },
      { from: ['sign', 'failed'], to: ['stop', 'in'] },
    ],
  },
  {
    id: 'vote-with-veto',
    nodes: [
      { key: 'propose', kind: 'proposal', at: { x: 0, y: 0 } },
      { key: 'vote', kind: 'majority-vote', at: { x: column, y: 0 } },
      { key: 'veto', kind: 'veto', at: { x: 2 * column, y: 0 } },
      { key: 'wait', kind: 'timelock', at: { x: 3 * column, y: 0 } },
      { key: 'run', kind: 'execute', params: { executor: 'governor' }, at: { x: 4 * column, y: 0 } },
      { key: 'stop', kind: 'reject', at: { x: 2 * column, y: row } },
    ],
    edges: [
      { from: ['propose', 'out'], to: ['vote', 'in'] },
      { from: ['vote', 'passed'], to: ['veto', 'in'] },
      { from: ['veto', 'passed'], to: ['wait', 'in'] },
      { from: ['wait', 'out'], to: ['run', 'in'] },
      { from: ['vote', 'failed'], to: ['stop', 'in'] },
      { from: ['veto', 'vetoed'], to: ['stop', 'in'] },
    ],
  },
  {
    id: 'signal-only',
    nodes: [
      { key: 'propose', kind: 'proposal', params: { types: ['poll'] }, at: { x: 0, y: 0 } },
      {
        key: 'vote',
        kind: 'majority-vote',
        params: { votingDelay: 0, quorumCounts: 'all', votingMode: 'vote-replacement' },
        at: { x: column, y: 0 },
      },
      { key: 'record', kind: 'signal', params: { platform: 'snapshot' }, at: { x: 2 * column, y: 0 } },
      { key: 'stop', kind: 'reject', at: { x: 2 * column, y: row } },
    ],
    edges: [
      { from: ['propose', 'out'], to: ['vote', 'in'] },
      { from: ['vote', 'passed'], to: ['record', 'in'] },
      { from: ['vote', 'failed'], to: ['stop', 'in'] },
    ],
  },
];

/** The room a block takes on the canvas (canvas units), counting a card's size at its right and bottom. */
export function blockSize(
  block: BuildingBlock,
  card: { width: number; height: number },
): { width: number; height: number } {
  return {
    width: Math.max(...block.nodes.map((node) => node.at.x)) + card.width,
    height: Math.max(...block.nodes.map((node) => node.at.y)) + card.height,
  };
}
