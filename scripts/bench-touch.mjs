// Benchmark of touch scrolling: the frames the widget draws during a one-second fling over the
// search list of a generated dataset of 3,000 events (`polity generate --events 3000`), on a
// 390×844 phone at deviceScaleFactor 3 with real touch input (the DevTools protocol). It prints
// figures; it never fails on them.
//   node scripts/bench-touch.mjs        (after scripts/serve.sh --no-serve, npm ci, and the
//                                        native build for the generator: cmake --preset native)
// Per frame: the script the frame's animation callbacks ran (the fling's step and the widget's
// frame: ImGui, the list, WebGL calls) and the time from the frame before. Headless Chromium
// composites in software (SwiftShader), which adds to the interval, not to the script.
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot, checkSiteBuilt, startServer, launchBrowser, openExplorer, state } from '../tests/browser/harness.mjs';

const RUNS = 5;
const EVENTS = 3000;
const FLING_MS = 1000;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const polityTool = path.join(repoRoot, 'build/native/tools/polity');

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const worst = (xs) => (xs.length ? Math.max(...xs) : NaN);
const ms = (x) => `${x.toFixed(1)} ms`;

// Times every animation-frame callback, grouped by the frame it ran in (its timestamp).
function timeFrames() {
  const raf = window.requestAnimationFrame.bind(window);
  const frames = new Map();
  window.benchFrames = frames;
  window.requestAnimationFrame = (callback) => raf((t) => {
    const start = performance.now();
    callback(t);
    frames.set(t, (frames.get(t) || 0) + performance.now() - start);
  });
}

async function fling(page, cdp) {
  const box = await page.locator('#explorer canvas').boundingBox();
  const x = box.x + box.width / 2, from = box.y + box.height * 0.8, to = box.y + box.height * 0.3;
  // Each event carries its own time, 16 ms apart: the swipe's speed does not depend on how
  // quickly the machine delivers the events.
  let clock = Date.now() / 1000;
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent',
    { type, timestamp: (clock += 0.016), touchPoints: points.map(([px, py]) => ({ x: px, y: py })) });
  const before = (await state(page)).scroll.search.y;
  await touch('touchStart', [[x, from]]);
  for (let k = 1; k <= 6; k++) await touch('touchMove', [[x, from + (to - from) * k / 6]]);
  const released = await page.evaluate(() => { window.benchFrames.clear(); return performance.now(); });
  await touch('touchEnd', []);
  await page.waitForTimeout(FLING_MS);
  const frames = await page.evaluate(() => [...window.benchFrames.entries()].sort((a, b) => a[0] - b[0]));
  const inWindow = frames.filter(([t]) => t >= released && t < released + FLING_MS);
  const intervals = inWindow.slice(1).map(([t], k) => t - inWindow[k][0]);
  const after = (await state(page)).scroll.search.y;
  return { scripts: inWindow.map(([, s]) => s), intervals, travel: after - before, finger: from - to };
}

async function main() {
  await checkSiteBuilt();
  const { stdout: generated } = await promisify(execFile)(polityTool, ['generate', '--events', String(EVENTS)],
    { maxBuffer: 1 << 30, encoding: 'buffer' });
  const server = await startServer();
  const browser = await launchBrowser();
  console.log(`Touch fling over the search list of ${EVENTS.toLocaleString('en-US')} generated events ` +
              `(390 x 844 at devicePixelRatio 3, ${FLING_MS} ms after the finger lifts, ${RUNS} runs)`);
  const all = { scripts: [], intervals: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await openExplorer(browser, `${server.url}?data=bench/generated.json#view=search&search=event`, PHONE,
        async (p) => {
          await p.route('**/bench/generated.json', (route) => route.fulfill({ body: generated, contentType: 'application/json' }));
          await p.addInitScript(timeFrames);
        });
      await page.evaluate(() => window.polityTest.firstFrame);
      for (let tries = 0; tries < 100 && (await state(page)).results < EVENTS; tries++) await page.waitForTimeout(50);
      await page.waitForTimeout(300);
      const cdp = await page.context().newCDPSession(page);
      const r = await fling(page, cdp);
      all.scripts.push(...r.scripts);
      all.intervals.push(...r.intervals);
      console.log(`  run ${run + 1}: ${r.scripts.length} frames; script per frame median ${ms(median(r.scripts))}, ` +
                  `worst ${ms(worst(r.scripts))}; frame interval median ${ms(median(r.intervals))}, ` +
                  `worst ${ms(worst(r.intervals))}; the list moved ${r.travel.toFixed(0)} px for a ` +
                  `${r.finger.toFixed(0)} px swipe`);
      await page.context().close();
    }
    console.log(`  all runs: script per frame median ${ms(median(all.scripts))}, worst ${ms(worst(all.scripts))}; ` +
                `frame interval median ${ms(median(all.intervals))}, worst ${ms(worst(all.intervals))}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
