import { getAddress } from 'viem';
import type { SignersParams } from '../../../generated/charter-document.ts';
import type { ElectorateBehaviour } from '../../electorate.ts';

/** Signers count one each, from their list of addresses. */
export const signersElectorate: ElectorateBehaviour<SignersParams> = {
  power: () => ({ unit: { en: 'signers', ko: '서명자' }, decimals: 0, perPerson: true }),
  addresses: (p) => p.signers,
  lower: (p, { id, label }) => ({
    id,
    label,
    kind: 'signers',
    voting: 'one-person-one-vote',
    addresses: p.signers.map((address) => getAddress(address)),
  }),
};
