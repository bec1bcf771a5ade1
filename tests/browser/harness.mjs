// What the browser tests and the widget benchmark share: a static server on loopback for the
// built site, Debian's Chromium driven by playwright-core, and a pixel check of screenshots.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const siteDir = process.env.POLITY_SITE || path.join(repoRoot, 'build/wasm-release/site');
export const resultsDir = path.join(repoRoot, 'test-results');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
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
  const clean = path.posix.normalize(decodeURIComponent(urlPath));
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

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

// Opens the hosted page and waits until the widget has started (or failed to).
// Console errors and uncaught exceptions are collected in page.errors.
export async function openExplorer(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, ...contextOptions });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.polityTest !== undefined);
  await page.evaluate(() => window.polityTest.ready);
  return page;
}

export const state = (page) => page.evaluate(() => window.polityTest.state());
export const frames = (page) => page.evaluate(() => window.polityTest.frames());

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
