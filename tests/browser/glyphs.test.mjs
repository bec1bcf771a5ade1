// The explorer's text is drawn by the browser's own text engine, in the host page's font: the
// widget ships no font, and fetches its bundled face only for data-font="bundled" or for a
// character no font of the page has. Screenshots of the hosted page and of a script embed in a
// serif article, at 390 px (device scale 3) and 1280 px (device scale 1), in en, ru and kk, go
// to test-results/glyphs-*.png for a person to look at (Kazakh letters, sharpness).
//   node --test tests/browser/glyphs.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser, resultsDir, pixelStats } from './harness.mjs';
import { startServers, openPage, openHostPage, pageRecord, whenReady } from './embed-harness.mjs';

const env = useBrowser(startServers);
const FALLBACK = 'polity-fallback.woff2';

const fallbackRequests = (page) => page.requests.filter((url) => url.endsWith(FALLBACK)).length;

// The canvas of explorer #id as PNG bytes, once it has drawn and settled.
async function canvasPng(page, id) {
  await page.locator('#' + id).scrollIntoViewIfNeeded();
  await page.waitForFunction((i) => window.PolityExplorer.get(document.getElementById(i)).frames() > 3, id);
  await page.waitForTimeout(500);
  return page.locator('#' + id).locator('canvas').screenshot();
}

test('the text is set in the host page\'s font; data-font="bundled" sets it in the bundled face, fetched as data', async () => {
  const page = await openHostPage(env, 'fonts.html', { viewport: { width: 760, height: 1200 } });
  assert.equal(await whenReady(page, 'host'), true);
  assert.equal(await whenReady(page, 'bundled'), true);
  const [host, bundled] = [await canvasPng(page, 'host'), await canvasPng(page, 'bundled')];
  const stats = await pixelStats(env.browser, host);
  assert.ok(stats.drawn > 0.02, `text drawn on the host-font canvas (${stats.drawn})`);
  assert.notDeepEqual(host, bundled, 'the same view, drawn in the page\'s serif and in the bundled sans-serif, differs');
  assert.equal(fallbackRequests(page), 1, 'the bundled face is fetched once, for the explorer that asks for it');
  const record = await pageRecord(page);
  assert.deepEqual(record.violations, [], 'no Content-Security-Policy violation: the face arrives as data');
  assert.deepEqual(page.errors, []);
  await fs.mkdir(resultsDir, { recursive: true });
  await fs.writeFile(path.join(resultsDir, 'glyphs-fonts-host-kk.png'), host);
  await fs.writeFile(path.join(resultsDir, 'glyphs-fonts-bundled-kk.png'), bundled);
});

test('the bundled face is fetched only for a character no font of the page has', async () => {
  const plain = await openHostPage(env, 'serif.html');
  await plain.locator('.polity-explorer').scrollIntoViewIfNeeded();
  await plain.waitForFunction(() => document.querySelector('.polity-explorer[data-first-frame-ms]'));
  await plain.waitForTimeout(500);
  assert.equal(fallbackRequests(plain), 0, 'every character of the shipped dataset is in the page\'s fonts');

  // A title with a character none of this machine's fonts has (a CJK ideograph).
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  await page.route('**/data/kazakhstan-constitution.json', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace('"title": {', '"title": {"zh": "\u4e2d", ');
    await route.fulfill({ response, body: text, headers: { ...response.headers(), 'content-length': String(Buffer.byteLength(text)) } });
  });
  await page.goto(env.host.url + 'tests/browser/pages/serif.html');
  await page.locator('.polity-explorer').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('.polity-explorer[data-first-frame-ms]'));
  await page.waitForFunction((name) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(name)), FALLBACK);
  assert.equal(fallbackRequests(page), 1);
  await context.close();
});

// Screenshots: the hosted page and the serif article, en/ru/kk, 390 px at device scale 3 and
// 1280 px at device scale 1.
test('screenshots: hosted page and serif article, en/ru/kk, 390 px (x3) and 1280 px (x1)', async () => {
  await fs.mkdir(resultsDir, { recursive: true });
  for (const [width, scale] of [[390, 3], [1280, 1]]) {
    for (const lang of ['en', 'ru', 'kk']) {
      const options = { viewport: { width, height: 900 }, deviceScaleFactor: scale };
      const article = await openPage(env.browser, `${env.host.url}tests/browser/pages/serif.html#polity.lang=${lang}`, options);
      await article.locator('.polity-explorer').scrollIntoViewIfNeeded();
      await article.waitForFunction(() => document.querySelector('.polity-explorer[data-first-frame-ms]'));
      await article.waitForTimeout(800);
      await article.screenshot({ path: path.join(resultsDir, `glyphs-article-${lang}-${width}.png`) });
      assert.deepEqual(article.errors, []);
      await article.context().close();
      const hosted = await openPage(env.browser, `${env.site.url}index.html#lang=${lang}`, options);
      await hosted.waitForFunction(() => document.querySelector('[data-first-frame-ms]'));
      await hosted.waitForTimeout(800);
      await hosted.screenshot({ path: path.join(resultsDir, `glyphs-hosted-${lang}-${width}.png`) });
      assert.deepEqual(hosted.errors, []);
      await hosted.context().close();
    }
  }
});
