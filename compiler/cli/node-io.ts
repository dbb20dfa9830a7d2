import { fstatSync } from 'node:fs';
import type { CliIO } from './cli-io.ts';
import { notRegularFile, tooBig } from './file-kind.ts';
import { maxInputBytes } from './max-input-bytes.ts';
import { readRegularFile } from './read-regular-file.ts';
import { writeRegularFile } from './write-regular-file.ts';

export { maxInputBytes } from './max-input-bytes.ts';

/** The real terminal, files and standard input; only regular files are read or written, at most 64 MB is read. */
export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    // `charter validate - < folder` hands a folder over as standard input; Node would read it as empty text.
    if (fstatSync(0).isDirectory()) throw notRegularFile('a folder');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxInputBytes) {
        process.stdin.destroy();
        throw tooBig(maxInputBytes);
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readRegularFile(path),
  writeFile: (path, text) => writeRegularFile(path, text),
  isTTY: Boolean(process.stdout.isTTY),
};
