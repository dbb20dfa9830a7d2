import { getAddress } from 'viem';
import { nodeLabel } from '../format/node-label.ts';
import type { ConfigElectorate } from '../generated/charter-config.ts';
import type {
  MembersParams,
  NftHoldersParams,
  SignersParams,
  TokenHoldersParams,
  WeightingParams,
} from '../generated/charter-document.ts';
import { percentToFraction } from '../units/percent-to-fraction.ts';
import { toBaseUnits } from '../units/to-base-units.ts';
import type { GraphView } from './graph-view.ts';

/** The document's electorates, normalised: supplies in base units, addresses checksummed, weightings resolved. */
export function lowerElectorates(view: GraphView): ConfigElectorate[] {
  const electorates: ConfigElectorate[] = [];
  for (const node of view.document.nodes) {
    const base = { id: node.id, label: nodeLabel(node) };
    switch (node.kind) {
      case 'token-holders': {
        const p = node.params as TokenHoldersParams;
        electorates.push({
          ...base,
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
        });
        break;
      }
      case 'nft-holders': {
        const p = node.params as NftHoldersParams;
        electorates.push({
          ...base,
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
        });
        break;
      }
      case 'members': {
        const p = node.params as MembersParams;
        electorates.push({
          ...base,
          kind: 'members',
          voting: 'one-person-one-vote',
          addresses: p.source === 'list' ? p.members.map((address) => getAddress(address)) : [],
          personhood:
            p.source === 'proof-of-personhood' && p.personhood
              ? { provider: p.personhood.provider, minScore: p.personhood.minScore ?? null }
              : null,
          expectedMembers: p.source === 'list' ? p.members.length : (p.expectedMembers ?? null),
        });
        break;
      }
      case 'signers': {
        const p = node.params as SignersParams;
        electorates.push({
          ...base,
          kind: 'signers',
          voting: 'one-person-one-vote',
          addresses: p.signers.map((address) => getAddress(address)),
        });
        break;
      }
      case 'weighting': {
        const p = node.params as WeightingParams;
        const { numerator, denominator } = percentToFraction(p.capPercent);
        electorates.push({
          ...base,
          kind: 'weighted',
          voting: p.mode === 'quadratic' ? 'quadratic' : 'capped',
          source: view.feeder(node.id, 'source')!,
          ...(p.mode === 'capped'
            ? { cap: { numerator: String(numerator), denominator: String(denominator) } }
            : {}),
        });
        break;
      }
    }
  }
  return electorates;
}
