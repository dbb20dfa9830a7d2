// Builds the app once and serves it on 127.0.0.1 for the browser tests, and starts the one Chromium they all connect
// to (each file opens its own contexts in it); stops both when they end.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { serveApp } from './serve-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const [app, browser] = await Promise.all([
    serveApp('e2e-app'),
    chromium.launchServer({ executablePath: chromiumPath(), args: chromiumArgs }),
  ]);
  project.provide('appUrl', app.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await app.close();
  };
}
