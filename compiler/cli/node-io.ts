import { readFile, stat, writeFile } from 'node:fs/promises';
import type { CliIO } from './cli-io.ts';

/** The most any command reads: documents stop at 5 MB (loadDocument says so); vote lists for `tally` may be larger. */
export const maxInputBytes = 64 * 1024 * 1024;

function tooBig(): NodeJS.ErrnoException {
  return Object.assign(new Error('larger than 64 MB'), { code: 'EFBIG' });
}

/** The real terminal, files and standard input. */
export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxInputBytes) throw tooBig();
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: async (path) => {
    const info = await stat(path);
    if (info.isFile() && info.size > maxInputBytes) throw tooBig();
    return readFile(path, 'utf8');
  },
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  isTTY: Boolean(process.stdout.isTTY),
};
