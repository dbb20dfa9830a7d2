import { passedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/** A join: when it passes or fails follows from its flow role (every branch must pass). */
export const allOfStep: SimulationStep = { role: 'join', exits: passedFailed };
