// Benchmark of article mode in a news article (tests/browser/pages/news-article.html, one explorer,
// served from another origin than the widget): bytes a reader downloads and the time to the
// first frame with data, for a desktop column and a phone. It prints figures; it never fails.
//   node scripts/bench-article.mjs                         the site in build/wasm-release/site
//   node scripts/bench-article.mjs --against OTHER_SITE    and, for comparison, another build's site
//                                                          (say, one built from an older commit)
// With --against, each run is the same article page; an older build, which has no article mode,
// shows the explorer as it did. Loads alternate between the builds, so load on the machine
// affects both alike. Headless Chromium with SwiftShader WebGL: times are for this machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const RUNS = 7;
const SETUPS = [
  ['680 px column', { viewport: { width: 680, height: 900 } }],
  ['phone, 390 px at DPR 3', { viewport: { width: 390, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }],
];
const kb = (n) => (n / 1024).toFixed(1) + ' KiB';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The child's part: one build (POLITY_SITE), one cold load per setup, figures as JSON on stdout.
async function measure() {
  const { siteDir, checkSiteBuilt, startServer, launchBrowser, recordResponseSizes } = await import('../tests/browser/harness.mjs');
  await checkSiteBuilt();
  const site = await startServer();
  const host = await startServer({ widgetBase: site.url });
  const browser = await launchBrowser();
  const out = {};
  try {
    for (const [name, options] of SETUPS) {
      const runs = [];
      {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        const sizes = await recordResponseSizes(context, page);
        await page.goto(host.url + 'tests/browser/pages/news-article.html');
        await page.evaluate(() => document.getElementById('story').scrollIntoView());
        const first = await page.evaluate(() => new Promise((resolve) => {
          const element = document.getElementById('story');
          const read = () => Number(element.getAttribute('data-first-frame-ms'));
          if (read()) resolve(read());
          else element.addEventListener('polity:firstframe', () => resolve(read()), { once: true });
        }));
        const height = await page.evaluate(() => document.getElementById('story').getBoundingClientRect().height);
        let widget = 0, gzip = 0;
        const files = {};
        for (const [url, bytes] of sizes) {
          if (!url || !url.startsWith(site.url)) continue;
          const file = new URL(url).pathname, packed = zlib.gzipSync(await fs.readFile(path.join(siteDir, file)), { level: 9 }).length;
          widget += bytes;
          gzip += packed;
          files[path.basename(file)] = [bytes, packed];
        }
        runs.push({ first, widget, gzip, height, files });
        await context.close();
      }
      out[name] = runs;
    }
  } finally {
    await browser.close();
    await site.close();
    await host.close();
  }
  process.stdout.write(JSON.stringify(out));
}

function run(site) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child'],
      { env: { ...process.env, POLITY_SITE: site }, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`${site}: exit ${code}`))));
  });
}

function report(label, runs) {
  console.log(label);
  const files = runs[0][SETUPS[0][0]][0].files;
  console.log('  ' + Object.entries(files).map(([name, [bytes, packed]]) => `${name} ${kb(bytes)} (${kb(packed)} gzip -9)`).join(', '));
  for (const [name] of SETUPS) {
    const loads = runs.flatMap((r) => r[name]);
    const firsts = loads.map((r) => r.first);
    console.log(`  ${name}: first frame with data ${median(firsts).toFixed(0)} ms ` +
      `(${Math.min(...firsts).toFixed(0)}–${Math.max(...firsts).toFixed(0)}, ${loads.length} cold loads); ` +
      `the explorer's bytes ${kb(loads[0].widget)} on the wire, ${kb(loads[0].gzip)} gzip -9; ` +
      `the element ${loads[0].height.toFixed(0)} px tall`);
  }
}

if (process.argv.includes('--child')) {
  await measure();
} else {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const site = process.env.POLITY_SITE || path.join(root, 'build/wasm-release/site');
  const at = process.argv.indexOf('--against');
  const other = at > 0 ? path.resolve(process.argv[at + 1]) : null;
  console.log('The article page with one explorer (tests/browser/pages/news-article.html); the servers do not compress, ' +
    'so "on the wire" is uncompressed');
  const ours = [], theirs = [];
  for (let k = 0; k < RUNS; k++) {
    ours.push(await run(site));
    if (other) theirs.push(await run(other));
  }
  report(`This build (${path.relative(root, site)}): article mode`, ours);
  if (other) report(`Against ${path.relative(root, other)}`, theirs);
}
