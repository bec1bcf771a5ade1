// Benchmark of the WebAssembly widget: what a reader downloads, how soon the explorer shows
// its data, and what it costs while nobody touches it. It prints figures; it never fails on them.
//   node scripts/bench-widget.mjs        (after scripts/serve.sh --no-serve and npm ci)
// Runs headless Chromium with SwiftShader (software WebGL): times are for this machine's CPU.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  repoRoot, siteDir, checkSiteBuilt, startServer, launchBrowser, openExplorer, frames,
} from '../tests/browser/harness.mjs';

const RUNS = 5;             // cold loads for the time to first frame
const IDLE_SECONDS = 10;
const FONT = path.join(siteDir, '../wasm/generated/DejaVuSans-subset.ttf');  // beside site/

function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const row = (name, s) => `  ${name.padEnd(34)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function transferSizes() {
  const data = (await fs.readdir(path.join(siteDir, 'data'))).filter((f) => f.endsWith('.json')).sort();
  const files = [['polity-widget.wasm', 'polity-widget.wasm'], ['polity-widget.js', 'polity-widget.js'],
    ...data.map((f) => [`data/${f}`, `data/${f}`])];
  console.log(`Transfer sizes (site: ${path.relative(repoRoot, siteDir) || siteDir})`);
  console.log(`  ${''.padEnd(34)}${'raw'.padStart(11)}${'gzip -9'.padStart(11)}${'brotli'.padStart(11)}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [label, file] of files) {
    const s = compressedSizes(await fs.readFile(path.join(siteDir, file)));
    for (const k of Object.keys(total)) total[k] += s[k];
    console.log(row(label, s));
  }
  console.log(row('total', total));
  try {
    console.log(row('  of which the font (in the wasm)', compressedSizes(await fs.readFile(FONT))));
  } catch {
    console.log('  (font subset not found in the build folder)');
  }
}

async function timeToFirstFrame(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await openExplorer(browser, url);  // a new context each time: a cold cache
    times.push(await page.evaluate(() => window.polityTest.firstFrame));
    await page.context().close();
  }
  const list = times.map((t) => t.toFixed(0)).join(', ');
  console.log(`Time to first frame with data: median ${median(times).toFixed(0)} ms of ${RUNS} (${list} ms)`);
}

async function idleCost(browser, url) {
  const page = await openExplorer(browser, url);
  await page.evaluate(() => window.polityTest.firstFrame);
  await page.waitForTimeout(500);  // let the frames after the last event finish
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const [task0, frames0] = [await taskSeconds(), await frames(page)];
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const [task1, frames1] = [await taskSeconds(), await frames(page)];
  const busy = task1 - task0;
  console.log(`Idle ${IDLE_SECONDS} s: main-thread task time ${busy.toFixed(3)} s ` +
              `(${(100 * busy / IDLE_SECONDS).toFixed(2)} % of a core), frames drawn ${frames1 - frames0}`);
  await page.context().close();
}

await checkSiteBuilt();
await transferSizes();
const server = await startServer();
const browser = await launchBrowser();
try {
  console.log(`Browser: Chromium ${browser.version()} (headless, SwiftShader WebGL), window 1000x700 at DPR 1`);
  await timeToFirstFrame(browser, server.url);
  await idleCost(browser, server.url);
} finally {
  await browser.close();
  await server.close();
}
