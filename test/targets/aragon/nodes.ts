// Nodes with their kind's defaults filled in by withDefaults, as the compiler hands them to a target, for the
// Aragon, Safe, Snapshot and Gardens target tests. The defaults live in the node catalogue only, never again here.
import { withDefaults } from '../../../compiler/document/with-defaults.ts';
import type { CharterDocument, CharterNode } from '../../../compiler/generated/charter-document.ts';

/** A node of `kind` with `params` and the catalogue's defaults for everything left out. */
export function node<K extends CharterNode['kind']>(
  kind: K,
  id: string,
  params: object = {},
  label?: string,
): Extract<CharterNode, { kind: K }> {
  const written = { id, kind, params, ...(label === undefined ? {} : { label }) };
  const document = { charter: '1', name: 'test', chain: {}, nodes: [written], edges: [] };
  return withDefaults(document as unknown as CharterDocument).nodes[0] as Extract<CharterNode, { kind: K }>;
}

/** Remix's first five test accounts, in their EIP-55 form. */
export const accounts = [
  '0x5B38Da6a701c568545dCfcB03FcB875f56beddC4',
  '0xAb8483F64d9C6d1EcF9b849Ae677dD3315835cb2',
  '0x4B20993Bc481177ec7E8f571ceCaE8A9e22C02db',
  '0x78731D3Ca6b7E34aC0F824c42a7cC18A495cabaB',
  '0x617F2E2fD72FD9D5503197092aC168c91465E7f2',
] as const;

/** An address that stands for a deployed ERC20Votes token. */
export const tokenAddress = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
