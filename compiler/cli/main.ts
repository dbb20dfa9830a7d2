import packageJson from '../../package.json' with { type: 'json' };
import { type CliIO, exitCodes } from './cli-io.ts';
import type { Command } from './command.ts';
import { compileCommand } from './commands/compile.ts';
import { diffCommand } from './commands/diff.ts';
import { explainCommand } from './commands/explain.ts';
import { importCommand } from './commands/import.ts';
import { lintCommand } from './commands/lint.ts';
import { simulateCommand } from './commands/simulate.ts';
import { tallyCommand } from './commands/tally.ts';
import { validateCommand } from './commands/validate.ts';
import { verifyCommand } from './commands/verify.ts';
import { nodeIO } from './node-io.ts';

const { version } = packageJson;

/** Every sub-command of `charter`, in the order `charter --help` lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  compileCommand,
  explainCommand,
  lintCommand,
  diffCommand,
  tallyCommand,
  simulateCommand,
  verifyCommand,
  importCommand,
];

function help(commands: readonly Command[]): string {
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
  available: readonly Command[] = commands,
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

async function run(argv: string[], io: CliIO, commands: readonly Command[]): Promise<number> {
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
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`charter: unknown command "${name}"\n\n${help(commands)}`);
    return exitCodes.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return exitCodes.ok;
  }
  return command.run(args, io);
}
