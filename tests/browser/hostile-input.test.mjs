// What a link, a page or a dataset can hand the explorer that it must not trust, in headless
// Chromium: dataset addresses with malformed % escapes, datasets from other origins on the
// site's own pages, text with NUL characters crossing into the WebAssembly, the address the
// hosted page links, and the Tab key a page listens for.
//   node --test tests/browser/hostile-input.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser, repoRoot, openExplorer, state } from './harness.mjs';
import { openPage } from './embed-harness.mjs';

const env = useBrowser();

// The browser's own note on a failed request is a console error, but no script's.
const NETWORK_NOTE = /^Failed to load resource/;
const scriptErrors = (page) => page.errors.filter((e) => !NETWORK_NOTE.test(e));

// A page that records console errors and warnings, uncaught exceptions, requests and every
// polity:error; `prepare(page)` runs before it loads (routes, permissions).
const newPage = (url, prepare = null) => openPage(env.browser, url, { viewport: { width: 1000, height: 700 } },
  async (page) => {
    await page.addInitScript(recordErrors);
    if (prepare) await prepare(page);
  });

const close = (page) => page.context().close();

// The same server under another name: another origin, as far as the browser is concerned.
const otherOrigin = () => env.server.url.replace('127.0.0.1', 'localhost');

// Every polity:error on the page, heard from its start (the events bubble to the document).
function recordErrors() {
  window.__errors = [];
  document.addEventListener('polity:error', (e) => window.__errors.push(e.detail));
}

// The explorer of element #id (on the hosted and the iframe page: #explorer) once its `ready`
// promise has settled: {ready, phase, errors (polity:error details), message (data-error),
// text (the box's message), retry (Try again shown)}.
async function settled(frame, id = 'explorer') {
  await frame.waitForFunction((i) => window.PolityExplorer && window.PolityExplorer.get(document.getElementById(i)), id);
  const ready = await frame.evaluate((i) => Promise.race([window.PolityExplorer.get(document.getElementById(i)).ready,
    new Promise((resolve) => setTimeout(() => resolve('never settled'), 20000))]), id);
  assert.notEqual(ready, 'never settled', '`ready` settles');
  if (!ready) await frame.waitForFunction(() => window.__errors.length > 0, null, { timeout: 10000 });
  return frame.evaluate((i) => {
    const element = document.getElementById(i);
    const root = element.shadowRoot;
    const status = root.querySelector('.polity-status');
    const retry = root.querySelector('.pe-retry');
    return {
      ready: window.PolityExplorer.get(element).state().phase === 'ready',
      phase: window.PolityExplorer.get(element).state().phase,
      errors: window.__errors,
      message: element.getAttribute('data-error') || '',
      text: status.hidden ? '' : root.querySelector('.polity-status-text').textContent,
      retry: !!retry && retry.getClientRects().length > 0,
    };
  }, id);
}

//-----------------------------------------------------------------------------
// Malformed % escapes in a dataset address
//-----------------------------------------------------------------------------

// The usual end of a download that failed: ready false, an error event with the server's
// answer, "Try again", and no script error on the way.
function assertDownloadFailed(outcome, page) {
  assert.equal(outcome.ready, false, 'ready settles, false');
  assert.equal(outcome.phase, 'failed');
  assert.match(outcome.errors[0].message, /404/, `message: ${outcome.message}`);
  assert.equal(outcome.retry, true, 'Try again is offered');
  assert.deepEqual(scriptErrors(page), []);
}

test('hosted page, ?data= with a malformed escape: a clear message with Try again; Copy link and Embed still work', async () => {
  const page = await newPage(`${env.server.url}index.html?data=probe/%25E0.json`);
  try {
    await page.waitForFunction(() => window.polityTest !== undefined, null, { timeout: 10000 });
    assertDownloadFailed(await settled(page), page);
    await page.locator('.polity-copy-link').click();
    await page.waitForFunction(() => /Link copied|Copy this link/.test(document.querySelector('.polity-toolbar-status').textContent));
    await page.locator('.polity-embed-toggle').click();
    const snippet = await page.locator('#polity-snippet-script').inputValue();
    assert.match(snippet, /data-dataset="[^"]*probe\/%E0\.json"/);
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('script embed, data-dataset with a malformed escape: an error event, ready false, Try again', async () => {
  const page = await newPage(`${env.server.url}tests/browser/pages/blank.html`);
  try {
    await page.evaluate(() => {
      const element = document.createElement('div');
      element.id = 'probe';
      element.className = 'polity-explorer';
      element.setAttribute('data-dataset', 'data/%E0%A4.json');
      document.body.append(element);
      window.PolityExplorer.scan();
    });
    assertDownloadFailed(await settled(page, 'probe'), page);
  } finally {
    await close(page);
  }
});

test("iframe page, data= with a malformed escape: the frame's explorer says so and settles", async () => {
  const page = await newPage(`${env.server.url}embed.html?data=data/%25E0%25A4.json`);
  try {
    assertDownloadFailed(await settled(page), page);
  } finally {
    await close(page);
  }
});

//-----------------------------------------------------------------------------
// Datasets from other origins on the site's own pages
//-----------------------------------------------------------------------------

for (const [name, pageName] of [['hosted page', 'index.html'], ['iframe page', 'embed.html']]) {
  test(`${name}: ?data= from an origin it does not list is refused as a policy, in the reader's language`, async () => {
    const foreign = otherOrigin() + 'data/kazakhstan-constitution.json';
    const page = await newPage(`${env.server.url}${pageName}?lang=ru&data=${encodeURIComponent(foreign)}`);
    try {
      const outcome = await settled(page);
      assert.equal(outcome.ready, false);
      assert.equal(outcome.phase, 'failed');
      const origin = new URL(foreign).origin;
      assert.equal(outcome.errors[0].message, outcome.text);
      assert.equal(outcome.text, `Эта страница не показывает данные с сайта ${origin}: только со своего сайта и с ` +
        'сайтов, которые разрешил её владелец.');
      assert.equal(outcome.retry, false, 'no Try again: trying again changes nothing');
      assert.ok(!page.requests.some((url) => url.startsWith(origin)), 'nothing is asked of the other origin');
      assert.ok(page.warnings.some((w) => /polity-allowed-origins/.test(w)), 'the site owner learns how to allow it');
      assert.deepEqual(scriptErrors(page), []);
    } finally {
      await close(page);
    }
  });
}

// The site's owner lists the other origin in the page (and lets its Content-Security-Policy
// connect there): the page as served, with those two changes. Chromium counts a page a test
// fulfils as public, and asks leave for its requests to loopback: granted.
async function listOtherOrigin(page) {
  const origin = new URL(otherOrigin()).origin;
  await page.context().grantPermissions(['local-network-access']);
  await page.route(/\/(index|embed)\.html/, async (route) => {
    const file = new URL(route.request().url()).pathname.endsWith('embed.html') ? 'embed.html' : 'index.html';
    const html = (await fs.readFile(path.join(repoRoot, 'web', file), 'utf8'))
      .replace("default-src 'self';", `default-src 'self'; connect-src 'self' ${origin};`)
      .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n<meta name="polity-allowed-origins" content="${origin}">`);
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

test('hosted page: a dataset from an origin the page lists loads', async () => {
  const foreign = otherOrigin() + 'data/kazakhstan-constitution.json';
  const page = await newPage(`${env.server.url}index.html?data=${encodeURIComponent(foreign)}`, listOtherOrigin);
  try {
    const outcome = await settled(page);
    assert.equal(outcome.ready, true, `message: ${outcome.message}`);
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

//-----------------------------------------------------------------------------
// Text across the JavaScript <-> WebAssembly boundary, and the address the page links
//-----------------------------------------------------------------------------

test('a NUL in a file name or a search reaches the WebAssembly whole, not cut short', async () => {
  const broken = await fs.readFile(path.join(repoRoot, 'tests/fixtures/invalid/bad-dates.json'));
  const page = await newPage(`${env.server.url}tests/browser/pages/blank.html`, (p) =>
    p.route(/bad%00name\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: broken })));
  try {
    const detail = await page.evaluate(() => new Promise((resolve) => {
      const element = document.createElement('div');
      element.id = 'nul';
      document.body.append(element);
      element.addEventListener('polity:error', (e) => resolve(e.detail), { once: true });
      window.PolityExplorer.mount(element, { dataset: 'data/bad%00name.json', lazy: false });
    }));
    assert.ok(detail.diagnostics.length > 0);
    for (const line of detail.diagnostics) assert.match(line, /^bad\\u\{0\}name\.json:\d+:\d+: error: /);
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
  const hosted = await openExplorer(env.browser, env.server.url);
  try {
    await hosted.evaluate(() => window.polityTest.setSearch('Сен\u0000ат'));
    assert.equal((await state(hosted)).search, 'Сен ат', 'the NUL becomes a space; what follows it stays');
  } finally {
    await close(hosted);
  }
});

test("hosted page: the dataset's address is the one the explorer's link rule checked; the credit line links only checked addresses", async () => {
  const page = await openExplorer(env.browser, env.server.url);
  try {
    const about = await page.evaluate(() => window.polityTest.explorer.about());
    assert.equal(about.dataset, env.server.url + 'data/kazakhstan-constitution.json');
    await page.waitForFunction(() => {
      const credit = document.getElementById('explorer').shadowRoot.querySelector('.pe-credit');
      return credit && !credit.hidden;
    });
    const links = await page.evaluate(() => [...document.getElementById('explorer').shadowRoot
      .querySelectorAll('.pe-credit a[href]')].map((a) => a.href));
    const json = await page.evaluate(() => document.getElementById('explorer').shadowRoot
      .querySelectorAll('.pe-credit button[data-get="json"]').length);
    assert.equal(json, 1, 'the dataset is offered as a download of what was checked, not as an address');
    for (const href of links) assert.match(href, /^https?:\/\/[^\s@/]+\//, href);
    assert.equal(await page.locator('.polity-dataset-link').count(), 0, 'the data is taken from the credit line, no second link');
  } finally {
    await close(page);
  }
});

//-----------------------------------------------------------------------------
// Keys the explorer takes stop there
//-----------------------------------------------------------------------------

test("a Tab the explorer moves its focus with never reaches the page's key listeners", async () => {
  const page = await openExplorer(env.browser, env.server.url);
  try {
    await page.evaluate(() => {
      window.heardKeys = [];
      for (const target of [window, document, document.body]) {
        target.addEventListener('keydown', (e) => window.heardKeys.push(e.key));
      }
    });
    await page.locator('#explorer canvas').focus();
    for (let k = 0; k < 3; k++) {
      await page.keyboard.down('Tab');
      await page.waitForTimeout(60);   // ImGui reads keys once a frame
      await page.keyboard.up('Tab');
      await page.waitForTimeout(60);
    }
    assert.ok((await state(page)).focus, 'the explorer moved its own focus');
    assert.deepEqual(await page.evaluate(() => window.heardKeys), []);
    // A key the explorer does not take still reaches the page.
    await page.keyboard.press('F2');
    assert.deepEqual(await page.evaluate(() => window.heardKeys), ['F2', 'F2', 'F2']);
  } finally {
    await close(page);
  }
});
