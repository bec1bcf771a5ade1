// The fault matrix in headless Chromium: broken, slow and hostile datasets, a missing WASM file,
// no WebGL, a lost WebGL context, hidden and zero-size containers, five explorers on a page and
// a background tab; on the hosted page (index.html?data=URL) and in the script embed. Every case
// must end in a working explorer or a clear message, with no uncaught error and no console
// error, and leave the other explorers on the page working. Faults come from a loopback server
// (fault-server.mjs).
//   node --test tests/browser/faults.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser, siteDir, pixelStats, until } from './harness.mjs';
import { framesOf } from './embed-harness.mjs';
import { startFaultServer } from './fault-server.mjs';

const env = useBrowser(async () => ({ server: await startFaultServer() }));

// The browser's own note on a failed request ("Failed to load resource: ... 404") is a console
// error too, but no script's: the cases that ask for a 404 expect exactly that note.
const NETWORK_NOTE = /^Failed to load resource/;
const scriptErrors = (page) => page.errors.filter((e) => !NETWORK_NOTE.test(e));

async function newPage(url, { init, contextOptions } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 }, ...contextOptions });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push('uncaught: ' + e.message));
  if (Array.isArray(init)) await page.addInitScript(init[0], init[1]);
  else if (init) await page.addInitScript(init);
  await page.goto(url);
  return page;
}

const close = (page) => page.context().close();

//-----------------------------------------------------------------------------
// The hosted page
//-----------------------------------------------------------------------------

// The explorer's public state once it is ready or failed (state().message says why).
async function hostedOutcome(page, timeoutMs = 30000) {
  await page.waitForFunction(() => window.polityTest !== undefined);
  const handle = await page.waitForFunction(() => {
    const s = window.polityTest.explorer.state();
    return (s.phase === 'ready' || s.phase === 'failed') && s;
  }, null, { timeout: timeoutMs, polling: 50 });
  return handle.jsonValue();
}

const hosted = (data, options) => newPage(`${env.server.url}index.html?data=${encodeURIComponent(data)}`, options);

// A failure drawn on the canvas: the canvas is not blank.
async function canvasDrawn(page, selector = '#explorer') {
  const png = await page.locator(selector).screenshot();
  return (await pixelStats(env.browser, png)).drawn;
}

const DATASET_FAULTS = [
  ['404', '/fault/404', /404/],
  ['500', '/fault/500', /500/],
  ['aborted mid-stream', '/fault/abort', /network error|download|arrived/i],
  ['not JSON', '/fault/not-json', /./],
  ['valid JSON, not a dataset', '/fault/not-dataset', /./],
];

for (const [name, url, words] of DATASET_FAULTS) {
  test(`hosted page, dataset ${name}: a clear message, no script errors`, async () => {
    const page = await hosted(url);
    try {
      const s = await hostedOutcome(page);
      assert.equal(s.phase, 'failed');
      assert.match(s.message || '', words, `message: ${s.message}`);
      assert.ok(s.message.length > 20, 'a sentence, not a code');
      assert.ok(await canvasDrawn(page) > 0.002, 'the message is drawn, not a blank box');
      assert.deepEqual(scriptErrors(page), []);
    } finally {
      await close(page);
    }
  });
}

test('hosted page, the WASM file answers 404: a message in the box, no script errors', async () => {
  const page = await newPage(`${env.server.url}nowasm/index.html`);
  try {
    const s = await hostedOutcome(page);
    assert.equal(s.phase, 'failed');
    const text = await page.evaluate(() => document.getElementById('explorer').shadowRoot
      .querySelector('.polity-status-text').textContent);
    assert.match(text, /404|could not/i);
    assert.equal(await page.locator('#explorer').getAttribute('data-error'), text);
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

// The widget's progress reports, as the WebAssembly side receives them: the test wraps the
// export the glue calls (its minified name is read from the built glue).
async function progressExportName() {
  const glue = await fs.readFile(path.join(siteDir, 'polity-embed.js'), 'utf8');
  const match = /_polity_load_progress=function\(\)\{return\(\w+=\w+\._polity_load_progress=\w+\.asm\.(\w+)\)/.exec(glue)
    || /_polity_load_progress=\w+\.asm\.(\w+)/.exec(glue);
  return match ? match[1] : 'polity_load_progress';
}

function recordProgress(name) {
  window.__progress = [];
  window.__progressAt = [];  // when each report came (ms)
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then((result) => {
      const instance = result.instance || result;
      const exports = Object.assign({}, instance.exports);
      const original = exports[name];
      if (typeof original === 'function') {
        exports[name] = (...args) => {  // (widget, fraction, ...)
          window.__progress.push(args[1]);
          window.__progressAt.push(performance.now());
          return original(...args);
        };
      }
      const wrapped = { exports };
      return result.instance ? { module: result.module, instance: wrapped } : wrapped;
    });
  };
}

// The hosted page loads `url` to the end: the widget must be ready, with no script error. Gives
// the progress reports with a figure, as [fraction, ms]; the first report, "size unknown yet"
// (-1), comes at once and is left out.
async function progressWhileLoading(url) {
  const name = await progressExportName();
  const page = await hosted(url, { init: [recordProgress, name] });
  try {
    const s = await hostedOutcome(page);
    assert.equal(s.phase, 'ready');
    assert.deepEqual(scriptErrors(page), []);
    const { fractions, times } = await page.evaluate(() => ({ fractions: window.__progress, times: window.__progressAt }));
    return fractions.map((f, i) => [f, times[i]]).filter(([f]) => f >= 0);
  } finally {
    await close(page);
  }
}

test('hosted page, dataset arrives slowly: progress is monotonic, never above 100 %, then ready', async () => {
  const known = (await progressWhileLoading('/fault/slow?chunks=25&ms=120')).map(([f]) => f);
  assert.ok(known.length >= 5, `progress reported along the way: ${JSON.stringify(known)}`);
  for (let i = 1; i < known.length; ++i) assert.ok(known[i] >= known[i - 1], `monotonic: ${known}`);
  assert.ok(Math.max(...known) <= 1, 'never above 100 %');
});

// On a fast line the chunks come far more often than a bar needs to move: a progress frame for
// each kept the page from reading the next. Five reports a second at most, the last one shown.
test('hosted page, dataset arrives in many quick chunks: progress at most five times a second, then ready', async () => {
  const known = await progressWhileLoading('/fault/slow?chunks=60&ms=15');
  assert.ok(known.length >= 2, `progress reported along the way: ${JSON.stringify(known)}`);
  for (let i = 1; i < known.length; ++i) {
    assert.ok(known[i][1] - known[i - 1][1] >= 190, `reports ${i - 1} and ${i} 200 ms apart: ${JSON.stringify(known)}`);
    assert.ok(known[i][0] >= known[i - 1][0], `monotonic: ${JSON.stringify(known)}`);
  }
});

// The bound is what must not be read: the whole 80 MiB file, or twice the limit of a stream with no end.
for (const [name, url, bound] of [['with Content-Length 80 MiB', '/fault/huge?length=1', 80 << 20], ['endless, chunked', '/fault/huge', 128 << 20]]) {
  test(`hosted page, dataset too large (${name}): refused with a message, download stopped`, async () => {
    const page = await hosted(url);
    try {
      const s = await hostedOutcome(page, 40000);
      assert.equal(s.phase, 'failed');
      assert.match(s.message, /64 MiB/);
      // The download stops at the limit (64 MiB): the server's count comes to rest, and all
      // that follows the limit is what the sockets had in flight when it stopped. (Polled:
      // under load the refusal and the socket's close take their time.)
      const sent = await until(async () => {
        const before = env.server.sent('huge');
        await new Promise((resolve) => setTimeout(resolve, 500));
        return env.server.sent('huge') === before && before;   // nothing more in half a second
      }, 'the server stops sending', 20000);
      assert.ok(sent < bound, `the server sent ${sent} bytes`);
      assert.deepEqual(scriptErrors(page), []);
    } finally {
      await close(page);
    }
  });
}

// WebGL unavailable: no context of any kind, as in a browser with WebGL turned off.
function noWebGL() {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return /webgl/i.test(type) ? null : getContext.call(this, type, ...rest);
  };
}

test('hosted page, WebGL unavailable: the text version or a clear message, never a blank box', async () => {
  const page = await newPage(`${env.server.url}index.html`, { init: noWebGL });
  try {
    await page.waitForFunction(() => window.polityTest !== undefined);
    await page.waitForFunction(() => {
      const root = document.getElementById('explorer').shadowRoot;
      const status = root && root.querySelector('.polity-status');
      const twin = root && root.querySelector('.pe-twin');
      // The final state, not "Loading…": the WebGL message or the text version.
      return (status && !status.hidden && /WebGL/.test(status.textContent)) || (twin && twin.textContent.trim().length > 200);
    }, null, { timeout: 15000 });
    const shown = await page.evaluate(() => {
      const root = document.getElementById('explorer').shadowRoot;
      const visible = (el) => el && el.getBoundingClientRect().height > 20 && getComputedStyle(el).visibility !== 'hidden';
      const status = root.querySelector('.polity-status'), twin = root.querySelector('.pe-twin');
      return { status: !status.hidden && visible(status) ? status.textContent : '', twin: visible(twin) ? twin.textContent.length : 0 };
    });
    assert.ok(/WebGL/.test(shown.status) || shown.twin > 200, `shown: ${JSON.stringify(shown)}`);
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('hosted page, WebGL context lost and restored: the explorer draws again or says so', async () => {
  const page = await hosted('data/kazakhstan-constitution.json');
  try {
    assert.equal((await hostedOutcome(page)).phase, 'ready');
    const canvas = page.locator('#explorer canvas');
    await page.waitForTimeout(300);
    const before = await canvasDrawn(page);
    await page.evaluate(() => {
      const gl = document.getElementById('explorer').shadowRoot.querySelector('canvas').getContext('webgl2');
      window.__lose = gl.getExtension('WEBGL_lose_context');
      window.__lose.loseContext();
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => window.__lose.restoreContext());
    await page.waitForTimeout(300);
    await page.evaluate(() => window.polityTest.navigate('institutions'));
    await canvas.hover({ position: { x: 300, y: 300 } });
    await page.waitForTimeout(500);
    const after = await canvasDrawn(page);
    const status = await page.evaluate(() => {
      const s = document.getElementById('explorer').shadowRoot.querySelector('.polity-status');
      return s.hidden ? '' : s.textContent;
    });
    assert.ok(after > before / 3 || /WebGL|reload/i.test(status), `drawn ${before} -> ${after}, status "${status}"`);
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

//-----------------------------------------------------------------------------
// The script embed
//-----------------------------------------------------------------------------

// A host page; mount(id, options, style) adds an explorer and returns when it is ready or failed.
async function hostPage(options) {
  const page = await newPage(`${env.server.url}tests/browser/pages/faults/host.html`, options);
  await page.waitForFunction(() => window.PolityExplorer !== undefined);
  return page;
}

function mount(page, id, options, style = '') {
  return page.evaluate(([i, o, s]) => {
    const element = document.createElement('div');
    element.id = i;
    element.className = 'slot';
    element.setAttribute('style', s);
    document.getElementById('article').append(element);
    window.PolityExplorer.mount(element, Object.assign({ lazy: false }, o));
  }, [id, options, style]);
}

async function outcome(page, id, timeoutMs = 30000) {
  const handle = await page.waitForFunction((i) => {
    const e = window.PolityExplorer.get(document.getElementById(i));
    const s = e && e.state();
    return s && (s.phase === 'ready' || s.phase === 'failed') && s;
  }, id, { timeout: timeoutMs, polling: 50 });
  return handle.jsonValue();
}

const navigate = (page, id, view) => page.evaluate(([i, v]) => window.PolityExplorer.get(document.getElementById(i)).setView(v), [id, view]);

test('embed: every dataset fault beside a good explorer; each fails with a message, the good one works', async () => {
  const page = await hostPage();
  try {
    await mount(page, 'good', { dataset: '/data/kazakhstan-constitution.json' });
    // A body cut off mid-stream may end in a network error or in a stall, which the data timeout
    // ends: 5 s here, well inside outcome()'s wait (the default, 30 s, raced it).
    DATASET_FAULTS.forEach(([, url], i) => mount(page, 'bad' + i, { dataset: url, dataTimeoutMs: 5000 }));
    for (let i = 0; i < DATASET_FAULTS.length; ++i) {
      const s = await outcome(page, 'bad' + i).catch((error) => {
        throw new Error(`${DATASET_FAULTS[i][0]}: no outcome (${error.message})`);
      });
      assert.equal(s.phase, 'failed', DATASET_FAULTS[i][0]);
      assert.match(s.message, DATASET_FAULTS[i][2]);
    }
    assert.equal((await outcome(page, 'good')).phase, 'ready');
    assert.equal(await navigate(page, 'good', 'institutions'), true);
    await page.waitForFunction((i) => window.PolityExplorer.get(document.getElementById(i)).state().view === 'institutions', 'good');
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('embed: an explorer far below the fold, started at once, tells the page it loaded or failed without being seen', async () => {
  const page = await hostPage();
  try {
    await mount(page, 'below-good', { dataset: '/data/kazakhstan-constitution.json' }, 'margin-top: 4000px');
    await mount(page, 'below-bad', { dataset: '/fault/not-dataset' }, 'margin-top: 4000px');
    assert.equal((await outcome(page, 'below-good', 15000)).phase, 'ready');
    assert.equal((await outcome(page, 'below-bad', 15000)).phase, 'failed');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page never scrolled to them');
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('embed: a hanging download times out with a message; the host\'s remount then loads it', async () => {
  const page = await hostPage();
  try {
    const key = 'k' + Date.now();
    await mount(page, 'hang', { dataset: `/fault/hang-once?key=${key}`, dataTimeoutMs: 1500 });
    const started = Date.now();
    const s = await outcome(page, 'hang', 10000);
    assert.equal(s.phase, 'failed');
    assert.match(s.message, /no data arrived/);
    assert.ok(Date.now() - started < 8000, 'the timeout, not the test, ended it');
    await page.evaluate((k) => {
      const element = document.getElementById('hang');
      window.PolityExplorer.mount(element, { dataset: `/fault/hang-once?key=${k}`, lazy: false });
    }, key);
    assert.equal((await outcome(page, 'hang')).phase, 'ready');
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('embed: after a failed download the reader\'s "Try again" loads it, and ready answers anew', async () => {
  const page = await hostPage();
  try {
    const key = 'r' + Date.now();
    await mount(page, 'fail', { dataset: `/fault/hang-once?key=${key}`, dataTimeoutMs: 1500 });
    assert.equal((await outcome(page, 'fail', 10000)).phase, 'failed');
    const ready = (p) => p.evaluate(() => window.PolityExplorer.get(document.getElementById('fail')).ready);
    assert.equal(await ready(page), false, 'this try failed');
    const retry = page.locator('#fail .pe-retry');
    assert.equal(await retry.isVisible(), true, 'a download may work the next time: the reader may try again');
    await retry.click();
    assert.equal(await ready(page), true, 'the new try succeeded');
    assert.equal((await outcome(page, 'fail')).phase, 'ready');
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('embed: a widget inside display:none renders once shown', async () => {
  const page = await hostPage();
  try {
    await mount(page, 'hidden', { dataset: '/data/kazakhstan-constitution.json' }, 'display:none');
    await page.waitForTimeout(1500);
    assert.deepEqual(scriptErrors(page), []);
    await page.evaluate(() => { document.getElementById('hidden').style.display = ''; });
    assert.equal((await outcome(page, 'hidden')).phase, 'ready');
    await until(async () => (await canvasDrawn(page, '#hidden canvas')) > 0.02, 'drawn after being shown');
    const box = await page.locator('#hidden canvas').boundingBox();
    assert.ok(box.width > 800 && box.height > 300, JSON.stringify(box));
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('embed: a zero-size container does not crash, and the explorer works when it grows', async () => {
  const page = await hostPage();
  try {
    await mount(page, 'zero', { dataset: '/data/kazakhstan-constitution.json', height: 'fill' },
      'width:0;height:0;overflow:hidden;margin:0');
    await page.waitForTimeout(1500);
    assert.deepEqual(scriptErrors(page), []);
    await page.evaluate(() => { document.getElementById('zero').setAttribute('style', 'width:900px;height:600px'); });
    assert.equal((await outcome(page, 'zero')).phase, 'ready');
    await until(async () => (await canvasDrawn(page, '#zero canvas')) > 0.02, 'drawn once it grew');
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

test('embed: five explorers on one page (one with a broken dataset); the others all work', async () => {
  const page = await newPage(`${env.server.url}tests/browser/pages/faults/five.html`, { contextOptions: { viewport: { width: 1400, height: 2400 } } });
  try {
    await page.waitForFunction(() => window.PolityExplorer !== undefined);
    const ids = ['w1', 'w2', 'w3', 'w4', 'w5'];
    for (const id of ids) await page.locator('#' + id).scrollIntoViewIfNeeded();
    const states = {};
    for (const id of ids) states[id] = await outcome(page, id);
    assert.equal(states.w3.phase, 'failed');
    for (const id of ['w1', 'w2', 'w4', 'w5']) assert.equal(states[id].phase, 'ready', id);
    assert.deepEqual([states.w2.lang, states.w4.lang], ['ru', 'kk']);
    assert.equal(await navigate(page, 'w5', 'institutions'), true);
    await page.waitForTimeout(300);
    const views = await page.evaluate((list) => list.map((i) => window.PolityExplorer.get(document.getElementById(i)).state().view), ids);
    assert.deepEqual(views, ['overview', 'institutions', 'overview', 'timeline', 'institutions']);
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});

// A background tab, as the page sees it: document.hidden and a visibilitychange event.
function emulateHidden(page, hidden) {
  return page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('embed: a background tab draws no frames; back in front it draws again', async () => {
  const page = await hostPage();
  try {
    await mount(page, 'bg', { dataset: '/data/kazakhstan-constitution.json' });
    assert.equal((await outcome(page, 'bg')).phase, 'ready');
    await page.waitForTimeout(500);
    await emulateHidden(page, true);
    const before = await framesOf(page, 'bg');
    await navigate(page, 'bg', 'institutions');  // a change that would draw frames
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await page.waitForTimeout(600);
    assert.equal(await framesOf(page, 'bg'), before, 'no frames while hidden');
    await emulateHidden(page, false);
    await page.waitForTimeout(400);
    assert.ok(await framesOf(page, 'bg') > before, 'frames again once visible');
    assert.deepEqual(scriptErrors(page), []);
  } finally {
    await close(page);
  }
});
