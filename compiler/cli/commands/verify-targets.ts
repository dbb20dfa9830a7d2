import { CharterError } from '../../errors/charter-error.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import type { TargetName } from '../../nodes/target-name.ts';
import type { simulate } from '../../simulate/simulate.ts';
import type { ScenarioVerdict, TargetVerification } from '../../verify/target-verification.ts';
import { notVerifiedYet, verifiers } from '../../verify/verifiers.ts';
import { type CliIO, exitCodes } from '../cli-io.ts';

/** Options of {@link verifyTargets}. */
export interface VerifyTargetsOptions {
  scenarios: number;
  seed: number;
  json: boolean;
  simulate?: typeof simulate;
}

const titles: { [T in TargetName]: string } = {
  openzeppelin: 'OpenZeppelin Governor',
  aragon: 'Aragon OSx',
  safe: 'Safe',
  snapshot: 'Snapshot',
  gardens: 'Gardens',
};

/** One check as a user reads it: what the real thing did, or the first field that differs. */
function checkLine(check: ScenarioVerdict): string {
  const where = check.scenario === 0 ? 'setup' : `scenario ${check.scenario}`;
  const { mismatch } = check;
  return mismatch === undefined
    ? `${where}: agrees: ${check.summary}`
    : `${where}: ${mismatch.field}: simulator ${mismatch.simulator} ≠ real ${mismatch.real} (${check.summary})`;
}

/** What went wrong with one target's verification, or undefined when it passed (or had nothing to check). */
function failure(verification: TargetVerification, named: boolean, emitted: boolean): string | undefined {
  if (verification.notVerifiable !== undefined)
    return named || emitted ? `${titles[verification.target]}: ${verification.notVerifiable}` : undefined;
  for (const unit of verification.units) {
    const first = unit.checks.find((check) => check.mismatch !== undefined);
    if (first !== undefined)
      return `${titles[verification.target]}, ${unit.unit}: the real thing disagrees with the simulator: ${checkLine(first)}`;
  }
  if (verification.units.every((unit) => unit.checks.length === 0))
    return `${titles[verification.target]}: no sample proposal reached a unit, so nothing was checked`;
  return undefined;
}

/** Whether a target emitted any deployable unit (some list in its parameters is not empty), whatever its verdict. */
function emitted(config: CharterConfig, target: TargetName): boolean {
  const parameters = config.targets[target]?.parameters ?? {};
  return Object.values(parameters).some((value) => Array.isArray(value) && value.length > 0);
}

function report(config: CharterConfig, options: VerifyTargetsOptions, results: TargetVerification[]): string {
  const lines = [
    `${config.name}: ${options.scenarios} scenario${options.scenarios === 1 ? '' : 's'} per path from seed ${options.seed}`,
  ];
  for (const result of results) {
    lines.push('', `${titles[result.target]}:`);
    if (result.notVerifiable !== undefined) {
      lines.push(`  not verified: ${result.notVerifiable}`);
      continue;
    }
    for (const unit of result.units) {
      lines.push(`  ${unit.unit}: ${unit.deployed}`);
      for (const check of unit.checks) lines.push(`    ${checkLine(check)}`);
    }
    const checks = result.units.flatMap((unit) => unit.checks);
    const agreeing = checks.filter((check) => check.mismatch === undefined).length;
    lines.push(`  ${agreeing} of ${checks.length} checks agree.`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `charter verify --target NAME|all`: runs the registered verifier of each target in `targets` and reports each.
 * Fails closed: a target named alone that cannot be checked fails; with all, a target that emitted deployable output
 * (any unit, whatever its verdict) but was not checked fails too, and so does a run that checked nothing at all.
 */
export async function verifyTargets(
  config: CharterConfig,
  file: string,
  targets: TargetName[],
  io: CliIO,
  options: VerifyTargetsOptions,
): Promise<number> {
  const results: TargetVerification[] = [];
  try {
    for (const target of targets) {
      const load = verifiers[target];
      if (load === undefined) {
        results.push({ target, units: [], notVerifiable: notVerifiedYet[target] });
        continue;
      }
      const verify = await load();
      results.push(
        await verify(config, {
          scenarios: options.scenarios,
          seed: options.seed,
          ...(options.simulate === undefined ? {} : { simulate: options.simulate }),
        }),
      );
    }
  } catch (error) {
    if (!(error instanceof CharterError)) throw error;
    io.stderr(`charter verify: ${error.message}\n`);
    return exitCodes.usage;
  }
  io.stdout(
    options.json
      ? `${JSON.stringify({ seed: options.seed, scenarios: options.scenarios, targets: results }, null, 2)}\n`
      : report(config, options, results),
  );
  const named = targets.length === 1;
  const failures = results
    .map((result) => failure(result, named, emitted(config, result.target)))
    .filter((message) => message !== undefined);
  if (!named && results.every((result) => result.notVerifiable !== undefined))
    failures.push(`no target of ${file} could be verified, so nothing was checked`);
  for (const message of failures) io.stderr(`✗ ${message}\n`);
  return failures.length > 0 ? exitCodes.invalid : exitCodes.ok;
}
