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

// The peers zoom with a plain wheel. Our embed, in an article, leaves the plain wheel to the
// page and zooms with Ctrl + wheel (its hint says so), as embedded maps do: that is what a
// reader who means to zoom does, so ours gets Ctrl held.
async function wheelZoom(page, at, withCtrl) {
  await page.mouse.move(at.x, at.y);
  await nextFrames(page);
  if (withCtrl) await page.keyboard.down('Control');
  for (let i = 0; i < WHEEL_TICKS; i++) {
    await page.mouse.wheel(0, -100);  // one notch towards the reader: zoom in
    await page.waitForTimeout(WHEEL_GAP_MS);
  }
  if (withCtrl) await page.keyboard.up('Control');
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

// Our canvas, inside the embed's shadow root (or, for the iframe embed, the frame's): its box
// in the page's coordinates, and whether the widget shows the hand cursor.
const canvasProbe = (page) => page.evaluate(() => {
  const stage = document.getElementById('stage');
  const frame = stage.tagName === 'IFRAME' ? stage.contentDocument : null;
  const host = frame ? frame.getElementById('explorer') : stage;
  const canvas = host && host.shadowRoot ? host.shadowRoot.querySelector('canvas') : null;
  if (!canvas) return null;
  const r = canvas.getBoundingClientRect(), offset = frame ? stage.getBoundingClientRect() : { left: 0, top: 0 };
  return { left: r.left + offset.left, right: r.right + offset.left, bottom: r.bottom + offset.top,
    pointer: canvas.style.cursor === 'pointer' };
});

// The widget draws on a canvas: find an event by hovering along the lanes just above the time
// axis until the widget shows the hand cursor. At a density view (over 2,000 items in view)
// nothing shows it; then the click lands on a bar in the middle, which zooms in.
async function canvasTarget(page) {
  const box = await canvasProbe(page);
  if (!box) return null;
  for (const above of [53, 75, 96]) {
    for (let x = box.left + 30; x < box.right - 20; x += 12) {
      const y = box.bottom - above;
      await page.mouse.move(x, y);
      await nextFrames(page);
      if ((await canvasProbe(page)).pointer) return { x, y };
    }
  }
  return null;
}

// Every node of the page, the embed's shadow roots and same-origin frames included (a tree
// walk: the DevTools counter also counts nodes that are detached and not yet collected).
const countNodes = (page) => page.evaluate(() => {
  const count = (root) => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      n += 1;
      if (node.shadowRoot) n += count(node.shadowRoot);
      if (node.tagName === 'IFRAME') {
        try { if (node.contentDocument) n += count(node.contentDocument); } catch (e) { /* cross-origin */ }
      }
    }
    return n;
  };
  return count(document);
});

// Our text version is built in idle time after the first frame: nodes are counted once it is
// all in (aria-busy gone from every twin, the iframe's included), or after 10 s.
const twinBuilt = (page) => page.waitForFunction(() => {
  const stage = document.getElementById('stage');
  const frame = stage.tagName === 'IFRAME' ? stage.contentDocument : null;
  const host = frame ? frame.getElementById('explorer') : stage;
  return !!host && !!host.shadowRoot && !host.shadowRoot.querySelector('.pe-twin[aria-busy]');
}, null, { timeout: 10000 }).then(() => true, () => false);

async function click(page, tool) {
  const selectors = { timelinejs: '.tl-timemarker:not(.tl-timemarker-active) .tl-timemarker-content-container',
    vis: '.vis-item:not(.vis-selected)' };
  const target = tool.startsWith('polity') ? await canvasTarget(page) : await domTarget(page, selectors[tool]);
  const at = target || { x: 500, y: 400 };
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(300);  // hover settles before the window opens
  return { at, found: !!target };
}

// Milestones of our widget's start, from Resource Timing and the wasm hook in bench.js; the
// widget's own report gives how long it took to parse, check and index the dataset.
async function milestones(page) {
  const loadMs = await widgetCall(page, 'state').then((s) => (s && typeof s.load_ms === 'number' ? s.load_ms : null));
  const times = await page.evaluate(() => {
    const end = (part) => {
      const r = performance.getEntriesByType('resource').find((e) => e.name.includes(part));
      return r ? r.responseEnd : null;
    };
    const wasm = window.bench.wasm[0];
    return { html: performance.getEntriesByType('navigation')[0].responseEnd, js: end('polity-embed.js'),
      wasm: end('polity-widget.wasm'), instantiated: wasm ? wasm.end : null, data: end('/data/'),
      firstFrame: Number(document.getElementById('stage').getAttribute('data-first-frame-ms')) || null };
  });
  return { ...times, loadMs };
}

// After the first frame, the page's longest task while the explorer settles, for at least a
// second and until our text version is built (in idle slices): it must stay short, or the
// reader's first scroll or click waits.
async function settleTasks(env, page, ours) {
  await env.browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  const [built] = await Promise.all([ours ? twinBuilt(page) : null, page.waitForTimeout(SETTLE_MS)]);
  return { ...mainThreadTasks(await env.browser.stopTracing()), twinBuilt: built };
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
    const settled = await settleTasks(env, page, spec.tool.startsWith('polity'));
    result.afterFirst = { longestTask: settled.longest, twinBuilt: settled.twinBuilt };
    if (spec.tool.startsWith('polity')) result.milestones = await milestones(page);
    // Wire bytes as the server sent them; the DevTools count (browserWire) misses the last
    // chunks of a request the page cancels once it has read them, as our widget's download does.
    const sent = env.server.takeSent();
    result.net = { requests: net.requests, wire: sent.reduce((n, r) => n + r.bytes, 0), browserWire: net.wire,
      decoded: net.decoded, failed: [...net.failed], sent,
      byUrl: Object.fromEntries([...net.byUrl].map(([url, v]) => [url.replace(env.serverUrl, ''), { ...v }])) };
    await cdp.send('HeapProfiler.collectGarbage');
    const mem = await taskSeconds(cdp);
    const wasm = await page.evaluate(() => (window.bench.memory ? window.bench.memory.buffer.byteLength : 0));
    result.memory = { heap: mem.heap, wasm, nodes: await countNodes(page), liveNodes: mem.nodes };
    result.idleOn = await idle(env, page, cdp);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(SETTLE_MS);
    result.idleOff = await idle(env, page, cdp);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(SETTLE_MS);
    if (spec.tool === 'empty') return result;
    const ours = spec.tool.startsWith('polity');
    // TimelineJS has no wheel zoom (a vertical wheel scrolls the page): it gets none.
    if (spec.tool !== 'timelinejs') {
      result.zoom = await interaction(env, page, cdp, result.idleOn, () => wheelZoom(page, { x: 500, y: 350 }, ours));
    }
    const target = await click(page, spec.tool);
    const selectedBefore = ours ? (await widgetCall(page, 'state')).selected : null;
    result.click = await interaction(env, page, cdp, result.idleOn, async () => {
      await page.mouse.down();
      await page.mouse.up();
      return target;
    });
    if (ours) result.click.selected = (await widgetCall(page, 'state')).selected !== selectedBefore;
  } catch (error) {
    result.failure = String(error && error.message ? error.message : error).split('\n')[0];
  } finally {
    await context.close();
  }
  return result;
}
