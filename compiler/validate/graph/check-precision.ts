import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { TokenHoldersParams } from '../../generated/charter-document.ts';
import { significantDecimals } from '../../units/decimal.ts';
import { baseElectorate } from './base-electorate.ts';
import type { GraphIndex, IndexedNode } from './graph-index.ts';

interface Amounts {
  decimals: number;
  symbol: string;
  /** Dotted field path → the amount written there. */
  fields: [string, unknown][];
}

// Several kinds' params are read by field name here; the schema has checked each kind's shape before.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Params = Record<string, any>;

/** The amounts a node states in an asset of its own, with that asset. */
function ownAmounts(item: IndexedNode): Amounts | undefined {
  const p = item.node.params as Params;
  switch (item.node.kind) {
    case 'token-holders':
      return {
        ...p.token,
        fields: [
          ['params.token.totalSupply', p.token.totalSupply],
          ...(p.topHolders as Params[]).map((holder, i): [string, unknown] => [
            `params.topHolders.${i}.balance`,
            holder.balance,
          ]),
        ],
      };
    case 'route-by-amount':
      return {
        ...p.asset,
        fields: (p.bands as Params[]).map((band, i): [string, unknown] => [
          `params.bands.${i}.below`,
          band.below,
        ]),
      };
    case 'quadratic-funding':
      return {
        ...p.asset,
        fields: [
          ['params.matchingPool', p.matchingPool],
          ['params.minContribution', p.minContribution],
        ],
      };
    case 'budget-split':
      return { ...p.asset, fields: [['params.budget', p.budget]] };
    default:
      return undefined;
  }
}

/** The voting-power amounts a node states, counted in the token of the electorate at `port`. */
function electorateAmounts(index: GraphIndex, item: IndexedNode): Amounts | undefined {
  const p = item.node.params as Params;
  const port = item.node.kind === 'proposal' ? 'proposers' : 'voters';
  const fields: [string, unknown][] =
    item.node.kind === 'proposal'
      ? [
          ['params.minVotingPower', p.minVotingPower],
          ['params.deposit', p.deposit],
        ]
      : ['quorum', 'objectionThreshold']
          .filter((key) => p[key]?.absolute !== undefined)
          .map((key) => [`params.${key}.absolute`, p[key].absolute]);
  if (fields.length === 0) return undefined;
  const base = baseElectorate(index, item, port);
  if (!base || base.weighted || !base.node.ports) return undefined;
  if (base.node.node.kind === 'token-holders')
    return { ...(base.node.node.params as TokenHoldersParams).token, fields };
  if (base.node.node.kind === 'nft-holders') return { decimals: 0, symbol: 'votes', fields };
  return undefined;
}

/** Reports amounts with more decimal places than their token has: they cannot be converted to base units exactly. */
export function checkPrecision(index: GraphIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    if (!item.ports) continue;
    for (const amounts of [ownAmounts(item), electorateAmounts(index, item)]) {
      for (const [field, value] of amounts?.fields ?? []) {
        if (typeof value !== 'string' || significantDecimals(value) <= amounts!.decimals) continue;
        const places =
          amounts!.decimals === 0
            ? 'no decimals'
            : `only ${amounts!.decimals} decimal place${amounts!.decimals === 1 ? '' : 's'}`;
        const message = `${item.name}: ${value} has more decimal places than ${amounts!.symbol}, which has ${places}, so it cannot be paid or counted exactly. Round it.`;
        diagnostics.push(createDiagnostic('too-precise', message, { nodeId: item.node.id, field }));
      }
    }
  }
  return diagnostics;
}
