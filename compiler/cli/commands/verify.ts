import { formatUnits } from 'viem';
import { compile } from '../../compile/compile.ts';
import { diagnosticText } from '../../diagnostics/diagnostic-text.ts';
import { CharterError } from '../../errors/charter-error.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { formatDuration } from '../../format/format-duration.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { type TargetName, targetNames } from '../../nodes/target-name.ts';
import type { simulate } from '../../simulate/simulate.ts';
import { readGovernorEntries } from '../../targets/openzeppelin/read-governor-entries.ts';
import type { ChainOutcome } from '../../verify/replay-proposal.ts';
import { timelockName } from '../../verify/timelock-name.ts';
import type { ScenarioCheck, VerifyGovernorsReturnType } from '../../verify/verify-governors.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readDocument } from '../read-document.ts';
import { langOption, readLanguage } from '../read-language.ts';
import { verifyTargets } from './verify-targets.ts';

const usage = `Usage: charter verify FILE [--scenarios N] [--seed S] [--json] [--target NAME] [--lang en|ko]

Replays the simulator's sample proposals for the rule document FILE (- for standard input) on the real contracts or
tools of a target, and names the first field on which they disagree.

openzeppelin (the default): for each path a Governor executes, it deploys a test ERC20Votes token holding the
simulator's balances (for Compound-style votes, Uniswap's UNI and CharterCompVotes, which reads its getPriorVotes),
the TimelockController and the Governor in an in-process EVM (Hardhat's EDR), then replays N
simulated proposals with the votes the simulator drew: it proposes, votes, mines through the delay and the voting
period, queues and executes through the timelock, and compares the state, quorum, For/Against/Abstain totals, when
voting ended and when the proposal could execute with the simulator's trace.

safe: deploys Safe v1.4.1's own contracts (their code hashes checked against the canonical deployments), creates
each Safe through SafeProxyFactory with the emitted setup, reads its owners and threshold back, executes with k
approvals and fails with k - 1, and replays which owners the simulator drew approving.

aragon: installs Aragon OSx 1.3.0's own TokenVoting and Multisig (sources fetched by node
scripts/fetch-aragon-sources.js, compiled with solc-js) behind an ERC1967 proxy with the emitted settings, votes the
simulator's ballots and compares the tally, the minimum participation and execution; without the sources, a port of
their checks.

snapshot: checks each emitted space with snapshot.js's own validateSchema, then scores the simulator's ballots with
snapshot.js's voting class and compares the scores and the state Snapshot shows (quorum, and rejection only when
Against is strictly above a rejection quorum); a multi-choice space's scores with snapshot.js's.

A target the document does not deploy on says so and, named alone, fails; all runs every target and reports each.

Options:
  --target NAME  openzeppelin, aragon, safe, snapshot, gardens or all (default openzeppelin)
  --scenarios N  sample proposals per path, 1 to 10000 (default 20)
  --seed S       seed of the simulator, 0 to 4294967295 (default 1)
  --json         print every check as JSON
  --lang en|ko   the language of the document's problems (default en)
  -h, --help

Exit codes: 0 the real thing agrees with the simulator on every scenario, 1 invalid document, nothing to verify on
the target named (or, with all, a target whose output was not checked), or a disagreement (the first field that
differs is named), 2 usage or I/O error.`;

/** What `charter verify` can be given in place of the real thing; tests inject a simulator that disagrees. */
export interface VerifyCommandDependencies {
  simulate?: typeof simulate;
}

/** A token's decimals and symbol, to show base units as whole tokens. */
type TokenUnits = { decimals: number; symbol: string };

function describe(outcome: ChainOutcome, token: TokenUnits): string {
  if (!outcome.proposed) return 'not proposed (no holder meets the proposal threshold)';
  const amount = (units: bigint) => formatAmount(formatUnits(units, token.decimals), token.symbol);
  const votes = `For ${amount(outcome.forVotes)}, Against ${amount(outcome.againstVotes)}, Abstain ${amount(outcome.abstainVotes)}`;
  const when =
    outcome.cancelledBy !== undefined
      ? outcome.cancelSignatures === undefined
        ? `; vetoed: ${outcome.cancelledBy} cancelled it in the timelock's delay, and it did not execute`
        : `; vetoed: the veto's Safe ${outcome.cancelledBy} cancelled it in the timelock's delay with ${outcome.cancelSignatures} owners' signatures (${outcome.cancelSignatures - 1} could not), and it did not execute`
      : outcome.executableAfter === null
        ? ''
        : `; executed ${formatDuration(outcome.executableAfter)} after the proposal`;
  return `${outcome.state} (quorum ${amount(outcome.quorum)}; ${votes})${when}`;
}

/**
 * The line a user reads about one scenario: agreement with what happened (amounts in whole tokens), or the first
 * field that differs (amounts in base units, exactly as compared).
 */
function scenarioLine(check: ScenarioCheck, token: TokenUnits): string {
  const { mismatch } = check;
  const where = check.boundary === undefined ? `scenario ${check.scenario}` : `boundary, ${check.boundary}`;
  if (mismatch === undefined) {
    const untimed =
      check.uncomparedTime === undefined
        ? ''
        : ` (when it executes is not compared: the Governor has no place for ${check.uncomparedTime.join(', ')}, between the vote and the execution)`;
    return `${where}: agrees: ${describe(check.chain, token)}${untimed}`;
  }
  return `${where}: ${mismatch.field}: simulator ${mismatch.simulator} ≠ chain ${mismatch.chain}`;
}

function tokenUnits(config: CharterConfig, electorate: string): TokenUnits {
  const token = config.electorates.find((candidate) => candidate.id === electorate)?.token;
  return { decimals: token?.decimals ?? 0, symbol: token?.symbol ?? '' };
}

function report(config: CharterConfig, scenarios: number, result: VerifyGovernorsReturnType): string {
  const name = config.name;
  const lines = [
    `${name}: ${scenarios} scenario${scenarios === 1 ? '' : 's'} per path from seed ${result.seed}, on OpenZeppelin's Governor in an in-process EVM`,
  ];
  for (const path of result.paths) {
    const { contracts } = path;
    lines.push(
      '',
      `${path.vote}${path.proposalType === null ? '' : ` (${path.proposalType} proposals)`}: ${contracts.governorContract} ${contracts.governor}, ${timelockName(contracts.timelockContract)} ${contracts.timelock}, ${contracts.tokenContract} ${contracts.token}${contracts.votesAdapter === undefined ? '' : ` read through CharterCompVotes ${contracts.votesAdapter}`}${contracts.safe === undefined ? '' : `, the veto's Safe v1.4.1 ${contracts.safe}`}`,
    );
    if (path.failedDeployment !== undefined) {
      lines.push(`  ${path.failedDeployment}'s deployment reverted with the compiled parameters`);
      continue;
    }
    if (path.proposalType === null) lines.push('  no route brings proposals to this vote');
    for (const check of path.checks) lines.push(`  ${scenarioLine(check, tokenUnits(config, path.token))}`);
    if (path.skipped > 0) lines.push(`  ${path.skipped} proposals took another branch before the vote`);
  }
  const checks = result.paths.flatMap((path) => path.checks);
  const agreeing = checks.filter((check) => check.mismatch === undefined).length;
  lines.push('', `${agreeing} of ${checks.length} scenarios agree.`);
  return `${lines.join('\n')}\n`;
}

const bigintsAsText = (_key: string, value: unknown) => (typeof value === 'bigint' ? String(value) : value);

/** `charter verify` with these dependencies; {@link verifyCommand} is it with the real simulator. */
export function createVerifyCommand(dependencies: VerifyCommandDependencies = {}): Command {
  return {
    name: 'verify',
    summary:
      "replay simulated proposals on each target's real contracts or tools (OpenZeppelin, Safe, Aragon, Snapshot, Gardens)",
    usage,
    async run(args, io) {
      const options = {
        scenarios: { type: 'string' },
        seed: { type: 'string' },
        target: { type: 'string' },
        json: { type: 'boolean' },
        ...langOption,
      } as const;
      const missing = 'name one rule document to verify, or - for standard input.';
      const parsed = parseCommandArgs('verify', args, options, usage, io, { min: 1, max: 1, missing });
      if (!parsed) return exitCodes.usage;
      const language = readLanguage('verify', parsed.values.lang, io);
      if (!language) return exitCodes.usage;
      const {
        scenarios: scenariosText = '20',
        seed: seedText = '1',
        target = 'openzeppelin',
        json,
      } = parsed.values as { scenarios?: string; seed?: string; target?: string; json?: boolean };
      if (
        !/^[0-9]{1,5}$/.test(scenariosText) ||
        Number(scenariosText) < 1 ||
        Number(scenariosText) > 10_000
      ) {
        io.stderr(
          `charter verify: --scenarios must be a whole number from 1 to 10000, not "${scenariosText}"\n`,
        );
        return exitCodes.usage;
      }
      if (!/^[0-9]{1,10}$/.test(seedText) || Number(seedText) > 2 ** 32 - 1) {
        io.stderr(`charter verify: --seed must be a whole number from 0 to 4294967295, not "${seedText}"\n`);
        return exitCodes.usage;
      }
      if (target !== 'all' && !(targetNames as readonly string[]).includes(target)) {
        io.stderr(
          `charter verify: --target must be one of ${targetNames.join(', ')} or all, not "${target}"\n`,
        );
        return exitCodes.usage;
      }
      const file = parsed.positionals[0]!;
      const loaded = await readDocument('verify', file, io);
      if (!loaded) return exitCodes.usage;
      const compiled = loaded.ok ? compile(loaded.document) : loaded;
      if (!compiled.ok) {
        io.stderr(
          language === 'ko'
            ? `✗ ${file}: 오류가 있습니다. 검증하기 전에 고치세요:\n`
            : `✗ ${file} has errors; fix them before verifying:\n`,
        );
        printDiagnostics(compiled.diagnostics, io, io.stderr, language);
        return exitCodes.invalid;
      }
      const { config } = compiled;
      if (target !== 'openzeppelin')
        return verifyTargets(config, file, target === 'all' ? [...targetNames] : [target as TargetName], io, {
          scenarios: Number(scenariosText),
          seed: Number(seedText),
          json: json === true,
          ...(dependencies.simulate === undefined ? {} : { simulate: dependencies.simulate }),
        });
      if (readGovernorEntries(config).length === 0) {
        io.stderr(`✗ ${file} has no path an OpenZeppelin Governor can run, so there is nothing to verify.\n`);
        const problems = config.targets.openzeppelin?.problems ?? [];
        for (const problem of problems) io.stderr(`  ${diagnosticText(problem, language)}\n`);
        return exitCodes.invalid;
      }
      const scenarios = Number(scenariosText);
      let result: VerifyGovernorsReturnType;
      try {
        // Imported here so that no other command (and nothing the library exports) loads Hardhat.
        const { verifyGovernors } = await import('../../verify/verify-governors.ts');
        result = await verifyGovernors(config, {
          scenarios,
          seed: Number(seedText),
          ...(dependencies.simulate === undefined ? {} : { simulate: dependencies.simulate }),
        });
      } catch (error) {
        if (!(error instanceof CharterError)) throw error;
        io.stderr(`charter verify: ${error.message}\n`);
        return exitCodes.usage;
      }
      io.stdout(json ? `${JSON.stringify(result, bigintsAsText, 2)}\n` : report(config, scenarios, result));
      const failed = result.paths.find((path) => path.failedDeployment !== undefined);
      const disagreeing = result.paths.find((path) =>
        path.checks.some((check) => check.mismatch !== undefined),
      );
      const first = disagreeing?.checks.find((check) => check.mismatch !== undefined);
      if (failed !== undefined) {
        io.stderr(`✗ ${failed.vote}: ${failed.failedDeployment}'s deployment reverted\n`);
        return exitCodes.invalid;
      }
      if (result.paths.every((path) => path.checks.length === 0)) {
        io.stderr(`✗ no sample proposal reached a Governor's vote, so nothing was checked on chain\n`);
        return exitCodes.invalid;
      }
      if (disagreeing !== undefined && first !== undefined) {
        const line = scenarioLine(first, tokenUnits(config, disagreeing.token));
        io.stderr(`✗ ${disagreeing.vote}: the chain disagrees with the simulator: ${line}\n`);
        return exitCodes.invalid;
      }
      return exitCodes.ok;
    },
  };
}

/** `charter verify FILE [--scenarios N] [--seed S] [--json] [--target NAME]`: the simulator's traces against OpenZeppelin on chain. */
export const verifyCommand: Command = createVerifyCommand();
