// Benchmark of the script embed on a news page: bytes a reader downloads for an article with
// one explorer and with three, how soon each explorer shows its data, and the main thread's
// cost while three explorers sit idle. It prints figures; it never fails on them.
//   node scripts/bench-embed.mjs        (after scripts/serve.sh --no-serve and npm ci)
// The article (tests/browser/pages/one.html, three.html) and the widget come from two local
// servers, so every request is cross-origin as on a news site. The servers do not compress:
// "on the wire" is uncompressed; the gzip column is what a server compressing at -9 would send.
// Headless Chromium with SwiftShader (software WebGL): times are for this machine's CPU.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { siteDir, checkSiteBuilt, startServer, launchBrowser, recordResponseSizes } from '../tests/browser/harness.mjs';

const RUNS = 5;              // cold loads per page for the times
const IDLE_SECONDS = 10;
const VIEWPORT = { width: 1280, height: 2400 };   // tall: every explorer near the viewport at once
const IDS = { 'one.html': ['first'], 'three.html': ['first', 'second', 'third'] };

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The site file a widget URL names, for the gzip estimate.
async function gzipSize(url, site) {
  if (!url.startsWith(site)) return null;
  try {
    return zlib.gzipSync(await fs.readFile(path.join(siteDir, new URL(url).pathname)), { level: 9 }).length;
  } catch {
    return null;
  }
}

// One cold load: every response's size (CDP, headers included), each explorer's first frame.
async function load(browser, url, ids) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const sizes = await recordResponseSizes(context, page);
  await page.goto(url);
  const firstFrames = await page.evaluate((list) => Promise.all(list.map((id) => new Promise((resolve) => {
    const element = document.getElementById(id);
    const read = () => Number(element.getAttribute('data-first-frame-ms'));
    if (read()) resolve(read());
    else element.addEventListener('polity:firstframe', () => resolve(read()), { once: true });
  }))), ids);
  return { page, context, sizes, firstFrames };
}

async function transfer(browser, servers, name) {
  const { context, sizes } = await load(browser, servers.host.url + 'tests/browser/pages/' + name, IDS[name]);
  await context.close();
  let wire = 0, widgetWire = 0, widgetGzip = 0;
  const rows = [];
  for (const [url, bytes] of sizes) {
    wire += bytes;
    const gz = await gzipSize(url, servers.site.url);
    if (gz !== null) {
      widgetWire += bytes;
      widgetGzip += gz;
    }
    rows.push(`    ${url.replace(/^http:\/\/127\.0\.0\.1:\d+\//, '').padEnd(44)}${kb(bytes).padStart(10)}` +
              (gz === null ? '   (the article)' : `${kb(gz).padStart(10)} gzip`));
  }
  console.log(`  ${name}: ${sizes.size} requests, ${kb(wire)} on the wire; the explorer's share ${kb(widgetWire)}, ` +
              `${kb(widgetGzip)} gzip -9`);
  rows.forEach((row) => console.log(row));
}

async function firstFrames(browser, servers, name) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, firstFrames: times } = await load(browser, servers.host.url + 'tests/browser/pages/' + name, IDS[name]);
    runs.push(times);
    await context.close();
  }
  IDS[name].forEach((id, k) => {
    const times = runs.map((r) => r[k]);
    console.log(`  ${name} #${id}: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
  });
}

async function idle(browser, servers) {
  const { page, context } = await load(browser, servers.host.url + 'tests/browser/pages/three.html', IDS['three.html']);
  await page.waitForTimeout(500);   // the few frames after the last event
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const frames = () => page.evaluate((ids) => ids.map((id) => window.PolityExplorer.get(document.getElementById(id)).frames())
    .reduce((a, b) => a + b, 0), IDS['three.html']);
  const [task0, frames0] = [await task(), await frames()];
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const [task1, frames1] = [await task(), await frames()];
  const busy = task1 - task0;
  console.log(`  three explorers, ${IDLE_SECONDS} s idle: main-thread task time ${busy.toFixed(3)} s ` +
              `(${(100 * busy / IDLE_SECONDS).toFixed(2)} % of a core), frames drawn ${frames1 - frames0}`);
  await context.close();
}

async function bundle() {
  const embed = await fs.readFile(path.join(siteDir, 'polity-embed.js'));
  const glue = await fs.readFile(path.join(siteDir, 'polity-widget.js'));
  const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
  console.log(`  polity-embed.js ${kb(embed.length)} (${kb(gz(embed))} gzip), of which the widget's glue ` +
              `${kb(glue.length)} (${kb(gz(glue))} gzip) and the loader the rest`);
}

await checkSiteBuilt();
const site = await startServer();
const host = await startServer({ widgetBase: site.url });
const browser = await launchBrowser();
try {
  console.log(`Chromium ${browser.version()} (headless, SwiftShader WebGL), window ${VIEWPORT.width}x${VIEWPORT.height}`);
  console.log('The embed script');
  await bundle();
  console.log('Bytes transferred (cold cache, one load)');
  for (const name of ['one.html', 'three.html']) await transfer(browser, { site, host }, name);
  console.log(`Time to first frame with data, from navigation start (${RUNS} cold loads)`);
  for (const name of ['one.html', 'three.html']) await firstFrames(browser, { site, host }, name);
  console.log('Idle cost');
  await idle(browser, { site, host });
} finally {
  await browser.close();
  await site.close();
  await host.close();
}
