// Nodes with their kind's defaults filled in by withDefaults, as the compiler hands them to a target: the defaults
// live in the node catalogue only, never again here.
import { withDefaults } from '../../../compiler/document/with-defaults.ts';
import type {
  CharterDocument,
  CharterNode,
  MajorityVoteNode,
  MajorityVoteParams,
  ProposalNode,
  ProposalParams,
  TimelockNode,
  TimelockParams,
  TokenHoldersNode,
  TokenHoldersParams,
} from '../../../compiler/generated/charter-document.ts';

function defaulted<T extends CharterNode>(node: {
  id: string;
  kind: T['kind'];
  label?: string;
  params: object;
}): T {
  const document = { charter: '1', name: 'test', chain: {}, nodes: [node], edges: [] };
  return withDefaults(document as unknown as CharterDocument).nodes[0] as T;
}

export const vote = (params: Partial<MajorityVoteParams> = {}) =>
  defaulted<MajorityVoteNode>({ id: 'vote', kind: 'majority-vote', label: 'Token vote', params });

export const holders = (
  token: Partial<TokenHoldersParams['token']> = {},
  params: Partial<Omit<TokenHoldersParams, 'token'>> = {},
) =>
  defaulted<TokenHoldersNode>({
    id: 'holders',
    kind: 'token-holders',
    label: 'ACME holders',
    params: { token: { symbol: 'ACME', totalSupply: '1000000000', ...token }, ...params },
  });

export const proposal = (params: Partial<ProposalParams> = {}) =>
  defaulted<ProposalNode>({
    id: 'propose',
    kind: 'proposal',
    label: 'Proposal',
    params: { types: ['treasury-transfer'], ...params },
  });

export const timelock = (params: Partial<TimelockParams> = {}) =>
  defaulted<TimelockNode>({ id: 'delay', kind: 'timelock', label: 'Timelock', params });

/** Ethereum mainnet's clock: 12-second blocks, counted in block numbers. */
export const mainnet = { blockTime: 12, clockMode: 'blocknumber' } as const;
