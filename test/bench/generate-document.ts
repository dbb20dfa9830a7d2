import type { CharterDocument } from '../../compiler/generated/charter-document.ts';

type Node = CharterDocument['nodes'][number];

/**
 * A valid document of about `size` nodes: independent governor paths of six nodes each (proposal, token holders,
 * majority vote, timelock, execute, reject), as a DAO with many sub-DAOs would have. Deterministic for a size.
 */
export function generateDocument(size: number): CharterDocument {
  const nodes: Node[] = [];
  const edges: CharterDocument['edges'] = [];
  const edge = (from: string, fromPort: string, to: string, toPort: string) =>
    edges.push({
      id: `e${edges.length}`,
      from: { node: from, port: fromPort },
      to: { node: to, port: toPort },
    });
  const node = (id: string, kind: string, x: number, y: number, params: object): Node =>
    ({ id, kind, label: id, position: { x, y }, params }) as unknown as Node;
  for (let i = 0; nodes.length + 6 <= size; i++) {
    const y = i * 200;
    nodes.push(
      node(`p${i}`, 'proposal', 0, y, { types: [`type-${i}`], minVotingPower: '1000' }),
      node(`t${i}`, 'token-holders', 0, y + 100, { token: { symbol: `T${i}`, totalSupply: '1000000000' } }),
      node(`v${i}`, 'majority-vote', 280, y, { quorum: { percent: '4.5' }, votingPeriod: 604_800 }),
      node(`l${i}`, 'timelock', 560, y, { delay: 172_800 }),
      node(`x${i}`, 'execute', 840, y, {}),
      node(`r${i}`, 'reject', 560, y + 100, {}),
    );
    edge(`p${i}`, 'out', `v${i}`, 'in');
    edge(`t${i}`, 'voters', `v${i}`, 'voters');
    edge(`v${i}`, 'passed', `l${i}`, 'in');
    edge(`l${i}`, 'out', `x${i}`, 'in');
    edge(`v${i}`, 'failed', `r${i}`, 'in');
  }
  const chain = { chainId: 1, blockTime: 12, clockMode: 'blocknumber' } as const;
  return { charter: '1', name: `Generated, ${nodes.length} nodes`, description: '', chain, nodes, edges };
}
