import { getAddress } from 'viem';
import type { TokenHoldersParams } from '../../../generated/charter-document.ts';
import { toBaseUnits } from '../../../units/to-base-units.ts';
import type { ElectorateBehaviour } from '../../electorate.ts';

/** Token holders vote with their balance, counted in the token's decimals. */
export const tokenHoldersElectorate: ElectorateBehaviour<TokenHoldersParams> = {
  power: (p) => ({
    unit: { en: p.token.symbol, ko: p.token.symbol },
    decimals: p.token.decimals,
    perPerson: false,
  }),
  holders: (p) => ({
    symbol: p.token.symbol,
    decimals: p.token.decimals,
    supply: toBaseUnits(p.token.totalSupply, p.token.decimals),
    top: p.topHolders.map((holder) => ({
      label: holder.label,
      balance: toBaseUnits(holder.balance, p.token.decimals),
    })),
  }),
  lower: (p, { id, label }) => ({
    id,
    label,
    kind: 'token',
    voting: 'token-weighted',
    token: {
      symbol: p.token.symbol,
      name: p.token.name,
      decimals: p.token.decimals,
      totalSupply: String(toBaseUnits(p.token.totalSupply, p.token.decimals)),
      address: p.token.address ? getAddress(p.token.address) : null,
      standard: p.standard,
      delegation: p.delegation,
    },
    topHolders: p.topHolders.map((holder) => ({
      label: holder.label,
      balance: String(toBaseUnits(holder.balance, p.token.decimals)),
    })),
  }),
};
