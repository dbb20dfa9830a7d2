import packageJson from '../../package.json' with { type: 'json' };
import { type CliIO, exitCodes } from './cli-io.ts';
import type { Command } from './command.ts';
import { nodeIO } from './node-io.ts';

const { version } = packageJson;

/**
 * A sub-command as `charter --help` lists it; its module (and the compiler behind it) is imported only when the
 * command runs or shows its usage, so `charter --help` and a usage error answer without loading the compiler.
 */
export interface CommandEntry {
  /** The word after `charter`; the same as the loaded command's. */
  name: string;
  /** One line for `charter --help`; the same as the loaded command's (a test checks both). */
  summary: string;
  /** Imports the command. */
  load(): Promise<Command>;
}

/** Every sub-command of `charter`, in the order `charter --help` lists them. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'check rule documents and summarise them',
    load: async () => (await import('./commands/validate.ts')).validateCommand,
  },
  {
    name: 'compile',
    summary: 'compile a rule document to its config and target parameters',
    load: async () => (await import('./commands/compile.ts')).compileCommand,
  },
  {
    name: 'explain',
    summary: 'tell the rules in plain English or Korean',
    load: async () => (await import('./commands/explain.ts')).explainCommand,
  },
  {
    name: 'lint',
    summary: 'warn about risky designs',
    load: async () => (await import('./commands/lint.ts')).lintCommand,
  },
  {
    name: 'diff',
    summary: 'say what changed between two versions of the rules',
    load: async () => (await import('./commands/diff.ts')).diffCommand,
  },
  {
    name: 'tally',
    summary: 'run one voting mechanism on a JSON input and print the result as JSON',
    load: async () => (await import('./commands/tally.ts')).tallyCommand,
  },
  {
    name: 'simulate',
    summary: 'simulate proposals over many seeded runs: pass rates, time to execute, capture',
    load: async () => (await import('./commands/simulate.ts')).simulateCommand,
  },
  {
    name: 'verify',
    summary:
      "replay simulated proposals on each target's real contracts or tools (OpenZeppelin, Safe, Aragon, Snapshot, Gardens)",
    load: async () => (await import('./commands/verify.ts')).verifyCommand,
  },
  {
    name: 'import',
    summary:
      'rebuild the rule document of a deployed Governor (OpenZeppelin, Bravo, Alpha), a Safe, an Aragon DAO or a Snapshot space',
    load: async () => (await import('./commands/import.ts')).importCommand,
  },
];

type Available = readonly (Command | CommandEntry)[];

function help(commands: Available): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'charter: check and compile the decision rules of a DAO.',
    '',
    'Usage: charter COMMAND [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "charter COMMAND --help" for the options of one command.',
    'Exit codes: 0 valid, 1 invalid, 2 usage or I/O error.',
    '',
  ].join('\n');
}

/**
 * Runs `charter` with these arguments (without `node` and the script) and returns the exit code. The one top-level
 * handler: an exception a command did not expect (a bug, or I/O failing mid-way) prints one line and exits 2,
 * never a stack trace; mistakes in the input are diagnostics, reported by the commands themselves.
 */
export async function main(
  argv: string[],
  io: CliIO = nodeIO,
  available: Available = commands,
): Promise<number> {
  try {
    return await run(argv, io, available);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`charter: ${firstLine(reason) || 'unexpected error'} (an internal error; please report it)\n`);
    return exitCodes.usage;
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}

async function run(argv: string[], io: CliIO, commands: Available): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(help(commands));
    return exitCodes.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help(commands));
    return exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`charter ${version}\n`);
    return exitCodes.ok;
  }
  const found = commands.find((candidate) => candidate.name === name);
  if (!found) {
    io.stderr(`charter: unknown command "${name}"\n\n${help(commands)}`);
    return exitCodes.usage;
  }
  const command = 'load' in found ? await found.load() : found;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return exitCodes.ok;
  }
  return command.run(args, io);
}
