// What the browser tests and the widget benchmark share: a static server on loopback for the
// built site, Debian's Chromium driven by playwright-core, the hooks that give a test file both,
// pointers on the widget's canvas, and a pixel check of screenshots.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, afterEach } from 'node:test';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const siteDir = process.env.POLITY_SITE || path.join(repoRoot, 'build/wasm-release/site');
export const resultsDir = path.join(repoRoot, 'test-results');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TEST_HOOK = path.join(repoRoot, 'tests/browser/test-hook.js');
// SwiftShader gives WebGL 2 without a GPU; the rest keeps a headless run quiet and offline.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
};

// Files under `siteDir`; /tests/fixtures/... and /tests/browser/pages/... from the repository,
// so the hosted page can be pointed at broken datasets with ?data=tests/fixtures/..., and host
// pages (an article with embeds) can be served beside the site.
const FROM_REPOSITORY = ['/tests/fixtures/', '/tests/browser/pages/'];

async function resolveFile(urlPath) {
  let clean;
  try {
    clean = path.posix.normalize(decodeURIComponent(urlPath));
  } catch {
    return null;  // a malformed escape (%E0) names no file: 404
  }
  if (clean.includes('\0') || clean.startsWith('/..')) return null;
  const file = FROM_REPOSITORY.some((prefix) => clean.startsWith(prefix))
    ? path.join(repoRoot, clean)
    : path.join(siteDir, clean.endsWith('/') ? clean + 'index.html' : clean);
  try {
    return (await fs.stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

// Test host pages name the widget's site as %WIDGET% (its URL, with a trailing slash) and
// %WIDGET_ORIGIN%, so the same page runs same-origin or cross-origin.
function hostPage(body, widgetBase) {
  const base = new URL(widgetBase);
  return Buffer.from(body.toString('utf8').replaceAll('%WIDGET_ORIGIN%', base.origin).replaceAll('%WIDGET%', base.href));
}

// Serves on 127.0.0.1 and a free port. Resolves to {url, close()}. /stall answers with
// headers and then nothing, to test the download timeout. options.widgetBase: the site that
// test host pages embed (default: this server). Every answer allows cross-origin reads, as a
// widget's site must for script embeds on other origins.
export async function startServer(options = {}) {
  let ownUrl = '';
  const server = http.createServer(async (req, res) => {
    if (req.url.startsWith('/stall')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{');
      return;
    }
    const file = await resolveFile(new URL(req.url, 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    let body = await fs.readFile(file);
    if (file.startsWith(path.join(repoRoot, 'tests/browser/pages/'))) body = hostPage(body, options.widgetBase || ownUrl);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Length': body.length, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  ownUrl = `http://127.0.0.1:${server.address().port}/`;
  return {
    url: ownUrl,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

export async function checkSiteBuilt() {
  try {
    await fs.access(path.join(siteDir, 'polity-widget.wasm'));
  } catch {
    throw new Error(`no widget build in ${siteDir}: run scripts/serve.sh --no-serve ` +
      '(or cmake --preset wasm-release && cmake --build --preset wasm-release)');
  }
}

// Every response's size on the wire (CDP: headers included), by URL, filled in as `page` loads.
export async function recordResponseSizes(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map(), sizes = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => sizes.set(urls.get(e.requestId), e.encodedDataLength));
  return sizes;
}

// Every context it opens (and so every page, browser.newPage included) runs test-hook.js first:
// window.polityTest on the hosted page.
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript({ path: TEST_HOOK });
    return context;
  };
  return browser;
}

// Registers the test file's hooks: before its tests, check the site is built, start its servers
// and launch Chromium; after each test, close the browser contexts it left open (however it
// ended, as a `finally` would); after them all, close everything. `startServers` resolves to the servers by name
// (default: `server`, the built site). Returns the object `before` fills in with those names and
// `browser`: read its fields inside tests, not at import time.
export function useBrowser(startServers = async () => ({ server: await startServer() })) {
  const env = {};
  let servers = {};
  before(async () => {
    await checkSiteBuilt();
    servers = await startServers();
    Object.assign(env, servers);
    env.browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const context of env.browser?.contexts() ?? []) await context.close();
  });
  after(async () => {
    await env.browser?.close();
    for (const server of Object.values(servers)) await server.close();
  });
  return env;
}

// A phone as the tests emulate one: 360×740 CSS pixels at deviceScaleFactor 3, with touch.
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

// Opens the hosted page and waits until the widget has started (or failed to).
// Console errors and uncaught exceptions are collected in page.errors.
// `prepare(page)`, if given, runs before the page loads (e.g. page.route to serve generated data).
export async function openExplorer(browser, url, contextOptions = {}, prepare = null) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, ...contextOptions });
  const page = await context.newPage();
  if (prepare) await prepare(page);
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.polityTest !== undefined);
  await page.evaluate(() => window.polityTest.ready);
  return page;
}

// The same, and waits for the widget's first frame.
export async function openDrawnExplorer(browser, url, contextOptions = {}) {
  const page = await openExplorer(browser, url, contextOptions);
  await page.evaluate(() => window.polityTest.firstFrame);
  return page;
}

// Records the widget's calls into its WebAssembly, in order, by their names in the source
// (polity_frame, polity_download, ...): window.polityCalls, from the page's start. Give it as
// openExplorer's `prepare`. The release build minifies the exports' names; the glue maps them.
export async function recordWidgetCalls(page) {
  const glue = await fs.readFile(path.join(siteDir, 'polity-embed.js'), 'utf8');
  const names = Object.fromEntries([...glue.matchAll(/\._(polity_\w+)=\w+\.asm\.([\w$]+)\)/g)].map((m) => [m[2], m[1]]));
  if (!Object.values(names).includes('polity_frame')) throw new Error('the glue no longer maps the exports as expected');
  await page.addInitScript((exportNames) => {
    const calls = window.polityCalls = [];
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = (...args) => instantiate(...args).then((result) => {
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      const exports = {};
      for (const [key, value] of Object.entries(instance.exports)) {
        const name = exportNames[key];
        exports[key] = name && typeof value === 'function' ? (...a) => { calls.push(name); return value(...a); } : value;
      }
      return result instanceof WebAssembly.Instance ? { exports } : { instance: { exports }, module: result.module };
    });
  }, names);
}

export const state = (page) => page.evaluate(() => window.polityTest.state());
export const frames = (page) => page.evaluate(() => window.polityTest.frames());

// How many frames the hosted page's widget draws in the next `ms` milliseconds.
export async function framesDuring(page, ms) {
  const start = await frames(page);
  await page.waitForTimeout(ms);
  return (await frames(page)) - start;
}

// The hosted page's canvas backing store, in device pixels.
export const canvasSize = (page) => page.evaluate(() => {
  const canvas = document.getElementById('explorer').shadowRoot.querySelector('canvas');
  return { width: canvas.width, height: canvas.height };
});

// Waits until `check()` resolves truthy, polling; throws with `what` (and the last value) when it
// does not within `timeoutMs`. Returns the value that satisfied it.
export async function until(check, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  do {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < deadline);
  throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}

// Waits until the widget's state satisfies `predicate` (frames are drawn on demand, so state
// changes land within a few frames of the input).
export async function waitForState(page, predicate, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < deadline) {
    last = await state(page);
    if (last && predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`state never matched; last: ${JSON.stringify(last)}`);
}

// Points on the top bar in CSS pixels from the canvas's top left, for a wide widget (tabs on the
// second row). The search box sits at the right of the first.
export const OVERVIEW_TAB = { x: 45, y: 57 };
export const INSTITUTIONS_TAB = { x: 154, y: 57 };
export const INSTITUTIONS_TAB_TOUCH = { x: 154, y: 85 };   // with a coarse pointer: 44-pixel controls
export const SEARCH_FROM_RIGHT = { x: 320, y: 25 };

// A point on the canvas of element #id, in page coordinates (phones get a search bar above
// the canvas); x < 0 counts from the right edge.
export async function onCanvas(page, id, point) {
  const box = await page.locator(`#${id} canvas`).boundingBox();
  return { x: box.x + (point.x < 0 ? box.width + point.x : point.x), y: box.y + point.y };
}

export async function clickCanvas(page, id, point) {
  const at = await onCanvas(page, id, point);
  await page.mouse.click(at.x, at.y);
}

export async function screenshot(page, name) {
  await fs.mkdir(resultsDir, { recursive: true });
  return page.screenshot({ path: path.join(resultsDir, `${name}.png`) });
}

// How much of a screenshot is drawn: the share of pixels that differ from the most common
// colour (the background), and the number of distinct colours. Decoded in a blank page.
export async function pixelStats(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d');
      g.drawImage(bitmap, 0, 0);
      const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const counts = new Map();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      const background = Math.max(...counts.values());
      return { drawn: 1 - background / (data.length / 4), colors: counts.size };
    }, [...png]);
  } finally {
    await page.close();
  }
}
