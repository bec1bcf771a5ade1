// Low-level readings for the browser benchmark: process CPU from /proc, the network through
// the DevTools protocol, main-thread tasks from a trace.
import fs from 'node:fs/promises';

const TICKS_PER_SECOND = 100;  // Linux USER_HZ, what /proc/<pid>/stat counts in

async function readStat(pid) {
  try {
    const text = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null;  // the process ended meanwhile
  }
}

async function processType(pid) {
  try {
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    const type = /--type=([a-z-]+)/.exec(cmdline);
    return type ? type[1] : 'browser';
  } catch {
    return null;
  }
}

// CPU seconds so far of the browser's renderer processes and of its GPU process (which runs
// SwiftShader, i.e. every WebGL draw and the compositing), by walking /proc from the browser.
export async function processCpu(browserPid) {
  const children = new Map();
  for (const name of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readStat(name);
    if (!stat) continue;
    if (!children.has(stat.ppid)) children.set(stat.ppid, []);
    children.get(stat.ppid).push(Number(name));
  }
  const totals = { renderer: 0, gpu: 0 };
  const queue = [...(children.get(browserPid) || [])];
  while (queue.length) {
    const pid = queue.pop();
    queue.push(...(children.get(pid) || []));
    const [type, stat] = [await processType(pid), await readStat(pid)];
    if (!stat) continue;
    if (type === 'renderer') totals.renderer += stat.cpu;
    else if (type === 'gpu-process') totals.gpu += stat.cpu;
  }
  return totals;
}

// Counts what a page downloads: requests, bytes on the wire (headers included, as DevTools
// shows "transferred") and decoded bytes, per URL too. A request the page cancels after its
// body arrived gets no loadingFinished: its chunks' encoded sizes still count.
export function watchNetwork(cdp) {
  const net = { requests: 0, failed: [], wire: 0, decoded: 0, byUrl: new Map() };
  const open = new Map();  // requestId -> {url, wire}
  const entry = (url) => {
    if (!net.byUrl.has(url)) net.byUrl.set(url, { wire: 0, decoded: 0 });
    return net.byUrl.get(url);
  };
  const settle = (id, wire) => {
    const r = open.get(id);
    open.delete(id);
    net.wire += wire;
    entry(r.url).wire += wire;
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    net.requests += 1;
    open.set(e.requestId, { url: e.request.url, wire: 0 });
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = open.get(e.requestId);
    if (!r) return;
    r.wire += e.encodedDataLength;
    net.decoded += e.dataLength;
    entry(r.url).decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = open.get(e.requestId);
    if (r) settle(e.requestId, Math.max(e.encodedDataLength, r.wire));
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = open.get(e.requestId);
    if (!r) return;
    net.failed.push(`${r.url} (${e.canceled ? 'canceled by the page' : e.errorText})`);
    settle(e.requestId, r.wire);
  });
  return net;
}

// What a trace says about the page's main thread ('toplevel', 'devtools.timeline' and 'gpu'
// categories):
//   longest        the longest task: a frame's script, style, layout, paint and commit run in
//                  one task, so this is the longest frame's main-thread work (not rounded to
//                  the display's 16.7 ms like a rAF interval)
//   longestScript  the longest run of the page's own script (an input handler, a rAF callback,
//                  a timer): what the tool itself spends, without the browser's rendering
//   longestReadback, readback  the longest and total synchronous GPU read-back. Headless
//                  Chromium composites in software, so every WebGL frame is copied back to the
//                  main thread (GLES2::ReadPixels in Commit); with a GPU that copy does not exist
//   rafScript, rafCount  total time and number of rAF callbacks
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SCRIPT = new Set(['FireAnimationFrame', 'EventDispatch', 'TimerFire', 'FunctionCall']);
export function mainThreadTasks(traceBuffer) {
  const events = JSON.parse(traceBuffer.toString('utf8')).traceEvents || [];
  const mains = new Set();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  }
  const perThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !e.dur || !mains.has(key)) continue;
    const t = perThread.get(key) || { longest: 0, total: 0, longestScript: 0, longestReadback: 0, readback: 0,
      rafScript: 0, rafCount: 0 };
    const ms = e.dur / 1000;
    if (TASKS.has(e.name)) {
      t.longest = Math.max(t.longest, ms);
      t.total += ms;
    } else if (SCRIPT.has(e.name)) {
      t.longestScript = Math.max(t.longestScript, ms);
      if (e.name === 'FireAnimationFrame') { t.rafScript += ms; t.rafCount += 1; }
    } else if (e.name === 'GLES2::ReadPixels') {
      t.longestReadback = Math.max(t.longestReadback, ms);
      t.readback += ms;
    }
    perThread.set(key, t);
  }
  // Renderers of other pages (a spare one) idle: the page's own is the busiest.
  let best = { longest: 0, total: 0, longestScript: 0, longestReadback: 0, readback: 0, rafScript: 0, rafCount: 0 };
  for (const t of perThread.values()) if (t.total > best.total) best = t;
  return best;
}

export async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name) || { value: 0 }).value;
  return { task: get('TaskDuration'), layouts: get('LayoutCount'), heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

// The tasks of the page's main thread (the busiest renderer's) longer than `minMs`, in order:
// {at, ms, script} with `at` in ms from the thread's first traced task and `script` the longest
// run of the page's own script inside the task — to say when and where a long task went.
export function longTasks(traceBuffer, minMs) {
  const events = JSON.parse(traceBuffer.toString('utf8')).traceEvents || [];
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args &&
    e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const perThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !e.dur || !mains.has(key) || !(TASKS.has(e.name) || SCRIPT.has(e.name))) continue;
    if (!perThread.has(key)) perThread.set(key, []);
    perThread.get(key).push(e);
  }
  let busiest = [];
  const total = (list) => list.reduce((n, e) => n + (TASKS.has(e.name) ? e.dur : 0), 0);
  for (const list of perThread.values()) if (total(list) > total(busiest)) busiest = list;
  const start = Math.min(...busiest.map((e) => e.ts));
  const tasks = busiest.filter((e) => TASKS.has(e.name) && e.dur / 1000 > minMs).sort((a, b) => a.ts - b.ts);
  return tasks.map((t) => ({ at: (t.ts - start) / 1000, ms: t.dur / 1000,
    script: Math.max(0, ...busiest.filter((e) => SCRIPT.has(e.name) && e.ts >= t.ts && e.ts < t.ts + t.dur)
      .map((e) => e.dur / 1000)) }));
}
