/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input to its end. */
  readStdin(): Promise<string>;
  /** Reads a file as UTF-8 text; rejects with the system error when it cannot. */
  readFile(path: string): Promise<string>;
  /** Writes a file as UTF-8 text. */
  writeFile(path: string, text: string): Promise<void>;
  /** Whether standard output is a terminal (colours, progress bars). */
  isTTY: boolean;
}

/** Exit codes every command shares. */
export const exitCodes = {
  /** The input is valid, the job is done. */
  ok: 0,
  /** The input was read but is invalid (or a check failed). */
  invalid: 1,
  /** The command line was wrong, or a file could not be read or written. */
  usage: 2,
} as const;
