import type { SimulationStep } from '../../simulation-step.ts';

/** Holds the proposal for the timelock's minimum delay (seconds). */
export const timelockStep: SimulationStep = { role: 'delay', seconds: (rule) => Number(rule.delay ?? 0) };
