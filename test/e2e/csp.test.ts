// The built app under its Content-Security-Policy: the preview server sends the policy, nosniff and frame
// protection; the built page carries the policy as a meta tag and has no inline script; and the app works under it
// (monaco and its workers, the compile, check and preview workers, the Review panel) with no violation reported.
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The directives of a policy by name: `script-src` → ["'self'", …]. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Every console message of the page and of its workers, and the violations the document reports. */
function watch(page: Page): { messages: string[]; violations: () => Promise<string[]> } {
  const messages: string[] = [];
  page.on('console', (message: ConsoleMessage) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return {
    messages,
    violations: () => page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []),
  };
}

describe('the Content-Security-Policy', () => {
  it('comes with the page from the preview server, with nosniff and no framing', async () => {
    const response = await fetch(inject('appUrl'));
    const html = await response.text();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const header = directives(response.headers.get('content-security-policy') ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    // The same policy is in the page itself, for hosts that send no headers.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const policy = directives(meta.replace(/&#39;|&apos;/g, "'"));
    expect(policy.get('script-src')).toContain("'self'");
    // No inline script, and nothing from another origin: only connections (to the JSON-RPC endpoint the user types
    // in "Import from a chain") may go to another host.
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
    for (const [name, sources] of policy)
      if (name !== 'connect-src') expect(sources.join(' '), name).not.toMatch(/https?:|\*/);
    expect(
      [...html.matchAll(/<script\b([^>]*)>/g)].every(([, attributes]) => /\bsrc=/.test(attributes!)),
    ).toBe(true);
    // And its scripts are served as JavaScript, which nosniff requires.
    const script = /<script[^>]*\bsrc="([^"]+)"/.exec(html)![1]!;
    const served = await fetch(new URL(script, inject('appUrl')));
    expect(served.headers.get('content-type')).toMatch(/javascript/);
  });

  it('lets the whole app run, workers included, with no violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    const { messages, violations } = watch(page);
    await page.goto(inject('appUrl'));
    await page.locator('.react-flow__node').first().waitFor();

    // The compile worker (WebAssembly Keccak, ajv) answers: the config hash shows.
    await page.getByRole('tab', { name: 'Output' }).click();
    await page.locator('.output-hash code').waitFor();
    // Monaco and its workers: the editor shows the document.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.json-editor .view-lines')?.textContent?.includes('charter'),
    );
    // The preview worker runs a sample proposal through the rules.
    await page.locator('#tab-preview').click();
    await page.locator('#panel-preview').getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('.overlay-passed, .overlay-failed').first().waitFor();
    // The Review panel explains the rules on the page.
    await page.getByRole('tab', { name: 'Review', exact: true }).click();
    await page.locator('.review-panel').waitFor();

    await expect(violations()).resolves.toEqual([]);
    expect(
      messages.filter((message) => /Content.Security.Policy|Refused to|EvalError/i.test(message)),
    ).toEqual([]);
    expect(
      messages.filter((message) => message.startsWith('error') || message.startsWith('pageerror')),
    ).toEqual([]);
    await context.close();
  });
});
