import { formatDuration, type StepTrace } from '../../../compiler/index.ts';
import type { NoteContext } from './note-context.ts';
import { shortAmount, shortPercent } from './short-numbers.ts';

const separator = ' · ';

/** For, Against and Abstain as shares of the votes cast: "For 61% · Against 26% · Abstain 14%". */
function split(step: StepTrace, context: NoteContext): string {
  const { t, language } = context;
  const tally = step.tally!;
  const cast = BigInt(tally.for) + BigInt(tally.against) + BigInt(tally.abstain);
  if (cast === 0n) return t('preview.note.noVotes');
  return (['for', 'against', 'abstain'] as const)
    .map((side) => t(`preview.note.${side}`, { share: shortPercent(BigInt(tally[side]), cast, language) }))
    .join(separator);
}

/** "quorum met (381M / 40M UNI)" or "quorum missed (…)". */
function quorum(step: StepTrace, context: NoteContext): string {
  const { t, language } = context;
  const { decimals, symbol } = context.unitOf(step.node);
  const q = step.quorum!;
  return t(q.met ? 'preview.note.quorumMet' : 'preview.note.quorumMissed', {
    counted: shortAmount(q.counted, decimals, language),
    needed: shortAmount(q.needed, decimals, language),
    unit: symbol === '' ? '' : ` ${symbol}`,
  });
}

/** Each option's share of what was allocated, largest first, at most four: "A 45% · B 30% · C 25%". */
function allocation(items: { option: string; amount: string }[], context: NoteContext): string {
  let total = 0n;
  for (const item of items) total += BigInt(item.amount);
  return [...items]
    .sort((a, b) => (BigInt(b.amount) > BigInt(a.amount) ? 1 : BigInt(b.amount) < BigInt(a.amount) ? -1 : 0))
    .slice(0, 4)
    .map((item) => `${item.option} ${shortPercent(BigInt(item.amount), total, context.language)}`)
    .join(separator);
}

/**
 * The line shown under a node's card for one step of a trace: a vote's split and its quorum, a multisig's
 * approvals, a veto's or an objection window's count, an allocation, the branch a router took, a timelock's wait,
 * when an outcome was reached. Undefined for a step with nothing to say.
 */
export function stepNote(step: StepTrace, context: NoteContext): string | undefined {
  const { t, language } = context;
  const { decimals, symbol } = context.unitOf(step.node);
  const unit = symbol === '' ? '' : ` ${symbol}`;
  const wait = formatDuration(step.until - step.at, language);
  switch (step.kind) {
    case 'proposal':
      if (step.threshold === undefined) return undefined;
      return t(step.threshold.met ? 'preview.note.proposerMet' : 'preview.note.proposerMissed', {
        needed: shortAmount(step.threshold.needed, decimals, language),
        unit,
      });
    case 'stage':
      return step.branch === null
        ? t('preview.note.noStage')
        : t('preview.note.stage', { name: context.stageName(step.branch) });
    case 'route-by-amount':
    case 'route-by-type':
      return step.branch === null ? undefined : t('preview.note.branch', { branch: step.branch });
    case 'timelock':
      return t('preview.note.wait', { duration: wait });
    case 'execute':
      return t('preview.note.executable', { duration: formatDuration(step.at, language) });
    case 'signal':
      return t('preview.note.signalled', { duration: formatDuration(step.at, language) });
    case 'reject':
      return t('preview.note.rejected');
    case 'all-of':
    case 'any-of':
      return step.waiting
        ? t('preview.note.waiting', { arrived: step.waiting.arrived, needed: step.waiting.needed })
        : undefined;
    case 'multisig':
      return t('preview.note.approvals', {
        counted: step.threshold!.counted,
        needed: step.threshold!.needed,
      });
    case 'veto':
      return t(step.threshold!.met ? 'preview.note.vetoed' : 'preview.note.notVetoed', {
        counted: step.threshold!.counted,
        needed: step.threshold!.needed,
        duration: wait,
      });
    case 'optimistic':
      return t(step.threshold!.met ? 'preview.note.objected' : 'preview.note.notObjected', {
        counted: shortAmount(step.threshold!.counted, decimals, language),
        needed: shortAmount(step.threshold!.needed, decimals, language),
        unit,
        duration: wait,
      });
    case 'conviction':
      return step.threshold!.met
        ? t('preview.note.convictionMet', { duration: wait })
        : t('preview.note.convictionMissed');
  }
  if (step.tally === undefined) return undefined;
  const parts: string[] = [];
  if (step.allocation && step.allocation.length > 0) parts.push(allocation(step.allocation, context));
  else if (step.scores && step.scores.length > 0)
    parts.push(
      [...step.scores]
        .sort((a, b) => b.score - a.score)
        .slice(0, 3)
        .map(
          (s) =>
            `${s.option} ${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(s.score)}`,
        )
        .join(separator),
    );
  else if (step.kind === 'majority-vote') parts.push(split(step, context));
  else parts.push(t('preview.note.voters', { count: step.tally.voters }));
  if (step.quorum) parts.push(quorum(step, context));
  return parts.join(separator);
}
