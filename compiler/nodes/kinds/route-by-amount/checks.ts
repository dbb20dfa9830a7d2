import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { say } from '../../../diagnostics/say.ts';
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
      const message = say('graph.bands-unordered', {
        node: name,
        band: band.port,
        limit: formatAmount(band.below, asset.symbol),
        before: before.port,
        beforeLimit: formatAmount(before.below, asset.symbol),
      });
      return [
        createDiagnostic('bands-unordered', message, { nodeId, field: `params.bands.${offset + 1}.below` }),
      ];
    }),
};
