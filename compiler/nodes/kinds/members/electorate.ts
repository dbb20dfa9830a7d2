import { getAddress } from 'viem';
import type { MembersParams } from '../../../generated/charter-document.ts';
import type { ElectorateBehaviour } from '../../electorate.ts';

/** Members vote one person one vote, from a list of addresses or by proof of personhood. */
export const membersElectorate: ElectorateBehaviour<MembersParams> = {
  power: () => ({ unit: { en: 'members', ko: '구성원' }, decimals: 0, perPerson: true }),
  addresses: (p) => (p.source === 'list' ? p.members : undefined),
  lower: (p, { id, label }) => ({
    id,
    label,
    kind: 'members',
    voting: 'one-person-one-vote',
    addresses: p.source === 'list' ? p.members.map((address) => getAddress(address)) : [],
    personhood:
      p.source === 'proof-of-personhood' && p.personhood
        ? { provider: p.personhood.provider, minScore: p.personhood.minScore ?? null }
        : null,
    expectedMembers: p.source === 'list' ? p.members.length : (p.expectedMembers ?? null),
  }),
};
