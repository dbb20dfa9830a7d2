// "Deploy with your wallet" in the Output panel, with an injected EIP-1193 provider that forwards to a local JSON-RPC
// node on 127.0.0.1 (as a browser wallet forwards to its node) and can decline a transaction like a user. The rules
// are token-governor with no token address (so a new token is created) and an extra canceller (so the timelock's
// roles are wired after it exists): five transactions, a refusal at the second, a reload, then the rest, and the read
// back from the chain.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { type ServedChain, serveChain } from '../onchain/serve-chain.ts';
import { launchBrowser, openApp } from './browser.ts';
import { injectWallet } from './injected-wallet.ts';

let browser: Browser;
let chain: ServedChain;
beforeAll(async () => {
  [browser, chain] = await Promise.all([launchBrowser(), serveChain(1)]);
});
afterAll(async () => {
  await browser?.close();
  await chain?.close();
});

const guardian = '0x000000000000000000000000000000000000bEEF';

function rules(): CharterDocument {
  const document = JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
  ) as CharterDocument;
  const token = document.nodes.find((node) => node.kind === 'token-holders')!.params.token as {
    address?: string;
  };
  delete token.address;
  Object.assign(document.nodes.find((node) => node.kind === 'timelock')!.params, { cancellers: [guardian] });
  return document;
}

async function openDeploy(page: Page) {
  await page.getByRole('tab', { name: 'Output' }).click();
  await page.getByRole('tab', { name: 'OpenZeppelin' }).click();
  await page.locator('.wallet-deploy').waitFor();
}

const stepStatus = (page: Page) =>
  page
    .locator('.wallet-steps li')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-step')}=${item.getAttribute('data-status')}`),
    );

describe('deploy with your wallet', () => {
  it('sends each step in order, stops at a declined one, resumes after a reload, and reads the result back', async () => {
    const { page, context } = await openApp(browser);
    await context.addInitScript(injectWallet, chain.url);
    await page.locator('#import-file').setInputFiles({
      name: 'rules.charter.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(rules())),
    });
    await page.locator('.toast', { hasText: 'Imported rules.charter.json.' }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('.save-state')?.getAttribute('data-pending') === 'false',
    );
    await page.reload(); // the wallet is injected from here on; the imported rules come back from autosave
    await page.locator('.react-flow__node').first().waitFor();
    await openDeploy(page);
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByText(/^Connected: 0x[0-9a-fA-F]{40} on chain 1$/).waitFor();
    await expect(page.getByText('a new token is created with the whole supply').isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator('.wallet-steps li').count()).resolves.toBe(5);

    // The user declines the second transaction: the first is done, nothing after the second was sent.
    await page.evaluate(() => {
      (window as unknown as { wallet: { decline: number } }).wallet.decline = 2;
    });
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'You declined transaction 2 (TimelockController)' })
      .waitFor();
    const afterDecline = await stepStatus(page);
    expect(afterDecline[0]).toBe('token=confirmed');
    expect(afterDecline.slice(1).every((entry) => entry.endsWith('=waiting'))).toBe(true);

    // A reload: the saved progress comes back, and Continue sends the rest.
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await openDeploy(page);
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    await expect(stepStatus(page)).resolves.toEqual(afterDecline);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Read back from the chain: what runs equals what was drawn.').waitFor();
    const final = await stepStatus(page);
    expect(final.every((entry) => entry.endsWith('=confirmed'))).toBe(true);
    expect(final.map((entry) => entry.split('=')[0])).toEqual([
      'token',
      'timelock',
      'governor',
      `grant-canceller:${guardian}`,
      'renounce-admin',
    ]);
    await context.close();
  });

  it('refuses a wallet on another chain, in Korean, and sends nothing', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    await context.addInitScript(() => {
      (window as unknown as { ethereum: unknown }).ethereum = {
        async request({ method }: { method: string }) {
          if (method === 'eth_requestAccounts') return ['0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'];
          if (method === 'eth_chainId') return '0xa';
          throw new Error(`unexpected ${method}`);
        },
      };
    });
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: '출력' }).click();
    await page.getByRole('tab', { name: 'OpenZeppelin' }).click();
    await page.getByRole('button', { name: '지갑 연결' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      '지갑은 체인 10에 있지만 이 규칙은 체인 1용입니다. 지갑에서 네트워크를 바꾼 뒤 다시 연결하세요.',
    );
    await expect(page.locator('.wallet-steps').count()).resolves.toBe(0);
    await context.close();
  });
});
