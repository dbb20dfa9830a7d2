import type { SimulationStep } from '../../simulation-step.ts';

/**
 * The first band whose limit (base units of the router's asset, in the config's rule) the amount asked is below;
 * larger amounts take `otherwise`.
 */
export const routeByAmountStep: SimulationStep = {
  role: 'route',
  route({ rule, amount }) {
    const bands = rule.bands as { port: string; below: string }[];
    return bands.find((band) => amount < BigInt(band.below))?.port ?? (rule.otherwise as string);
  },
};
