import { unixSeconds } from '../../../units/unix-seconds.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/**
 * Holds the proposal for the timelock's minimum delay (seconds); its extra cancellers, when their power ends
 * (`cancellersUntil`), can no longer cancel from that Unix second on.
 */
export const timelockStep: SimulationStep = {
  role: 'delay',
  seconds: (rule) => Number(rule.delay ?? 0),
  cancelUntil: (rule) => {
    const cancellers = Array.isArray(rule.cancellers) ? rule.cancellers : [];
    if (cancellers.length === 0 || typeof rule.cancellersUntil !== 'string') return undefined;
    return unixSeconds(rule.cancellersUntil);
  },
};
