import { parsePercent } from './parse-percent.ts';
import { sameMember } from './same-member.ts';

/** Parameters of {@link veto}. */
export interface VetoParameters {
  /** The vetoing body (a Citizens' House, a guardian council). */
  members: readonly string[];
  /** How much of the body must veto: a share of its members (decimal percent text) or a number of them. */
  threshold: { percent: string } | { count: number };
  vetoes: readonly { member: string; at?: number }[];
  /** The veto window: vetoes count when `start ≤ at < end`; without `end` (a window of 0) it never closes. Without
   * a window every veto counts. */
  window?: { start: number; end?: number };
}

/** What {@link veto} returns. */
export interface VetoReturnType {
  /** Distinct listed members who vetoed in time. */
  vetoes: number;
  /** Vetoes needed: the count, or ⌈members · percent / 100⌉, and at least 1 (a body blocks only by vetoing). */
  needed: number;
  /** vetoes ≥ needed. */
  blocked: boolean;
}

/**
 * A second body's veto: the proposal is blocked when enough distinct members of the body veto within the window.
 * Repeats and non-members do not count; 0x addresses compare case-insensitively. Independent of order.
 */
export function veto({ members, threshold, vetoes, window }: VetoParameters): VetoReturnType {
  const body = new Set(members.map(sameMember));
  let needed: number;
  if ('count' in threshold) needed = threshold.count;
  else {
    const share = parsePercent(threshold.percent);
    needed = Number((BigInt(body.size) * share.num + share.den - 1n) / share.den);
  }
  // A share of 0 %, or of an empty body, would block with no veto at all: nobody blocked anything.
  needed = Math.max(needed, 1);
  const vetoed = new Set<string>();
  for (const { member, at } of vetoes) {
    if (
      window !== undefined &&
      (at === undefined || at < window.start || (window.end !== undefined && at >= window.end))
    )
      continue;
    const key = sameMember(member);
    if (body.has(key)) vetoed.add(key);
  }
  return { vetoes: vetoed.size, needed, blocked: vetoed.size >= needed };
}
