import type { BoundNode } from '../nodes/bind-node.ts';
import type { DeclaredHolders, VotingPower } from '../nodes/electorate.ts';

/**
 * How {@link electorateAt} reads a graph: a validated document's GraphView is one, and so is the validator's index of
 * a document being checked.
 */
export interface ElectorateGraph {
  /** The node feeding an electorate input port, or null. */
  feeder(nodeId: string, port: string): string | null;
  /** The node bound to its kind, or undefined when its kind or params are not valid. */
  bound(nodeId: string): BoundNode | undefined;
}

/** What feeds an electorate input: the electorate at its root, and the weightings passed on the way. */
export interface ElectorateAt {
  /** The electorate at the root (after every weighting), or null when a weighting has nothing to reweigh. */
  base: string | null;
  /** The reweighing electorates passed, nearest first. */
  chain: readonly string[];
  /** The root's voting power, or undefined when there is no root or it cannot be read (invalid params). */
  power: VotingPower | undefined;
  /** The root's list of addresses, when it is one. */
  addresses: readonly string[] | undefined;
  /** The holders the root declares, when it does (computed when asked). */
  holders(): DeclaredHolders | undefined;
}

/**
 * The electorate at a node's electorate input (`voters`, `proposers`), followed through weightings to the electorate
 * they reweigh; undefined when nothing is connected. Compile, validate, explain and lint all read voting power
 * through this, so they agree on its unit and decimals.
 */
export function electorateAt(graph: ElectorateGraph, nodeId: string, port: string): ElectorateAt | undefined {
  let source = graph.feeder(nodeId, port);
  if (source === null) return undefined;
  const chain: string[] = [];
  while (source !== null) {
    const electorate = graph.bound(source)?.electorate();
    if (!electorate)
      return { base: source, chain, power: undefined, addresses: undefined, holders: () => undefined };
    if (!('reweighs' in electorate))
      return {
        base: source,
        chain,
        power: electorate.power,
        addresses: electorate.addresses,
        holders: electorate.holders,
      };
    if (chain.includes(source)) break; // a loop of weightings never validates; stop rather than spin
    chain.push(source);
    source = graph.feeder(source, electorate.reweighs);
  }
  return { base: null, chain, power: undefined, addresses: undefined, holders: () => undefined };
}

/**
 * Decimal places of the voting-power amounts a node states (a quorum as an amount, a minimum voting power): an
 * electorate's own, else those of the electorate at its electorate input; 0 when nothing is connected.
 */
export function powerDecimals(graph: ElectorateGraph, nodeId: string): number {
  return powerOf(graph, nodeId)?.decimals ?? 0;
}

/** The voting power a node's amounts are counted in (see {@link powerDecimals}), or undefined when none is. */
export function powerOf(graph: ElectorateGraph, nodeId: string): VotingPower | undefined {
  const bound = graph.bound(nodeId);
  if (!bound) return undefined;
  const electorate = bound.electorate();
  if (electorate && 'power' in electorate) return electorate.power;
  const port = electorateInput(bound);
  return port === undefined ? undefined : electorateAt(graph, nodeId, port)?.power;
}

/** The electorate input a node's voting-power amounts are counted at (its voters, or its proposers). */
function electorateInput(bound: BoundNode): string | undefined {
  if (bound.electorate()) return undefined;
  return bound.ports.find((port) => port.type === 'electorate' && port.direction === 'in')?.id;
}
