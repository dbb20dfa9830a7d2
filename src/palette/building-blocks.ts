import type { Localized } from '../../compiler/index.ts';

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
  /** What the node does in this block, as its label in the interface language when it is dropped. */
  label: Localized;
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
      { key: 'propose', label: { en: 'Proposals', ko: '제안 접수' }, kind: 'proposal', at: { x: 0, y: 0 } },
      { key: 'vote', label: { en: 'Vote', ko: '투표' }, kind: 'majority-vote', at: { x: column, y: 0 } },
      {
        key: 'wait',
        label: { en: 'Wait before running', ko: '실행 전 대기' },
        kind: 'timelock',
        at: { x: 2 * column, y: 0 },
      },
      {
        key: 'run',
        label: { en: 'Run on chain', ko: '체인에서 실행' },
        kind: 'execute',
        params: { executor: 'governor' },
        at: { x: 3 * column, y: 0 },
      },
      { key: 'stop', label: { en: 'Rejected', ko: '기각됨' }, kind: 'reject', at: { x: 2 * column, y: row } },
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
      {
        key: 'propose',
        label: { en: 'Payment requests', ko: '지급 요청' },
        kind: 'proposal',
        params: { types: ['payment'] },
        at: { x: 0, y: 0 },
      },
      {
        key: 'sign',
        label: { en: 'Signers approve', ko: '서명자 승인' },
        kind: 'multisig',
        at: { x: column, y: 0 },
      },
      {
        key: 'pay',
        label: { en: 'Pay from the Safe', ko: 'Safe에서 지급' },
        kind: 'execute',
        params: { executor: 'safe' },
        at: { x: 2 * column, y: 0 },
      },
      { key: 'stop', label: { en: 'Rejected', ko: '기각됨' }, kind: 'reject', at: { x: 2 * column, y: row } },
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
      { key: 'propose', label: { en: 'Proposals', ko: '제안 접수' }, kind: 'proposal', at: { x: 0, y: 0 } },
      { key: 'vote', label: { en: 'Vote', ko: '투표' }, kind: 'majority-vote', at: { x: column, y: 0 } },
      {
        key: 'veto',
        label: { en: 'Veto window', ko: '거부 기간' },
        kind: 'veto',
        at: { x: 2 * column, y: 0 },
      },
      {
        key: 'wait',
        label: { en: 'Wait before running', ko: '실행 전 대기' },
        kind: 'timelock',
        at: { x: 3 * column, y: 0 },
      },
      {
        key: 'run',
        label: { en: 'Run on chain', ko: '체인에서 실행' },
        kind: 'execute',
        params: { executor: 'governor' },
        at: { x: 4 * column, y: 0 },
      },
      {
        key: 'stop',
        label: { en: 'Rejected or vetoed', ko: '기각 또는 거부됨' },
        kind: 'reject',
        at: { x: 2 * column, y: row },
      },
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
      {
        key: 'propose',
        label: { en: 'Polls', ko: '의견 투표 접수' },
        kind: 'proposal',
        params: { types: ['poll'] },
        at: { x: 0, y: 0 },
      },
      {
        key: 'vote',
        label: { en: 'Poll', ko: '의견 투표' },
        kind: 'majority-vote',
        params: { votingDelay: 0, quorumCounts: 'all', votingMode: 'vote-replacement' },
        at: { x: column, y: 0 },
      },
      {
        key: 'record',
        label: { en: 'Record the result', ko: '결과 기록' },
        kind: 'signal',
        params: { platform: 'snapshot' },
        at: { x: 2 * column, y: 0 },
      },
      {
        key: 'stop',
        label: { en: 'Not carried', ko: '부결됨' },
        kind: 'reject',
        at: { x: 2 * column, y: row },
      },
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
