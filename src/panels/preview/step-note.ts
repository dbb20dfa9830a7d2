import { formatDuration, getNodeKind, type StepTrace } from '../../../compiler/index.ts';
import type { NoteContext } from './note-context.ts';
import { shortAmount, shortPercent } from './short-numbers.ts';

/**
 * The line shown under a node's card for one step of a trace, in the words its kind defines (a vote's split and
 * quorum, a multisig's approvals, a timelock's wait, …), with numbers written short. Undefined for a step with
 * nothing to say, or of a kind Charter does not know.
 */
export function stepNote(step: StepTrace, context: NoteContext): string | undefined {
  const note = getNodeKind(step.kind)?.stepNote;
  if (note === undefined) return undefined;
  const { language } = context;
  const { decimals, symbol } = context.unitOf(step.node);
  return note(step, {
    language,
    amount: (baseUnits) => shortAmount(baseUnits, decimals, language),
    unit: symbol === '' ? '' : ` ${symbol}`,
    share: (part, whole) => shortPercent(part, whole, language),
    number: (value) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value),
    duration: (seconds) => formatDuration(seconds, language),
    stageName: context.stageName,
  });
}
