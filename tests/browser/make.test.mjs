// The "Make your own" page (web/make.html), in headless Chromium, against the native command
// line it must agree with (build/native/tools/polity):
// - the article's sheets, dropped, give byte for byte the JSON `polity import` writes;
// - every sheet fixture (tests/fixtures/sheets/) and every invalid dataset (tests/fixtures/
//   invalid/) gives the diagnostics the command line prints;
// - cells pasted as tab-separated text import like the CSV file they came from;
// - a sheet published as CSV from a server with CORS imports; one without gets a message naming CORS;
// - the preview shows the imported dataset (ready fires with its title), and an edit shows in it;
// - a dataset (.json) turns into the sheets and the JSON `polity export` / `import` write;
// - no request for another origin, and it all works offline once loaded; no main-thread task
//   over 200 ms while importing a generated 10,000-entity set;
// - every word in English, Russian and Kazakh; keyboard use; axe with no serious or critical
//   finding, with screenshots at 390 and 1280 px in test-results/.
//   node --test tests/browser/make.test.mjs   (after the native and wasm-release builds)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { useBrowser, startServer, repoRoot, resultsDir, screenshot } from './harness.mjs';
import { openPage } from './embed-harness.mjs';
import { STRINGS, LANGUAGES } from '../../web/make-strings.js';

const POLITY = path.join(repoRoot, 'build/native/tools/polity');
const ARTICLE_SHEETS = path.join(repoRoot, 'data/templates/kazakhstan-constitution');
const ARTICLE_DATASET = path.join(repoRoot, 'data/kazakhstan-constitution.json');
const SHEET_FIXTURES = path.join(repoRoot, 'tests/fixtures/sheets');
const JSON_FIXTURES = path.join(repoRoot, 'tests/fixtures/invalid');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

//-----------------------------------------------------------------------------
// Servers: the site, and two that publish sheets, one allowing other origins to read (CORS)
//-----------------------------------------------------------------------------

// Answers every path with the CSV text set in `published` (path -> text); logs each request.
function startSheetServer(cors) {
  const server = { published: new Map(), requests: [] };
  const listener = http.createServer((req, res) => {
    server.requests.push(req.url);
    const body = server.published.get(req.url);
    const headers = { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(body === undefined ? 404 : 200, headers);
    res.end(body === undefined ? 'not found' : body);
  });
  return new Promise((resolve) => listener.listen(0, '127.0.0.1', () => {
    server.url = `http://127.0.0.1:${listener.address().port}/`;
    server.close = () => new Promise((done) => { listener.closeAllConnections(); listener.close(done); });
    resolve(server);
  }));
}

const env = useBrowser(async () => {
  if (!fs.existsSync(POLITY)) throw new Error(`no ${POLITY}: run cmake --preset native && cmake --build --preset native`);
  return { site: await startServer(), cors: await startSheetServer(true), plain: await startSheetServer(false) };
});

let scratch = '';
before(() => { scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'polity-make-')); });
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

//-----------------------------------------------------------------------------
// The command line
//-----------------------------------------------------------------------------

function polity(args, cwd = repoRoot) {
  const run = spawnSync(POLITY, args, { cwd, maxBuffer: 256 << 20 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

// The files of a folder in name order, as `polity import FOLDER` reads them.
const filesIn = (dir) => fs.readdirSync(dir).sort().map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) }));

// `polity import` of the folder's files, run inside it so that diagnostics name bare files, as
// the page does: its diagnostics split into errors and warnings, without its closing line.
function cliImport(dir) {
  const run = polity(['import', ...fs.readdirSync(dir).sort()], dir);
  const lines = run.stderr.split('\n').filter((l) => l && !l.startsWith('polity import:'));
  return { json: run.stdout, errors: lines.filter((l) => / error: /.test(l)), warnings: lines.filter((l) => / warning: /.test(l)) };
}

// `polity check FILE`, likewise: each diagnostic with its "  hint:" line.
function cliCheck(dir, name) {
  const entries = [];
  for (const line of polity(['check', name], dir).stdout.toString('utf8').split('\n')) {
    if (line.startsWith('  ')) entries[entries.length - 1] += '\n' + line;
    else if (line && !(line.startsWith(name + ': ') && /: (ok|invalid) \(\d+ errors?, \d+ warnings?\)$/.test(line))) {
      entries.push(line);
    }
  }
  return { all: entries, errors: entries.filter((l) => / error: /.test(l)), warnings: entries.filter((l) => / warning: /.test(l)) };
}

//-----------------------------------------------------------------------------
// The page
//-----------------------------------------------------------------------------

async function openMake(query = '', contextOptions = {}) {
  const page = await openPage(env.browser, env.site.url + 'make.html' + query, { acceptDownloads: true, ...contextOptions });
  await page.evaluate(() => window.polityMake.started);
  return page;
}

const imports = (page) => page.evaluate(() => window.polityMake.imports);

// Runs `act`, then waits until the page has answered one more import.
async function afterImport(page, act) {
  const before = await imports(page);
  await act();
  await page.waitForFunction((n) => window.polityMake.imports > n, before, { timeout: 60000 });
}

// Drops files on the page, as a drag from the desktop does: a DataTransfer of Files.
async function drop(page, files) {
  const payload = files.map((f) => ({ name: f.name, data: Buffer.from(f.bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
    return transfer;
  }, payload);
  await page.dispatchEvent('#make-drop', 'dragover', { dataTransfer });
  await page.dispatchEvent('#make-drop', 'drop', { dataTransfer });
}

const dropped = (page, files) => afterImport(page, () => drop(page, files));

async function clearSheets(page) {
  if (await page.locator('#make-clear').isVisible()) await page.click('#make-clear');
}

// The diagnostics the page shows, as the command line's lines, errors and warnings apart.
const pageDiagnostics = (page) => page.evaluate(() => ({
  errors: Array.from(document.querySelectorAll('#make-errors .make-text'), (e) => e.textContent),
  warnings: Array.from(document.querySelectorAll('#make-warnings .make-text'), (e) => e.textContent),
}));

const pageDataset = (page) => page.evaluate(() => new TextDecoder().decode(window.polityMake.dataset));

// The article's meta.csv with another English title.
function retitled(title) {
  const meta = fs.readFileSync(path.join(ARTICLE_SHEETS, 'meta.csv'), 'utf8');
  const changed = meta.replace(/^title,.*$/m, `title,"${title}"`);
  assert.notEqual(changed, meta);
  return changed;
}

// Saves what `start` downloads under the scratch folder; resolves to its path.
async function downloadOf(page, start) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), start()]);
  const file = path.join(scratch, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

function unzip(file, into) {
  fs.mkdirSync(into, { recursive: true });
  const run = spawnSync('unzip', ['-o', '-q', file, '-d', into]);
  assert.equal(run.status, 0, run.stderr.toString());
  return into;
}

//-----------------------------------------------------------------------------
// Import: the same bytes and the same words as the command line
//-----------------------------------------------------------------------------

test("the article's sheets, dropped in any order or picked, give byte for byte polity import's JSON", async () => {
  const expected = polity(['import', ARTICLE_SHEETS]);
  assert.equal(expected.status, 0, expected.stderr);
  const page = await openMake();
  await dropped(page, filesIn(ARTICLE_SHEETS).reverse());
  assert.equal(await pageDataset(page), expected.stdout.toString('utf8'));
  assert.deepEqual(await pageDiagnostics(page), { errors: [], warnings: [] });
  assert.match(await page.locator('#make-summary').innerText(), /Errors: 0\s+Warnings: 0/);
  assert.equal(await page.locator('#make-sheets .make-sheet-given').count(), 13);

  await clearSheets(page);
  await afterImport(page, () => page.setInputFiles('#make-file-input', fs.readdirSync(ARTICLE_SHEETS).map((f) => path.join(ARTICLE_SHEETS, f))));
  assert.equal(await pageDataset(page), expected.stdout.toString('utf8'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every sheet fixture gives, in the page, the diagnostics polity import prints', async () => {
  const page = await openMake();
  let checked = 0;
  for (const kind of ['invalid', 'warnings', 'valid']) {
    for (const name of fs.readdirSync(path.join(SHEET_FIXTURES, kind))) {
      const dir = path.join(SHEET_FIXTURES, kind, name);
      if (!fs.statSync(dir).isDirectory()) continue;
      await clearSheets(page);
      await dropped(page, filesIn(dir));
      const cli = cliImport(dir);
      assert.deepEqual(await pageDiagnostics(page), { errors: cli.errors, warnings: cli.warnings }, `${kind}/${name}`);
      if (kind === 'invalid') assert.ok(cli.errors.length > 0, `${kind}/${name} has errors`);
      else assert.equal(await pageDataset(page), cli.json.toString('utf8'), `${kind}/${name}: the dataset`);
      checked += 1;
    }
  }
  assert.ok(checked >= 16);
  await page.context().close();
});

test('every invalid dataset gives, in the page, the diagnostics polity check prints', async () => {
  const page = await openMake();
  const names = fs.readdirSync(JSON_FIXTURES).filter((n) => n.endsWith('.json'));
  for (const name of names) {
    const shown = await page.evaluate(() => window.polityMake.reports);
    await drop(page, [{ name, bytes: fs.readFileSync(path.join(JSON_FIXTURES, name)) }]);
    await page.waitForFunction((n) => window.polityMake.reports > n, shown);
    const { all, ...cli } = cliCheck(JSON_FIXTURES, name);
    assert.deepEqual(await pageDiagnostics(page), cli, name);
    // The core's check alone says the same.
    const checked = await page.evaluate(async ([file, data]) => {
      const { report } = await window.polityMake.request('check', [{ name: file, bytes: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) }]);
      return report.diagnostics.map((d) => d.text);
    }, [name, fs.readFileSync(path.join(JSON_FIXTURES, name)).toString('base64')]);
    assert.deepEqual(checked, all, `${name}, the core's check`);
    assert.match(await page.locator('#make-intake-notice').innerText(), new RegExp(`${name.replace('.', '\\.')} has errors`));
  }
  assert.ok(names.length >= 20);
  await page.context().close();
});

// A sheet's cells as a spreadsheet app copies them: tab-separated, a cell quoted only when it
// holds a tab, a line break or a quote.
function csvToTsv(text) {
  const rows = [[]];
  let cell = '', quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') cell += body[i++];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows[rows.length - 1].push(cell), cell = '';
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      rows[rows.length - 1].push(cell);
      cell = '';
      rows.push([]);
    } else cell += c;
  }
  if (cell || rows[rows.length - 1].length) rows[rows.length - 1].push(cell);
  const quote = (v) => (/[\t\n\r"]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
  return rows.filter((r) => r.length).map((r) => r.map(quote).join('\t')).join('\n') + '\n';
}

test('cells pasted as tab-separated text import like the CSV files they came from', async () => {
  const expected = polity(['import', ARTICLE_SHEETS]).stdout.toString('utf8');
  const page = await openMake('', { permissions: ['clipboard-read', 'clipboard-write'] });
  const sheets = fs.readdirSync(ARTICLE_SHEETS).sort();
  for (const [i, file] of sheets.entries()) {
    const sheet = file.replace(/\.csv$/, ''), tsv = csvToTsv(fs.readFileSync(path.join(ARTICLE_SHEETS, file), 'utf8'));
    assert.ok(tsv.includes('\t'));
    await page.click(`#make-sheet-${sheet}-toggle`);
    const box = page.locator(`#make-sheet-${sheet}-cells`);
    await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
    await box.focus();
    await page.keyboard.press('Control+V');
    assert.equal(await box.inputValue(), tsv, `${file} pasted`);
    // Each paste is imported before the next sheet opens: an import redraws the list under the pointer.
    await page.waitForFunction(() => window.polityMake.idle());
    await page.click(`#make-sheet-${sheet}-cells ~ .make-link-button`);  // Done
  }
  await page.waitForFunction(() => window.polityMake.report && window.polityMake.report.ok);
  assert.equal(await pageDataset(page), expected);
  assert.equal(await page.locator('#make-sheets .make-sheet-from', { hasText: 'pasted cells' }).count(), 13);
  await page.context().close();
});

//-----------------------------------------------------------------------------
// A sheet published as CSV
//-----------------------------------------------------------------------------

test('a sheet published as CSV imports from a server that allows CORS; without CORS the page says so', async () => {
  const people = fs.readFileSync(path.join(ARTICLE_SHEETS, 'people.csv'));
  env.cors.published.set('/sheets/d/e/2PACX/pub?gid=7&single=true&output=csv', people);
  env.plain.published.set('/pub?output=csv', people);
  const page = await openMake();
  await dropped(page, filesIn(ARTICLE_SHEETS).filter((f) => f.name !== 'people.csv'));
  assert.ok((await pageDiagnostics(page)).errors.length > 0, 'people.csv is missing at first');

  await page.fill('#make-url-input', env.cors.url + 'sheets/d/e/2PACX/pub?gid=7&single=true&output=csv');
  await page.selectOption('#make-url-sheet', 'people');
  await afterImport(page, () => page.click('#make-url-form button[type=submit]'));
  assert.equal(await pageDataset(page), polity(['import', ARTICLE_SHEETS]).stdout.toString('utf8'));
  assert.match(await page.locator('#make-url-status').innerText(), /people\.csv came from 127\.0\.0\.1/);
  assert.match(await page.locator('#make-sheet-people .make-sheet-from').innerText(), /from 127\.0\.0\.1:\d+/);

  // "Fetch again" reads the sheet anew (the editor changed it in the spreadsheet).
  const requests = env.cors.requests.length;
  await afterImport(page, () => page.click('#make-sheet-people button:text("Fetch again")'));
  assert.equal(env.cors.requests.length, requests + 1);

  await page.fill('#make-url-input', env.plain.url + 'pub?output=csv');
  await page.click('#make-url-form button[type=submit]');
  await page.waitForFunction(() => /CORS/.test(document.getElementById('make-url-status').textContent));
  assert.match(await page.locator('#make-url-status').innerText(),
    /^127\.0\.0\.1:\d+ does not let this page read the sheet: its server sends no CORS permission \(Access-Control-Allow-Origin\)/);
  assert.equal(env.plain.requests.length, 1, 'the server was asked, and the answer could not be read');

  // A name in the address picks the sheet; a non-http address is refused before any request.
  await page.fill('#make-url-input', env.cors.url + 'export/My%20data%20-%20roles.csv');
  await page.locator('#make-url-input').blur();
  await page.waitForFunction(() => document.getElementById('make-url-sheet').value === 'roles');
  await page.fill('#make-url-input', 'javascript:alert(1)');
  await page.click('#make-url-form button[type=submit]');
  assert.match(await page.locator('#make-url-status').innerText(), /is not an http\(s\) address/);
  await page.context().close();
});

//-----------------------------------------------------------------------------
// The preview
//-----------------------------------------------------------------------------

// Records every polity:ready of the two previews with the title the explorer then shows.
function recordReady(page) {
  return page.evaluate(() => {
    window.readyTitles = [];
    for (const id of ['make-preview-phone', 'make-preview-article']) {
      document.getElementById(id).addEventListener('polity:ready', (event) => {
        window.readyTitles.push({ id, title: window.PolityExplorer.get(event.target).about().title });
      });
    }
  });
}

// Explorers draw only while on screen, and `ready` says the data is drawn: scroll to them first.
const readyWith = (page, title) => page.waitForFunction((t) => ['make-preview-phone', 'make-preview-article']
  .every((id) => window.readyTitles.some((r) => r.id === id && r.title === t)), title, { timeout: 20000 });

test('the preview shows the imported dataset (ready fires with its title), and an edit shows in it', async () => {
  const page = await openMake();
  await recordReady(page);
  const files = filesIn(ARTICLE_SHEETS).map((f) => (f.name === 'meta.csv' ? { ...f, bytes: Buffer.from(retitled('Our courts, sheet by sheet')) } : f));
  await dropped(page, files);
  await page.locator('#make-preview-article').scrollIntoViewIfNeeded();
  await readyWith(page, 'Our courts, sheet by sheet');
  assert.match(await page.locator('#make-preview-status').innerText(), /as readers will see it/);

  // An edit in meta.csv's box: checked, then in both previews.
  await page.click('#make-sheet-meta-toggle');
  const box = page.locator('#make-sheet-meta-cells');
  await box.fill((await box.inputValue()).replace('Our courts, sheet by sheet', 'Our courts, edited'));
  await page.locator('#make-preview-article').scrollIntoViewIfNeeded();   // an explorer draws only on screen
  await readyWith(page, 'Our courts, edited');

  // An error keeps the last good dataset on show, and says so.
  const meta = await box.inputValue();
  await afterImport(page, () => box.fill(meta.replace(/^date,.*$/m, 'date,25.08.2025')));
  assert.match(await page.locator('#make-preview-status').innerText(), /last version without errors/);
  const phone = await page.evaluate(() => window.PolityExplorer.get(document.getElementById('make-preview-phone')).about().title);
  assert.equal(phone, 'Our courts, edited');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

//-----------------------------------------------------------------------------
// Out: a dataset in, its sheets and embed code out
//-----------------------------------------------------------------------------

test('a dataset (.json) becomes the sheets polity export writes; the JSON and sheets download', async () => {
  const exported = path.join(scratch, 'cli-export');
  assert.equal(polity(['export', ARTICLE_DATASET, '-o', exported]).status, 0);
  const page = await openMake();
  await dropped(page, [{ name: 'kazakhstan-constitution.json', bytes: fs.readFileSync(ARTICLE_DATASET) }]);
  assert.match(await page.locator('#make-intake-notice').innerText(), /kazakhstan-constitution\.json is now sheets/);
  assert.equal(await page.locator('#make-sheets .make-sheet-from', { hasText: 'from kazakhstan-constitution.json' }).count(), 13);
  assert.equal(await pageDataset(page), polity(['import', exported]).stdout.toString('utf8'));

  await page.fill('#make-file-name', 'our-courts');
  const json = await downloadOf(page, () => page.click('#make-download-json'));
  assert.equal(path.basename(json), 'our-courts.json');
  assert.equal(fs.readFileSync(json, 'utf8'), await pageDataset(page));
  const zip = await downloadOf(page, () => page.click('#make-download-sheets'));
  assert.equal(path.basename(zip), 'our-courts-sheets.zip');
  const sheets = unzip(zip, path.join(scratch, 'page-export'));
  assert.deepEqual(fs.readdirSync(sheets).sort(), fs.readdirSync(exported).sort());
  for (const name of fs.readdirSync(exported)) {
    assert.ok(fs.readFileSync(path.join(sheets, name)).equals(fs.readFileSync(path.join(exported, name))), name);
  }

  // The embed code points at the address given for the file, and at this site's explorer.
  assert.equal(await page.inputValue('#make-dataset-url'), 'https://your-site.example/data/our-courts.json');
  await page.fill('#make-dataset-url', 'https://news.example/graphics/courts.json');
  const script = await page.inputValue('#make-snippet-script');
  assert.match(script, /^<div class="polity-explorer" data-dataset="https:\/\/news\.example\/graphics\/courts\.json" data-lang="en"><\/div>/);
  assert.ok(script.includes(`<script async src="${env.site.url}polity-embed.js"></script>`));
  const iframe = await page.inputValue('#make-snippet-iframe');
  assert.ok(iframe.includes(`src="${env.site.url}embed.html?data=https%3A%2F%2Fnews.example%2Fgraphics%2Fcourts.json&amp;lang=en"`));
  await page.context().close();
});

test('a workbook is refused with the way to save it; two files for one sheet are reported, a later one replaces', async () => {
  const page = await openMake();
  await drop(page, [{ name: 'Our data.xlsx', bytes: Buffer.from('PK') }]);
  await page.waitForFunction(() => !document.getElementById('make-intake-notice').hidden);
  assert.equal(await page.locator('#make-intake-notice').innerText(),
    'Our data.xlsx is a spreadsheet workbook: save each sheet as “CSV UTF-8” and drop those.');
  assert.equal(await page.locator('#make-sheets .make-sheet-given').count(), 0);

  // Two files for one sheet in one drop are both kept, for the import to say so; a file
  // dropped later for a sheet replaces the one before.
  const minimal = filesIn(path.join(SHEET_FIXTURES, 'valid/minimal'));
  const people = minimal.find((f) => f.name === 'people.csv');
  await dropped(page, [...minimal, { ...people, name: 'My data - people.csv' }]);
  assert.deepEqual((await pageDiagnostics(page)).errors,
    ['people.csv: error: a second file for the sheet "people" — the first is My data - people.csv; keep one of the two.']);
  await clearSheets(page);
  await dropped(page, minimal);
  await dropped(page, [{ ...people, name: 'My data - people.csv' }]);
  assert.deepEqual(await pageDiagnostics(page), { errors: [], warnings: [] });
  assert.equal(await page.locator('#make-sheet-people .make-sheet-from').innerText(), 'My data - people.csv · Rows: 1');
  await page.context().close();
});

//-----------------------------------------------------------------------------
// Private, offline, responsive
//-----------------------------------------------------------------------------

test('no request leaves for another origin, and once loaded the page works offline', async () => {
  const page = await openMake();
  await page.waitForFunction(() => window.polityMake.previews.phone);
  await page.evaluate(() => window.polityMake.previews.phone.ready);
  await page.context().setOffline(true);
  await recordReady(page);
  await dropped(page, filesIn(ARTICLE_SHEETS).map((f) => (f.name === 'meta.csv' ? { ...f, bytes: Buffer.from(retitled('Offline')) } : f)));
  await page.locator('#make-preview-article').scrollIntoViewIfNeeded();
  await readyWith(page, 'Offline');
  await downloadOf(page, () => page.click('#make-download-json'));
  await downloadOf(page, () => page.click('#make-download-sheets'));
  await page.click('[data-copy="make-snippet-script"]');
  assert.ok(page.requests.some((url) => url.endsWith('/polity-make-core.wasm')), 'the worker\'s requests are seen');
  const origin = new URL(env.site.url).origin;
  const foreign = page.requests.filter((url) => !url.startsWith(origin + '/') && !/^(blob|data):/.test(url));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no main-thread task over 200 ms while importing a generated 10,000-entity set', async () => {
  const generated = path.join(scratch, 'generated-10k.json'), sheets = path.join(scratch, 'generated-10k');
  fs.writeFileSync(generated, polity(['generate', '--entities', '10000']).stdout);
  assert.equal(polity(['export', generated, '-o', sheets]).status, 0);
  const page = await openMake();
  await page.waitForFunction(() => window.polityMake.previews.phone);
  await page.evaluate(() => window.polityMake.previews.phone.ready);
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration)))
      .observe({ type: 'longtask' });
  });
  await afterImport(page, () => page.setInputFiles('#make-file-input', fs.readdirSync(sheets).map((f) => path.join(sheets, f))));
  await page.waitForTimeout(1000);   // what follows the answer: drawing the report, the sheets
  const report = await page.evaluate(() => window.polityMake.report);
  assert.equal(report.errors, 0);
  assert.equal(await pageDataset(page), polity(['import', sheets]).stdout.toString('utf8'));
  const longest = Math.max(0, ...await page.evaluate(() => window.longTasks));
  console.log(`longest main-thread task while importing 10,000 entities: ${Math.round(longest)} ms`);
  assert.ok(longest <= 200, `a ${Math.round(longest)} ms task`);
  // Reading 3 MB into the explorers would be such a task: the preview waits for a click.
  assert.equal(await page.locator('#make-preview-show').isVisible(), true);
  await page.context().close();
});

//-----------------------------------------------------------------------------
// Every reader: three languages, the keyboard, axe
//-----------------------------------------------------------------------------

test('every word of the page exists in English, Russian and Kazakh, with the same values', () => {
  for (const [key, row] of Object.entries(STRINGS)) {
    assert.equal(row.length, LANGUAGES.length, key);
    const markers = (s) => (s.match(/\{\d\}/g) || []).sort().join();
    for (const text of row) {
      assert.ok(text.trim(), `${key}: empty`);
      assert.equal(markers(text), markers(row[0]), `${key}: values`);
    }
    assert.notEqual(row[1], row[0], `${key}: Russian is English`);
    assert.notEqual(row[2], row[0], `${key}: Kazakh is English`);
  }
});

// Text the page writes itself (not the CLI's diagnostics, file names or the previews).
const ownText = (page) => page.evaluate(() => {
  const skip = '.make-text, .make-sheet-name, .make-excerpt, code, textarea, .make-preview-box, .make-languages, .make-brand';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.closest(skip) && node.textContent.trim()) texts.push(node.textContent.trim());
  }
  return texts.concat(Array.from(document.querySelectorAll('[aria-label], [placeholder]'),
    (e) => e.getAttribute('aria-label')).filter(Boolean));
});

test('in Russian and Kazakh no English word of the page is left, following the browser or the switch', async () => {
  const english = new Set(Object.values(STRINGS).map((row) => row[0].split(/\{\d\}/)[0].trim()).filter((s) => s.length > 3));
  const page = await openMake('', { locale: 'kk-KZ' });
  await dropped(page, filesIn(path.join(SHEET_FIXTURES, 'invalid/bad-id')));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
  for (const lang of ['kk', 'ru']) {
    if (lang === 'ru') await page.click('.make-languages button[lang="ru"]');
    assert.equal(await page.evaluate(() => window.polityMake.lang()), lang);
    const leftovers = (await ownText(page)).filter((text) => [...english].some((e) => text.startsWith(e)));
    assert.deepEqual(leftovers, [], lang);
    assert.equal(await page.title(), STRINGS.docTitle[lang === 'kk' ? 2 : 1]);
  }
  await page.context().close();
});

test('keyboard: choose files, open the example, edit a sheet, follow a diagnostic to its sheet', async () => {
  const page = await openMake();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'make-skip');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 20 && await page.evaluate(() => document.activeElement.id) !== 'make-choose'; i++) {
    await page.keyboard.press('Tab');
  }
  // The file input's click is what opens the browser's chooser; it is caught here, as waiting for
  // the chooser itself races with the browser being told to report it.
  await page.evaluate(() => document.getElementById('make-file-input').addEventListener('click', (event) => {
    event.preventDefault();
    window.chooserOpened = event.target.multiple ? 'multiple' : 'single';
  }));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.chooserOpened === 'multiple');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'make-try-article');
  await afterImport(page, () => page.keyboard.press('Enter'));
  assert.equal(await page.locator('#make-sheets .make-sheet-given').count(), 13);

  await page.focus('#make-sheet-roles-toggle');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'make-sheet-roles-cells');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('nobody,Chair,court\n');
  // A slow keystroke may let an import of half the row run first: wait for the whole row's.
  await page.waitForFunction(() => {
    const mark = document.querySelector('#make-errors .make-excerpt mark');
    return window.polityMake.idle() && mark && mark.textContent === 'nobody';
  });
  const link = page.locator('#make-errors .make-where').first();
  assert.match(await link.innerText(), /^roles\.csv, row \d+, column “person”$/);
  await link.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'make-sheet-roles');
  assert.equal(await page.locator('#make-errors .make-excerpt mark').innerText(), 'nobody');
  await page.context().close();
});

// axe-core on the page as it is; the CSP is bypassed only so axe's script can be added.
async function audit(page, name) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const blocking = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
    .map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `axe-${name}.json`), JSON.stringify(results.violations, null, 2));
  assert.deepEqual(blocking, [], `${name}: serious or critical violations`);
}

test('the hosted page links this page: a toolbar button at 1280 px; on a 390 or 320 px phone the Embed panel, the toolbar within the screen', async () => {
  for (const [width, lang] of [[1280, 'en'], [390, 'en'], [320, 'en'], [320, 'ru'], [320, 'kk']]) {
    const page = await openPage(env.browser, `${env.site.url}#lang=${lang}`, { viewport: { width, height: 800 } });
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const toolbar = await page.evaluate(() => {
      const shown = (el) => el && el.getClientRects().length > 0;
      const bar = document.querySelector('.polity-toolbar');
      return {
        button: shown(document.querySelector('.polity-make-link')),
        panelLink: document.querySelector('#polity-embed-panel a[href="make.html"]') !== null,
        overflow: bar.scrollWidth - bar.clientWidth,
        outside: [...bar.querySelectorAll('.polity-button')].filter(shown)
          .filter((b) => b.getBoundingClientRect().right > innerWidth + 0.5).map((b) => b.textContent),
        cut: [...bar.querySelectorAll('.polity-button')].filter(shown)
          .filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent),
      };
    });
    assert.equal(toolbar.button, width > 480, `${width} px: the toolbar button shown only where it fits`);
    assert.ok(toolbar.panelLink, 'the Embed panel links the page');
    assert.deepEqual(toolbar.outside, [], `${width} px, ${lang}: every toolbar button within the screen`);
    assert.deepEqual(toolbar.cut, [], `${width} px, ${lang}: every button's words whole`);
    assert.ok(toolbar.overflow <= 0, `${width} px: the toolbar does not overflow (${toolbar.overflow} px)`);
    await page.context().close();
  }
});

test('axe: no serious or critical finding at 390 and 1280 px, in each language, clean and with errors', async () => {
  for (const [width, phone] of [[390, true], [1280, false]]) {
    for (const lang of ['en', 'ru', 'kk']) {
      const options = phone ? { viewport: { width, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
        : { viewport: { width, height: 900 } };
      const page = await openMake(`?lang=${lang}`, { bypassCSP: true, ...options });
      await dropped(page, filesIn(ARTICLE_SHEETS));
      await page.waitForTimeout(500);
      await audit(page, `make-${width}-${lang}-article`);
      await screenshot(page, `make-${width}-${lang}-article`);
      await page.screenshot({ path: path.join(resultsDir, `make-${width}-${lang}-article-full.png`), fullPage: true });
      const roles = fs.readFileSync(path.join(ARTICLE_SHEETS, 'roles.csv'), 'utf8');
      await dropped(page, [{ name: 'roles.csv', bytes: Buffer.from(roles.replace(',supreme-judicial-council', ',supreme-judicial-cuoncil')) }]);
      await page.locator('#make-step-check').scrollIntoViewIfNeeded();
      // The row scrolls sideways to the cell to fix when it is wider than the screen.
      assert.ok(await page.evaluate(() => {
        const cell = document.querySelector('#make-errors .make-marked').getBoundingClientRect();
        const box = document.querySelector('#make-errors .make-excerpt-scroll').getBoundingClientRect();
        return cell.left >= box.left - 1 && cell.right <= box.right + 1;
      }), 'the marked cell is in view');
      await audit(page, `make-${width}-${lang}-error`);
      await screenshot(page, `make-${width}-${lang}-error`);
      await page.locator('#make-step-check').screenshot({ path: path.join(resultsDir, `make-${width}-${lang}-error-check.png`) });
      await page.context().close();
    }
  }
});
