import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { say } from '../../../diagnostics/say.ts';
import { formatAmount } from '../../../format/format-amount.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import type { MajorityVoteParams } from '../../../generated/charter-document.ts';
import { compareDecimals, parseDecimal } from '../../../units/decimal.ts';
import type { KindChecks } from '../../checks.ts';

/** `a > b` for two decimal texts the schema has already checked. */
function above(a: string, b: string): boolean {
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  return left !== undefined && right !== undefined && compareDecimals(left, right) > 0;
}

/**
 * A majority vote's quorum settings agree: the minimum is not above the maximum (Arbitrum's setQuorumMinAndMax
 * reverts with MIN_GT_MAX), a base, exclusions or a rise go with a quorum given as a share, and a rise does not stop
 * below where it starts (Nouns' _setDynamicQuorumParams requires min ≤ max).
 */
export const majorityVoteChecks: KindChecks<MajorityVoteParams> = {
  own: (p, { nodeId, name }) => {
    const found = [];
    if (
      p.quorumMinimum !== undefined &&
      p.quorumMaximum !== undefined &&
      above(p.quorumMinimum, p.quorumMaximum)
    )
      found.push(
        createDiagnostic(
          'quorum-bounds',
          say('graph.quorum-minimum-above-maximum', {
            node: name,
            minimum: formatAmount(p.quorumMinimum),
            maximum: formatAmount(p.quorumMaximum),
          }),
          { nodeId, field: 'params.quorumMinimum' },
        ),
      );
    if ('absolute' in p.quorum) {
      const settings = [
        ...(p.quorumOf === undefined ? [] : ['quorumOf']),
        ...(p.quorumExcluded === undefined || p.quorumExcluded.length === 0 ? [] : ['quorumExcluded']),
        ...(p.quorumRise === undefined ? [] : ['quorumRise']),
      ];
      for (const setting of settings)
        found.push(
          createDiagnostic(
            'quorum-bounds',
            say('graph.quorum-shape-needs-share', {
              node: name,
              amount: formatAmount(p.quorum.absolute),
              setting,
            }),
            { nodeId, field: `params.${setting}` },
          ),
        );
    } else if (p.quorumRise !== undefined && above(p.quorum.percent, p.quorumRise.maximum))
      found.push(
        createDiagnostic(
          'quorum-bounds',
          say('graph.quorum-rise-below-start', {
            node: name,
            start: formatPercent(p.quorum.percent),
            limit: formatPercent(p.quorumRise.maximum),
          }),
          { nodeId, field: 'params.quorumRise.maximum' },
        ),
      );
    return found;
  },
};
