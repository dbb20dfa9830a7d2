// Builds the app into its own folder and serves it on 127.0.0.1 at a free port, for browser tests and benchmarks.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, preview } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** A built copy of the app being served: its address, its folder and how to stop it. */
export interface ServedApp {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

/**
 * Builds and serves the app. Each call builds into `test-results/<name>-<pid>`, so two runs at once never serve
 * each other's half-written files; `close` stops the server and removes the folder.
 */
export async function serveApp(name: string): Promise<ServedApp> {
  const outDir = resolve(root, `test-results/${name}-${process.pid}`);
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
