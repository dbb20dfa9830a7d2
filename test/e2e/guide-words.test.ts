// The founder's first hour, in words: counts, each target's verdict beside the problems, a fix a problem offers,
// a diff that reads in the direction of the change, a restorable saved version, and a file button that looks like one.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../compiler/index.ts';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function template(name: string): Promise<CharterDocument> {
  return JSON.parse(await readFile(`rules-schema/examples/${name}.charter.json`, 'utf8'));
}

function voteOf(document: CharterDocument): Record<string, unknown> {
  return document.nodes.find((node) => node.id === 'vote')!.params as Record<string, unknown>;
}

/** Opens `document` through the toolbar's Import, as a founder would, and waits for its name on the toolbar. */
async function importDocument(page: Page, document: CharterDocument, name = 'rules.charter.json') {
  await page.locator('#import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  });
  await page.locator('.toast', { hasText: `Imported ${name}.` }).waitFor();
}

const counts = (page: Page) => page.locator('.problems-count');

describe('one verdict, in plain words', () => {
  it('counts one warning in the singular, offers its fix, applies it as one edit, and Undo takes it back', async () => {
    const { page, context } = await openApp(browser);
    const short = await template('token-governor');
    voteOf(short).votingPeriod = 3600;
    await importDocument(page, short);
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('0 errors, 1 warning');
    const fix = problems.getByRole('button', { name: 'Vote for 3 days', exact: true });
    await fix.click();
    await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('0 errors, 0 warnings');
    await expect(
      page.locator('.node-card[data-kind="majority-vote"] .node-summary').textContent(),
    ).resolves.toContain('3 days');
    await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('0 errors, 1 warning');
    await page.screenshot({ path: 'test-results/screenshots/guide-fix-en.png' });
    await context.close();
  });

  it('inserts a timelock where a treasury transfer had none, wired between the vote and the Execute', async () => {
    const { page, context } = await openApp(browser);
    const bare = await template('token-governor');
    bare.nodes = bare.nodes.filter((node) => node.id !== 'delay');
    bare.edges = bare.edges.filter((edge) => edge.from.node !== 'delay' && edge.to.node !== 'delay');
    bare.edges.push({
      id: 'direct',
      from: { node: 'vote', port: 'passed' },
      to: { node: 'run', port: 'in' },
    });
    await importDocument(page, bare);
    await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('0 errors, 1 warning');
    await expect(page.locator('.node-card[data-kind="timelock"]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Add a timelock before it', exact: true }).click();
    await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('0 errors, 0 warnings');
    await expect(page.locator('.node-card[data-kind="timelock"]').count()).resolves.toBe(1);
    // The Output panel's governor now has the timelock's delay: 2 days, the kind's default.
    await page.getByRole('tab', { name: 'Output', exact: true }).click();
    await page.getByRole('tab', { name: /^OpenZeppelin/ }).click();
    await expect
      .poll(() => page.locator('.output-panel').textContent(), { timeout: 10_000 })
      .toContain('Then a 2-day timelock follows.');
    await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(() => page.locator('.node-card[data-kind="timelock"]').count(), { timeout: 10_000 })
      .toBe(0);
    await context.close();
  });

  it('removes an unknown imported field ("quorom") from Problems, without JSON', async () => {
    const { page, context } = await openApp(browser);
    const typo = await template('token-governor');
    voteOf(typo).quorom = { percent: '5' };
    await importDocument(page, typo);
    await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('1 error, 0 warnings');
    await page.getByRole('button', { name: 'Remove “quorom”', exact: true }).click();
    await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('0 errors, 0 warnings');
    await context.close();
  });

  it('shows each target’s verdict beside the problems, so no errors never hides “cannot deploy”', async () => {
    const { page, context } = await openApp(browser);
    await importDocument(page, await template('staged-dao'));
    const targets = page.getByRole('region', { name: 'Where these rules can run' });
    await targets.locator('[data-target="openzeppelin"]').waitFor();
    await expect(targets.locator('[data-target="openzeppelin"]').getAttribute('data-verdict')).resolves.toBe(
      'unsupported',
    );
    await expect(targets.locator('[data-target="openzeppelin"]').textContent()).resolves.toContain(
      'Cannot express',
    );
    await expect(targets.locator('[data-target="safe"] .problem-message').textContent()).resolves.toContain(
      'To deploy on Safe, remove this Timelock',
    );
    await expect(targets.locator('[data-target="aragon"]').textContent()).resolves.toContain('Not used');
    await expect(page.locator('.problems-cannot').textContent()).resolves.toBe(
      '2 targets cannot express these rules',
    );
    await expect(counts(page).getAttribute('data-errors')).resolves.toBe('0');
    // A reason names its node: clicking it selects that node on the canvas.
    await targets.locator('[data-target="openzeppelin"] button.problem[data-node-id="veto"]').first().click();
    await page.locator('.react-flow__node.selected[data-id="veto"]').waitFor();
    await page.screenshot({ path: 'test-results/screenshots/guide-verdicts-en.png' });
    // The Safe's advice is to remove the timelock: its button does, and the Safe can then run the rules.
    await targets.getByRole('button', { name: 'Remove this step to deploy on Safe', exact: true }).click();
    await expect
      .poll(() => targets.locator('[data-target="safe"]').getAttribute('data-verdict'), { timeout: 10_000 })
      .toBe('supported');
    // No advice leads back: the missing-timelock warning that follows offers no timelock the Safe would refuse.
    await expect.poll(() => counts(page).getAttribute('data-warnings'), { timeout: 10_000 }).toBe('1');
    await expect(page.locator('.problem-fix[data-fix="insertTimelock"]').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('review in plain words', () => {
  it('reads a raise from 6.5% to 10% as such, and names the file compared with', async () => {
    const { page, context } = await openApp(browser);
    const raised = await template('token-governor');
    voteOf(raised).quorum = { percent: '10' };
    await importDocument(page, raised);
    await page.getByRole('tab', { name: 'Review', exact: true }).click();
    // The file picker is a button like the others, not the browser's own control.
    const choose = page.getByRole('button', { name: 'Choose a file…' });
    await choose.waitFor();
    await page.screenshot({ path: 'test-results/screenshots/guide-review-en.png' });
    // The browser's own control is out of sight: a pixel, and hidden from assistive technology.
    await expect(page.locator('#review-diff-file').boundingBox()).resolves.toMatchObject({
      width: 1,
      height: 1,
    });
    await expect(page.locator('#review-diff-file').getAttribute('aria-hidden')).resolves.toBe('true');
    const earlier = await template('token-governor');
    voteOf(earlier).quorum = { percent: '6.5' };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
    await chooser.setFiles({
      name: 'last-year.charter.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(earlier)),
    });
    await page.locator('.review-diff-words').waitFor();
    await expect(page.locator('.review-comparing').textContent()).resolves.toBe(
      'What changed from the file “last-year.charter.json” to the canvas',
    );
    await expect(page.locator('.review-diff-words').textContent()).resolves.toContain(
      'changed from 6.5% to 10%',
    );
    await page.screenshot({ path: 'test-results/screenshots/guide-diff-en.png' });
    await context.close();
  });

  it('restores a saved version as one edit, which Undo takes back', async () => {
    const { page, context } = await openApp(browser);
    const title = page.locator('.react-flow__node[data-id="vote"] .node-title');
    const original = await title.textContent();
    await page.getByRole('tab', { name: 'Review', exact: true }).click();
    const history = page.getByLabel('From the autosaved history');
    /** How many versions the history offers (its first option is the prompt), read afresh as focusing it does. */
    const versions = async () => {
      await history.focus();
      await page.getByRole('button', { name: 'Choose a file…' }).focus();
      return (await history.locator('option').count()) - 1;
    };
    // The history records a version once the work has rested: wait for the template as it opened, then edit.
    await expect.poll(versions, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await title.dblclick();
    await page.getByLabel('Node label').fill('Renamed vote');
    await page.getByLabel('Node label').press('Enter');
    await expect.poll(versions, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const values = await history
      .locator('option')
      .evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
    // Newest first: the last is the template as it opened.
    await history.selectOption(values.at(-1)!);
    await page.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe(original);
    await expect(page.locator('.review-restored').textContent()).resolves.toContain(
      'Restored the version saved',
    );
    await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe('Renamed vote');
    await context.close();
  });

  describe('in Korean', () => {
    it('counts, verdicts and the diff heading read in Korean', async () => {
      const { page, context } = await openApp(browser, { locale: 'ko-KR' });
      await page.locator('#import-file').setInputFiles({
        name: 'staged.charter.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(await template('staged-dao'))),
      });
      const targets = page.getByRole('region', { name: '이 규칙을 실행할 수 있는 곳' });
      await targets.locator('[data-target="openzeppelin"]').waitFor();
      await expect.poll(() => counts(page).textContent(), { timeout: 10_000 }).toBe('오류 0개, 경고 0개');
      await expect(page.locator('.problems-cannot').textContent()).resolves.toBe(
        '대상 2곳이 이 규칙을 표현할 수 없습니다',
      );
      await expect(
        targets.locator('[data-target="openzeppelin"] .target-verdict-mark').textContent(),
      ).resolves.toBe('표현 불가');
      await page.screenshot({ path: 'test-results/screenshots/guide-verdicts-ko.png' });
      await page.getByRole('tab', { name: '검토', exact: true }).click();
      const earlier = await template('staged-dao');
      earlier.name = 'Earlier';
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: '파일 선택…' }).click(),
      ]);
      await chooser.setFiles({
        name: 'earlier.charter.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(earlier)),
      });
      await expect
        .poll(() => page.locator('.review-comparing').textContent(), { timeout: 10_000 })
        .toBe('파일 “earlier.charter.json”에서 캔버스로 바뀐 점');
      await page.screenshot({ path: 'test-results/screenshots/guide-diff-ko.png' });
      await context.close();
    });
  });
});
