// "Deploy with your wallet" and back: staged-dao's Governor path (its community stage: the only path OpenZeppelin can
// enforce, the others being a Safe and a refused veto) deployed from the app through an injected wallet forwarding to
// a local node, then read back by `charter import`, the library the app's import uses; and a deployment interrupted by
// another transaction from the same account, which moves the nonce the plan's addresses depend on. token-governor,
// ens-dao (a
// TimelockController with the Security Council as canceller) and compound-governor (CharterCompoundGovernor over
// Compound's Timelock, the guardian as canceller) make the same round trip.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Address } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { alignByKind } from '../../compiler/diff/align-by-kind.ts';
import { diffDocuments } from '../../compiler/diff/diff-documents.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { deploymentPlan } from '../../compiler/targets/openzeppelin/deployment-plan.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { type ServedChain, serveChain } from '../onchain/serve-chain.ts';
import { launchBrowser, openApp } from './browser.ts';
import { injectWallet } from './injected-wallet.ts';

let browser: Browser;
let chain: ServedChain;
let deployer: Address;
beforeAll(async () => {
  [browser, chain] = await Promise.all([launchBrowser(), serveChain(1)]);
  deployer = ((await chain.request('eth_accounts')) as Address[])[0]!;
});
afterAll(async () => {
  await browser?.close();
  await chain?.close();
});

const template = (name: string): CharterDocument =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

/** Opens `document` in the app with the wallet injected, then its OpenZeppelin deployment, connected. */
async function openWithWallet(rules: CharterDocument, name: string): Promise<Page> {
  const { page, context } = await openApp(browser);
  await context.addInitScript(injectWallet, chain.url);
  await page.locator('#import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(rules)),
  });
  await page.locator('.toast', { hasText: `Imported ${name}.` }).waitFor();
  await page.waitForFunction(
    () => document.querySelector('.save-state')?.getAttribute('data-pending') === 'false',
  );
  await page.reload(); // the wallet is injected from here on; the imported rules come back from autosave
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('tab', { name: 'Output' }).click();
  await page.getByRole('tab', { name: 'OpenZeppelin' }).click();
  await page.locator('.wallet-deploy').waitFor();
  await page.getByRole('button', { name: 'Connect wallet' }).click();
  await page.getByText(/^Connected: 0x[0-9a-fA-F]{40} on chain 1$/).waitFor();
  return page;
}

const stepStatus = (page: Page) =>
  page
    .locator('.wallet-steps li')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-step')}=${item.getAttribute('data-status')}`),
    );

const nonceOf = async (account: Address) =>
  Number(await chain.request('eth_getTransactionCount', [account, 'pending']));

describe('deploy with your wallet, then read it back', () => {
  it("staged-dao's Governor path, deployed from the app, imports back with nothing changed but off-chain words", async () => {
    const design = template('staged-dao');
    const page = await openWithWallet(design, 'staged-dao.charter.json');
    const compiled = compile(design);
    if (!compiled.ok) throw new Error('staged-dao does not compile');
    // The addresses the app's plan gives: the library's plan from the account's next nonce.
    const plan = deploymentPlan(compiled.config, {
      deployer,
      nonce: await nonceOf(deployer),
      vote: 'vote3',
    })!;
    expect(plan.newToken).toBe(true);
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await page.getByText('Read back from the chain: what runs equals what was drawn.').waitFor();
    expect((await stepStatus(page)).every((entry) => entry.endsWith('=confirmed'))).toBe(true);
    await page.context().close();

    const io = fakeIO();
    expect(await main(['import', '--rpc', chain.url, plan.governor], io)).toBe(0);
    const imported = JSON.parse(io.out) as CharterDocument;
    // The community stage's path of the template, with the token it created: proposal, GOV holders, the vote, its
    // timelock, execution and rejection.
    const path = ['propose', 'gov', 'vote3', 'delay3', 'run3', 'defeated'];
    const drawn: CharterDocument = {
      ...design,
      nodes: design.nodes.filter((node) => path.includes(node.id)),
      edges: [
        ...design.edges.filter((edge) => path.includes(edge.from.node) && path.includes(edge.to.node)),
        { id: 'in', from: { node: 'propose', port: 'out' }, to: { node: 'vote3', port: 'in' } },
      ],
    };
    (drawn.nodes.find((node) => node.id === 'gov')!.params as { token: { address?: string } }).token.address =
      plan.token;
    const ids: Record<string, string> = { voters: 'gov', vote: 'vote3', delay: 'delay3', run: 'run3' };
    const aligned: CharterDocument = {
      ...imported,
      nodes: imported.nodes.map((node) => ({
        ...node,
        id: ids[node.id] ?? node.id,
        // Proposal types are not kept on chain: the import draws one, "proposal".
        ...(node.kind === 'proposal'
          ? { params: { ...node.params, types: (drawn.nodes[0]!.params as { types: string[] }).types } }
          : {}),
      })) as CharterDocument['nodes'],
      edges: imported.edges.map((edge) => ({
        ...edge,
        from: { ...edge.from, node: ids[edge.from.node] ?? edge.from.node },
        to: { ...edge.to, node: ids[edge.to.node] ?? edge.to.node },
      })),
    };
    const diff = diffDocuments(drawn, aligned);
    expect({
      // Words, the schema link and the stage the template is in (the path read is one stage's, with no stage node).
      document: diff.document
        .map((change) => change.path)
        .filter((path) => !/^(name|description|\$schema|currentStage)$/.test(path)),
      added: diff.added,
      removed: diff.removed,
      disconnected: diff.disconnected,
      changed: diff.changed
        .flatMap((node) => node.changes.map((change) => `${node.id}.${change.path}`))
        .filter((path) => !/\.(label|description|position\.[xy])$/.test(path)),
    }).toEqual({ document: [], added: [], removed: [], disconnected: [], changed: [] });
    // A threshold of 0 is anyone, as the template's proposal with no proposers says: no connection added either.
    expect(diff.connected).toEqual([]);
    expect(aligned.nodes.find((node) => node.id === 'propose')!.params).toMatchObject({
      minVotingPower: '0',
    });
  });

  it.each([
    ['token-governor', 'TimelockController'],
    ['ens-dao', 'TimelockController with a canceller'],
    ['compound-governor', 'Compound Timelock'],
  ])(
    '%s, deployed from the app with a new token, imports back with nothing changed but words (%s)',
    async (name) => {
      // The template names the DAO's real token, which this chain lacks: the plan creates one (the whole supply to
      // the deployer), whose address the drawing then names.
      const design = template(name);
      const holders = design.nodes.find((node) => node.kind === 'token-holders')!;
      delete (holders.params.token as { address?: string }).address;
      // A token Charter creates is ERC20Votes: COMP's Compound-style votes are read only from the token that exists.
      (holders.params as { standard: string }).standard = 'erc20-votes';
      const page = await openWithWallet(design, `${name}.charter.json`);
      const compiled = compile(design);
      if (!compiled.ok) throw new Error(`${name} does not compile`);
      const plan = deploymentPlan(compiled.config, { deployer, nonce: await nonceOf(deployer) })!;
      expect(plan.newToken).toBe(true);
      await page.getByRole('button', { name: 'Deploy', exact: true }).click();
      await page.getByText('Read back from the chain: what runs equals what was drawn.').waitFor();
      await page.context().close();

      const io = fakeIO();
      expect(await main(['import', '--rpc', chain.url, plan.governor], io)).toBe(0);
      const imported = JSON.parse(io.out) as CharterDocument;
      (holders.params.token as { address?: string }).address = plan.token;
      const aligned = alignByKind(imported, design);
      // Proposal types are not kept on chain: the import draws one, "proposal".
      const proposal = aligned.nodes.find((node) => node.kind === 'proposal')!;
      proposal.params = {
        ...proposal.params,
        types: (design.nodes.find((node) => node.kind === 'proposal')!.params as { types: string[] }).types,
      };
      const diff = diffDocuments(design, aligned);
      expect({
        document: diff.document
          .map((change) => change.path)
          .filter((path) => !/^(name|description|\$schema)$/.test(path)),
        added: diff.added,
        removed: diff.removed,
        disconnected: diff.disconnected,
        connected: diff.connected,
        changed: diff.changed
          .flatMap((node) => node.changes.map((change) => `${node.id}.${change.path}`))
          .filter((path) => !/\.(label|description|position\.[xy])$/.test(path)),
      }).toEqual({ document: [], added: [], removed: [], disconnected: [], connected: [], changed: [] });
    },
  );

  it('stops when another transaction moves the nonce mid-deployment, and starts over from the new nonce', async () => {
    const design = template('token-governor');
    delete (design.nodes.find((node) => node.kind === 'token-holders')!.params.token as { address?: string })
      .address;
    const page = await openWithWallet(design, 'token-governor.charter.json');
    // The first step goes out; the user declines the second, then sends another transaction from the same account.
    await page.evaluate(() => {
      (window as unknown as { wallet: { decline: number } }).wallet.decline = 2;
    });
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'You declined transaction 2' }).waitFor();
    const planned = await nonceOf(deployer); // the second step's nonce: the first was used
    await chain.request('eth_sendTransaction', [
      { from: deployer, to: '0x000000000000000000000000000000000000dEaD', value: '0x1', gasPrice: '0x0' },
    ]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      `Your account sent another transaction since this deployment was planned (its next nonce is ${planned + 1}, the plan needs ${planned}), so the planned addresses no longer hold. Start over to plan again.`,
    );
    const stopped = await stepStatus(page);
    expect(stopped[0]).toBe('token=confirmed');
    expect(stopped.slice(1).every((entry) => entry.endsWith('=waiting'))).toBe(true);
    // Start over: a new plan from the account's nonce now, every step waiting, then all of them sent and read back.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Deploy', exact: true }).waitFor();
    await expect(page.locator('.wallet-deploy [role="alert"]').count()).resolves.toBe(0);
    expect((await stepStatus(page)).every((entry) => entry.endsWith('=waiting'))).toBe(true);
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await page.getByText('Read back from the chain: what runs equals what was drawn.').waitFor();
    expect((await stepStatus(page)).every((entry) => entry.endsWith('=confirmed'))).toBe(true);
    await page.context().close();
  });
});
