// Files a command is pointed at that are not files: each must get a one-line answer and exit 2 at once, never a
// hang (a FIFO with no writer, /dev/zero) or a stack trace. Most run in-process through the real file reader and
// writer; two spawn the real `charter` to check what only the process can show.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../compiler/cli/cli-io.ts';
import { main } from '../../compiler/cli/main.ts';
import { readRegularFile } from '../../compiler/cli/read-regular-file.ts';
import { writeRegularFile } from '../../compiler/cli/write-regular-file.ts';
import { fixtureText } from '../fixtures/fixtures.ts';
import { fakeIO } from './fake-io.ts';

const root = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'charter-hostile-'));
const fifo = join(folder, 'pipe');
execFileSync('mkfifo', [fifo]);
const document = join(folder, 'gov.json');
writeFileSync(document, fixtureText('minimal'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The real file reader and writer, with what is printed kept in memory. */
function diskIO(): CliIO & { out: string; err: string } {
  return Object.assign(fakeIO(), { readFile: readRegularFile, writeFile: writeRegularFile });
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = diskIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** Runs bin/charter.js, with stdin left open, and gives its exit code and output once it exits. */
function spawnCharter(
  args: string[],
  nodeOptions: string[] = [],
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...nodeOptions, join(root, 'bin/charter.js'), ...args], {
      cwd: folder,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('close', (code) => done({ code, out, err }));
  });
}

const hint = 'send it to standard input and name the file -';

describe('charter reads only regular files', () => {
  it.each([
    ['a named pipe with no writer', fifo, `it is a named pipe (FIFO), not a regular file; ${hint}`],
    ['/dev/zero', '/dev/zero', `it is a device, not a regular file; ${hint}`],
    ['/dev/urandom', '/dev/urandom', `it is a device, not a regular file; ${hint}`],
    ['a folder', folder, 'it is a folder, not a regular file'],
  ])('refuses %s with one line and exit 2', async (_, path, reason) => {
    for (const command of [['validate'], ['compile'], ['tally', 'majority'], ['explain']]) {
      const result = await run([...command, path]);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`charter ${command[0]}: cannot read ${path}: ${reason}\n`);
    }
  });

  it('refuses a scenario that is a named pipe', async () => {
    const result = await run(['simulate', document, '--scenario', fifo, '--runs', '1']);
    expect(result).toMatchObject({
      code: 2,
      err: `charter simulate: cannot read ${fifo}: it is a named pipe (FIFO), not a regular file; ${hint}\n`,
    });
  });

  it('stops reading at 64 MB, even a file that says it is empty', async () => {
    const big = join(folder, 'big.json');
    writeFileSync(big, Buffer.alloc(64 * 1024 * 1024 + 1, 0x20));
    await expect(readRegularFile(big)).rejects.toMatchObject({ code: 'EFBIG' });
    // /proc files report a size of 0; the cap still holds while reading.
    await expect(readRegularFile('/proc/self/status', 16)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(await readRegularFile('/proc/self/status')).toContain('Name:');
    rmSync(big);
  });

  it('shows only the first line of an error message', async () => {
    const io = fakeIO();
    io.readFile = async () => {
      throw new Error('EIO: i/o error, read\n    at FileHandle.read (node:internal/fs:1:1)');
    };
    expect(await main(['validate', 'gov.json'], io)).toBe(2);
    expect(io.err).toBe('charter validate: cannot read gov.json: EIO: i/o error, read\n');
  });
});

describe('charter writes only regular files', () => {
  it.each([
    ['a named pipe', fifo, 'it is a named pipe (FIFO), not a regular file'],
    ['a folder', folder, 'it is a folder, not a regular file'],
  ])('refuses --out to %s with exit 2', async (_, path, reason) => {
    const result = await run(['compile', document, '--out', path]);
    expect(result).toMatchObject({ code: 2, err: `charter compile: cannot write ${path}: ${reason}\n` });
  });

  it('writes a regular file, replacing what was there', async () => {
    const out = join(folder, 'config.json');
    writeFileSync(out, 'x'.repeat(100_000));
    expect((await run(['compile', document, '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).name).toBe('Minimal governor');
  });
});

describe('charter validate on a document of the wrong kinds', () => {
  it('lists a node whose kind is not text, and exits 1 instead of failing inside', async () => {
    const document = JSON.parse(fixtureText('minimal'));
    document.nodes[0].kind = 1.5;
    document.nodes[1].name = { en: 'x' };
    const io = fakeIO({ 'gov.json': JSON.stringify(document) });
    expect(await main(['validate', 'gov.json'], io)).toBe(1);
    expect(io.err).toBe('');
    expect(io.out).toMatch(/^✗ gov\.json: invalid/);
    expect(io.out).toContain(' 1.5 ');
  });
});

describe('charter compile --target', () => {
  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    'refuses the prototype key %s with exit 2, naming the targets',
    async (target) => {
      const result = await run(['compile', document, '--target', target]);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toBe(
        `charter compile: unknown target "${target}"; the targets are openzeppelin, aragon, safe, snapshot, gardens, or all.\n`,
      );
    },
  );
});

describe('the charter process', () => {
  it('answers a named pipe at once, as a real process', async () => {
    const result = await spawnCharter(['validate', 'pipe']);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `charter validate: cannot read pipe: it is a named pipe (FIFO), not a regular file; ${hint}\n`,
    });
  });

  it('refuses a folder handed over as standard input, instead of reading it as empty text', async () => {
    const stdin = openSync(folder, 'r');
    const result = await new Promise<{ code: number | null; err: string }>((done) => {
      const child = spawn(process.execPath, [join(root, 'bin/charter.js'), 'validate', '-'], {
        stdio: [stdin, 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr?.on('data', (chunk) => {
        err += chunk;
      });
      child.on('close', (code) => done({ code, err }));
    });
    closeSync(stdin);
    expect(result).toEqual({
      code: 2,
      err: 'charter validate: cannot read standard input: it is a folder, not a regular file\n',
    });
  });

  it('turns an exception thrown outside any command into one line and exit 2', async () => {
    // A preloaded module throws from a timer while `charter validate -` waits on standard input.
    const thrower = `data:text/javascript,setTimeout(() => { throw new Error('boom\\n    at somewhere (x.js:1:1)'); }, 300);`;
    const result = await spawnCharter(['validate', '-'], ['--import', thrower]);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'charter: boom (an internal error; please report it)\n',
    });
  });
});
