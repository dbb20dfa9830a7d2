import type { CliIO } from './cli-io.ts';

/** One sub-command of `charter`. */
export interface Command {
  /** The word after `charter`. */
  name: string;
  /** One line for `charter --help`. */
  summary: string;
  /** The usage block for `charter NAME --help`. */
  usage: string;
  /** Runs the command on its arguments (those after the name) and returns the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}
