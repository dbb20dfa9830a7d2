import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CharterDocument } from '../../compiler/index.ts';
import { encodeShareLink } from '../../src/panels/review/share-link-codec.ts';
import { downloadedBytes, launchBrowser, openApp } from './browser.ts';
import { autosaved, renameNode } from './page-actions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const payload = '<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>';

async function template(name: string): Promise<CharterDocument> {
  return JSON.parse(await readFile(`rules-schema/examples/${name}.charter.json`, 'utf8'));
}

function fragmentOf(document: CharterDocument): string {
  const encoded = encodeShareLink(document);
  if (!encoded.ok) throw new Error('too long for a link');
  return encoded.fragment;
}

/** A page of `context` opened on a share link (or any fragment), once the app has drawn. */
async function openLink(context: BrowserContext, fragment: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(inject('appUrl') + fragment);
  await page.locator('.react-flow__node').first().waitFor();
  return page;
}

async function openReview(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Review', exact: true }).click();
  await page.locator('.review-panel').waitFor();
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

describe('review and share', () => {
  it('opens a share link read-only and leaves the autosaved work alone', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'delay', 'My own wait');
    await autosaved(page);
    await page.close();

    const shared = await template('cooperative');
    const review = await openLink(context, fragmentOf(shared));
    await expect(review.evaluate(() => location.hash)).resolves.toBe(fragmentOf(shared));
    const banner = review.getByRole('note', { name: 'Read-only shared copy' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(
      `You are reviewing “${shared.name}” from a share link.`,
    );
    await expect(review.locator('.document-name').textContent()).resolves.toBe(shared.name);
    await expect(review.locator('.palette').count()).resolves.toBe(0);
    await expect(review.getByRole('tab', { name: 'Inspector' }).count()).resolves.toBe(0);
    await expect(review.locator('.review-sentence').first().textContent()).resolves.not.toBe('');
    // A node does not move when dragged (the drag pans the view instead): its place in the graph stays.
    const node = review.locator(`.react-flow__node[data-id="${shared.nodes[0]!.id}"]`);
    const place = () => node.evaluate((element) => (element as HTMLElement).style.transform);
    const before = await place();
    const box = (await node.boundingBox())!;
    await node.hover();
    await review.mouse.down();
    await review.mouse.move(box.x + 200, box.y + 150, { steps: 10 });
    await review.mouse.up();
    await expect(place()).resolves.toBe(before);
    // Nor can it be renamed.
    await node.locator('.node-title').dblclick();
    await expect(review.getByLabel('Node label').count()).resolves.toBe(0);
    await review.waitForTimeout(800); // longer than the autosave's delay
    await review.close();

    const again = await context.newPage();
    await again.goto(inject('appUrl'));
    await again.locator('.react-flow__node').first().waitFor();
    await expect(again.locator('[data-id="delay"] .node-title').textContent()).resolves.toBe('My own wait');
    await expect(again.locator('.review-banner').count()).resolves.toBe(0);
    await context.close();
  });

  it('opens a copy to edit, asking before the autosaved work is replaced', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'delay', 'My own wait');
    await autosaved(page);
    await page.close();
    const shared = await template('grants-qf');
    const review = await openLink(context, fragmentOf(shared));
    await review.getByRole('button', { name: 'Open a copy to edit' }).click();
    const dialog = review.getByRole('dialog', { name: 'Replace your autosaved work?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Edit this copy' }).click();
    await review.locator('.palette').waitFor();
    await expect(review.locator('.review-banner').count()).resolves.toBe(0);
    await expect(review.evaluate(() => location.hash)).resolves.toBe('');
    await autosaved(review);
    await review.reload();
    await review.locator('.react-flow__node').first().waitFor();
    await expect(review.locator('.document-name').textContent()).resolves.toBe(shared.name);
    await context.close();
  });

  it('refuses a tampered or cut link with the reason, and opens the user’s own work', async () => {
    const governor = await template('token-governor');
    const shared = await template('cooperative');
    const fragment = fragmentOf(shared);
    const middle = Math.floor(fragment.length / 2);
    const flipped =
      fragment.slice(0, middle) + (fragment[middle] === 'Q' ? 'R' : 'Q') + fragment.slice(middle + 1);
    const cut = fragment.slice(0, fragment.length - 40);
    const cases = [
      [flipped, 'The link is damaged: its contents do not match its checksum (it was cut short or changed).'],
      [cut, 'The link is damaged: its contents cannot be unpacked (it may have been cut short).'],
      ['#share=1.abc', 'The link is incomplete: part of it is missing or was changed.'],
    ] as const;
    for (const [link, reason] of cases) {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
      const page = await openLink(context, link);
      const dialog = page.getByRole('dialog', { name: 'This share link could not be opened' });
      await dialog.waitFor();
      await expect(dialog.locator('p').textContent()).resolves.toBe(
        `${reason} Nothing from the link was loaded; your own work is open as before.`,
      );
      await dialog.getByRole('button', { name: 'OK' }).click();
      // Nothing of the link: the app opens as usual, editable, on the template.
      await expect(page.locator('.document-name').textContent()).resolves.toBe(governor.name);
      await expect(page.locator('.react-flow__node').count()).resolves.toBe(governor.nodes.length);
      await expect(page.locator('.review-banner').count()).resolves.toBe(0);
      await expect(page.evaluate(() => location.hash)).resolves.toBe('');
      await renameNode(page, 'vote', 'Still editable');
      await expect(page.locator('[data-id="vote"] .node-title').textContent()).resolves.toBe(
        'Still editable',
      );
      await context.close();
    }
  });

  it('shows what changed from another version to the canvas: a raised quorum and a node only the other has', async () => {
    const { page, context } = await openApp(browser);
    await openReview(page);
    const other = await template('token-governor');
    const vote = other.nodes.find((node) => node.id === 'vote')!;
    (vote.params as { quorum: { percent: string } }).quorum.percent = '2';
    other.nodes.push({
      id: 'note',
      kind: 'signal',
      label: 'Forum post',
      position: { x: 600, y: 300 },
    } as never);
    await page.locator('#review-diff-file').setInputFiles({
      name: 'lower-quorum.charter.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    const changed = page.locator('.review-diff-changed li');
    await changed.first().waitFor();
    // The file is the earlier version and the canvas the later: the canvas raised the quorum from 2% to 4%.
    await expect(page.locator('.review-comparing').textContent()).resolves.toBe(
      'What changed from the file “lower-quorum.charter.json” to the canvas',
    );
    await expect(changed.allTextContents()).resolves.toEqual(['Token vote — Quorum: 2% → 4%']);
    await expect(page.locator('.review-diff-words').textContent()).resolves.toContain('2% to 4%');
    await expect(page.locator('.review-diff-removed').textContent()).resolves.toBe('Forum post (signal)');
    // On the canvas: the node is marked changed, with its values before → after.
    const card = page.locator('.workspace [data-id="vote"] .node-card');
    // The canvas marks follow the diff list (they are set after it renders): wait for them, do not read them at once.
    await card.and(page.locator('.overlay-changed')).waitFor();
    await expect(card.locator('.node-note').textContent()).resolves.toBe('Quorum: 2% → 4%');
    // Both versions on one canvas: the node only the earlier version has is there, red.
    await expect(
      page.locator('.review-diff-canvas [data-id="note"] .node-card').getAttribute('class'),
    ).resolves.toContain('overlay-removed');
    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await expect(card.getAttribute('class')).resolves.not.toContain('overlay-changed');
    await context.close();
  });

  it('exports the canvas as a PNG with its edges drawn', async () => {
    const { page, context } = await openApp(browser);
    await openReview(page);
    const withEdges = await download(page, 'Canvas as PNG');
    expect(withEdges.name).toMatch(/\.png$/);
    await page.addStyleTag({ content: '.react-flow__edges { visibility: hidden !important; }' });
    const withoutEdges = await download(page, 'Canvas as PNG');
    const compared = await page.evaluate(
      async ([a, b]) => {
        const pixels = async (base64: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return {
            width: image.width,
            height: image.height,
            data: context.getImageData(0, 0, image.width, image.height).data,
          };
        };
        const x = await pixels(a!);
        const y = await pixels(b!);
        const background = [x.data[0]!, x.data[1]!, x.data[2]!];
        let differing = 0;
        let edgeInk = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          const same =
            Math.abs(x.data[i]! - y.data[i]!) +
              Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
              Math.abs(x.data[i + 2]! - y.data[i + 2]!) <
            24;
          if (same) continue;
          differing++;
          // Where they differ, the image without edges shows the background and the other the edge's stroke.
          const yBackground =
            Math.abs(y.data[i]! - background[0]!) +
              Math.abs(y.data[i + 1]! - background[1]!) +
              Math.abs(y.data[i + 2]! - background[2]!) <
            24;
          const xDarker =
            x.data[i]! + x.data[i + 1]! + x.data[i + 2]! <
            background[0]! + background[1]! + background[2]! - 60;
          if (yBackground && xDarker) edgeInk++;
        }
        return { size: [x.width, x.height, y.width, y.height], differing, edgeInk, background };
      },
      [withEdges.bytes.toString('base64'), withoutEdges.bytes.toString('base64')],
    );
    expect(compared.size[0]).toBe(compared.size[2]);
    expect(compared.size[1]).toBe(compared.size[3]);
    expect(compared.background).toEqual([0xf6, 0xf7, 0xf9]);
    // The template's edges are 1-pixel strokes between nearby cards: about a thousand pixels of ink in all (1,066
    // when measured), nearly all of it dark stroke where the edgeless image shows bare background.
    expect(compared.differing).toBeGreaterThan(600);
    expect(compared.edgeInk / compared.differing).toBeGreaterThan(0.8);
    await context.close();
  });

  it('keeps a label carrying script as text on the canvas, in the summary and in every export', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'vote', payload);
    await expect(page.locator('[data-id="vote"] .node-title').textContent()).resolves.toBe(payload);
    await openReview(page);
    const sentence = page.locator('.review-sentence', { hasText: 'It goes to' }).first();
    await expect(sentence.textContent()).resolves.toBe(`It goes to ${payload}.`);
    await expect(page.locator('.review-panel img, .review-panel script').count()).resolves.toBe(0);
    // Hovering the sentence marks its node on the canvas.
    await sentence.hover();
    await expect(
      page.locator('.workspace [data-id="vote"] .node-card').getAttribute('class'),
    ).resolves.toContain('overlay-hover');

    const markdown = (await download(page, 'Summary as Markdown')).bytes.toString('utf8');
    expect(markdown).toContain(
      'It goes to &lt;img src=x onerror=window.\\_\\_pwned=1&gt;&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;.',
    );
    expect(markdown).not.toMatch(/<(img|script)/);

    const svg = (await download(page, 'Canvas as SVG')).bytes.toString('utf8');
    expect(svg).toContain(
      '&lt;img src=x onerror=window.__pwned=1&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;',
    );
    expect(svg).not.toMatch(/<(img|script)[\s>]/);

    // The same label, opened from a share link, read-only.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link', { exact: true }).inputValue();
    const review = await openLink(context, link.slice(link.indexOf('#')));
    await expect(review.locator('[data-id="vote"] .node-title').textContent()).resolves.toBe(payload);
    await review.waitForTimeout(300);
    await expect(review.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    await context.close();
  });
});
