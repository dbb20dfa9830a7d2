import { compile } from '../../compile/compile.ts';
import { CharterError } from '../../errors/charter-error.ts';
import { formatDuration } from '../../format/format-duration.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import {
  type MonteCarloReturnType,
  monteCarlo,
  voterDrawBudget,
} from '../../simulate/monte-carlo/monte-carlo.ts';
import { defaultScenario } from '../../simulate/scenario/default-scenario.ts';
import { readScenario } from '../../simulate/scenario/read-scenario.ts';
import type { Scenario } from '../../simulate/scenario/scenario.ts';
import { unknownScenarioIds } from '../../simulate/scenario/unknown-scenario-ids.ts';
import type { Coalition } from '../../simulate/step/coalition.ts';
import { type CliIO, exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readDocument } from '../read-document.ts';
import { readInput } from '../read-input.ts';
import { langOption, readLanguage } from '../read-language.ts';

const usage = `Usage: charter simulate FILE [--scenario FILE] [--runs N] [--seed S] [--json] [--lang en|ko]

Runs seeded Monte Carlo simulations of the rule document FILE (- for standard input): the chance that each
proposal type passes, how long it takes to execute, how concentrated each electorate is (Gini, Nakamoto), and
the smallest group of top holders who can pass each decision alone.

Options:
  --scenario FILE  electorates, turnout, preferences and sample proposals as JSON (default: 100 holders drawn
                   from a Pareto distribution, 50% turnout, 60/30/10 For/Against/Abstain, one proposal per type)
  --runs N         number of seeded runs (default 1000)
  --seed S         seed of the first run, 0 to 4294967295 (default: the scenario's, else 1)
  --json           print the result as JSON
  --lang en|ko     the language of the document's problems (default en)
  -h, --help

Exit codes: 0 done, 1 invalid document or scenario, 2 usage or I/O error.`;

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function group(coalition: Coalition | null): string {
  if (coalition === null) return 'no group can';
  return `${coalition.holders} holder${coalition.holders === 1 ? '' : 's'} (${percent(coalition.share)})`;
}

function report(config: CharterConfig, result: MonteCarloReturnType, scenarioName: string): string {
  const lines = [
    `${config.name}: ${result.runs} runs from seed ${result.seed}, ${scenarioName}`,
    ...(result.requestedRuns === undefined
      ? []
      : [
          `Only ${result.runs} of the ${result.requestedRuns} runs asked for were made: each run draws ${result.votersPerRun} voters, and a Monte Carlo draws at most ${voterDrawBudget} (choose fewer holders for more runs).`,
        ]),
    '',
    'Proposal types:',
  ];
  for (const type of result.types) {
    const time = type.timeToExecution;
    const when =
      time === null
        ? type.outcomes.signalled
          ? 'a signal, nothing executes'
          : 'never executes'
        : `executes after ${formatDuration(time.median)} (median), ${formatDuration(time.p90)} (p90)`;
    const outcomes = Object.entries(type.outcomes)
      .map(([outcome, count]) => `${outcome} ${count}`)
      .join(', ');
    lines.push(
      `  ${type.proposalType}: passes ${percent(type.passProbability)} of ${type.trials} (${outcomes}); ${when}`,
    );
  }
  lines.push('', 'Electorates:');
  for (const electorate of result.electorates)
    lines.push(
      `  ${electorate.id}: ${electorate.holders} holders, Gini ${electorate.gini.value.toFixed(3)}, Nakamoto ${electorate.nakamoto}`,
    );
  lines.push(
    '',
    'Capture (the fewest top holders who carry a path alone; opposed: with everyone else against):',
  );
  for (const route of result.capture) {
    for (const path of route.paths) {
      const via = path.branches.length === 0 ? '' : ` via ${path.branches.join(', ')}`;
      lines.push(`  ${route.proposalType}${via}: ${[...path.decisions, path.end].join(' → ')}`);
      if (path.needs.length === 0) lines.push('    no analysed decision on this path');
      for (const need of path.needs)
        lines.push(
          `    ${need.electorate}: unopposed ${group(need.unopposed)}; opposed ${group(need.opposed)}`,
        );
    }
    if (route.leftOut) lines.push(`  ${route.leftOut.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function progressBar(io: CliIO, asked: number): ((done: number, runs: number) => void) | undefined {
  if (!io.isTTY || asked < 100) return undefined;
  let shown = -1;
  return (done, runs) => {
    const tenth = Math.floor((done / runs) * 40);
    if (tenth === shown && done !== runs) return;
    shown = tenth;
    io.stderr(
      `\r[${'#'.repeat(tenth)}${' '.repeat(40 - tenth)}] ${done}/${runs}${done === runs ? '\r\x1b[K' : ''}`,
    );
  };
}

/** `charter simulate FILE [--scenario FILE] [--runs N] [--seed S] [--json]`: Monte Carlo of a rule document. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'simulate proposals over many seeded runs: pass rates, time to execute, capture',
  usage,
  async run(args, io) {
    const options = {
      scenario: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      ...langOption,
    } as const;
    const missing = 'name one rule document to simulate, or - for standard input.';
    const parsed = parseCommandArgs('simulate', args, options, usage, io, { min: 1, max: 1, missing });
    if (!parsed) return exitCodes.usage;
    const language = readLanguage('simulate', parsed.values.lang, io);
    if (!language) return exitCodes.usage;
    const {
      runs: runsText = '1000',
      seed: seedText,
      scenario: scenarioFile,
      json,
    } = parsed.values as {
      runs?: string;
      seed?: string;
      scenario?: string;
      json?: boolean;
    };
    if (!/^[0-9]{1,7}$/.test(runsText)) {
      io.stderr(`charter simulate: --runs must be a whole number from 0 to 9999999, not "${runsText}"\n`);
      return exitCodes.usage;
    }
    if (seedText !== undefined && (!/^[0-9]{1,10}$/.test(seedText) || Number(seedText) > 2 ** 32 - 1)) {
      io.stderr(`charter simulate: --seed must be a whole number from 0 to 4294967295, not "${seedText}"\n`);
      return exitCodes.usage;
    }
    const file = parsed.positionals[0]!;
    const loaded = await readDocument('simulate', file, io);
    if (!loaded) return exitCodes.usage;
    const compiled = loaded.ok ? compile(loaded.document) : loaded;
    if (!compiled.ok) {
      io.stderr(
        language === 'ko'
          ? `✗ ${file}: 오류가 있습니다. 시뮬레이션하기 전에 고치세요:\n`
          : `✗ ${file} has errors; fix them before simulating:\n`,
      );
      printDiagnostics(compiled.diagnostics, io, io.stderr, language);
      return exitCodes.invalid;
    }
    const config = compiled.config;
    const seed = seedText === undefined ? undefined : Number(seedText);
    let scenario: Scenario = defaultScenario(config, seed ?? 1);
    if (scenarioFile !== undefined) {
      const input = await readInput(scenarioFile, io);
      if (!input.ok) {
        io.stderr(`charter simulate: ${input.message}\n`);
        return exitCodes.usage;
      }
      const read = readScenario(input.text, seed ?? 1, language);
      const problems = read.ok ? unknownScenarioIds(config, read.scenario, language) : read.problems;
      if (!read.ok || problems.length > 0) {
        for (const problem of problems) io.stderr(`charter simulate: ${scenarioFile}: ${problem}\n`);
        return exitCodes.invalid;
      }
      scenario = seed === undefined ? read.scenario : { ...read.scenario, seed };
    }
    let result: MonteCarloReturnType;
    try {
      result = monteCarlo(config, scenario, {
        runs: Number(runsText),
        onProgress: progressBar(io, Number(runsText)),
      });
    } catch (error) {
      if (!(error instanceof CharterError)) throw error;
      io.stderr(`charter simulate: ${scenarioFile ?? 'the default scenario'}: ${error.message}\n`);
      return exitCodes.invalid;
    }
    io.stdout(
      json
        ? `${JSON.stringify(result, null, 2)}\n`
        : report(config, result, scenarioFile ?? 'the default scenario'),
    );
    return exitCodes.ok;
  },
};
