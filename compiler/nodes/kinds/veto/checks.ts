import type { VetoParams } from '../../../generated/charter-document.ts';
import type { KindChecks } from '../../checks.ts';

/** A veto by number of signers needs a list at least that long. */
export const vetoChecks: KindChecks<VetoParams> = {
  countsFromList: (p) =>
    'count' in p.threshold
      ? {
          needed: p.threshold.count,
          field: 'params.threshold.count',
          what: { en: 'a veto by number of signers', ko: '서명자 수로 정하는 거부권' },
        }
      : undefined,
};
