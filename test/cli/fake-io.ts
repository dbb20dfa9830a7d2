import type { CliIO } from '../../compiler/cli/cli-io.ts';

/** A CliIO that records what a command prints and serves files from memory. */
export function fakeIO(files: Record<string, string> = {}, stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readStdin: async () => stdin,
    readFile: async (path: string) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    writeFile: async (path: string, text: string) => {
      files[path] = text;
    },
  };
  return io;
}
