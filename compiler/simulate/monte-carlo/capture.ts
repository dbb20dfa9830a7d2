import type { CharterConfig, ConfigBody, ConfigRoute, Fraction } from '../../generated/charter-config.ts';
import type { GeneratedElectorate } from '../scenario/generate-electorate.ts';
import { capturePaths, type PathCapture } from './capture-paths.ts';

/** The smallest coalition of top holders that settles one step alone, or null when none can. */
export interface Coalition {
  /** Number of holders, largest balances first. */
  holders: number;
  /** Their power in base units (members: their number), decimal text. */
  power: string;
  /** power / supply of the electorate. */
  share: number;
}

/** Capture of one decision of a route. */
export interface DecisionCapture {
  node: string;
  kind: string;
  electorate: string | null;
  /** Whether the kind is analysed (see {@link capture}); when not, both coalitions are null. */
  analysed: boolean;
  /** The coalition that passes the step when no one else votes. */
  unopposed: Coalition | null;
  /** The coalition that passes the step even if every other holder votes against (or objects, or vetoes). */
  opposed: Coalition | null;
}

/** Capture analysis of one route (proposal type): each decision on it, in route order. */
export interface RouteCapture {
  proposalType: string;
  decisions: DecisionCapture[];
  /** Each way through the route to an execute or signal node, with what it takes to carry it alone ({@link capturePaths}). */
  paths: PathCapture[];
}

type Share = { fraction: Fraction } | { absolute: string };

function amountOf(share: Share, supply: bigint, rounding: 'floor' | 'ceil'): bigint {
  if ('absolute' in share) return BigInt(share.absolute);
  const product = supply * BigInt(share.fraction.numerator);
  const den = BigInt(share.fraction.denominator);
  const q = product / den;
  return rounding === 'ceil' && q * den !== product ? q + 1n : q;
}

function coalition(k: number, power: bigint, supply: bigint): Coalition {
  return {
    holders: k,
    power: String(power),
    share: supply === 0n ? 0 : Number((power * 10n ** 15n) / supply) / 1e15,
  };
}

/** Smallest k ≥ `least` whose top-k power satisfies `passes`, or null. */
function smallest(
  electorate: GeneratedElectorate,
  least: number,
  passes: (power: bigint, rest: bigint) => boolean,
): Coalition | null {
  let total = 0n;
  for (const holder of electorate.holders) total += holder.balance;
  let power = 0n;
  for (let k = 0; k <= electorate.holders.length; k++) {
    if (k > 0) power += electorate.holders[k - 1]!.balance;
    if (k >= least && passes(power, total - power)) return coalition(k, power, electorate.supply);
  }
  return null;
}

function decisionCapture(
  body: ConfigBody,
  electorate: GeneratedElectorate,
): Omit<DecisionCapture, 'node' | 'kind' | 'electorate' | 'analysed'> | undefined {
  const rule = body.rule as Record<string, unknown>;
  if (body.kind === 'majority-vote') {
    const quorum = amountOf(rule.quorum as Share, electorate.supply, 'floor');
    const t = rule.supportThreshold as Fraction;
    const num = BigInt(t.numerator);
    const den = BigInt(t.denominator);
    // Their For alone meets the quorum, whatever the quorum counts; with everyone else Against it must still win.
    return {
      unopposed: smallest(electorate, 1, (power) => power >= quorum && power > 0n),
      opposed: smallest(electorate, 1, (power, rest) => power >= quorum && (den - num) * power > num * rest),
    };
  }
  if (body.kind === 'multisig') {
    const k = Number(rule.threshold);
    const fits = k <= electorate.holders.length;
    const result = fits ? smallest(electorate, k, () => true) : null;
    return { unopposed: result, opposed: result };
  }
  if (body.kind === 'optimistic') {
    const threshold = amountOf(rule.objectionThreshold as Share, electorate.supply, 'ceil');
    return {
      unopposed: smallest(electorate, 0, () => true),
      opposed: smallest(electorate, 0, (_power, rest) => rest < threshold),
    };
  }
  if (body.kind === 'veto') {
    const share = rule.threshold as { fraction: Fraction } | { count: number };
    const members = BigInt(electorate.holders.length);
    const needed =
      'count' in share
        ? BigInt(share.count)
        : (members * BigInt(share.fraction.numerator) + BigInt(share.fraction.denominator) - 1n) /
          BigInt(share.fraction.denominator);
    return {
      unopposed: smallest(electorate, 0, () => true),
      opposed: smallest(electorate, 0, (_power, rest) => rest < needed),
    };
  }
  return undefined;
}

/**
 * Capture analysis: for each route and each decision on it, the smallest group of the largest holders of the
 * decision's electorate (all holders, delegated or not, since a holder can always delegate to itself) who can pass
 * that step alone.
 *
 * - `majority-vote`, unopposed: the smallest k ≥ 1 whose top-k balance B is ≥ the quorum (voting For alone meets the
 *   quorum under every quorum-counting rule). Opposed: also (1 − t) · B > t · (H − B), where H is all held power
 *   and t the support threshold: they win even if every other holder votes Against.
 * - `multisig`: the threshold's number of signers, both ways.
 * - `optimistic`: unopposed 0 (it passes when no one objects); opposed, the smallest k whose outsiders' power
 *   H − B stays below the objection threshold (⌈supply · share⌉).
 * - `veto`: the same with members: unopposed 0; opposed, the smallest k such that the other members are fewer than
 *   the vetoes needed.
 * - Other decisions: not analysed (`analysed` false, both null).
 *
 * Shares are of the electorate's supply. A coalition is null when no number of holders suffices.
 */
export function capture(
  config: CharterConfig,
  electorates: ReadonlyMap<string, GeneratedElectorate>,
): RouteCapture[] {
  const bodies = new Map(config.bodies.map((body) => [body.id, body]));
  const empty: GeneratedElectorate = { holders: [], supply: 0n };
  return config.routes.map((route: ConfigRoute) => {
    const decisions = route.steps.flatMap((step) => {
      const body = bodies.get(step.node);
      if (body === undefined) return [];
      const electorate = (body.electorate === null ? undefined : electorates.get(body.electorate)) ?? empty;
      const found = decisionCapture(body, electorate);
      return [
        {
          node: body.id,
          kind: body.kind,
          electorate: body.electorate,
          analysed: found !== undefined,
          ...(found ?? { unopposed: null, opposed: null }),
        },
      ];
    });
    return { proposalType: route.proposalType, decisions, paths: capturePaths(route, decisions) };
  });
}
