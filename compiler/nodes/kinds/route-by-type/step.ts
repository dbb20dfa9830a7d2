import type { SimulationStep } from '../../simulation-step.ts';

/** The branch of the proposal's type, which the config's route for that type already keeps alone. */
export const routeByTypeStep: SimulationStep = {
  role: 'route',
  route: ({ exits }) => (exits.length === 1 ? exits[0]! : null),
};
