import type { StepTrace } from '../simulate/trace.ts';
import type { Language } from './node-kind.ts';

/**
 * What a kind's step note needs from the place that shows it: the language, and how that place writes numbers
 * (the preview writes them short: "381M", "61%"). Amounts are in the step's unit: the voting power of the decision's
 * electorate, or of the proposers at a proposal.
 */
export interface StepNoteContext {
  language: Language;
  /** An amount of the step's unit (base units, decimal text) as a short number: "381M", "1,000". */
  amount(baseUnits: string): string;
  /** The step's unit after a number, with its leading space (" UNI"), or "" when voters count one each. */
  unit: string;
  /** `part` of `whole` (bigints) as a short percentage: "61%", "4.5%". */
  share(part: bigint, whole: bigint): string;
  /** A number with at most one decimal place: "12.5". */
  number(value: number): string;
  /** Seconds in words: "2 days". */
  duration(seconds: number): string;
  /** A stage's name by id (the id itself when unknown). */
  stageName(id: string): string;
}

/**
 * The line shown under a node's card for one step of a simulated proposal ("For 61% · Against 26%", "waits 2
 * days"), in the context's language; undefined when the step has nothing to add to its mark.
 */
export type StepNote = (step: StepTrace, context: StepNoteContext) => string | undefined;

const separator = ' · ';

/** For, Against and Abstain as shares of the votes cast: "For 61% · Against 26% · Abstain 14%". */
export function voteSplit(step: StepTrace, context: StepNoteContext): string | undefined {
  const { tally } = step;
  if (tally === undefined) return undefined;
  const { language } = context;
  const cast = BigInt(tally.for) + BigInt(tally.against) + BigInt(tally.abstain);
  if (cast === 0n) return language === 'ko' ? '투표 없음' : 'no votes';
  const words =
    language === 'ko'
      ? { for: '찬성', against: '반대', abstain: '기권' }
      : { for: 'For', against: 'Against', abstain: 'Abstain' };
  return (['for', 'against', 'abstain'] as const)
    .map((side) => `${words[side]} ${context.share(BigInt(tally[side]), cast)}`)
    .join(separator);
}

/** "quorum met (381M / 40M UNI)" or "quorum missed (…)"; undefined for a step without a quorum. */
export function quorumNote(step: StepTrace, context: StepNoteContext): string | undefined {
  if (step.quorum === undefined) return undefined;
  const { met, counted, needed } = step.quorum;
  const figures = `(${context.amount(counted)} / ${context.amount(needed)}${context.unit})`;
  if (context.language === 'ko') return `정족수 ${met ? '충족' : '미달'} ${figures}`;
  return `quorum ${met ? 'met' : 'missed'} ${figures}`;
}

/** Each option's share of what was allocated, largest first, at most four: "A 45% · B 30% · C 25%". */
function allocation(items: readonly { option: string; amount: string }[], context: StepNoteContext): string {
  let total = 0n;
  for (const item of items) total += BigInt(item.amount);
  return [...items]
    .sort((a, b) => (BigInt(b.amount) > BigInt(a.amount) ? 1 : BigInt(b.amount) < BigInt(a.amount) ? -1 : 0))
    .slice(0, 4)
    .map((item) => `${item.option} ${context.share(BigInt(item.amount), total)}`)
    .join(separator);
}

/** The top three options by score: "A 12.5 · B 9 · C 3". */
function scores(items: readonly { option: string; score: number }[], context: StepNoteContext): string {
  return [...items]
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((item) => `${item.option} ${context.number(item.score)}`)
    .join(separator);
}

/**
 * The note of a decision among options or over a budget: its allocation, else its options' scores, else how many
 * voted; then its quorum. Undefined when the step has no tally.
 */
export function choiceNote(step: StepTrace, context: StepNoteContext): string | undefined {
  if (step.tally === undefined) return undefined;
  const first =
    step.allocation && step.allocation.length > 0
      ? allocation(step.allocation, context)
      : step.scores && step.scores.length > 0
        ? scores(step.scores, context)
        : context.language === 'ko'
          ? `투표자 ${step.tally.voters}명`
          : `${step.tally.voters} ${step.tally.voters === 1 ? 'voter' : 'voters'}`;
  return [first, quorumNote(step, context)].filter((part) => part !== undefined).join(separator);
}

/** "took “Small grants”": the branch a router sent the proposal down; undefined when it took none. */
export function branchNote(step: StepTrace, context: StepNoteContext): string | undefined {
  if (step.branch === null) return undefined;
  return context.language === 'ko' ? `“${step.branch}” 갈래로 감` : `took “${step.branch}”`;
}

/** "waiting: 1 of 2 arrived": a join that never fired; undefined for one that did. */
export function waitingNote(step: StepTrace, context: StepNoteContext): string | undefined {
  if (step.waiting === undefined) return undefined;
  const { arrived, needed } = step.waiting;
  return context.language === 'ko'
    ? `대기 중: ${needed}개 중 ${arrived}개 도착`
    : `waiting: ${arrived} of ${needed} arrived`;
}

/** How long the step held the proposal, in words. */
export function heldFor(step: StepTrace, context: StepNoteContext): string {
  return context.duration(step.until - step.at);
}
