// Benchmark of the "Make your own" page (web/make.html): the size of its core module (the sheets
// importer and checker of shared/ compiled to WebAssembly, polity-make-core.wasm) raw and with
// brotli, and the time from files dropped on the page to their first diagnostics on screen, for
// the article's sheets and for a generated set of 10,000 entities, against `polity import` of
// the same sheets on the command line. It prints figures; it never fails on them.
//   node scripts/bench-make.mjs   (after the native and wasm-release builds; brotli from Debian)
// Browser: headless Chromium, the page loaded and its worker started before each drop; the time
// runs from the page's drop handler to the report drawn (reading the files, the worker's import,
// the answer, the report and the sheet list). Command line: the whole process, sheets read from
// disk, the dataset written to /dev/null.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot, siteDir, checkSiteBuilt, startServer, launchBrowser } from '../tests/browser/harness.mjs';

const RUNS = 5;
const GENERATED = 10000;
const POLITY = path.join(repoRoot, 'build/native/tools/polity');
const ARTICLE_SHEETS = path.join(repoRoot, 'data/templates/kazakhstan-constitution');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function brotliSize(file) {
  const run = spawnSync('brotli', ['-c', file], { maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error('brotli failed (apt-get install brotli)');
  return run.stdout.length;
}

function sizes() {
  console.log('Core module (what the page adds to the explorer site)');
  for (const name of ['polity-make-core.wasm', 'polity-make-core.js']) {
    const file = path.join(siteDir, name);
    console.log(`  ${name.padEnd(26)}${kib(fs.statSync(file).size).padStart(12)} raw ${kib(brotliSize(file)).padStart(12)} brotli`);
  }
  const page = fs.readdirSync(siteDir).filter((n) => /^make.*\.(js|css|html)$/.test(n));
  const raw = page.reduce((n, f) => n + fs.statSync(path.join(siteDir, f)).size, 0);
  const compressed = page.reduce((n, f) => n + brotliSize(path.join(siteDir, f)), 0);
  console.log(`  ${`the page's own ${page.length} files`.padEnd(26)}${kib(raw).padStart(12)} raw ${kib(compressed).padStart(12)} brotli`);
}

function nativeTimes(dir) {
  const times = [];
  for (let run = 0; run < RUNS; ++run) {
    const start = process.hrtime.bigint();
    const result = spawnSync(POLITY, ['import', '-o', '/dev/null', dir], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`polity import ${dir} failed`);
  }
  return times;
}

async function browserTimes(browser, url, dir) {
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  const times = [];
  for (let run = 0; run < RUNS; ++run) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.evaluate(() => window.polityMake.started);
    await page.setInputFiles('#make-file-input', files);
    await page.waitForFunction(() => window.polityMake.timings.length > 0, null, { timeout: 120000 });
    times.push(await page.evaluate(() => window.polityMake.timings[0].ms));
    await page.close();
  }
  return times;
}

async function main() {
  await checkSiteBuilt();
  if (!fs.existsSync(POLITY)) throw new Error(`no ${POLITY}: cmake --preset native && cmake --build --preset native`);
  sizes();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'polity-bench-make-'));
  const generated = path.join(scratch, 'generated.json'), generatedSheets = path.join(scratch, 'sheets');
  fs.writeFileSync(generated, spawnSync(POLITY, ['generate', '--entities', String(GENERATED)], { maxBuffer: 1 << 30 }).stdout);
  spawnSync(POLITY, ['export', generated, '-o', generatedSheets], { stdio: 'ignore' });
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    console.log(`\nFrom drop to the first diagnostics (median of ${RUNS}, min–max), against polity import`);
    console.log(`  ${'sheets'.padEnd(34)}${'browser (worker)'.padEnd(26)}native CLI`);
    for (const [label, dir] of [["the article's (13 sheets, 116 KB)", ARTICLE_SHEETS],
      [`generated, ${GENERATED.toLocaleString('en-US')} entities (13 sheets, ${(fs.readdirSync(generatedSheets)
        .reduce((n, f) => n + fs.statSync(path.join(generatedSheets, f)).size, 0) / 1e6).toFixed(1)} MB)`, generatedSheets]]) {
      const page = await browserTimes(browser, server.url + 'make.html', dir);
      const native = nativeTimes(dir);
      console.log(`  ${label}\n  ${''.padEnd(34)}${`${median(page).toFixed(0)} ms (${range(page)})`.padEnd(26)}` +
        `${median(native).toFixed(0)} ms (${range(native)})`);
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
