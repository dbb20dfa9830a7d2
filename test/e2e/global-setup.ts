// Builds the app once and serves it on 127.0.0.1 for the browser tests; stops the server when they end.
import type { TestProject } from 'vitest/node';
import { serveApp } from './serve-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const app = await serveApp('e2e-app');
  project.provide('appUrl', app.url);
  return () => app.close();
}
