import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built app's Content-Security-Policy: its own scripts only (no inline script, no remote origin), its own
 * module workers, nothing fetched from elsewhere. Exceptions, each for something the app does:
 * - 'wasm-unsafe-eval': the compiler hashes with hash-wasm's WebAssembly Keccak.
 * - 'unsafe-eval': ajv compiles the document schema into a function (validation runs on the page and in workers).
 * - style-src 'unsafe-inline': monaco, React Flow and Recharts set styles on elements as they draw.
 * - data: images and fonts: assets Vite inlines (the favicon, small fonts), and exported PNG pictures;
 *   blob: for downloads and for workers a library may start from a blob.
 * - connect-src http: https:: "Import from a chain" reads the contracts through the JSON-RPC endpoint the user types
 *   (any host, often their own node on 127.0.0.1); nothing else is fetched, and only when the user asks.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers every response of the dev and preview servers carries: no MIME sniffing, never inside a frame. */
const protection = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

/**
 * Puts the policy into the built index.html as a meta tag, so that any static host serves it. Only at build: the
 * dev server's React refresh preamble is an inline script, which the policy forbids. (`frame-ancestors` has no
 * effect in a meta tag, so the headers carry it.)
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'charter-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  server: {
    host: '127.0.0.1',
    headers: { ...protection, 'Content-Security-Policy': "frame-ancestors 'none'" },
  },
  preview: {
    host: '127.0.0.1',
    headers: { ...protection, 'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'` },
  },
  build: { chunkSizeWarningLimit: 1500 },
  // The workers are module workers, and the compiler's keccak (WebAssembly) is ready after a top-level await.
  worker: { format: 'es' },
  test: {
    // A timeout only catches a hang, so it is generous: a busy machine (other jobs, two files at a time on two cores)
    // slows a test down without failing it.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // At least two test files at a time: vitest's default (one fewer than the cores) runs the whole suite one file at a
    // time on a 2-core machine, while most files wait on the in-process EVM, on Chromium or on solc in turn.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
