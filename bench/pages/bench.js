// What every benchmark page shares, so that each timeline tool is measured the same way.
// Loaded first and synchronously, before any tool's script.
//   bench.firstRender  resolves to the time of the first real render (ms since navigation)
//   bench.memory       the WebAssembly.Memory of a wasm tool, for its size
//   bench.clicks       input-to-next-paint of each pointerdown, pointerup and click
//   bench.recordFrames() -> stop() -> {max, count}: longest interval between animation frames
'use strict';

(function () {
  const bench = window.bench = { memory: null, wasm: [], clicks: [], errors: [] };
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));

  // A message posted from a requestAnimationFrame callback is handled in the task after that
  // frame's rendering update: by then the frame's style, layout and paint are done.
  function afterPaint(callback) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(0);
  }

  let rendered;
  bench.firstRender = new Promise((resolve) => { rendered = resolve; });
  // Call from inside a frame (a rAF callback, or an event fired from one).
  bench.markRendered = () => afterPaint(rendered);
  // DOM tools: the first frame in which `test()` holds (their event elements exist). A live
  // HTMLCollection's length is cheap, so polling once a frame does not slow them down.
  bench.renderedWhen = (test) => {
    const tick = () => (test() ? bench.markRendered() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  };

  // Input to next paint (what Event Timing reports, without its 8 ms rounding and 16 ms floor):
  // the capture listener runs before the tool's own handlers, its rAF after all of them.
  for (const type of ['pointerdown', 'pointerup', 'click']) {
    window.addEventListener(type, (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => afterPaint((end) => bench.clicks.push({ type, ms: end - start })));
    }, { capture: true });
  }

  bench.recordFrames = () => {
    let last = 0, max = 0, count = 0, running = true;
    const tick = (t) => {
      if (last) max = Math.max(max, t - last);
      last = t;
      count += 1;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return () => { running = false; return { max, count }; };
  };

  // A wasm tool's compile time and memory: its instantiation goes through one of these.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      const start = performance.now();
      return original.apply(this, args).then((result) => {
        const instance = result.instance || result;
        bench.wasm.push({ api: name, start, end: performance.now() });
        for (const value of Object.values(instance.exports || {})) {
          if (value instanceof WebAssembly.Memory) bench.memory = value;
        }
        return result;
      });
    };
  }
}());
