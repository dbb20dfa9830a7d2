// "Import a deployed governor" in the app, for an Aragon OSx DAO on a local node: aragon-dao's TokenVoting and Multisig
// installed through npm @aragon/osx@1.3.0's own PluginSetupProcessor with the install data Charter's Aragon target
// emits, then read by a user who types the endpoint, the DAO's address and the PluginSetupProcessor (a local chain is
// none Aragon deploys to). What opens must compile back to the settings the plugins were installed with.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Address } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { type AragonDao, deployAragonDao, deployGovernanceToken } from '../onchain/aragon-dao-on-chain.ts';
import { type ServedChain, serveChain } from '../onchain/serve-chain.ts';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
let chain: ServedChain;
let aragon: AragonDao;
let plugins: Address[];
beforeAll(async () => {
  execFileSync('node', [new URL('../../scripts/fetch-aragon-sources.js', import.meta.url).pathname]);
  [browser, chain] = await Promise.all([launchBrowser(), serveChain(1, { revertingCalls: true })]);
  const design = JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/aragon-dao.charter.json', import.meta.url), 'utf8'),
  ) as CharterDocument;
  const acme = design.nodes.find((node) => node.id === 'acme')!.params as {
    token: { name: string; symbol: string; totalSupply: string; address?: string };
  };
  acme.token.address = await deployGovernanceToken(chain, acme.token);
  const compiled = compile(design);
  if (!compiled.ok) throw new Error('aragon-dao does not compile');
  const emitted = (
    compiled.config.targets.aragon as unknown as {
      parameters: { plugins: { plugin: 'token-voting' | 'multisig'; installData: `0x${string}` }[] };
    }
  ).parameters.plugins;
  aragon = await deployAragonDao(chain);
  plugins = [];
  for (const plugin of emitted) plugins.push(await aragon.install(plugin.plugin, plugin.installData));
  await aragon.handOver();
  // Compiling the framework takes solc-js minutes the first time (then it is cached).
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await chain?.close();
});

describe('import an Aragon DAO in the app', () => {
  it('reads both plugins through the PluginSetupProcessor the user names, then opens them', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await page.getByRole('button', { name: /From a deployed governor/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a deployed governor' });
    await dialog.getByLabel('JSON-RPC endpoint').fill(chain.url);
    await dialog.getByLabel('Governor, Safe or Aragon DAO address').fill(aragon.dao);
    const read = dialog.getByRole('button', { name: 'Read the contracts' });
    // A PluginSetupProcessor that is not an address is refused before anything is read.
    await dialog.getByLabel(/Aragon PluginSetupProcessor/).fill('0x1234');
    await read.click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain(
      'The PluginSetupProcessor must be an address',
    );
    await dialog.getByLabel(/Aragon PluginSetupProcessor/).fill(aragon.psp);
    await read.click();
    const name = `Aragon DAO ${aragon.dao.slice(0, 6)}…${aragon.dao.slice(-4)}`;
    await dialog.getByRole('heading', { name: `“${name}”, read on chain 1` }).waitFor();
    // Proposal, route, the ACME holders and the 5 stewards, the two decisions, an execute and a reject for each.
    await expect(dialog.getByText('Drawn as 10 nodes.').isVisible()).resolves.toBe(true);
    await expect(dialog.locator('.chain-import-notes li').allTextContents()).resolves.toEqual([
      'Proposal types are not kept on chain: each plugin is drawn as one type named after it ("token-voting", "multisig"), which a proposer picks by choosing the plugin.',
    ]);
    await dialog.getByRole('button', { name: 'Open as the current document' }).click();
    await page.getByText(`Opened “${name}”, imported from chain 1.`).waitFor();
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(10);
    // The vote's card shows what TokenVoting holds: 25 % of the supply must vote; the multisig's, 3 of 5.
    await expect(page.locator('.react-flow__node[data-id="token-voting"]').textContent()).resolves.toMatch(
      /25%/,
    );
    await expect(page.locator('.react-flow__node[data-id="multisig"]').textContent()).resolves.toMatch(
      /3 of 5/,
    );
    expect(plugins).toHaveLength(2);
    await context.close();
  });
});
