import { getAddress } from 'viem';
import type { NftHoldersParams } from '../../../generated/charter-document.ts';
import type { ElectorateBehaviour } from '../../electorate.ts';

/** NFT holders vote per token held: whole votes, no decimals. */
export const nftHoldersElectorate: ElectorateBehaviour<NftHoldersParams> = {
  power: (p) => ({
    unit: { en: p.collection.symbol, ko: p.collection.symbol },
    decimals: 0,
    perPerson: false,
  }),
  lower: (p, { id, label }) => ({
    id,
    label,
    kind: 'nft',
    voting: 'one-per-token',
    token: {
      symbol: p.collection.symbol,
      name: p.collection.name,
      decimals: 0,
      totalSupply: String(p.collection.totalSupply),
      address: p.collection.address ? getAddress(p.collection.address) : null,
      standard: p.standard,
      delegation: p.delegation,
      votesPerToken: p.votesPerToken,
    },
  }),
};
