import type { CliIO } from './cli-io.ts';
import { ioErrorReason } from './io-error-reason.ts';

/** The text of FILE, or of standard input when FILE is `-`; an error message instead when it cannot be read. */
export async function readInput(
  file: string,
  io: CliIO,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: file === '-' ? await io.readStdin() : await io.readFile(file) };
  } catch (error) {
    return {
      ok: false,
      message: `cannot read ${file === '-' ? 'standard input' : file}: ${ioErrorReason(error)}`,
    };
  }
}
