import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { formatAmount } from '../../../format/format-amount.ts';
import type { RouteByAmountParams } from '../../../generated/charter-document.ts';
import { compareDecimals, parseDecimal } from '../../../units/decimal.ts';
import type { KindChecks } from '../../checks.ts';

/** A route by amount's limits strictly increase, so that every amount has exactly one band. */
export const routeByAmountChecks: KindChecks<RouteByAmountParams> = {
  own: ({ bands, asset }, { nodeId, name }) =>
    bands.slice(1).flatMap((band, offset) => {
      const before = bands[offset]!;
      const previous = parseDecimal(before.below);
      const current = parseDecimal(band.below);
      if (!previous || !current || compareDecimals(previous, current) < 0) return [];
      const message = `${name}: band "${band.port}" (below ${formatAmount(band.below, asset.symbol)}) must have a higher limit than band "${before.port}" (below ${formatAmount(before.below, asset.symbol)}). List bands from the smallest limit up.`;
      return [
        createDiagnostic('bands-unordered', message, { nodeId, field: `params.bands.${offset + 1}.below` }),
      ];
    }),
};
