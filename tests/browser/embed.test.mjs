// The script embed (polity-embed.js) on news-site pages in headless Chromium: three explorers
// and a text field on one page (tests/browser/pages/three.html), served from another origin
// than the widget. Screenshots of the page at 375 and 1280 px go to test-results/.
//   node --test tests/browser/embed.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  useBrowser, resultsDir, pixelStats, onCanvas, clickCanvas, OVERVIEW_TAB, INSTITUTIONS_TAB, SEARCH_FROM_RIGHT,
} from './harness.mjs';
import {
  startServers, openPage, openHostPage, pageRecord, newGlobals, whenReady, debugState, publicState, framesOf, waitFor,
  typeSlowly,
} from './embed-harness.mjs';

const env = useBrowser(startServers);

async function threeReady(options) {
  const page = await openHostPage(env, 'three.html', options);
  for (const id of ['first', 'second', 'third']) assert.equal(await whenReady(page, id), true, `#${id} ready`);
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}

test('three explorers: each answers only its own clicks and keys; the page field keeps typing', async () => {
  const page = await threeReady();
  await page.locator('#first').scrollIntoViewIfNeeded();
  await clickCanvas(page, 'first', INSTITUTIONS_TAB);
  await waitFor(page, 'first', (s) => s.view === 'institutions');
  assert.equal((await debugState(page, 'second')).selected, 'ombudsman', 'the second kept its item');

  await page.locator('#second').scrollIntoViewIfNeeded();
  await clickCanvas(page, 'second', OVERVIEW_TAB);
  await waitFor(page, 'second', (s) => s.view === 'overview');
  assert.equal((await debugState(page, 'first')).view, 'institutions', 'the first did not move');

  await page.locator('#first').scrollIntoViewIfNeeded();
  await clickCanvas(page, 'first', { x: -SEARCH_FROM_RIGHT.x, y: SEARCH_FROM_RIGHT.y });
  await typeSlowly(page, 'senat');
  await waitFor(page, 'first', (s) => s.search === 'senat');
  for (const id of ['second', 'third']) assert.equal((await debugState(page, id)).search, '', `#${id} got no keys`);

  await page.locator('#comment').click();
  await typeSlowly(page, 'abc');
  await page.keyboard.press('Backspace');
  assert.equal(await page.inputValue('#comment'), 'ab', 'the host field types and deletes');
  assert.equal((await debugState(page, 'first')).search, 'senat', 'the explorer lost focus with its keys');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('resizing the host page lays every explorer out again', async () => {
  const page = await threeReady();
  const sizes = () => page.evaluate(() => ['first', 'second', 'third'].map((id) => {
    const canvas = document.getElementById(id).shadowRoot.querySelector('canvas');
    const rect = canvas.getBoundingClientRect();
    return { css: [Math.round(rect.width), Math.round(rect.height)], backing: [canvas.width, canvas.height] };
  }));
  const wide = await sizes();
  await page.setViewportSize({ width: 375, height: 800 });
  for (const id of ['first', 'second', 'third']) await page.locator('#' + id).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const narrow = await sizes();
  for (let k = 0; k < 3; k++) {
    assert.ok(narrow[k].css[0] < 375 && narrow[k].css[0] < wide[k].css[0], `widget ${k + 1} got narrower`);
    assert.deepEqual(narrow[k].backing, narrow[k].css, `widget ${k + 1} redrew at its new size`);
  }
  assert.ok(narrow[0].css[1] > wide[0].css[1], 'auto height: taller in a phone column');
  assert.equal(narrow[2].css[1], wide[2].css[1], 'data-height="520px" stays');
  await page.context().close();
});

test('a deep link in the host page URL restores view and selection; mirroring is opt-in', async () => {
  const page = await openHostPage(env, 'three.html#intro&second.view=reforms&second.item=reform-2022');
  await whenReady(page, 'second');
  const second = await debugState(page, 'second');
  assert.equal(second.view, 'reforms');
  assert.equal(second.selected, 'reform-2022');
  assert.equal(second.language, 'ru', 'what the link does not say comes from the attributes');

  await page.evaluate(() => window.PolityExplorer.get(document.getElementById('second')).select('senate'));
  await page.waitForFunction(() => location.hash.includes('second.item=senate'));
  assert.ok(page.url().includes('#intro&'), "the page's own fragment entries stay");

  await whenReady(page, 'first');
  await page.evaluate(() => window.PolityExplorer.get(document.getElementById('first')).setView('quotes'));
  await waitFor(page, 'first', (s) => s.view === 'quotes');
  assert.ok(!page.url().includes('first.'), 'no data-mirror-url: the host URL is left alone');

  // Keys the fragment lacks fall back to the attributes (data-item="ombudsman").
  await page.evaluate(() => { location.hash = 'second.view=timeline'; });
  await waitFor(page, 'second', (s) => s.view === 'timeline' && s.selected === 'ombudsman');
  const link = await page.evaluate(() => window.PolityExplorer.get(document.getElementById('first')).link());
  assert.match(link, /#second\.view=timeline&first\.view=quotes&first\.lang=en$/);
  await page.context().close();
});

test('an explorer far below the fold loads nothing and draws nothing until the reader nears it', async () => {
  const page = await openHostPage(env, 'offscreen.html');
  assert.equal(await whenReady(page, 'near'), true);
  await page.waitForTimeout(1000);
  assert.equal((await publicState(page, 'far')).phase, 'waiting');
  assert.equal(await framesOf(page, 'far'), 0);

  assert.equal(await whenReady(page, 'far'), true, 'scrolled to: it loads');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const before = await framesOf(page, 'far');
  await page.evaluate(() => window.PolityExplorer.get(document.getElementById('far')).setView('quotes'));
  await page.waitForTimeout(600);
  assert.equal(await framesOf(page, 'far'), before, 'offscreen again: no frames, even after a change');
  assert.equal((await debugState(page, 'far')).view, 'quotes');
  await page.context().close();
});

test("under script-src 'self' 'wasm-unsafe-eval' the explorer runs with zero CSP violations", async () => {
  const page = await openPage(env.browser, env.site.url + 'tests/browser/pages/csp.html');
  assert.equal(await whenReady(page, 'strict'), true);
  await clickCanvas(page, 'strict', OVERVIEW_TAB);
  await waitFor(page, 'strict', (s) => s.view === 'overview');
  await page.evaluate(() => window.PolityExplorer.get(document.getElementById('strict')).copyLink().catch(() => ''));
  assert.deepEqual((await pageRecord(page)).violations, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no cookies, no storage writes, no requests beyond its own files and the dataset, one global', async () => {
  const page = await threeReady();
  await clickCanvas(page, 'first', INSTITUTIONS_TAB);
  await page.evaluate(() => window.PolityExplorer.get(document.getElementById('second')).select('senate'));
  await page.waitForTimeout(300);
  assert.deepEqual((await pageRecord(page)).writes, []);
  assert.deepEqual(await page.context().cookies(), []);
  assert.deepEqual(await newGlobals(page), ['PolityExplorer'], 'one global name, however many explorers');
  const allowed = new Set([
    env.host.url + 'tests/browser/pages/three.html', env.host.url + 'tests/browser/pages/host.css',
    env.host.url + 'favicon.svg',
    env.site.url + 'polity-embed.js', env.site.url + 'polity-widget.wasm',
    env.site.url + 'data/kazakhstan-constitution.json',
  ]);
  const others = page.requests.filter((url) => !allowed.has(url.split('#')[0]));
  assert.deepEqual(others, []);
  const count = (suffix) => page.requests.filter((url) => url.endsWith(suffix)).length;
  assert.equal(count('polity-widget.wasm'), 1, 'the code is downloaded once for three widgets');
  assert.equal(count('kazakhstan-constitution.json'), 1, 'and so is the dataset they share');
  await page.context().close();
});

test('bad attributes: a message in the box and a console warning naming the attribute', async () => {
  const page = await openHostPage(env, 'bad.html');
  await page.waitForFunction(() => document.getElementById('no-dataset').hasAttribute('data-error'));
  for (const attribute of ['data-view', 'data-accent', 'data-height', 'data-dataset']) {
    assert.ok(page.warnings.some((w) => w.includes(attribute)), `a warning names ${attribute}`);
  }
  const notice = (id) => page.locator(`#${id} .pe-notice-text`).textContent();
  assert.match(await notice('bad-view'), /data-view "timelne" is not a view/);
  assert.match(await notice('bad-colour'), /data-accent "green" is not a colour.*data-height "tall"/);
  assert.equal(await whenReady(page, 'bad-view'), true, 'a bad view falls back to the overview');
  assert.equal((await debugState(page, 'bad-view')).view, 'overview');
  assert.match(await page.locator('#no-dataset .polity-status-text').textContent(), /data-dataset is missing/);
  for (const id of ['bad-view', 'no-dataset']) {
    const shot = await page.locator('#' + id).screenshot();
    assert.ok((await pixelStats(env.browser, shot)).drawn > 0.01, `#${id} is not a blank box`);
  }
  await page.context().close();
});

test("the page's CSS stays out of the explorers, and theirs out of the page", async () => {
  const page = await threeReady();
  const inside = await page.evaluate(() => {
    const root = document.getElementById('first').shadowRoot;   // app mode
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    const canvas = root.querySelector('canvas');
    return { font: style('.pe-root').fontFamily, transform: style('.pe-copy').textTransform,
      spacing: style('.pe-root').letterSpacing, display: style('.pe-root').display,
      border: style('canvas').borderTopWidth, widths: [canvas.clientWidth, root.querySelector('.pe-box').clientWidth],
      button: style('.pe-copy').backgroundColor };
  });
  assert.doesNotMatch(inside.font, /Georgia|DejaVu Serif/);
  assert.equal(inside.transform, 'none');
  assert.equal(inside.spacing, 'normal');
  assert.equal(inside.display, 'flex');
  assert.equal(inside.border, '0px');
  assert.equal(inside.widths[0], inside.widths[1], 'the canvas is as wide as its box');
  assert.notEqual(inside.button, 'rgb(255, 0, 255)');
  // Article mode takes the article's font family, to read as part of the story, and nothing else.
  const article = await page.evaluate(() => {
    const style = getComputedStyle(document.getElementById('third').shadowRoot.querySelector('.pe-root'));
    return { font: style.fontFamily, transform: style.textTransform, spacing: style.letterSpacing, align: style.textAlign };
  });
  assert.match(article.font, /Georgia/);
  assert.deepEqual([article.transform, article.spacing, article.align], ['none', 'normal', 'start']);
  const outside = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('.host-lookalikes .pe-copy'));
    return [style.color, style.backgroundColor, style.fontSize];
  });
  assert.deepEqual(outside, ['rgb(0, 0, 255)', 'rgb(255, 0, 255)', '30px']);
  await page.context().close();
});

test('screenshots of the three-explorer article at 375 and 1280 px', async () => {
  for (const width of [375, 1280]) {
    const options = width < 600 ? { viewport: { width, height: 800 }, isMobile: true, hasTouch: true } : {};
    const page = await threeReady(options);
    await page.waitForTimeout(300);
    const png = await page.screenshot({ fullPage: true, path: path.join(resultsDir, `embed-three-${width}.png`) });
    assert.ok((await pixelStats(env.browser, png)).colors > 32);
    const box = await onCanvas(page, 'first', { x: 0, y: 0 });
    assert.ok(box.x >= 0, 'the explorer starts inside the page');
    await page.context().close();
  }
});

