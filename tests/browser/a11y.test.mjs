// Every reader, in headless Chromium: an axe-core audit of the hosted page (light, dark, with
// the text version open), the static twin pages, the iframe page and the script-embed article;
// the explorer walked with the keyboard alone; a phone at 360×740 (deviceScaleFactor 3) with
// search through the real DOM field; no WebGL at all. Screenshots go to test-results/.
//   node --test tests/browser/a11y.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  useBrowser, openDrawnExplorer, state, framesDuring, canvasSize, waitForState, screenshot, resultsDir, PHONE,
} from './harness.mjs';
import { startServers, whenReady } from './embed-harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const BLOCKING = ['serious', 'critical'];

const env = useBrowser(startServers);   // the widget's site, and a news site embedding it

//-----------------------------------------------------------------------------
// axe-core
//-----------------------------------------------------------------------------

// Runs axe on the page, or on the elements `include` selects (shadow roots included), and
// writes the findings beside the screenshots; with `enforce`, fails on serious or critical
// ones. Returns the count of violations by impact.
async function audit(page, name, include = null, enforce = true) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate((only) => window.axe.run(only ? { include: only.map((s) => [s]) } : document,
    { resultTypes: ['violations'] }), include);
  const counts = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const v of results.violations) counts[v.impact] += v.nodes.length;
  const summary = results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
    help: v.help, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  await fs.mkdir(resultsDir, { recursive: true });
  await fs.writeFile(path.join(resultsDir, `axe-${name}.json`), JSON.stringify({ counts, violations: summary }, null, 2));
  console.log(`axe ${name}: ${JSON.stringify(counts)}`);
  const blocking = summary.filter((v) => BLOCKING.includes(v.impact));
  if (enforce) assert.deepEqual(blocking, [], `${name}: serious or critical violations`);
  return counts;
}

// The hosted page with the widget drawn and its text version built (that follows the first
// frame); the CSP is bypassed only so axe's script can be added.
async function hosted(query = '', options = {}) {
  const page = await openDrawnExplorer(env.browser, env.site.url + query, { bypassCSP: true, ...options });
  await page.waitForFunction(() => {
    const root = document.getElementById('explorer').shadowRoot;
    return root && root.querySelector('.pe-twin:not([aria-busy]) .pe-twin-body article');
  });
  return page;
}

test('axe: the hosted page, light and dark, has no serious or critical violations', async () => {
  for (const [name, query, scheme] of [['hosted', '', 'light'], ['hosted-dark', '?theme=dark', 'dark'],
    ['hosted-auto-dark', '?theme=auto', 'dark']]) {
    const page = await hosted(query, { colorScheme: scheme });
    await audit(page, name);
    if (name !== 'hosted') assert.equal((await state(page)).theme, 'dark');
    await screenshot(page, name);
    await page.context().close();
  }
});

test('axe: the text version, opened from the keyboard, and after opening an entity', async () => {
  const page = await hosted('#view=institutions&item=ombudsman');
  const twin = page.locator('#explorer .pe-twin');
  assert.equal(await twin.locator('[aria-current="true"]').getAttribute('id'), 'ombudsman');
  await page.locator('#explorer .pe-twin-open').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('explorer').shadowRoot
    .querySelector('.pe-twin').classList.contains('pe-twin-shown'));
  await audit(page, 'hosted-text-version');
  await screenshot(page, 'hosted-text-version');
  await page.keyboard.press('Escape');
  assert.equal(await twin.evaluate((t) => t.classList.contains('pe-twin-shown')), false);
  await page.context().close();
});

test('axe: the static twin pages in English, Russian and Kazakh', async () => {
  for (const [file, lang] of [['twin.html', 'en'], ['twin-ru.html', 'ru'], ['twin-kk.html', 'kk']]) {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.site.url + file);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await audit(page, file.replace('.html', ''));
    await page.screenshot({ path: path.join(resultsDir, file.replace('.html', '.png')), fullPage: false });
    await context.close();
  }
});

test('axe: the iframe page and the script-embed article', async () => {
  const frame = await env.browser.newContext({ viewport: { width: 900, height: 700 }, bypassCSP: true });
  const page = await frame.newPage();
  await page.goto(env.site.url + 'embed.html?data=data/kazakhstan-constitution.json&view=reforms');
  await whenReady(page, 'explorer');
  const counts = await audit(page, 'iframe-page');
  assert.equal(counts.moderate, 0, 'the frame\'s document has its landmark (<main>)');
  await frame.close();

  const article = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const news = await article.newPage();
  await news.goto(env.host.url + 'tests/browser/pages/three.html');
  for (const id of ['first', 'second', 'third']) assert.equal(await whenReady(news, id), true);
  // The explorers only: the test article's own look-alike button is loud on purpose (host.css).
  await audit(news, 'script-embed', ['#first', '#second', '#third']);
  await audit(news, 'script-embed-whole-page', null, false);   // for the record
  await article.close();
});

//-----------------------------------------------------------------------------
// Keyboard only
//-----------------------------------------------------------------------------

// ImGui 1.86 reads keys once a frame: down, a frame's wait, up.
async function press(page, key) {
  await page.keyboard.down(key);
  await page.waitForTimeout(60);
  await page.keyboard.up(key);
  await page.waitForTimeout(60);
}

const focusLabel = async (page) => (await state(page)).focus;

async function tabUntil(page, match, limit = 60) {
  for (let k = 0; k < limit; k++) {
    await press(page, 'Tab');
    if (match(await focusLabel(page))) return;
  }
  throw new Error(`no control matched after ${limit} Tabs; focus: ${await focusLabel(page)}`);
}

const canvasFocused = (page) => page.evaluate(() => {
  const root = document.getElementById('explorer').shadowRoot;
  return !!root && root.activeElement === root.querySelector('canvas');
});

const liveText = (page) => page.evaluate(() =>
  document.getElementById('explorer').shadowRoot.querySelector('.pe-twin-live').textContent);

test('keyboard only: tab into the widget, open an institution, move through the timeline, go back', async () => {
  const page = await hosted();
  for (let k = 0; k < 10 && !(await canvasFocused(page)); k++) await press(page, 'Tab');
  assert.equal(await canvasFocused(page), true, 'Tab reaches the canvas');
  await tabUntil(page, (f) => f === 'Institutions');
  await screenshot(page, 'keyboard-focus-ring');
  await press(page, 'Enter');
  await waitForState(page, (s) => s.view === 'institutions');
  await tabUntil(page, (f) => f === 'Human Rights Commissioner');
  await press(page, 'Enter');
  await waitForState(page, (s) => s.selected === 'ombudsman');
  await page.waitForFunction(() => document.getElementById('explorer').shadowRoot
    .querySelector('.pe-twin-live').textContent.includes('Human Rights Commissioner'));
  await screenshot(page, 'keyboard-institution-open');
  await press(page, 'Escape');
  await waitForState(page, (s) => s.selected === '' && s.focus === 'Human Rights Commissioner');

  await press(page, 'Backspace');
  await waitForState(page, (s) => s.view === 'overview');
  await tabUntil(page, (f) => f === 'Timeline');
  await press(page, 'Enter');
  await waitForState(page, (s) => s.view === 'timeline');
  await tabUntil(page, (f) => (f.match(/,/g) || []).length >= 2);   // "name, kind, date": on the canvas
  const first = await focusLabel(page);
  for (let k = 0; k < 3; k++) await press(page, 'ArrowRight');
  assert.notEqual(await focusLabel(page), first, 'the arrows move through time');
  const before = (await state(page)).timeline;
  await press(page, '+');
  await waitForState(page, (s) => s.timeline.to - s.timeline.from < before.to - before.from);
  await screenshot(page, 'keyboard-timeline');
  await press(page, 'Enter');
  const opened = await waitForState(page, (s) => s.selected !== '');
  assert.ok((await liveText(page)).length > 0);
  await press(page, 'Escape');
  await waitForState(page, (s) => s.selected === '' && s.view === 'timeline');
  await press(page, 'Backspace');
  await waitForState(page, (s) => s.view === 'overview');
  assert.notEqual(opened.selected, '');

  for (let k = 0; k < 60 && (await canvasFocused(page)); k++) await press(page, 'Tab');
  assert.equal(await canvasFocused(page), false, 'Tab past the last control leaves the widget');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

//-----------------------------------------------------------------------------
// Phones, and no WebGL
//-----------------------------------------------------------------------------

test('a phone: 360×740 at deviceScaleFactor 3, searching through the real text field', async () => {
  const page = await hosted('', PHONE);
  assert.equal((await canvasSize(page)).width, 360 * 3, 'the canvas is drawn at the device resolution');
  await screenshot(page, 'phone-overview');
  const field = page.locator('#explorer .pe-search');
  assert.equal(await field.isVisible(), true, 'a DOM search field for the phone keyboard');
  await field.tap();
  await field.fill('омбудсмен');
  const found = await waitForState(page, (s) => s.search === 'омбудсмен' && s.results > 0);
  assert.equal(found.view, 'search');
  await screenshot(page, 'phone-search-ru');
  await page.context().close();
});

test('without WebGL the box shows the text version of the dataset', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 }, bypassCSP: true });
  await context.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return /webgl/.test(type) ? null : getContext.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.site.url + '#lang=kk');
  await page.waitForFunction(() => {
    const root = document.getElementById('explorer').shadowRoot;
    return root && root.querySelector('.pe-twin-shown:not([aria-busy]) .pe-twin-body article[lang="kk"]');
  });
  await audit(page, 'no-webgl');
  await screenshot(page, 'no-webgl-kk');
  await context.close();
});

test('prefers-reduced-motion: the loading bar stands still, so no frames are drawn', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const context = await env.browser.newContext({ viewport: { width: 800, height: 600 }, reducedMotion });
    const page = await context.newPage();
    await page.goto(env.site.url + '?data=stall');   // headers, then nothing: loading with no end in sight
    await page.waitForFunction(() => window.polityTest && window.polityTest.explorer.debugState());
    await page.waitForTimeout(500);
    const frames = await framesDuring(page, 1000);
    if (reducedMotion === 'reduce') assert.equal(frames, 0, 'nothing moves');
    else assert.ok(frames > 10, `the bar moves: ${frames} frames`);
    await context.close();
  }
});
