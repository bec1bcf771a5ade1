// Benchmark of a big network: a generated dataset of 1,000,000 relations (about 55 MB,
// `polity generate --relations 1000000 --compact`) loaded through the README's script embed and
// on the hosted page; then the Network view opens and the widget builds its graph a slice per
// frame. It prints the main thread's longest task while the graph is built and laid out (up to
// the widget falling idle), the frames it took, the time to a finished network, and, apart, the
// longest task while the file loads and is checked. It prints figures; it never fails on them.
//   node scripts/bench-network.mjs [--runs N] [--relations N] [--traces DIR]
//       (after scripts/serve.sh --no-serve or a wasm-release build, npm ci, and the native
//        build for the generator: cmake --build --preset native --target polity_cli)
// --traces DIR keeps each run's traces, with V8's and the compositor's categories too, to open
// in DevTools' Performance panel. Headless Chromium, SwiftShader WebGL, 1000x700 at DPR 1: times
// are for this machine's CPU.
import fs from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { repoRoot, checkSiteBuilt, startServer, launchBrowser, until } from '../tests/browser/harness.mjs';
import { mainThreadTasks, longTasks } from '../bench/lib/probes.mjs';

const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = argument('--runs', 3);
const RELATIONS = argument('--relations', 1000000);
const DATASET = path.join(repoRoot, `build/bench-data/relations-${RELATIONS}.json`);
const DATA_PATH = `bench-data/relations-${RELATIONS}.json`;   // where the pages find it
const polityTool = path.join(repoRoot, 'build/native/tools/polity');
const TRACES = process.argv.includes('--traces') ? path.resolve(process.argv[process.argv.indexOf('--traces') + 1]) : null;
const TRACE = { categories: ['toplevel', 'devtools.timeline', 'gpu',
  ...(TRACES ? ['disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'cc', 'disabled-by-default-v8.gc'] : [])] };
const LONG_MS = 50;            // tasks listed by where they ran (the web's "long task")
const QUIET_MS = 1000;         // no frame drawn for this long: the widget is idle
const LOAD_TIMEOUT_MS = 180000;
const BUILD_TIMEOUT_MS = 180000;

// The README's script embed, as a newsroom pastes it, with Network among the tabs.
const EMBED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A big network</title></head>
<body>
  <div id="story" class="polity-explorer" data-dataset="${DATA_PATH}" data-views="overview,network"
       data-height="600px"></div>
  <script async src="polity-embed.js"></script>
</body></html>`;

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');

async function ensureDataset() {
  try {
    return (await fs.stat(DATASET)).size;
  } catch { /* generated below */ }
  await fs.mkdir(path.dirname(DATASET), { recursive: true });
  await new Promise((resolve, reject) => {
    const child = spawn(polityTool, ['generate', '--relations', String(RELATIONS), '--compact'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const sink = createWriteStream(DATASET);
    child.stdout.pipe(sink);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? sink.on('close', resolve) : reject(new Error(`polity generate: exit ${code}`))));
  });
  return (await fs.stat(DATASET)).size;
}

// The explorer's public API on either page, the embed's through PolityExplorer.get, the hosted
// page's through its test hook (the same object); set up before the page's scripts run.
function findExplorer() {
  window.benchExplorer = () => (window.polityTest ? window.polityTest.explorer
    : window.PolityExplorer && window.PolityExplorer.get(document.getElementById('story')));
}
const report = (page) => page.evaluate(() => {
  const explorer = window.benchExplorer();
  const s = explorer ? explorer.debugState() : null;
  return s && { phase: s.phase, view: s.view, network: s.network, frames: explorer.frames(), loadMs: s.load_ms };
});

// Polls until no frame has been drawn for QUIET_MS; returns the report then.
async function quiet(page) {
  let last = await report(page), since = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await report(page);
    if (now.frames !== last.frames) since = Date.now();
    last = now;
    if (Date.now() - since >= QUIET_MS) return last;
  }
}

async function keep(trace, name) {
  if (TRACES) {
    await fs.mkdir(TRACES, { recursive: true });
    await fs.writeFile(path.join(TRACES, `${name}.json`), trace);
  }
  return trace;
}

async function oneRun(browser, server, setup, run) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route(`**/${DATA_PATH}`, (route) => route.fulfill({ path: DATASET, contentType: 'application/json' }));
  await page.addInitScript(findExplorer);
  await page.route('**/bench-network.html', (route) => route.fulfill({ body: EMBED_PAGE, contentType: 'text/html' }));
  const out = { setup: setup.name, errors };
  try {
    // Loading: from navigation to the first frame with the data and the widget idle.
    await browser.startTracing(page, TRACE);
    const started = Date.now();
    await page.goto(server.url + setup.url);
    await until(() => report(page).then((r) => r && r.phase !== 'loading' && r), 'the data shown', LOAD_TIMEOUT_MS);
    const loaded = await quiet(page);
    if (loaded.phase !== 'ready') throw new Error(`the dataset did not load: phase ${loaded.phase}`);
    out.loadSeconds = (Date.now() - started - QUIET_MS) / 1000;
    out.loadMs = loaded.loadMs;
    const loadTrace = await keep(await browser.stopTracing(), `${setup.file}-${run}-load`);
    out.loadLongest = mainThreadTasks(loadTrace).longest;
    out.loadLong = longTasks(loadTrace, LONG_MS);
    // The Network view: from setView to the graph drawn and the widget idle.
    await browser.startTracing(page, TRACE);
    const opened = Date.now();
    await page.evaluate(() => window.benchExplorer().setView('network'));
    const built = await until(() => report(page).then((r) => r.network.built && r), 'the network built', BUILD_TIMEOUT_MS);
    out.builtSeconds = (Date.now() - opened) / 1000;
    const idle = await quiet(page);
    const trace = await keep(await browser.stopTracing(), `${setup.file}-${run}-network`);
    const tasks = mainThreadTasks(trace);
    out.networkLongest = tasks.longest;
    out.networkLongestScript = tasks.longestScript;
    out.networkLongestReadback = tasks.longestReadback;
    out.networkLong = longTasks(trace, LONG_MS);
    out.frames = idle.frames - loaded.frames;
    out.slices = built.network.slices;
    out.longestSlice = built.network.longest_slice_ms;
    out.nodes = idle.network.nodes;
  } catch (error) {
    out.failure = String(error && error.message ? error.message : error).split('\n')[0];
  } finally {
    await context.close();
  }
  return out;
}

const SETUPS = [
  { name: 'script embed', file: 'embed', url: 'bench-network.html' },
  { name: 'hosted page', file: 'hosted', url: `index.html?data=${DATA_PATH}` },
];

async function main() {
  await checkSiteBuilt();
  const bytes = await ensureDataset();
  const server = await startServer();
  const browser = await launchBrowser();
  const results = [];
  console.log(`A network of ${RELATIONS.toLocaleString('en-US')} relations: ${path.relative(repoRoot, DATASET)}, ` +
              `${(bytes / 1e6).toFixed(1)} MB (${(bytes / 1048576).toFixed(1)} MiB)`);
  console.log(`Chromium ${browser.version()} (headless, SwiftShader WebGL), 1000x700 at DPR 1; ${RUNS} runs per page; ` +
              `load average at the start ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} (${os.cpus().length} cores)`);
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const setup of SETUPS) {   // interleaved, so load on the machine falls on both alike
        const r = await oneRun(browser, server, setup, run + 1);
        results.push(r);
        const where = (list) => list.map((t) => `${fmt(t.ms)} ms at ${fmt(t.at / 1000, 1)} s (script ${fmt(t.script)})`).join('; ') || 'none';
        console.log(`  run ${run + 1}, ${r.setup}: ` + (r.failure ? `FAILED: ${r.failure}` :
          `loaded in ${fmt(r.loadSeconds, 1)} s (the widget's parse, check and index ${fmt(r.loadMs)} ms), longest task ` +
          `${fmt(r.loadLongest)} ms; Network: longest task ${fmt(r.networkLongest)} ms, ${r.slices} slices ` +
          `(longest ${fmt(r.longestSlice, 1)} ms), ${r.frames} frames, built in ${fmt(r.builtSeconds, 1)} s, ${r.nodes} nodes drawn`) +
          (r.errors.length ? `; page errors: ${r.errors.slice(0, 3).join(' | ')}` : ''));
        if (!r.failure) {
          console.log(`    tasks over ${LONG_MS} ms while loading: ${where(r.loadLong)}`);
          console.log(`    tasks over ${LONG_MS} ms after opening Network: ${where(r.networkLong)}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nMedians of ${RUNS} runs (min–max); load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}\n`);
  const cell = (xs, digits = 0) => {
    const ok = xs.filter(Number.isFinite);
    if (!ok.length) return '—';
    const [lo, hi] = [Math.min(...ok), Math.max(...ok)];
    return fmt(lo, digits) === fmt(hi, digits) ? fmt(median(ok), digits) : `${fmt(median(ok), digits)} (${fmt(lo, digits)}–${fmt(hi, digits)})`;
  };
  console.log('| page | Network: longest task ms | longest script ms | longest WebGL read-back ms | slices | frames | ' +
              'to a finished network s | loading: longest task ms | parse, check and index ms | loaded in s |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const setup of SETUPS) {
    const runs = results.filter((r) => r.setup === setup.name && !r.failure);
    const col = (key, digits) => cell(runs.map((r) => r[key]), digits);
    console.log(`| ${setup.name} | ${col('networkLongest')} | ${col('networkLongestScript')} | ${col('networkLongestReadback')} | ${col('slices')} | ${col('frames')} | ${col('builtSeconds', 1)} | ` +
                `${col('loadLongest')} | ${col('loadMs')} | ${col('loadSeconds', 1)} |`);
  }
}

await main();
