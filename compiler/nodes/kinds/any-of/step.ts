import { passedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/** A join: when it passes or fails follows from its flow role (any one branch passing suffices). */
export const anyOfStep: SimulationStep = { role: 'join', exits: passedFailed };
