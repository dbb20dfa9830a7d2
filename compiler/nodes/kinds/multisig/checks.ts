import type { MultisigParams } from '../../../generated/charter-document.ts';
import type { KindChecks } from '../../checks.ts';

/** A multisig needs `threshold` signers from a list at least that long. */
export const multisigChecks: KindChecks<MultisigParams> = {
  countsFromList: (p) => ({
    needed: p.threshold,
    field: 'params.threshold',
    what: { en: 'a multisig', ko: '멀티시그' },
  }),
};
