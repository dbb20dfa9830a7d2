import { describe, expect, it } from 'vitest';
import type { Command } from '../../compiler/cli/command.ts';
import { commands, main } from '../../compiler/cli/main.ts';
import { fixtureText } from '../fixtures/fixtures.ts';
import { fakeIO } from './fake-io.ts';

describe('charter: one top-level handler', () => {
  it('turns an exception a command did not expect into one line and exit 2, no stack trace', async () => {
    const broken: Command = {
      name: 'boom',
      summary: 'throws',
      usage: 'charter boom',
      run: async () => {
        throw new TypeError(
          "Cannot read properties of undefined (reading 'decimals')\n    at lowerRoutes (x.ts:1:1)",
        );
      },
    };
    const io = fakeIO();
    expect(await main(['boom'], io, [...commands, broken])).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toBe(
      "charter: Cannot read properties of undefined (reading 'decimals') (an internal error; please report it)\n",
    );
  });

  it('does the same when writing the output fails part way', async () => {
    const io = fakeIO({ 'gov.json': fixtureText('minimal') });
    io.stdout = () => {
      throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    };
    expect(await main(['compile', 'gov.json'], io)).toBe(2);
    expect(io.err).toBe('charter: EIO: i/o error, write (an internal error; please report it)\n');
  });

  it('says something even when what is thrown is not an Error', async () => {
    const io = fakeIO();
    const odd: Command = { name: 'odd', summary: '', usage: '', run: () => Promise.reject('') };
    expect(await main(['odd'], io, [odd])).toBe(2);
    expect(io.err).toBe('charter: unexpected error (an internal error; please report it)\n');
  });
});

describe('charter: commands load only when they run', () => {
  it('lists each command with the name and summary the command itself has', async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect([command.name, command.summary]).toEqual([entry.name, entry.summary]);
    }
  });

  it('shows a command’s usage, loading it for that', async () => {
    const io = fakeIO();
    expect(await main(['tally', '--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: charter tally MECHANISM [FILE|-]');
  });
});
