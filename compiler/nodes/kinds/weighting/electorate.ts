import type { WeightingParams } from '../../../generated/charter-document.ts';
import { percentToFraction } from '../../../units/percent-to-fraction.ts';
import type { ElectorateBehaviour } from '../../electorate.ts';

/** A weighting reweighs the electorate at its `source` port; the unit stays that electorate's. */
export const weightingElectorate: ElectorateBehaviour<WeightingParams> = {
  reweighs: 'source',
  lower: (p, { id, label, feeder }) => {
    const { numerator, denominator } = percentToFraction(p.capPercent);
    return {
      id,
      label,
      kind: 'weighted',
      voting: p.mode === 'quadratic' ? 'quadratic' : 'capped',
      source: feeder('source')!,
      ...(p.mode === 'capped'
        ? { cap: { numerator: String(numerator), denominator: String(denominator) } }
        : {}),
    };
  },
};
