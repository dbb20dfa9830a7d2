import type { GraphView } from '../../compile/graph-view.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import { arbitrumChains, l1BlockSeconds } from '../arbitrum-chains.ts';
import { problemList } from '../problem-list.ts';
import { targetOutput } from '../target-output.ts';
import { targetUnits } from '../target-units.ts';
import { unitEntry } from '../unit-entry.ts';
import { unitParts } from '../unit-parts.ts';
import { gardensCvParams } from './gardens-cv-params.ts';

/**
 * The Gardens target: for every pool (a conviction node a proposal reaches, whose kind declares it anchors a Gardens
 * pool) whose every node on the way Gardens enforces, the pool's CVParams, or exactly why not. `blockTime` is the
 * seconds per `block.number` tick the pool's decay counts: the chain's block time, or Ethereum's 12 s on Arbitrum.
 */
export function gardensTarget(view: GraphView): ConfigTarget {
  const pools: unknown[] = [];
  const { units, problems: refused } = targetUnits(view, 'gardens');
  const { problems, report } = problemList(refused);
  const { chainId, blockTime: chainBlockTime } = view.document.chain;
  // On Arbitrum a pool's block.number is Ethereum's: conviction decays once per L1 block, whatever the L2's pace.
  const blockTime = arbitrumChains.has(chainId) ? l1BlockSeconds : chainBlockTime;
  for (const unit of units) {
    const pool = unitParts(unit, 'pool').find(({ id }) => id === unit.anchor)!.part.node;
    const feeder = view.feeder(pool.id, 'voters');
    const result = gardensCvParams({
      conviction: pool,
      voters: feeder ? view.node(feeder) : null,
      chain: { blockTime },
    });
    if (!result.ok) {
      report(result.diagnostics);
      continue;
    }
    pools.push(unitEntry(unit, { decision: pool.id, blockTime }, result.parameters));
  }
  return targetOutput('pools', pools, problems);
}
