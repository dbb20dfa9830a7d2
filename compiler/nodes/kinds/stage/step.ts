import type { SimulationStep } from '../../simulation-step.ts';

/** The branch of the stage the DAO is at; none when it has no stage or this node does not list it. */
export const stageStep: SimulationStep = {
  role: 'route',
  route: ({ exits, stage }) => (stage !== null && exits.includes(stage) ? stage : null),
};
