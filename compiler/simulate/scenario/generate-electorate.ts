import { CharterError } from '../../errors/charter-error.ts';
import type { ConfigElectorate } from '../../generated/charter-config.ts';
import { apportion } from '../mechanisms/apportion.ts';
import { parsePercent } from '../mechanisms/parse-percent.ts';
import { shareOf } from '../mechanisms/share-of.ts';
import { parseBalancesCsv } from './parse-balances-csv.ts';
import type { ElectorateModel, Holder } from './scenario.ts';

/** What {@link generateElectorate} returns. */
export interface GeneratedElectorate {
  /** Holders from the largest balance to the smallest (ties in generation order). */
  holders: Holder[];
  /** Voting power that quorums are a share of, in base units: the token's total supply, or the number of members. */
  supply: bigint;
}

/** Pareto draws become integer weights with this many fractional bits, so apportioning stays exact bigint math. */
const weightScale = 2 ** 24;

function syntheticAddress(index: number): string {
  return `0x${(index + 1).toString(16).padStart(40, '0')}`;
}

function paretoWeights(count: number, alpha: number, random: () => number): bigint[] {
  if (!(alpha > 0)) throw new CharterError(`A Pareto α of ${alpha} is not above 0.`);
  const weights: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const draw = (1 - random()) ** (-1 / alpha);
    weights.push(BigInt(Math.round(Math.min(draw, 1e200) * weightScale)));
  }
  return weights;
}

function checkCount(name: string, value: number, least: number): void {
  if (!Number.isInteger(value) || value < least)
    throw new CharterError(`The scenario's ${name} (${value}) is not a whole number of at least ${least}.`);
}

function tokenBalances(supply: bigint, model: ElectorateModel, random: () => number, id: string): Holder[] {
  if (model.distribution === 'csv') {
    const parsed = parseBalancesCsv(model.csv);
    if (!parsed.ok) throw new CharterError(`Electorate "${id}", CSV line ${parsed.line}: ${parsed.message}.`);
    let total = 0n;
    for (const holder of parsed.holders) total += holder.balance;
    if (total > supply)
      throw new CharterError(
        `Electorate "${id}": the CSV balances add up to ${total} base units, more than the total supply of ${supply}.`,
      );
    return parsed.holders.map((holder) => ({ ...holder, active: true }));
  }
  checkCount('number of holders', model.holders, 1);
  let weights: bigint[];
  if (model.distribution === 'equal') weights = Array.from({ length: model.holders }, () => 1n);
  else if (model.distribution === 'pareto') weights = paretoWeights(model.holders, model.alpha, random);
  else {
    checkCount('number of whales', model.whales, 0);
    if (model.whales > model.holders)
      throw new CharterError(`The scenario has ${model.whales} whales among ${model.holders} holders.`);
    const whaleTotal = shareOf(supply, parsePercent(model.whaleShare));
    const tail = model.holders - model.whales;
    const whaleParts =
      model.whales === 0
        ? []
        : apportion(
            whaleTotal,
            Array.from({ length: model.whales }, () => 1n),
          );
    const tailParts = apportion(
      tail === 0 ? 0n : supply - whaleTotal,
      paretoWeights(tail, model.tailAlpha ?? 2, random),
    );
    if (tail === 0 && whaleTotal < supply && whaleParts.length > 0)
      whaleParts[0] = whaleParts[0]! + supply - whaleTotal;
    const balances = [...whaleParts, ...tailParts];
    return balances.map((balance, index) => ({ address: syntheticAddress(index), balance, active: true }));
  }
  return apportion(supply, weights).map((balance, index) => ({
    address: syntheticAddress(index),
    balance,
    active: true,
  }));
}

/**
 * The holders of one electorate for a scenario, drawn with `random`.
 *
 * - Token electorates (those with a `token`): balances from `model` in base units; generated balances add up to
 *   exactly the total supply, CSV balances to at most it (the rest is held by addresses that never vote). With
 *   delegation on the token, each holder is active (has delegated) with probability `delegationRate`.
 * - Members and signers: the listed addresses, or `expectedMembers` (else `model.holders`) synthetic ones, with a
 *   balance of 1 each, all active; supply is their number.
 *
 * Throws a {@link CharterError} for a model that cannot be generated (bad counts, a bad CSV with its line number).
 */
export function generateElectorate(
  electorate: ConfigElectorate,
  model: ElectorateModel,
  delegationRate: number,
  random: () => number,
): GeneratedElectorate {
  let holders: Holder[];
  let supply: bigint;
  if (electorate.token !== undefined) {
    supply = BigInt(electorate.token.totalSupply);
    holders = tokenBalances(supply, model, random, electorate.id);
    if (electorate.token.delegation) for (const holder of holders) holder.active = random() < delegationRate;
  } else {
    const listed = electorate.addresses ?? [];
    const count =
      listed.length > 0
        ? listed.length
        : (electorate.expectedMembers ?? (model.distribution === 'csv' ? 1 : model.holders));
    holders = Array.from({ length: count }, (_, index) => ({
      address: listed[index] ?? syntheticAddress(index),
      balance: 1n,
      active: true,
    }));
    supply = BigInt(count);
  }
  const order = holders.map((_, index) => index);
  order.sort((a, b) =>
    holders[a]!.balance > holders[b]!.balance ? -1 : holders[a]!.balance < holders[b]!.balance ? 1 : a - b,
  );
  return { holders: order.map((index) => holders[index]!), supply };
}
