// In the Korean interface every node kind's form reads in Korean: each label, help sentence and option.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeKinds } from '../../compiler/index.ts';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const hangul = /[\uac00-\ud7a3]/;
const latin = /[A-Za-z]/;
/** Names that are the plain word in Korean too: products, standards and units people know by them. */
const properNames = new Set([
  'ID',
  'Snapshot',
  'Aragon DAO',
  'Gitcoin Passport',
  'World ID',
  'BrightID',
  'Proof of Humanity',
  'Idena',
  'JSON',
]);

describe('the inspector in Korean', () => {
  it('shows every kind’s labels, help and options in Korean, with no raw stored values', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    const inspector = page.getByRole('region', { name: '속성' });
    const english: string[] = [];
    const options = new Set<string>();
    for (const kind of nodeKinds) {
      await page.getByRole('button', { name: `${kind.title.ko} 추가` }).click();
      await inspector.getByText(kind.description.ko).waitFor();
      // Open a row of every list, so that the fields of its items show too.
      // Twice, so that a list inside a list's new row (a stage's criteria) opens a row too.
      for (let pass = 0; pass < 2; pass++)
        for (const add of await inspector.locator('.list-add:enabled').all()) await add.click();
      const texts = await inspector
        .locator('label, legend, .field-help, option, .inspector-kind-description')
        .allTextContents();
      for (const option of await inspector.locator('option').allTextContents()) options.add(option);
      for (const text of texts.map((t) => t.trim()).filter(Boolean))
        if (latin.test(text) && !hangul.test(text) && !properNames.has(text))
          english.push(`${kind.kind}: ${text}`);
      await page.getByRole('button', { name: '노드 삭제' }).click();
    }
    expect(english).toEqual([]);
    // The sweep read the options too: the stage measures and the vote's counting among them.
    expect([...options]).toEqual(
      expect.arrayContaining(['토큰 보유자 수(이상)', '찬성표와 기권표', '위임된 투표권']),
    );
    await context.close();
  }, 240_000);

  it('offers a majority vote’s choices in words and stores the value the document keeps', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    await page.locator('[data-id="vote"] .node-title').click();
    const inspector = page.getByRole('region', { name: '속성' });
    const counts = inspector.getByRole('combobox', { name: '정족수에 세는 표' });
    // The inspector draws its form after the click: wait for the options rather than read them once.
    await expect
      .poll(() => counts.locator('option').allTextContents(), { timeout: 30_000 })
      .toEqual(['찬성표만', '찬성표와 기권표', '모든 표']);
    await expect(
      inspector.getByText('정족수에 어떤 표를 셀지 정합니다.', { exact: false }).count(),
    ).resolves.toBe(1);
    await counts.selectOption({ label: '모든 표' });
    // The document keeps the value it stores, read back after the form is drawn again from it.
    await page.locator('.react-flow__pane').click();
    await page.locator('[data-id="vote"] .node-title').click();
    await expect(counts.inputValue()).resolves.toBe('all');
    await context.close();
  });
});
