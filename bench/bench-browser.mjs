// Browser benchmark: our widget against TimelineJS and vis-timeline, fed the same generated
// events (30, 300, 3,000), in one run, interleaved (A B C A B C ...), each load a first visit
// from a local server that compresses like a CDN; then our widget alone at 100,000 events and
// with the article's dataset, and an empty page as the floor. Our widget is measured the way
// newsrooms embed it, through the README's script embed (polity-embed.js and an element); one
// page labelled "iframe embed" measures the README's iframe snippet. It prints figures
// (medians and min–max) and never fails on them.
//   npm run bench                 5 runs, 10 s idle windows (about 35 minutes on 2 cores)
//   npm run bench -- --quick      1 run, 3 s idle windows (a few minutes)
//   node bench/bench-browser.mjs [--runs N] [--idle SECONDS] [--sizes 30,300]
//   node bench/bench-browser.mjs --only-huge --runs 3 --idle 3   ours at 100,000 events alone (memory, load)
// Needs: the WebAssembly build (build/wasm-release/site), the native `polity` tool (for the
// datasets), `npm ci` (playwright-core and the two peers) and Debian's chromium.
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startBenchServer } from './lib/server.mjs';
import { measurePage } from './lib/measure.mjs';
import { summarise, printTables, printMilestones } from './lib/report.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = process.env.POLITY_SITE || path.join(repoRoot, 'build/wasm-release/site');
const polityTool = process.env.POLITY_CLI || path.join(repoRoot, 'build/native/tools/polity');
const workDir = path.join(repoRoot, 'build/bench');
const resultsDir = path.join(repoRoot, 'bench/results');
const ARTICLE = '/site/data/kazakhstan-constitution.json';
const HUGE = 100000;

// The same Chromium flags as the browser tests (SwiftShader WebGL 2, no GPU), and no network
// but the benchmark's own server: nothing may reach out to a CDN or a font service.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];

function options(argv) {
  const o = { runs: 5, idleSeconds: 10, sizes: [30, 300, 3000], huge: true, onlyHuge: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') Object.assign(o, { runs: 1, idleSeconds: 3 });
    else if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--idle') o.idleSeconds = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--sizes') o.sizes = String(argv[++i]).split(',').map(Number).filter((n) => n > 0);
    else if (a === '--no-huge') o.huge = false;
    else if (a === '--only-huge') Object.assign(o, { sizes: [], huge: true, onlyHuge: true });
    else throw new Error(`unknown option ${a} (known: --quick, --runs N, --idle S, --sizes A,B, --no-huge, --only-huge)`);
  }
  return o;
}

async function mustExist(file, hint) {
  try {
    await fs.access(file);
  } catch {
    throw new Error(`${path.relative(repoRoot, file)} is missing: ${hint}`);
  }
}

// Datasets from `polity generate --events N --format F`: deterministic, so they are made again
// only when the tool is newer than the file.
async function datasets(sizes, huge) {
  const dir = path.join(workDir, 'data');
  await fs.mkdir(dir, { recursive: true });
  const tool = await fs.stat(polityTool);
  const wanted = sizes.flatMap((n) => ['polity', 'timelinejs', 'vis'].map((f) => [n, f]));
  if (huge) wanted.push([HUGE, 'polity']);
  for (const [n, format] of wanted) {
    const file = path.join(dir, `events-${n}.${format}.json`);
    const fresh = await fs.stat(file).then((s) => s.mtimeMs > tool.mtimeMs, () => false);
    if (fresh) continue;
    const { stdout } = await promisify(execFile)(polityTool, ['generate', '--events', String(n), '--format', format],
      { maxBuffer: 1 << 30, encoding: 'buffer' });
    await fs.writeFile(file, stdout);
  }
}

// The pages of one round, in order; a group's pages are compared with each other.
function roundOf(o) {
  const pages = [];
  const short = { timelinejs: 'TL', vis: 'vis' };
  const names = { polity: 'ours', timelinejs: 'TimelineJS', vis: 'vis-timeline' };
  for (const n of o.sizes) {
    for (const tool of ['polity', 'timelinejs', 'vis']) {
      pages.push({ tool, group: n, short: short[tool], label: `${names[tool]}, ${n.toLocaleString('en-US')} events`,
        dataUrl: `/data/events-${n}.${tool}.json` });
    }
  }
  if (o.huge) pages.push({ tool: 'polity', label: `ours, ${HUGE.toLocaleString('en-US')} events`, dataUrl: `/data/events-${HUGE}.polity.json` });
  if (o.onlyHuge) return pages;
  pages.push({ tool: 'polity', label: "ours, the article's dataset", dataUrl: ARTICLE });
  pages.push({ tool: 'polity-iframe', label: "ours, iframe embed, the article's dataset", dataUrl: ARTICLE });
  pages.push({ tool: 'empty', label: 'empty page (the floor)' });
  return pages;
}

function progressLine(r) {
  if (r.failure) return `FAILED: ${r.failure}`;
  const kib = (r.net.wire / 1024).toFixed(1);
  const zoom = r.zoom ? `, zoom longest task ${r.zoom.longestTask.toFixed(1)} ms` : '';
  const click = r.click ? `, click→paint ${r.click.clickToPaint === null ? '—' : r.click.clickToPaint.toFixed(0)} ms` : '';
  return `${kib} KiB, first render ${r.firstRender.toFixed(0)} ms, idle ${(100 * r.idleOn.main / r.idleOn.seconds).toFixed(2)} %` +
    `${zoom}${click}${r.errors.length ? `, page errors: ${r.errors.join('; ')}` : ''}`;
}

async function main() {
  const o = options(process.argv.slice(2));
  await mustExist(path.join(siteDir, 'polity-widget.wasm'), 'build the widget (cmake --preset wasm-release && cmake --build --preset wasm-release)');
  await mustExist(polityTool, 'build the native tools (cmake --preset native && cmake --build --preset native)');
  const peers = path.join(repoRoot, 'node_modules');
  await mustExist(path.join(peers, '@knight-lab/timelinejs/dist/js/timeline.js'), 'run npm ci');
  await mustExist(path.join(peers, 'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), 'run npm ci');
  await datasets(o.sizes, o.huge);

  const server = await startBenchServer({
    '/site/': siteDir + path.sep,
    '/pages/': path.join(repoRoot, 'bench/pages') + path.sep,
    '/data/': path.join(workDir, 'data') + path.sep,
    '/timelinejs/': path.join(peers, '@knight-lab/timelinejs/dist') + path.sep,
    '/vis/': path.join(peers, 'vis-timeline') + path.sep,
  }, path.join(workDir, 'compressed'));
  const pages = roundOf(o);
  console.log('Compressing every file once (brotli 11, gzip -9; cached in build/bench/compressed) ...');
  const statics = ['/site/polity-embed.js', '/site/polity-widget.wasm', '/site/polity.css', '/site/embed.html',
    '/site/polity-frame.js', '/site/polity-iframe.js',
    '/timelinejs/js/timeline.js', '/timelinejs/css/timeline.css', '/timelinejs/css/fonts/font.default.css',
    '/vis/standalone/umd/vis-timeline-graph2d.min.js', '/vis/styles/vis-timeline-graph2d.min.css'];
  await server.warm([...statics, ...pages.filter((p) => p.dataUrl).map((p) => p.dataUrl)]);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = [];
  const version = browser.version();
  try {
    const info = await (await browser.newBrowserCDPSession()).send('SystemInfo.getProcessInfo');
    const env = { browser, server, serverUrl: server.url, idleSeconds: o.idleSeconds,
      browserPid: info.processInfo.find((p) => p.type === 'browser').id };
    console.log(`Chromium ${version} headless, SwiftShader WebGL, viewport 1000x700 at DPR 1; ` +
      `${o.runs} run(s), idle windows of ${o.idleSeconds} s`);
    for (let run = 1; run <= o.runs; run++) {
      for (const page of pages) {
        const r = await measurePage(env, page);
        results.push({ run, ...r });
        console.log(`  run ${run}/${o.runs}  ${page.label.padEnd(32)} ${progressLine(r)}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const summary = summarise(results);
  console.log(`\n## Browser benchmark (${o.runs} interleaved runs: median (min–max))`);
  printTables(summary, pages);
  printMilestones(results, pages);
  const failed = Object.entries(summary).filter(([, s]) => s.failures.length);
  for (const [label, s] of failed) console.log(`\n${label}: ${s.failures.length} run(s) failed: ${s.failures[0]}`);
  const blocked = [...new Set(results.flatMap((r) => (r.net ? r.net.failed : [])))];
  if (blocked.length) console.log(`\nRequests that failed (the browser reaches nothing but the local server): ${blocked.join(', ')}`);
  await fs.mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `browser-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await fs.writeFile(file, JSON.stringify({ chromium: version, options: o, summary, results }, null, 1));
  console.log(`\nEvery run's figures: ${path.relative(repoRoot, file)}`);
}

main().catch((error) => {
  console.error(`bench-browser: ${error.message}`);
  process.exitCode = 1;
});
