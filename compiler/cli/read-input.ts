import type { CliIO } from './cli-io.ts';

/** The text of FILE, or of standard input when FILE is `-`; an error message instead when it cannot be read. */
export async function readInput(
  file: string,
  io: CliIO,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: file === '-' ? await io.readStdin() : await io.readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    return { ok: false, message: `cannot read ${file}: ${reason}` };
  }
}
