// Polity Explorer — the "Make your own" page (make.html): wires the steps together.
//   1. sheets in (make-sheets.js): dropped or chosen files, cells pasted into a sheet's box, a
//      sheet published as CSV, or a dataset (.json), which the core exports to sheets;
//   2. checked (make-report.js) by the core in a Web Worker (make-worker.js): `polity import`'s
//      own C++, so the same rules and words, with the page never waiting on it;
//   3. previewed (make-preview.js) and published (make-publish.js).
// ?lang=en|ru|kk picks the language (else the browser's). window.polityMake is the hook the
// browser tests and the benchmark read.
import { LANGUAGES, pickLanguage, say, translate } from './make-strings.js';
import { Checker } from './make-checker.js';
import { SheetList } from './make-sheets.js';
import { Report } from './make-report.js';
import { EXAMPLE, Previews } from './make-preview.js';
import { Publish } from './make-publish.js';

const MAX_SHEET_BYTES = 64 * 1024 * 1024;  // as the core's limit per file
const FETCH_TIMEOUT_MS = 30000;
const TYPING_PAUSE_MS = 250;               // cells typed in a box are checked after this pause
const LARGE_PREVIEW_BYTES = 1024 * 1024;   // a larger dataset is previewed when the editor asks

let lang = pickLanguage(location.search, navigator.languages);
const checker = new Checker(new URL('make-worker.js', import.meta.url));
const example = fetch(EXAMPLE).then((r) => (r.ok ? r.text() : null)).catch(() => null);
const sheets = new SheetList(document.getElementById('make-sheets'), (kind) => sheetsChanged(kind));
const report = new Report((file) => sheets.anchorFor(file));
const previews = new Previews(lang, example);
const publish = new Publish(exportSheets);
const intakeNotice = document.getElementById('make-intake-notice');
const urlStatus = document.getElementById('make-url-status');

// What the tests and the benchmark read.
const hook = {
  lang: () => lang,
  report: null,         // the last report shown in step 2
  dataset: null,        // the last dataset that checked without errors (bytes)
  imports: 0,           // imports answered
  reports: 0,           // reports shown (imports, and datasets that did not load)
  timings: [],          // [{files, ms}]: from the files' arrival to their diagnostics on the page
  previews: previews.explorers,
  started: null,        // resolves once the core answered its first request
  request: (op, files) => checker.request(op, files),   // the worker itself
};
window.polityMake = hook;

//-----------------------------------------------------------------------------
// Languages
//-----------------------------------------------------------------------------

function drawLanguageMenu() {
  const nav = document.querySelector('.make-languages');
  nav.replaceChildren(...LANGUAGES.map(({ code, name }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'make-language';
    button.lang = code;
    button.textContent = name;
    button.setAttribute('aria-pressed', String(code === lang));
    button.addEventListener('click', () => setLanguage(code));
    return button;
  }));
}

function setLanguage(code) {
  lang = code;
  document.documentElement.lang = code;
  translate(document, code);
  drawLanguageMenu();
  sheets.setLanguage(code);
  report.setLanguage(code);
  previews.setLanguage(code);
  publish.setLanguage(code);
}

//-----------------------------------------------------------------------------
// Step 1: files in
//-----------------------------------------------------------------------------

let arrivedAt = 0;   // when the files of the next diagnostics arrived (performance.now())

async function readFiles(list) {
  return Promise.all(Array.from(list, async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

// Dropped or chosen files: a dataset (.json) becomes sheets; the rest are sheets.
async function addFiles(list) {
  arrivedAt = performance.now();
  intakeNotice.hidden = true;
  const files = await readFiles(list);
  const isDataset = (f) => /\.json$/i.test(f.name);
  for (const dataset of files.filter(isDataset)) await openDataset(dataset);
  const csv = files.filter((f) => !isDataset(f));
  if (csv.length) await addSheets(csv, 'file', '');
}

async function addSheets(files, source, origin) {
  const { report: found } = await checker.request('identify', files.map((f) => ({ name: f.name, bytes: new Uint8Array() })));
  const workbooks = found.files.filter((f) => f.workbook).map((f) => f.file);
  if (workbooks.length) {
    say(intakeNotice, lang, 'workbook', workbooks.join(', '));
    intakeNotice.hidden = false;
  }
  const added = files.map((f, i) => ({ name: f.name, bytes: f.bytes, sheet: found.files[i].sheet, source, origin }))
    .filter((f, i) => !found.files[i].workbook);
  if (added.length) sheets.add(added);
}

// A dataset file: checked, then exported to sheets that replace the page's (polity export).
let exportNotes = [];   // what the last dataset's sheets could not hold, shown with its import
async function openDataset(file) {
  const { report: checked, parts } = await checker.request('export', [file]);
  if (!checked.ok) {
    say(intakeNotice, lang, 'jsonErrors', file.name);
    intakeNotice.hidden = false;
    showReport(checked, []);
    return;
  }
  say(intakeNotice, lang, 'jsonSheets', file.name);
  intakeNotice.hidden = false;
  const exported = checked.files.map((name, i) => ({ name, bytes: parts[i] }));
  const { report: found } = await checker.request('identify', exported.map((f) => ({ name: f.name, bytes: new Uint8Array() })));
  exportNotes = checked.diagnostics.filter((d) => d.severity === 'warning');
  sheets.replaceAll(exported.map((f, i) => ({ ...f, sheet: found.files[i].sheet, source: 'dataset', origin: file.name })));
}

function exportSheets(name, bytes) {
  return checker.request('export', [{ name, bytes }]).then(({ report: r, parts }) => r.files.map((n, i) => ({ name: n, bytes: parts[i] })));
}

//-----------------------------------------------------------------------------
// Step 1: a sheet published as CSV
//-----------------------------------------------------------------------------

// Reads the body, refusing more than a sheet may hold.
async function readLimited(response) {
  const chunks = [];
  let size = 0;
  for (const reader = response.body.getReader(); ;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_SHEET_BYTES) throw Object.assign(new Error('too large'), { tooLarge: true });
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
  return bytes;
}

async function fetchSheet(address, sheet) {
  let url;
  try {
    url = new URL(address);
  } catch {
    url = null;
  }
  if (!address) return say(urlStatus, lang, 'urlMissing');
  if (!url || !/^https?:$/.test(url.protocol)) return say(urlStatus, lang, 'urlBad', address);
  say(urlStatus, lang, 'urlFetching', url.host);
  const controller = new AbortController(), timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    // No cookies and no referrer: the sheet's server learns nothing of the editor or this page.
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store',
      signal: controller.signal });
    if (!response.ok) return say(urlStatus, lang, 'urlHttp', url.host, `${response.status} ${response.statusText}`.trim());
    const bytes = await readLimited(response);
    arrivedAt = performance.now();
    say(urlStatus, lang, 'urlFetched', sheet + '.csv', url.host);
    sheets.add([{ name: sheet + '.csv', bytes, sheet, source: 'url', origin: url.href }]);
  } catch (error) {
    const key = error.tooLarge ? 'urlTooLarge' : controller.signal.aborted ? 'urlTimeout' : 'urlNoCors';
    say(urlStatus, lang, key, url.host);
  } finally {
    clearTimeout(timer);
  }
}

// The sheet a published address names, when its path ends with one ("…/people.csv").
async function guessSheet(address) {
  let name = address.split(/[?#]/)[0].split('/').pop();
  try {
    name = decodeURIComponent(name);
  } catch {
    return;   // not an address a sheet could come from; fetching it says why
  }
  if (!name) return;
  const { report: found } = await checker.request('identify', [{ name, bytes: new Uint8Array() }]);
  if (found.files[0].sheet) document.getElementById('make-url-sheet').value = found.files[0].sheet;
}

//-----------------------------------------------------------------------------
// Step 2: the import, always of the latest sheets, one at a time
//-----------------------------------------------------------------------------

let importing = false, again = false, typingTimer = 0, checkingTimer = 0;

function sheetsChanged(kind) {
  if (kind !== 'dataset') exportNotes = [];
  clearTimeout(typingTimer);
  typingTimer = 0;
  if (kind === 'edit') {
    typingTimer = setTimeout(() => {
      typingTimer = 0;
      runImport();
    }, TYPING_PAUSE_MS);
  } else {
    runImport();
  }
}

// No import waits for a pause in typing, runs, or is due after the one running.
hook.idle = () => !typingTimer && !importing && !again;

async function runImport() {
  if (importing) {
    again = true;
    return;
  }
  const files = sheets.files();
  if (!files.length) {
    sheets.setReport(null);
    report.status('idle');
    return;
  }
  importing = true;
  const notes = exportNotes;
  checkingTimer = setTimeout(() => report.status('checking'), 150);  // only when it takes a while
  try {
    const { report: imported, parts } = await checker.request('import', files);
    hook.imports += 1;
    showReport(imported, notes);
    if (imported.ok) showDataset(parts[0]);
    else previews.stale();
  } catch (error) {
    report.status('failed', error.message);
  } finally {
    clearTimeout(checkingTimer);
    importing = false;
  }
  if (again) {
    again = false;
    runImport();
  }
}

function showReport(found, extra) {
  clearTimeout(checkingTimer);
  hook.report = found;
  hook.reports += 1;
  sheets.setReport(found.files ? found : null);
  report.show(found, extra);
  if (arrivedAt) {
    hook.timings.push({ files: (found.files || []).length, ms: performance.now() - arrivedAt });
    arrivedAt = 0;
  }
}

function sameBytes(a, b) {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function showDataset(bytes) {
  publish.setDataset(bytes);
  if (sameBytes(bytes, hook.dataset)) return previews.setState('yours');  // the same file again
  hook.dataset = bytes;
  // The explorers read a dataset on this thread: a large one waits for the editor's click,
  // so that checking stays instant while the sheets change.
  if (bytes.length > LARGE_PREVIEW_BYTES) previews.offer(() => new TextDecoder().decode(bytes), bytes.length);
  else previews.show(new TextDecoder().decode(bytes));
}

//-----------------------------------------------------------------------------
// Wiring
//-----------------------------------------------------------------------------

function wireDrop() {
  const zone = document.getElementById('make-drop'), input = document.getElementById('make-file-input');
  const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files');
  // The whole page takes a drop: a file let go beside the zone must not replace the page.
  document.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.add('make-drop-active');
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) zone.classList.remove('make-drop-active');
  });
  document.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.remove('make-drop-active');
    addFiles(event.dataTransfer.files);
  });
  document.getElementById('make-choose').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    addFiles(input.files).finally(() => { input.value = ''; });  // the same file chosen again is read again
  });
}

function wireUrlForm(spec) {
  const select = document.getElementById('make-url-sheet'), input = document.getElementById('make-url-input');
  select.replaceChildren(...spec.map((s) => new Option(s.name + '.csv', s.name)));
  document.getElementById('make-url-form').addEventListener('submit', (event) => {
    event.preventDefault();
    fetchSheet(input.value.trim(), select.value);
  });
  input.addEventListener('change', () => guessSheet(input.value.trim()));
  document.getElementById('make-sheets').addEventListener('make:refetch', (event) => {
    fetchSheet(event.detail.url, event.detail.sheet);
  });
}

async function openArticleSheets() {
  const text = await example;
  if (text === null) return;
  arrivedAt = performance.now();
  await openDataset({ name: EXAMPLE.split('/').pop(), bytes: new TextEncoder().encode(text) });
}

async function start() {
  setLanguage(lang);
  wireDrop();
  document.getElementById('make-try-article').addEventListener('click', openArticleSheets);
  document.getElementById('make-clear').addEventListener('click', () => {
    intakeNotice.hidden = true;
    sheets.clear();
  });
  hook.started = checker.request('sheets');
  try {
    const { report: spec } = await hook.started;
    report.vertical = new Set(spec.sheets.filter((s) => s.vertical).map((s) => s.name));
    sheets.setSheets(spec.sheets);
    wireUrlForm(spec.sheets);
    report.status('idle');
  } catch (error) {
    report.status('failed', error.message);
  }
}

start();
