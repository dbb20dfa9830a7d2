import { graphView } from '../compile/graph-view.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkDocument, isValid } from '../validate/validate-document.ts';
import type { LintRule } from './lint-rule.ts';
import { executesOnFailure } from './rules/executes-on-failure.ts';
import { kindLints } from './rules/kind-lints.ts';
import { noTimelock } from './rules/no-timelock.ts';
import { periodUnderOneBlock } from './rules/period-under-one-block.ts';
import { quorumZero } from './rules/quorum-zero.ts';
import { shortVotingPeriod } from './rules/short-voting-period.ts';
import { yesNoForAllocation } from './rules/yes-no-for-allocation.ts';

/** Every design lint, in the order their warnings are listed. */
export const lintRules: readonly LintRule[] = [
  quorumZero,
  kindLints,
  noTimelock,
  periodUnderOneBlock,
  shortVotingPeriod,
  yesNoForAllocation,
  executesOnFailure,
];

/**
 * What {@link lintDocument} gives: the warnings of a valid document (`ok`), or, not ok, the errors that keep it
 * from being linted or that a lint found (a design that cannot work as meant, such as a vote shorter than a block).
 */
export type LintResult = { ok: true; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Designs that are legal but risky, as warnings with stable codes: a zero quorum, a few holders able to pass
 * anything, treasury transfers with no timelock, votes shorter than a day, stages that cannot progress, budgets
 * forced into yes/no, one-key multisigs and vetoes with no end; and, as errors (then not ok), designs that cannot
 * work as meant, such as a vote shorter than one block. Only valid documents are linted.
 */
export function lintDocument(document: unknown): LintResult {
  const { diagnostics, filled } = checkDocument(document);
  if (!filled || !isValid(diagnostics)) return { ok: false, diagnostics };
  const view = graphView(filled);
  const all = [...diagnostics, ...lintRules.flatMap((rule) => rule(view))];
  return { ok: isValid(all), diagnostics: all };
}
