/**
 * The web UI in real Chromium against the real server on 127.0.0.1: analyze through the UI, the
 * highlights and the chain tooltip, ingest a corpus, the dashboard and an entity page, hostile input,
 * the token prompt. Screenshots go to test-artifacts/ (look at them).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import type { Analysis } from '../../src/analysis/types.js';
import { packageRoot } from '../../src/paths.js';
import { buildServer, DEFAULT_UI_DIR } from '../../src/server/buildServer.js';
import { openStore, type Store } from '../../src/store/Store.js';
import { launchChromium } from '../helpers/chromium.js';
import { ARTICLES, jsonl } from '../server/corpus.js';
import { craftedAnalysis } from './craftedAnalysis.js';

const ARTIFACTS = join(packageRoot, 'test-artifacts');
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

function newestMtime(dir: string): number {
  return Math.max(
    ...readdirSync(dir).map((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
    }),
  );
}

/** Builds the UI when dist/ui is missing or older than its sources. */
function ensureUiBuilt(): void {
  const index = join(DEFAULT_UI_DIR, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(packageRoot, 'ui'))) return;
  const r = spawnSync(process.execPath, ['scripts/build-ui.mjs'], { cwd: packageRoot, stdio: 'inherit' });
  assert.equal(r.status, 0, 'building the UI failed');
}

let store: Store;
let app: FastifyInstance;
let base: string;
let browser: Browser;
const problems: string[] = [];

async function openPage(viewport = DESKTOP, url = base): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`unexpected dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

async function analyzeViaApi(text: string): Promise<Analysis> {
  const r = await fetch(`${base}/api/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  return (await r.json()) as Analysis;
}

async function upload(page: Page, name: string, content: string): Promise<string> {
  await page.goto(`${base}/#/`);
  // The dashboard renders again once its data arrives; upload only into the settled page.
  await page.locator('main h1').waitFor();
  await page.locator('.loading').waitFor({ state: 'detached' });
  await page.locator('#ingest-files').setInputFiles({
    name,
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(content),
  });
  await page.locator('#ingest-form button[type=submit]').click();
  const outcome = page.locator('.notice, #ingest-form .status.error');
  await outcome.first().waitFor({ timeout: 60_000 });
  const failure = await page.locator('#ingest-form .status.error').count();
  if (failure) assert.fail(`upload failed: ${await page.locator('#ingest-form .status').textContent()}`);
  return (await page.locator('.notice').textContent()) ?? '';
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ensureUiBuilt();
  store = await openStore('memory://');
  app = await buildServer({ store, uiDir: DEFAULT_UI_DIR });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
});

describe('web UI', () => {
  it('analyzes pasted text and shows highlights, the chain tooltip and the side panel', async () => {
    const text = ARTICLES[0].text;
    const expected = await analyzeViaApi(text);
    assert.ok(expected.attributions.length > 0, 'the example has attributions');
    const page = await openPage(DESKTOP, `${base}/#/analyze`);
    await page.locator('#paste').fill(text);
    await page.locator('#published').fill('2025-03-04');
    await shot(page, 'analyze-page');
    await page.locator('#paste-form button[type=submit]').click();
    await page.waitForURL(/#\/result$/);
    await page.locator('.article-view').waitFor();

    assert.equal(await page.locator('.article-text .text').textContent(), text, 'the whole text, as text');
    assert.equal(
      await page.locator('[data-cue]').count(),
      expected.attributions.length,
      'one keyboard stop per cue',
    );
    assert.ok((await page.locator('.article-text .m-source').count()) > 0);
    assert.ok((await page.locator('.article-text .m-content').count()) > 0);
    for (const kind of ['source', 'cue', 'content', 'anonymous', 'unsourced'])
      assert.equal(await page.locator(`.legend .m-${kind}`).count(), 1, `legend shows ${kind}`);

    // Keyboard: tabbing from the title reaches the first cue, which opens its chain.
    await page.locator('h1').click();
    let onCue = false;
    for (let i = 0; i < 12 && !onCue; i++) {
      await page.keyboard.press('Tab');
      onCue = await page.evaluate(() => document.activeElement?.hasAttribute('data-cue') ?? false);
    }
    assert.ok(onCue, 'a cue is reachable with Tab');
    const focusedId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cue!);
    const attribution = expected.attributions.find((a) => a.id === focusedId)!;
    const tooltip = page.locator('#tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const chain = await tooltip.locator('.chain b').allTextContents();
    assert.ok(chain.length >= 2, 'speaker → … → this article');
    assert.match(chain.at(-1)!, /^this article/);
    const entity = expected.entities.find((e) => e.id === attribution.source?.entity);
    assert.equal(chain[0], entity?.name ?? attribution.source?.text ?? '(no source given)');
    assert.ok((await page.locator('.active').count()) > 0, 'the whole attribution lights up');
    await shot(page, 'article-view-tooltip');
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });

    // Hovering a content span shows the chain too.
    await page.locator('.article-text .m-content').first().hover();
    await tooltip.waitFor({ state: 'visible' });

    const panel = page.locator('.side-panel');
    assert.match((await panel.locator('.scorecard').textContent()) ?? '', /Attributions\s*\d/);
    assert.equal(
      await panel.locator('.entities li').count(),
      expected.entities.filter((e) => e.type !== 'DATE').length,
    );
    assert.equal(await panel.locator('.timeline li').count(), expected.dates.length);
    await shot(page, 'article-view');

    await page.setViewportSize(PHONE);
    await page.locator('.article-view').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 375 px (overflow ${overflow}px)`);
    await shot(page, 'article-view-375');
    await page.close();
  });

  it('analyzes the example files uploaded on the Analyze page', async () => {
    const page = await openPage(DESKTOP, `${base}/#/analyze`);
    for (const [name, type] of [
      ['eastside-library-vote.txt', 'text/plain'],
      ['harbour-inquiry.html', 'text/html'],
    ]) {
      const path = join(packageRoot, 'examples', name);
      const expected = (await (
        await fetch(`${base}/api/analyze`, {
          method: 'POST',
          headers: { 'content-type': type },
          body: readFileSync(path),
        })
      ).json()) as Analysis;
      await page.goto(`${base}/#/analyze`);
      await page.locator('#file').setInputFiles(path);
      await page.locator('#file-form button[type=submit]').click();
      await page.waitForURL(/#\/result$/);
      await page.locator('.article-view').waitFor();
      assert.equal(await page.locator('.article-text .text').textContent(), expected.text, name);
      assert.equal(await page.locator('[data-cue]').count(), expected.attributions.length, name);
      await shot(page, `example-${name.replace(/\W+/g, '-')}`);
    }
    await page.close();
  });

  it('draws relay chains, denials, unsourced claims and dates at the right characters', async () => {
    const analysis = craftedAnalysis();
    const page = await openPage(DESKTOP, `${base}/#/analyze`);
    await page.evaluate((json) => sessionStorage.setItem('whosaid.result', json), JSON.stringify(analysis));
    await page.goto(`${base}/#/result`);
    await page.locator('.article-view').waitFor();
    const text = page.locator('.article-text');
    assert.deepEqual(await text.locator('[data-cue]').allTextContents(), ['told', 'reported', 'denied']);
    assert.equal(
      await text.locator('.m-source').first().textContent(),
      'General Haftar',
      'code points mapped to UTF-16',
    );
    assert.equal(await text.locator('.m-unsourced').textContent(), 'Ships have been stuck for weeks.');

    await text.locator('[data-cue="A1"]').focus();
    const tooltip = page.locator('#tooltip');
    await tooltip.waitFor({ state: 'visible' });
    assert.deepEqual(await tooltip.locator('.chain b').allTextContents(), [
      'Khalifa Haftar',
      'Coastal Herald',
      'this article (Port Weekly)',
    ]);
    assert.match(
      (await tooltip.textContent()) ?? '',
      /Entity: Khalifa Haftar \(PERSON\) — also General Haftar/,
    );
    const lit = await text.locator('.active').allTextContents();
    assert.ok(lit.includes('General Haftar') && lit.includes('told'), 'the whole attribution lights up');
    await shot(page, 'crafted-chain');

    const dispute = page.locator('.side-panel .dispute');
    assert.equal(await dispute.count(), 1);
    assert.equal(
      await dispute.locator('.claim').textContent(),
      'Khalifa Haftar: his forces would withdraw by Friday',
    );
    assert.equal(
      await dispute.locator('.denial').textContent(),
      '↔ Ministry of Defence: any withdrawal was planned',
    );
    assert.match((await page.locator('.timeline li').textContent()) ?? '', /^2025-03-07 Friday/);
    assert.match((await page.locator('.entities').textContent()) ?? '', /also: General Haftar/);
    await page.close();
  });

  it('ingests a corpus and shows the dashboard, an article and an entity page', async () => {
    const page = await openPage();
    const notice = await upload(page, 'bridge.jsonl', jsonl(ARTICLES));
    assert.match(notice, /3 added/);
    await page.locator('table.data tbody tr').first().waitFor();
    assert.equal(await page.locator('table.data tbody tr').count(), ARTICLES.length);
    assert.ok((await page.locator('.sources li').count()) > 0, 'most-cited sources');
    assert.equal(await page.locator('svg.chart:not(.network)').count(), 2, 'two share charts');
    assert.equal(await page.locator('svg.chart rect').count(), 4, 'one bar per outlet in each chart');
    assert.ok((await page.locator('svg.network line').count()) > 0, 'relay network edges');
    await shot(page, 'dashboard');

    await page.locator('#f-outlet').selectOption('Harbour Gazette');
    await page.locator('.filters button[type=submit]').click();
    await page.waitForURL(/outlet=Harbour/);
    // The filtered listing replaces the table after the URL changes: wait for the new rows, not the old.
    await page
      .waitForFunction(() => document.querySelectorAll('table.data tbody tr').length === 1)
      .catch(() => {});
    assert.equal(await page.locator('table.data tbody tr').count(), 1, 'filtered by outlet');

    await page.locator('table.data tbody a').first().click();
    await page.locator('.article-view').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Contractor denies payment dispute');
    assert.ok((await page.locator('[data-cue]').count()) > 0);
    assert.ok(
      (await page.locator('.side-panel .entities a[href^="#/entities/"]').count()) > 0,
      'entity links',
    );
    await shot(page, 'stored-article');

    await page.goto(`${base}/#/`);
    const source = page.locator('.sources a').first();
    const name = (await source.textContent()) ?? '';
    await source.click();
    await page.locator('.entity-view').waitFor();
    assert.equal(await page.locator('.entity-view h1').evaluate((h) => h.firstChild?.textContent), name);
    assert.ok((await page.locator('.quotes .quote').count()) > 0, 'what the entity said');
    await shot(page, 'entity');

    await page.setViewportSize(PHONE);
    await page.goto(`${base}/#/`);
    await page.locator('table.data').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `dashboard fits 375 px (overflow ${overflow}px)`);
    await shot(page, 'dashboard-375');
    await page.close();
  });

  it('shows the page asked for last when an earlier one loads after it', async () => {
    const page = await openPage(DESKTOP, `${base}/#/analyze`);
    await page.locator('main h1', { hasText: 'Analyze an article' }).waitFor();
    // The corpus page's data is held back until the Analyze page asked for after it is showing.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/stats', async (r) => {
      await held;
      await r.continue();
    });
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.evaluate(() => {
      location.hash = '#/analyze';
    });
    await page.locator('main h1', { hasText: 'Analyze an article' }).waitFor();
    const listed = page.waitForResponse((r) => r.url().includes('/api/articles'));
    release();
    await listed;
    // The corpus page's route has finished; give its last step a turn of the event loop to land.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    assert.equal(await page.locator('main h1').textContent(), 'Analyze an article');
    assert.equal(await page.locator('#ingest-form').count(), 0, 'no corpus page over it');
    await page.close();
  });

  it('renders hostile strings as inert text', async () => {
    const hostile = {
      title: '<img src=x onerror="window.__pwned=1">Hostile <b>title</b>',
      outlet: '<script>window.__pwned=2</script>',
      url: 'javascript:window.__pwned=3',
      published: '2025-03-07',
      text: `"<img src=x onerror=window.__pwned=4> is not a picture," said Councillor <svg onload=window.__pwned=5>.

A <a href="javascript:window.__pwned=6">link</a> and <script>window.__pwned=7</script> sit in the text, said Mayor Ana Ruiz.`,
    };
    const page = await openPage();
    assert.match(await upload(page, 'hostile.jsonl', jsonl([hostile])), /1 added/);
    const { items } = (await (
      await fetch(`${base}/api/articles?outlet=${encodeURIComponent(hostile.outlet)}`)
    ).json()) as {
      items: { id: number }[];
    };
    const views = [`#/`, `#/articles/${items[0].id}`];
    const detail = (await (await fetch(`${base}/api/articles/${items[0].id}`)).json()) as {
      entityIds: Record<string, number>;
    };
    for (const id of Object.values(detail.entityIds)) views.push(`#/entities/${id}`);
    for (const view of views) {
      await page.goto(`${base}/${view}`);
      await page.locator('main h1').waitFor();
      await page.locator('.loading').waitFor({ state: 'detached' });
      assert.equal(
        await page.locator('main img, main script, main svg [onload], main [onerror]').count(),
        0,
        view,
      );
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) assert.match(href, /^(#|https?:)/, `${view}: ${href}`);
    }
    await page.goto(`${base}/#/articles/${items[0].id}`);
    await page.locator('.article-view').waitFor();
    assert.equal(await page.locator('h1').textContent(), hostile.title, 'markup shown as text');
    assert.match(
      (await page.locator('.article-text').textContent()) ?? '',
      /<script>window.__pwned=7<\/script>/,
    );

    await page.goto(`${base}/#/analyze`);
    await page.locator('#paste').fill(hostile.text);
    await page.locator('#paste-form button[type=submit]').click();
    await page.locator('.article-view').waitFor();
    assert.equal(await page.locator('main img, main script').count(), 0);
    await shot(page, 'hostile');
    assert.equal(
      await page.evaluate(() => (window as { __pwned?: number }).__pwned),
      undefined,
      'nothing ran',
    );
    await page.close();
  });

  it('asks once for the access token when the server wants one', async () => {
    const token = 'e2e-token-0123456789';
    const locked = await buildServer({ store, uiDir: DEFAULT_UI_DIR, token });
    const lockedBase = await locked.listen({ host: '127.0.0.1', port: 0 });
    try {
      const page = await browser.newPage({ viewport: DESKTOP });
      await page.goto(lockedBase);
      const dialog = page.locator('dialog.token-dialog');
      await dialog.waitFor();
      await dialog.locator('input[type=password]').fill(token);
      await dialog.locator('button[type=submit]').click();
      await page.locator('table.data').waitFor();
      assert.equal(await page.evaluate(() => sessionStorage.getItem('whosaid.token')), token);
      await page.reload();
      await page.locator('table.data').waitFor();
      assert.equal(await page.locator('dialog.token-dialog').count(), 0, 'asked only once per session');
      await page.close();
    } finally {
      await locked.close();
    }
  });

  it('ran without console errors or CSP violations', () => {
    assert.deepEqual(problems, []);
  });
});
