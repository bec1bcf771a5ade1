// What a reader takes away, in headless Chromium: the download menu in the canvas, the files it
// saves (the view's CSV with sources, the dataset's JSON, the view's PNG with title, sources and
// date), the same through the host API, and the hosted page's credit line.
// The saved files are kept in test-results/downloads/ for a look.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  useBrowser, openExplorer, openDrawnExplorer, state, waitForState, canvasSize, clickCanvas, repoRoot, resultsDir,
  pixelStats, until, framesDuring, recordWidgetCalls,
} from './harness.mjs';

const DOWNLOAD_MENU = { x: 850, y: 25 };        // "↓ Download", canvas pixels in a 1000-pixel window
// The menu's choices, a target's height (26 CSS px with a mouse) apart.
const MENU_CHOICE = { csv: { x: 880, y: 62 }, json: { x: 880, y: 88 }, png: { x: 880, y: 114 },
  social: { x: 880, y: 140 }, portrait: { x: 880, y: 166 } };
const DATASET = path.join(repoRoot, 'data/kazakhstan-constitution.json');
const savedDir = path.join(resultsDir, 'downloads');

const env = useBrowser();
before(() => fs.mkdir(savedDir, { recursive: true }));

const readyExplorer = (query = '', contextOptions = {}) =>
  openDrawnExplorer(env.browser, env.server.url + query, { acceptDownloads: true, ...contextOptions });

// Runs `start` and returns the download it caused, saved under test-results/downloads/.
async function downloadOf(page, start) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), start()]);
  const file = path.join(savedDir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: await fs.readFile(file) };
}

// Opens the canvas's download menu and saves what `kind` (csv, json, png, social, portrait) names.
async function downloadFromMenu(page, kind) {
  await clickCanvas(page, 'explorer', DOWNLOAD_MENU);
  await page.waitForTimeout(200);
  return downloadOf(page, () => clickCanvas(page, 'explorer', MENU_CHOICE[kind]));
}

const apiDownload = (page, kind) => () => page.evaluate((k) => window.polityTest.explorer.download(k), kind);

// A minimal RFC 4180 reader: enough for the widget's CSV (quoted fields, doubled quotes, CRLF).
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the download menu saves the data behind the view as CSV, every row with its sources', async () => {
  const page = await readyExplorer('#view=institutions');
  const csv = await downloadFromMenu(page, 'csv');
  assert.equal(csv.name, 'kazakhstan-constitution-institutions.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark, for Excel');
  const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
  const header = rows[0];
  assert.deepEqual(header.slice(-2), ['Sources', 'Source links']);
  assert.equal(rows.length, 1 + 15, 'one row per institution shown');
  const sources = header.indexOf('Sources');
  for (const row of rows.slice(1)) {
    assert.equal(row.length, header.length);
    assert.ok(row[sources].length > 0, `${row[0]} has its sources`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the menu saves the whole dataset as the very file the explorer loaded', async () => {
  const page = await readyExplorer('#view=figures');
  const json = await downloadFromMenu(page, 'json');
  assert.equal(json.name, 'kazakhstan-constitution.json');
  assert.ok(json.bytes.equals(await fs.readFile(DATASET)), 'byte for byte the published file');
  await page.context().close();
});

test('the menu saves a picture of the view at twice the explorer\'s width, as tall as the view needs, not blank', async () => {
  const page = await readyExplorer('#view=figures');
  const canvas = await canvasSize(page);
  const png = await downloadFromMenu(page, 'png');
  assert.equal(png.name, 'kazakhstan-constitution-figures.png');
  const size = pngSize(png.bytes);
  assert.equal(size.width, 2 * canvas.width, 'the explorer\'s width at 2x (the page is at 1x)');
  assert.ok(size.height > 2 * canvas.height, `${size.height} pixels: every figure, not the screen's share of them`);
  assert.ok(size.height <= 8000, 'never taller than a picture may be');
  assert.ok((await pixelStats(env.browser, png.bytes)).drawn > 0.05, 'not a blank picture');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('pictures for social media and in portrait have their sizes, from the menu and from script', async () => {
  const page = await readyExplorer('#view=quotes&lang=ru');
  const social = await downloadFromMenu(page, 'social');
  assert.equal(social.name, 'kazakhstan-constitution-quotes-social.png');
  assert.deepEqual(pngSize(social.bytes), { width: 2400, height: 1350 });
  const portrait = await downloadOf(page, () =>
    page.evaluate(() => window.polityTest.explorer.download('png', { preset: 'portrait' })));
  assert.equal(portrait.name, 'kazakhstan-constitution-quotes-portrait.png');
  assert.deepEqual(pngSize(portrait.bytes), { width: 2160, height: 2700 });
  for (const png of [social, portrait]) assert.ok((await pixelStats(env.browser, png.bytes)).drawn > 0.05);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('after a picture the explorer looks exactly as before, keeps its size and goes idle', async () => {
  const page = await readyExplorer('#view=network');
  await page.mouse.move(5, 5);                   // the pointer off the canvas: nothing hovered
  await page.waitForTimeout(300);
  const canvas = await canvasSize(page);
  const before = await page.screenshot();
  await downloadOf(page, apiDownload(page, 'png'));
  await until(async () => (await page.screenshot()).equals(before), 'the same pixels on screen as before the picture');
  assert.deepEqual(await canvasSize(page), canvas);
  assert.equal(await framesDuring(page, 300), 0, 'idle again: no frames');
  await page.context().close();
});

test('a picture on a phone is twice the explorer\'s width, whatever the screen\'s density', async () => {
  const page = await readyExplorer('#view=reforms', { viewport: { width: 375, height: 700 }, deviceScaleFactor: 3,
    isMobile: true, hasTouch: true });
  const cssWidth = await page.evaluate(() =>
    document.getElementById('explorer').shadowRoot.querySelector('canvas').getBoundingClientRect().width);
  const png = await downloadOf(page, apiDownload(page, 'png'));
  const size = pngSize(png.bytes);
  assert.equal(size.width, Math.round(2 * cssWidth));
  assert.ok(size.height > size.width, `${size.height} pixels: a narrow picture grows down`);
  await page.context().close();
});

test('the CSV speaks the reader\'s language, and the picture names the selected item', async () => {
  const page = await readyExplorer('#view=institutions&item=ombudsman&lang=ru');
  const csv = await downloadOf(page, apiDownload(page, 'csv'));
  const header = parseCsv(csv.bytes.toString('utf8').slice(1))[0];
  assert.ok(header.includes('Источники'), header.join(', '));
  const png = await downloadOf(page, apiDownload(page, 'png'));
  assert.equal(png.name, 'kazakhstan-constitution-institutions-ombudsman.png');
  await page.context().close();
});

test('a download is one call into the widget, which names the file and makes it', async () => {
  const page = await openExplorer(env.browser, env.server.url + '#view=institutions&item=ombudsman',
    { acceptDownloads: true }, recordWidgetCalls);
  await page.evaluate(() => window.polityTest.firstFrame);
  const expected = { csv: 'kazakhstan-constitution-institutions.csv', json: 'kazakhstan-constitution.json',
    png: 'kazakhstan-constitution-institutions-ombudsman.png' };
  for (const kind of ['csv', 'json', 'png']) {
    // The calls the download made before anything else ran; a picture then draws the explorer again.
    const [calls, name] = await page.evaluate(async (k) => {
      window.polityCalls.length = 0;
      const saved = window.polityTest.explorer.download(k);
      const made = window.polityCalls.slice();
      const frame = made.indexOf('polity_frame');
      return [(frame < 0 ? made : made.slice(0, frame)).filter((c) => c !== 'polity_set_height_limit'), await saved];
    }, kind);
    assert.deepEqual(calls, ['polity_download'], kind);
    assert.equal(name, expected[kind]);
  }
  await page.context().close();
});

test('a wrong download kind is refused with a warning, and a failed dataset offers nothing to save', async () => {
  const page = await readyExplorer();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  assert.equal(await page.evaluate(() => window.polityTest.explorer.download('pdf')), null);
  assert.ok(warnings.some((w) => w.includes('"csv"') && w.includes('"pdf"')), warnings.join('\n'));
  assert.equal(await page.evaluate(() => window.polityTest.explorer.download('png', { preset: 'square' })), null);
  assert.ok(warnings.some((w) => w.includes('"social"') && w.includes('"square"')), warnings.join('\n'));
  await page.context().close();

  const broken = await openExplorer(env.browser, `${env.server.url}?data=tests/fixtures/invalid/duplicate-id.json`,
    { acceptDownloads: true });
  await waitForState(broken, (s) => s.phase === 'failed');
  let downloads = 0;
  broken.on('download', () => downloads++);
  for (const kind of ['csv', 'json', 'png']) {
    assert.equal(await broken.evaluate((k) => window.polityTest.explorer.download(k), kind), null);
  }
  await broken.waitForTimeout(300);
  assert.equal(downloads, 0);
  assert.equal(await broken.locator('.polity-credit').isHidden(), true, 'no credit line for data that did not load');
  await broken.context().close();
});

test('the hosted page shows its credit once, under the explorer, in the reader\'s language, with the data', async () => {
  const page = await readyExplorer();
  const credit = page.locator('#explorer .pe-credit');   // in the explorer's shadow root
  assert.equal(await credit.isVisible(), true);
  const english = (await credit.textContent()).replace(/\s+/g, ' ');
  assert.match(english, /^Source: Article on Kazakhstan’s Constitution.* · Graphic: Polity Explorer, from a news article datelined Astana, August 25, 2025 · Get the data: CSV · JSON · Picture/);
  assert.match(english, /Licence: Data: CC BY 4\.0, Polity Explorer; text quoted from the cited article · Data checked: 25 August 2025/);
  // Once on the page: the toolbar and the explorer's HTML around its canvas (not the text version,
  // which has it for screen readers; the canvas's overview no longer prints it, ui-article.cpp).
  const text = await page.evaluate(() => {
    const root = document.getElementById('explorer').shadowRoot.querySelector('.pe-root');
    const around = [...root.children].filter((e) => !e.classList.contains('pe-box')).map((e) => e.textContent);
    return document.querySelector('.polity-toolbar').textContent + around.join(' ');
  });
  assert.equal(text.split('datelined Astana').length - 1, 1, 'the credit once');
  const json = await downloadOf(page, () => credit.getByRole('button', { name: 'JSON' }).click());
  assert.equal(json.name, 'kazakhstan-constitution.json');
  assert.deepEqual(json.bytes, await fs.readFile(DATASET));

  await page.evaluate(() => window.polityTest.setLanguage('ru'));
  await waitForState(page, (s) => s.language === 'ru');
  await page.waitForFunction(() => document.getElementById('explorer').shadowRoot.querySelector('.pe-credit')
    .textContent.includes('Графика: Polity Explorer, по материалам'));
  const russian = (await credit.textContent()).replace(/\s+/g, ' ');
  assert.match(russian, /Скачать данные: CSV · JSON · Картинка/);
  assert.match(russian, /Лицензия: Данные: CC BY 4\.0, Polity Explorer; текст цитируется по указанной статье/);
  assert.match(russian, /\(Новостная статья\)/);
  await page.context().close();
});

test('state() is unchanged by a download', async () => {
  const page = await readyExplorer('#view=timeline');
  const before = await state(page);
  await downloadOf(page, apiDownload(page, 'png'));
  await downloadOf(page, apiDownload(page, 'csv'));
  const after = await state(page);
  assert.equal(after.view, before.view);
  assert.deepEqual(after.timeline, before.timeline);
  assert.equal(after.can_back, before.can_back);
  await page.context().close();
});
