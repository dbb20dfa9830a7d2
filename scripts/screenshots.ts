// Screenshots of the app to look at by eye: EN and KO, light and dark, 1024×700 and 1440×900; a template open, then
// Preview, then Output. `node scripts/screenshots.ts` writes PNGs to $SHOTS (default test-results/screenshots/app).
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../test/e2e/browser.ts';
import { serveApp } from '../test/e2e/serve-app.ts';

const out = process.env.SHOTS ?? 'test-results/screenshots/app';
mkdirSync(out, { recursive: true });
const app = await serveApp('shots');
const browser = await launchBrowser();
const sizes = (process.env.SIZES ?? '1024x700,1440x900')
  .split(',')
  .map((s) => s.split('x').map(Number) as [number, number]);
try {
  for (const locale of (process.env.LOCALES ?? 'en-US,ko-KR').split(','))
    for (const colorScheme of (process.env.THEMES ?? 'light,dark').split(',') as ('light' | 'dark')[])
      for (const [width, height] of sizes) {
        const name = `${locale.slice(0, 2)}-${colorScheme}-${width}`;
        const context = await browser.newContext({ locale, colorScheme, viewport: { width, height } });
        const page = await context.newPage();
        page.on('pageerror', (error) => console.log(name, 'page error', error.message));
        await page.goto(app.url);
        await page.locator('.react-flow__node').first().waitFor();
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `${out}/${name}-1-template.png` });
        await page.locator('#tab-preview').click();
        await page.waitForTimeout(800);
        const run = page.locator('#panel-preview .preview-run, #panel-preview button[type="submit"]').first();
        if (await run.count()) await run.click().catch(() => undefined);
        await page.waitForTimeout(2500);
        await page.screenshot({ path: `${out}/${name}-2-preview.png` });
        await page.locator('#tab-output').click();
        await page.waitForTimeout(2000);
        await page.screenshot({ path: `${out}/${name}-3-output.png` });
        await context.close();
        console.log('shot', name);
      }
} finally {
  await browser.close();
  await app.close();
}
