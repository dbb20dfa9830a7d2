/** What the founder is deciding: money out, the protocol's settings, an opinion, or a budget split among projects. */
export type Deciding = 'treasury' | 'settings' | 'opinion' | 'budget';
/** Who decides: token holders, a fixed list of signers, or members with one vote each. */
export type Deciders = 'token' | 'signers' | 'members';
/** A named rule for a vote. */
export type Preset = 'majority' | 'two-thirds' | 'uniswap';
/** How fast a decision is made, from proposal to execution. */
export type Speed = 'days' | 'week' | 'careful';
/** Where the rules will run. */
export type Where = 'governor' | 'aragon' | 'safe' | 'snapshot';

/** The answers of the guided start, one per question. */
export interface GuidedAnswers {
  deciding: Deciding;
  deciders: Deciders;
  preset: Preset;
  speed: Speed;
  where: Where;
}

/** The choices of each question, in the order shown. */
export const choices = {
  deciding: ['treasury', 'settings', 'opinion', 'budget'],
  deciders: ['token', 'signers', 'members'],
  preset: ['majority', 'two-thirds', 'uniswap'],
  speed: ['days', 'week', 'careful'],
  where: ['governor', 'aragon', 'safe', 'snapshot'],
} as const satisfies { [K in keyof GuidedAnswers]: readonly GuidedAnswers[K][] };

/**
 * The named presets, as a majority vote's support threshold and quorum (percent, exact decimal strings). "Two-thirds"
 * is For above 66.6666% (the contracts count "strictly more than"), as the cooperative template has it. Uniswap's
 * quorum is 40,000,000 of 1,000,000,000 UNI, 4% (Uniswap docs, governance glossary: "a quorum of 4% of all UNI
 * (40M) voting in the affirmative").
 */
export const presets: Record<Preset, { support: string; quorum: string }> = {
  majority: { support: '50', quorum: '10' },
  'two-thirds': { support: '66.6666', quorum: '10' },
  uniswap: { support: '50', quorum: '4' },
};

const day = 86_400;
/** Each speed as seconds: wait before voting, voting, and the timelock after a vote passes. */
export const speeds: Record<Speed, { delay: number; period: number; timelock: number }> = {
  days: { delay: 0, period: 3 * day, timelock: day },
  week: { delay: day, period: 7 * day, timelock: 2 * day },
  careful: { delay: 2 * day, period: 7 * day, timelock: 7 * day },
};

/** The first answers offered: a treasury decided by token holders, Uniswap's numbers, on the governor. */
export const firstAnswers: GuidedAnswers = {
  deciding: 'treasury',
  deciders: 'token',
  preset: 'uniswap',
  speed: 'week',
  where: 'governor',
};
