// One benchmark page, start to finish, in a fresh browser context (a first visit, empty
// cache): load and first real render, memory, idle onscreen and offscreen, wheel-zoom, click.
// The tools are measured the same way; the few differences are said where they are made.
import { processCpu, watchNetwork, mainThreadTasks, taskSeconds } from './probes.mjs';

const VIEWPORT = { width: 1000, height: 700 };   // the stage is 1000x600 at the top of the page
const SETTLE_MS = 1000;                           // after a load or a scroll, before measuring
const WHEEL_TICKS = 20;
const WHEEL_GAP_MS = 50;                          // a quick flick of a notched mouse wheel
const INTERACTION_MS = 2500;                      // window of each interaction, from its start

const nextFrames = (page) => page.evaluate(() => new Promise((done) =>
  requestAnimationFrame(() => requestAnimationFrame(done))));
const widgetCall = (page, method) => page.evaluate((m) => (window.bench.widget
  ? window.bench.widget.then((w) => w[m]()) : null), method);

async function snapshot(env, page, cdp) {
  const [metrics, cpu, frames] = [await taskSeconds(cdp), await processCpu(env.browserPid), await widgetCall(page, 'frames')];
  return { ...metrics, ...cpu, frames, at: Date.now() };
}

function delta(a, b) {
  const seconds = (b.at - a.at) / 1000;
  return { seconds, main: b.task - a.task, renderer: b.renderer - a.renderer, gpu: b.gpu - a.gpu,
    frames: b.frames === null ? null : b.frames - a.frames, layouts: b.layouts - a.layouts };
}

async function idle(env, page, cdp) {
  const before = await snapshot(env, page, cdp);
  await page.waitForTimeout(env.idleSeconds * 1000);
  return delta(before, await snapshot(env, page, cdp));
}

// Runs `action` inside a traced window of INTERACTION_MS; CPU "above idle" subtracts what the
// page spent idle onscreen over as long a time.
async function interaction(env, page, cdp, idleOn, action) {
  await env.browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'gpu'] });
  await page.evaluate(() => { window.benchStopFrames = window.bench.recordFrames(); window.bench.clicks.length = 0; });
  const before = await snapshot(env, page, cdp);
  const note = await action();
  await page.waitForTimeout(Math.max(0, INTERACTION_MS - (Date.now() - before.at)));
  const after = await snapshot(env, page, cdp);
  const frames = await page.evaluate(() => window.benchStopFrames());
  const clicks = await page.evaluate(() => window.bench.clicks.map((c) => c.ms));
  const tasks = mainThreadTasks(await env.browser.stopTracing());
  const d = delta(before, after);
  const idleRate = idleOn.main / idleOn.seconds;
  return { ...d, note, aboveIdle: Math.max(0, d.main - idleRate * d.seconds), longestTask: tasks.longest,
    longestScript: tasks.longestScript, longestReadback: tasks.longestReadback, readback: tasks.readback,
    rafScript: tasks.rafScript, rafCount: tasks.rafCount, longestFrame: frames.max,
    clickToPaint: clicks.length ? Math.max(...clicks) : null };
}

async function wheelZoom(page, at) {
  await page.mouse.move(at.x, at.y);
  await nextFrames(page);
  for (let i = 0; i < WHEEL_TICKS; i++) {
    await page.mouse.wheel(0, -100);  // one notch towards the reader: zoom in
    await page.waitForTimeout(WHEEL_GAP_MS);
  }
  const scrolled = await page.evaluate(() => window.scrollY);
  if (scrolled) await page.evaluate(() => window.scrollTo(0, 0));
  return scrolled ? `the page scrolled ${scrolled} px` : '';
}

// Where to click: an event of the tool's timeline, in view and not already selected.
async function domTarget(page, selector) {
  return page.evaluate((sel) => {
    const stage = document.getElementById('stage').getBoundingClientRect();
    let best = null;
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.left < stage.left || r.right > stage.right || r.top < stage.top || r.bottom > stage.bottom) continue;
      const x = r.left + r.width / 2, y = r.top + r.height / 2, d = Math.abs(x - (stage.left + stage.width / 2));
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  }, selector);
}

// The widget draws on a canvas: find an event by hovering along the lanes just above the time
// axis until the widget shows the hand cursor. At a density view (over 2,000 items in view)
// nothing shows it; then the click lands on a bar in the middle, which zooms in.
async function canvasTarget(page) {
  for (const y of [547, 525, 504]) {
    for (let x = 30; x < 980; x += 12) {
      await page.mouse.move(x, y);
      await nextFrames(page);
      if (await page.evaluate(() => document.querySelector('#stage canvas').style.cursor === 'pointer')) return { x, y };
    }
  }
  return null;
}

async function click(page, tool) {
  const selectors = { timelinejs: '.tl-timemarker:not(.tl-timemarker-active) .tl-timemarker-content-container',
    vis: '.vis-item:not(.vis-selected)' };
  const target = tool === 'polity' ? await canvasTarget(page) : await domTarget(page, selectors[tool]);
  const at = target || { x: 500, y: 400 };
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(300);  // hover settles before the window opens
  return { at, found: !!target };
}

// Our widget only: the dataset parsed again in place (parse, validate, index, lay out), and the
// frame after it, split into the widget's own script and the browser's paint.
async function reparse(page, dataUrl) {
  return page.evaluate(async (url) => {
    const widget = await window.bench.widget;
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const t = {};
    requestAnimationFrame(() => { t.frameStart = performance.now(); });  // runs before the widget's
    t.start = performance.now();
    widget.loadBytes(bytes, 'again.json');
    t.parsed = performance.now();
    await new Promise((done) => requestAnimationFrame(() => {
      t.frameEnd = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { t.painted = performance.now(); done(); };
      channel.port2.postMessage(0);
    }));
    return { parseMs: t.parsed - t.start, frameMs: t.frameEnd - t.frameStart, paintMs: t.painted - t.frameEnd };
  }, dataUrl);
}

// Milestones of our widget's start, from Resource Timing and the wasm hook in bench.js.
function milestones(page) {
  return page.evaluate(() => {
    const end = (part) => {
      const r = performance.getEntriesByType('resource').find((e) => e.name.includes(part));
      return r ? r.responseEnd : null;
    };
    const wasm = window.bench.wasm[0];
    return { html: performance.getEntriesByType('navigation')[0].responseEnd, js: end('polity-widget.js'),
      wasm: end('polity-widget.wasm'), instantiated: wasm ? wasm.end : null, data: end('/data/'),
      firstFrame: Number(document.getElementById('stage').getAttribute('data-first-frame-ms')) || null };
  });
}

export async function measurePage(env, spec) {
  const context = await env.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  const net = watchNetwork(cdp);
  const result = { tool: spec.tool, label: spec.label, errors };
  try {
    env.server.takeSent();
    await page.goto(`${env.serverUrl}/pages/${spec.tool}.html?data=${encodeURIComponent(spec.dataUrl || '')}`);
    result.firstRender = await page.evaluate(() => window.bench.firstRender);
    if (spec.tool === 'polity') result.milestones = await milestones(page);
    await page.waitForTimeout(SETTLE_MS);
    // Wire bytes as the server sent them; the DevTools count (browserWire) misses the last
    // chunks of a request the page cancels once it has read them, as our widget's download does.
    const sent = env.server.takeSent();
    result.net = { requests: net.requests, wire: sent.reduce((n, r) => n + r.bytes, 0), browserWire: net.wire,
      decoded: net.decoded, failed: [...net.failed], sent,
      byUrl: Object.fromEntries([...net.byUrl].map(([url, v]) => [url.replace(env.serverUrl, ''), { ...v }])) };
    await cdp.send('HeapProfiler.collectGarbage');
    const mem = await taskSeconds(cdp);
    const wasm = await page.evaluate(() => (window.bench.memory ? window.bench.memory.buffer.byteLength : 0));
    result.memory = { heap: mem.heap, wasm, nodes: mem.nodes };
    result.idleOn = await idle(env, page, cdp);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(SETTLE_MS);
    result.idleOff = await idle(env, page, cdp);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(SETTLE_MS);
    if (spec.tool === 'empty') return result;
    // TimelineJS has no wheel zoom (a vertical wheel scrolls the page): it gets none.
    if (spec.tool !== 'timelinejs') {
      result.zoom = await interaction(env, page, cdp, result.idleOn, () => wheelZoom(page, { x: 500, y: 350 }));
    }
    const target = await click(page, spec.tool);
    const selectedBefore = spec.tool === 'polity' ? (await widgetCall(page, 'state')).selected : null;
    result.click = await interaction(env, page, cdp, result.idleOn, async () => {
      await page.mouse.down();
      await page.mouse.up();
      return target;
    });
    if (spec.tool === 'polity') {
      result.click.selected = (await widgetCall(page, 'state')).selected !== selectedBefore;
      result.reparse = await reparse(page, spec.dataUrl);
    }
  } catch (error) {
    result.failure = String(error && error.message ? error.message : error).split('\n')[0];
  } finally {
    await context.close();
  }
  return result;
}
