// Host-page safety in headless Chromium: what the explorer must never do to the page that
// embeds it, and what that page must not be able to do to the explorer.
//   - the shipped JS holds no eval / new Function / string timers (a scan of the built site);
//   - it runs under a Content-Security-Policy without 'unsafe-eval' or 'unsafe-inline';
//   - no cookies, storage writes or third-party requests (hosted page and script embed);
//   - postMessage: foreign origins and malformed messages are ignored both ways;
//   - a host page with aggressive global CSS neither breaks the explorer (the canvas fills its
//     box, clicks land where they should) nor is restyled by it.
// The widget's site and the host page are served from different origins (embed-harness.mjs);
// a third origin plays the foreign frame.
//   node --test tests/browser/host-safety.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser, siteDir, startServer, clickCanvas, INSTITUTIONS_TAB } from './harness.mjs';
import { startServers, openPage, openHostPage, pageRecord, whenReady, debugState, waitFor } from './embed-harness.mjs';

const env = useBrowser(async () => ({ ...(await startServers()), foreign: await startServer() }));

const origin = (url) => new URL(url).origin;

test('the shipped JavaScript holds no eval, new Function or string timers', async () => {
  const files = (await fs.readdir(siteDir)).filter((f) => f.endsWith('.js'));
  assert.ok(files.includes('polity-embed.js') && files.length >= 3, `scanned: ${files}`);
  const patterns = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /(^|[^.\w$])Function\s*\(\s*['"`]/,
    /\bset(?:Timeout|Interval)\s*\(\s*['"`]/, /\bimportScripts\s*\(/, /\bdocument\.write\s*\(/];
  const found = [];
  for (const file of files) {
    const text = await fs.readFile(path.join(siteDir, file), 'utf8');
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match) found.push(`${file}: ${text.slice(Math.max(0, match.index - 40), match.index + 40)}`);
    }
  }
  assert.deepEqual(found, []);
});

test("a CSP without 'unsafe-eval' or 'unsafe-inline' (style-src 'none'): zero violations, the explorer works", async () => {
  const p = await openHostPage(env, 'faults/strict-csp.html');
  try {
    assert.equal(await whenReady(p, 'strict'), true);
    await p.evaluate(() => window.PolityExplorer.get(document.getElementById('strict')).setView('network'));
    await waitFor(p, 'strict', (s) => s.view === 'network');
    assert.deepEqual((await pageRecord(p)).violations, []);
    assert.deepEqual(p.errors, []);
  } finally {
    await p.context().close();
  }
});

test('the hosted page: its own CSP, no cookies, no storage writes, no requests beyond its own origin', async () => {
  const p = await openPage(env.browser, env.site.url + 'index.html');
  try {
    await p.waitForFunction(() => window.polityTest !== undefined);
    await p.evaluate(() => window.polityTest.ready);
    await p.evaluate(() => window.polityTest.navigate('institutions', 'ombudsman'));
    await p.waitForTimeout(300);
    const record = await pageRecord(p);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.writes, []);
    assert.equal(await p.evaluate(() => document.cookie), '');
    assert.deepEqual((await p.context().cookies()), []);
    assert.equal(await p.evaluate(() => localStorage.length + sessionStorage.length), 0);
    assert.deepEqual([...new Set(p.requests.map(origin))], [origin(env.site.url)]);
    assert.deepEqual(p.errors, []);
  } finally {
    await p.context().close();
  }
});

test('postMessage: a foreign-origin frame and malformed messages change nothing, both ways', async () => {
  const p = await openHostPage(env, 'faults/iframe-ad.html');
  try {
    const frame = p.frame({ url: /embed\.html/ }) || (await (await p.waitForSelector('#story')).contentFrame());
    await frame.waitForFunction(() => window.PolityExplorer && window.PolityExplorer.get(document.getElementById('explorer')));
    assert.equal(await frame.evaluate(() => window.PolityExplorer.get(document.getElementById('explorer')).ready), true);
    await p.waitForTimeout(500);
    const height = await p.evaluate(() => document.getElementById('story').getBoundingClientRect().height);
    const view = (await debugState(frame, 'explorer')).view;

    // A frame of a third origin (an ad) in the host page: well-formed messages, both to the
    // host (as if from the explorer) and to the explorer (as if from the host).
    await p.evaluate((src) => new Promise((resolve) => {
      const ad = document.createElement('iframe');
      ad.id = 'ad';
      ad.src = src;
      ad.onload = resolve;
      document.body.append(ad);
    }), env.foreign.url + 'tests/browser/pages/faults/foreign.html');
    const ad = p.frame({ url: /foreign\.html/ });
    await ad.evaluate(() => {
      const resize = { source: 'polity-explorer', version: 1, type: 'resize', height: 150 };
      const navigate = { source: 'polity-explorer', version: 1, type: 'navigate', link: { view: 'quotes' } };
      const hello = { source: 'polity-explorer', version: 1, type: 'hello', url: 'https://evil.example/', prefix: 'x.' };
      window.parent.postMessage(resize, '*');
      for (let i = 0; i < window.parent.frames.length; ++i) {
        window.parent.frames[i].postMessage(hello, '*');
        window.parent.frames[i].postMessage(navigate, '*');
      }
    });

    // Malformed messages from the right windows at the right origins.
    const malformed = () => [null, undefined, 0, 'resize', [], [1, 2], { source: 'polity-explorer' },
      { source: 'polity-explorer', version: 1 }, { source: 'polity-explorer', version: 1, type: 'navigate' },
      { source: 'polity-explorer', version: 1, type: 'navigate', link: null },
      { source: 'polity-explorer', version: 1, type: 'navigate', link: { view: 42 } },
      { source: 'polity-explorer', version: 1, type: 'navigate', link: { view: 'x'.repeat(100000) } },
      { source: 'polity-explorer', version: 1, type: 'navigate', link: JSON.parse('{"__proto__": {"view": "quotes"}}') },
      { source: 'polity-explorer', version: 1, type: 'navigate', link: { view: 'quotes', constructor: 'x' } },
      { source: 'polity-explorer', version: 1, type: 'hello', url: 'javascript:alert(1)', prefix: '<img>' },
      { source: 'polity-explorer', version: 1, type: 'resize', height: NaN },
      { source: 'polity-explorer', version: 1, type: 'resize', height: -5 },
      { source: 'polity-explorer', version: 1, type: 'resize', height: Infinity },
      { source: 'polity-explorer', version: 1, type: 'resize', height: { valueOf: 300 } },
      { source: 'polity-explorer', version: 1, type: 'state', link: 'view=quotes' },
      new ArrayBuffer(16), new Date(0), /x/, new Map([['type', 'resize']])];
    await p.evaluate(`(${malformed})().forEach((m) => document.getElementById('story').contentWindow.postMessage(m, '*'))`);
    await frame.evaluate(`(${malformed})().forEach((m) => window.parent.postMessage(m, '*'))`);

    await p.waitForTimeout(500);
    assert.equal(await p.evaluate(() => document.getElementById('story').getBoundingClientRect().height), height);
    assert.equal((await debugState(frame, 'explorer')).view, view);
    assert.ok(!/evil|x\./.test(await frame.evaluate(() => window.PolityExplorer.get(document.getElementById('explorer')).link())));
    assert.deepEqual(p.errors, []);
  } finally {
    await p.context().close();
  }
});

// Computed styles of the host page's own elements, to compare with and without the explorer.
function hostStyles() {
  const keys = ['color', 'font-family', 'font-size', 'line-height', 'padding-top', 'border-top-width', 'border-top-color',
    'box-sizing', 'width', 'height', 'display', 'background-color', 'margin-top'];
  const out = {};
  for (const id of ['title', 'lead', 'note', 'host-button', 'host-canvas', 'after']) {
    const style = getComputedStyle(document.getElementById(id));
    out[id] = keys.map((k) => style.getPropertyValue(k)).join('|');
  }
  out.body = getComputedStyle(document.body).font + getComputedStyle(document.body).color;
  return out;
}

test('aggressive host CSS does not break the explorer, and the explorer does not restyle the host', async () => {
  // The same page without the explorer: the host's styles as they should stay.
  const bare = await openHostPage(env, 'faults/hostile-css.html');
  await bare.route(/polity-embed\.js/, (route) => route.abort());
  await bare.reload();
  const expected = await bare.evaluate(hostStyles);
  await bare.context().close();

  const p = await openHostPage(env, 'faults/hostile-css.html');
  try {
    assert.equal(await whenReady(p, 'hostile'), true);
    await p.waitForTimeout(300);
    // The canvas fills its box: not the page's 50px, not off by the page's padding.
    const boxes = await p.evaluate(() => {
      const root = document.getElementById('hostile').shadowRoot;
      const rect = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
      const canvas = root.querySelector('canvas');
      return { canvas: rect(canvas), box: rect(canvas.parentElement), backing: [canvas.width, canvas.height] };
    });
    assert.deepEqual(boxes.canvas, boxes.box, JSON.stringify(boxes));
    assert.ok(boxes.canvas[3] > 300, `canvas height ${boxes.canvas[3]}`);
    assert.equal(boxes.backing[0], Math.round(boxes.canvas[2]), 'backing store matches the CSS size (DPR 1)');
    // Clicks land where they should: the Institutions tab opens Institutions.
    await p.locator('#hostile').scrollIntoViewIfNeeded();
    await clickCanvas(p, 'hostile', INSTITUTIONS_TAB);
    await waitFor(p, 'hostile', (s) => s.view === 'institutions');
    // The host's own elements look exactly as they do without the explorer.
    assert.deepEqual(await p.evaluate(hostStyles), expected);
    assert.deepEqual(p.errors, []);
  } finally {
    await p.context().close();
  }
});
