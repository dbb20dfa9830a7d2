import type { CharterDocument } from '../../compiler/generated/charter-document.ts';

type Node = CharterDocument['nodes'][number];

function builder() {
  const nodes: Node[] = [];
  const edges: CharterDocument['edges'] = [];
  return {
    nodes,
    edges,
    node(id: string, kind: string, params: object = {}) {
      const y = nodes.length * 10;
      nodes.push({ id, kind, label: id, position: { x: 0, y }, params } as unknown as Node);
    },
    edge(from: string, fromPort: string, to: string, toPort: string) {
      edges.push({
        id: `e${edges.length}`,
        from: { node: from, port: fromPort },
        to: { node: to, port: toPort },
      });
    },
    document(name: string): CharterDocument {
      const chain = { chainId: 1, blockTime: 12, clockMode: 'blocknumber' } as const;
      return { charter: '1', name, description: '', chain, nodes, edges };
    },
  };
}

/**
 * A valid document of `size` nodes that is one long chain: a proposal, a token electorate, then majority votes
 * every `voteEvery` steps and timelocks between them, each vote's failure rejected, ending in an execution. The
 * deepest graph a document can be: every walk that recursed once per step would overflow on it.
 */
export function chainDocument(size: number, { voteEvery = 100 } = {}): CharterDocument {
  const b = builder();
  b.node('propose', 'proposal', { types: ['change'] });
  b.node('holders', 'token-holders', { token: { symbol: 'GOV', totalSupply: '1000000' } });
  b.node('stop', 'reject');
  const steps = size - 4;
  let previous = { node: 'propose', port: 'out' };
  for (let i = 0; i < steps; i++) {
    const id = `s${i}`;
    if (i % voteEvery === 0) {
      b.node(id, 'majority-vote', { quorum: { percent: '4' }, votingPeriod: 86_400, votingDelay: 0 });
      b.edge('holders', 'voters', id, 'voters');
      b.edge(id, 'failed', 'stop', 'in');
      b.edge(previous.node, previous.port, id, 'in');
      previous = { node: id, port: 'passed' };
    } else {
      b.node(id, 'timelock', { delay: 60 });
      b.edge(previous.node, previous.port, id, 'in');
      previous = { node: id, port: 'out' };
    }
  }
  b.node('run', 'execute');
  b.edge(previous.node, previous.port, 'run', 'in');
  return b.document(`A chain of ${size} nodes`);
}

/**
 * A valid document of `diamonds` + 4 nodes with 2^`diamonds` paths: a proposal, a token electorate, then
 * `diamonds` majority votes in a row whose passed and failed exits both lead to the next, ending in an execution.
 * Small, and yet no walk that lists its paths one by one ever finishes.
 */
export function diamondDocument(diamonds: number): CharterDocument {
  const b = builder();
  b.node('propose', 'proposal', { types: ['change'] });
  b.node('holders', 'token-holders', { token: { symbol: 'GOV', totalSupply: '1000000' } });
  let previous = ['propose.out'];
  for (let i = 0; i < diamonds; i++) {
    const id = `v${i}`;
    b.node(id, 'majority-vote', { quorum: { percent: '4' }, votingPeriod: 86_400, votingDelay: 0 });
    b.edge('holders', 'voters', id, 'voters');
    for (const end of previous) {
      const [node, port] = end.split('.');
      b.edge(node!, port!, id, 'in');
    }
    previous = [`${id}.passed`, `${id}.failed`];
  }
  b.node('run', 'execute');
  b.node('stop', 'reject');
  for (const end of previous) {
    const [node, port] = end.split('.');
    b.edge(node!, port!, 'run', 'in');
  }
  return b.document(`${diamonds} diamonds`);
}

/**
 * A valid document with 2^`routers` ways through: a proposal, a majority vote, then `routers` routes by amount in a
 * row whose two branches (below 1,000 USDC, otherwise) both lead to the next, a timelock and an execution. What
 * every reader that walks one path at a time (explain, capture) must bound.
 */
export function routerDiamondDocument(routers: number): CharterDocument {
  const b = builder();
  b.node('propose', 'proposal', { types: ['grant'] });
  b.node('holders', 'token-holders', { token: { symbol: 'GOV', totalSupply: '1000000' } });
  b.node('vote', 'majority-vote', { quorum: { percent: '4' }, votingPeriod: 86_400, votingDelay: 0 });
  b.node('stop', 'reject');
  b.edge('propose', 'out', 'vote', 'in');
  b.edge('holders', 'voters', 'vote', 'voters');
  b.edge('vote', 'failed', 'stop', 'in');
  let previous = ['vote.passed'];
  for (let i = 0; i < routers; i++) {
    const id = `r${String(i).padStart(2, '0')}`;
    b.node(id, 'route-by-amount', {
      asset: { symbol: 'USDC', decimals: 6 },
      bands: [{ port: 'small', below: '1000' }],
    });
    for (const end of previous) {
      const [node, port] = end.split('.');
      b.edge(node!, port!, id, 'in');
    }
    previous = [`${id}.small`, `${id}.otherwise`];
  }
  b.node('delay', 'timelock', { delay: 172_800 });
  b.node('run', 'execute');
  for (const end of previous) {
    const [node, port] = end.split('.');
    b.edge(node!, port!, 'delay', 'in');
  }
  b.edge('delay', 'out', 'run', 'in');
  return b.document(`${routers} routing diamonds`);
}

/**
 * A valid document of about `size` nodes that is a ladder of joins: from the proposal, two timelocks in parallel
 * meet at an any-of join (or all-of, as `join` says), which starts the next two, and so on, ending in an execution.
 * Deep and full of joins: every join waits on what may still arrive behind it.
 */
export function joinLadderDocument(size: number, join: 'any-of' | 'all-of' = 'any-of'): CharterDocument {
  const b = builder();
  b.node('propose', 'proposal', { types: ['change'] });
  b.node('stop', 'reject');
  let previous = { node: 'propose', port: 'out' };
  const rungs = Math.floor((size - 3) / 3);
  for (let i = 0; i < rungs; i++) {
    b.node(`a${i}`, 'timelock', { delay: 60 });
    b.node(`b${i}`, 'timelock', { delay: 120 });
    b.node(`j${i}`, join);
    b.edge(previous.node, previous.port, `a${i}`, 'in');
    b.edge(previous.node, previous.port, `b${i}`, 'in');
    b.edge(`a${i}`, 'out', `j${i}`, 'in');
    b.edge(`b${i}`, 'out', `j${i}`, 'in');
    b.edge(`j${i}`, 'failed', 'stop', 'in');
    previous = { node: `j${i}`, port: 'passed' };
  }
  b.node('run', 'execute');
  b.edge(previous.node, previous.port, 'run', 'in');
  return b.document(`A ladder of ${rungs} ${join} joins`);
}

/**
 * A valid document whose one vote is decided by an electorate `depth` weightings deep: token holders, capped, then
 * capped again and again. The deepest electorate a document can have.
 */
export function weightingChainDocument(depth: number): CharterDocument {
  const b = builder();
  b.node('propose', 'proposal', { types: ['change'] });
  b.node('holders', 'token-holders', { token: { symbol: 'GOV', totalSupply: '1000000' } });
  let previous = 'holders';
  for (let i = 0; i < depth; i++) {
    b.node(`w${i}`, 'weighting', { mode: 'capped', capPercent: '10' });
    b.edge(previous, 'voters', `w${i}`, 'source');
    previous = `w${i}`;
  }
  b.node('vote', 'majority-vote', { quorum: { percent: '4' }, votingPeriod: 86_400, votingDelay: 0 });
  b.node('run', 'execute');
  b.node('stop', 'reject');
  b.edge('propose', 'out', 'vote', 'in');
  b.edge(previous, 'voters', 'vote', 'voters');
  b.edge('vote', 'passed', 'run', 'in');
  b.edge('vote', 'failed', 'stop', 'in');
  return b.document(`An electorate ${depth} weightings deep`);
}
