// The browser benchmark's tables: medians with min–max over the runs, and our widget's figures
// as ratios to each peer at the same number of events. Markdown, so they paste into the README.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Every numeric figure of one page, by a dotted name, per run.
export const FIGURES = {
  wireKiB: (r) => r.net && r.net.wire / 1024,
  decodedKiB: (r) => r.net && r.net.decoded / 1024,
  requests: (r) => r.net && r.net.requests,
  firstRenderMs: (r) => r.firstRender,
  heapMiB: (r) => r.memory && r.memory.heap / 1048576,
  wasmMiB: (r) => r.memory && r.memory.wasm / 1048576,
  domNodes: (r) => r.memory && r.memory.nodes,
  idleOnMain: (r) => r.idleOn && 100 * r.idleOn.main / r.idleOn.seconds,
  idleOnProcess: (r) => r.idleOn && 100 * (r.idleOn.renderer + r.idleOn.gpu) / r.idleOn.seconds,
  idleOnFrames: (r) => r.idleOn && r.idleOn.frames,
  idleOffMain: (r) => r.idleOff && 100 * r.idleOff.main / r.idleOff.seconds,
  idleOffProcess: (r) => r.idleOff && 100 * (r.idleOff.renderer + r.idleOff.gpu) / r.idleOff.seconds,
  idleOffFrames: (r) => r.idleOff && r.idleOff.frames,
  zoomLongestTask: (r) => r.zoom && r.zoom.longestTask,
  zoomLongestReadback: (r) => r.zoom && r.zoom.longestReadback,
  zoomLongestScript: (r) => r.zoom && r.zoom.longestScript,
  zoomLongestFrame: (r) => r.zoom && r.zoom.longestFrame,
  zoomAboveIdle: (r) => r.zoom && r.zoom.aboveIdle,
  zoomProcess: (r) => r.zoom && r.zoom.renderer + r.zoom.gpu,
  zoomFrames: (r) => r.zoom && r.zoom.frames,
  zoomScriptPerFrame: (r) => (r.zoom && r.zoom.frames ? r.zoom.rafScript / r.zoom.frames : null),
  zoomMainPerFrame: (r) => (r.zoom && r.zoom.frames ? 1000 * r.zoom.main / r.zoom.frames : null),
  clickToPaint: (r) => r.click && r.click.clickToPaint,
  clickLongestTask: (r) => r.click && r.click.longestTask,
  clickLongestReadback: (r) => r.click && r.click.longestReadback,
  clickLongestScript: (r) => r.click && r.click.longestScript,
  clickAboveIdle: (r) => r.click && r.click.aboveIdle,
  loadMs: (r) => r.milestones && r.milestones.loadMs,
  settleLongestTask: (r) => r.afterFirst && r.afterFirst.longestTask,
};

// {page label -> {figure -> {median, min, max, n}}}
export function summarise(results) {
  const byLabel = new Map();
  for (const r of results) {
    if (!byLabel.has(r.label)) byLabel.set(r.label, []);
    byLabel.get(r.label).push(r);
  }
  const out = {};
  for (const [label, runs] of byLabel) {
    out[label] = { tool: runs[0].tool, runs: runs.length, failures: runs.filter((r) => r.failure).map((r) => r.failure) };
    for (const [name, get] of Object.entries(FIGURES)) {
      const xs = runs.map((r) => { try { return get(r); } catch { return null; } })
        .filter((x) => typeof x === 'number' && Number.isFinite(x));
      if (xs.length) out[label][name] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
    }
  }
  return out;
}

function number(x, digits) {
  if (Math.abs(x) >= 100 || digits === 0) return Math.round(x).toLocaleString('en-US');
  return x.toFixed(digits);
}

// "median (min–max)", or the median alone when every run agreed.
function cell(s, digits = 1) {
  if (!s) return '—';
  const m = number(s.median, digits);
  const lo = number(s.min, digits), hi = number(s.max, digits);
  return lo === hi ? m : `${m} (${lo}–${hi})`;
}

function ratio(ours, peer) {
  if (!ours || !peer || !peer.median) return null;
  const x = ours.median / peer.median;
  return x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(2)}×`;
}

const TABLES = [
  { title: 'Loading (first visit, brotli)', cols: [
    ['wire KiB', 'wireKiB', 1], ['decoded KiB', 'decodedKiB', 1], ['requests', 'requests', 0],
    ['first real render ms', 'firstRenderMs', 0], ['longest task in the next second ms', 'settleLongestTask', 0],
    ['JS heap MiB', 'heapMiB', 1], ['wasm MiB', 'wasmMiB', 0], ['DOM nodes', 'domNodes', 0]] },
  { title: 'Idle, onscreen then scrolled offscreen (% of one core: main thread, renderer+GPU processes; frames drawn)', cols: [
    ['onscreen main %', 'idleOnMain', 2], ['onscreen process %', 'idleOnProcess', 1], ['frames', 'idleOnFrames', 0],
    ['offscreen main %', 'idleOffMain', 2], ['offscreen process %', 'idleOffProcess', 1], ['frames off', 'idleOffFrames', 0]] },
  { title: 'Wheel-zoom: 20 ticks in 1 s over the timeline (2.5 s window; ms unless said)', cols: [
    ['longest task', 'zoomLongestTask', 1], ['of it, WebGL read-back', 'zoomLongestReadback', 1],
    ['longest script', 'zoomLongestScript', 1], ['longest frame interval', 'zoomLongestFrame', 1],
    ['main CPU above idle s', 'zoomAboveIdle', 3], ['renderer+GPU CPU s', 'zoomProcess', 2],
    ['frames drawn', 'zoomFrames', 0], ['widget script per frame', 'zoomScriptPerFrame', 2],
    ['main thread per frame', 'zoomMainPerFrame', 1]] },
  { title: 'Click on an event of the timeline (2.5 s window; ms unless said)', cols: [
    ['click to next paint', 'clickToPaint', 0], ['longest task', 'clickLongestTask', 1],
    ['of it, WebGL read-back', 'clickLongestReadback', 1], ['longest script', 'clickLongestScript', 1],
    ['main CPU above idle s', 'clickAboveIdle', 3]] },
];

// pages: [{label, tool, group}] in print order; a group holds the pages compared together.
export function printTables(summary, pages, log = console.log) {
  for (const table of TABLES) {
    log(`\n### ${table.title}\n`);
    log(`| page | ${table.cols.map((c) => c[0]).join(' | ')} |`);
    log(`|---|${table.cols.map(() => '---').join('|')}|`);
    for (const page of pages) {
      const s = summary[page.label];
      if (!s) continue;
      log(`| ${page.label} | ${table.cols.map(([, key, digits]) => cell(s[key], digits)).join(' | ')} |`);
      if (page.tool !== 'polity' || !page.group) continue;
      // Ratios to the peers at the same size, under our row.
      const peers = pages.filter((p) => p.group === page.group && p.tool !== 'polity');
      const text = table.cols.map(([, key]) => peers.map((p) => {
        const r = ratio(s[key], summary[p.label] && summary[p.label][key]);
        return r ? `${r} ${p.short}` : null;
      }).filter(Boolean).join(', ') || '');
      if (text.some(Boolean)) log(`| ↳ ours ÷ peer | ${text.join(' | ')} |`);
    }
  }
}

// Where our widget's load time goes (medians, ms since navigation).
export function printMilestones(results, pages, log = console.log) {
  log('\n### Our widget: where the time to first frame goes (medians, ms since navigation start)\n');
  log('| page | HTML | polity-embed.js | wasm downloaded | wasm instantiated | data downloaded | parse, check and index | first frame | first frame after paint |');
  log('|---|---|---|---|---|---|---|---|---|');
  for (const page of pages.filter((p) => p.tool.startsWith('polity'))) {
    const runs = results.filter((r) => r.label === page.label && r.milestones);
    if (!runs.length) continue;
    const m = (get) => {
      const xs = runs.map(get).filter((x) => typeof x === 'number');
      return xs.length ? number(median(xs), 0) : '—';
    };
    const ms = (k) => m((r) => r.milestones[k]);
    log(`| ${page.label} | ${ms('html')} | ${ms('js')} | ${ms('wasm')} | ${ms('instantiated')} | ${ms('data')} | ` +
        `${ms('loadMs')} | ${ms('firstFrame')} | ${m((r) => r.firstRender)} |`);
  }
}
