// Where the browser tests' Chromium is and how it is started, for global-setup.ts and browser.ts.
import { existsSync } from 'node:fs';

/** Where Chromium is: $CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(
      `No Chromium at ${path}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run does the first.`,
    );
  return path;
}

/** The flags that keep Chromium quiet and off the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
