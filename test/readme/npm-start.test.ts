// The README's first command, `npm ci && npm start`, serves the app: this runs `npm start` as a user would and
// fetches the page it prints, then the app's entry module.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

it('npm start serves the app on 127.0.0.1 and prints where', async () => {
  const child = spawn('npm', ['start', '--', '--port', '5391', '--strictPort'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`npm start printed no address:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        // biome-ignore lint/suspicious/noControlCharactersInRegex: Vite colours its output
        const found = output.replace(/\u001b\[[0-9;]*m/g, '').match(/Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/);
        if (found) {
          clearTimeout(timer);
          resolveUrl(found[1]!);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    expect(url).toBe('http://127.0.0.1:5391/');
    const page = await (await fetch(url)).text();
    expect(page).toContain('<div id="root"></div>');
    expect(page).toContain('<title>Charter</title>');
    const entry = await fetch(new URL('/src/main.tsx', url));
    expect(entry.status).toBe(200);
    expect(await entry.text()).toContain('createRoot');
  } finally {
    // The group may be gone already (npm start exited): then the error above is the one to show.
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  }
});
