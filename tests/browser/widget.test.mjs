// Browser tests of the widget on the hosted page (web/index.html), in headless Chromium.
// Needs a built site (scripts/serve.sh --no-serve) and playwright-core (npm ci).
//   node --test tests/browser/*.test.mjs
// Screenshots go to test-results/. Coordinates are CSS pixels from the canvas's top left in a
// 1000-pixel-wide window and follow the top bar's layout (tabs on the second row; the search
// box at the right of the first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openExplorer, openDrawnExplorer, state, frames, framesDuring, canvasSize, waitForState, screenshot,
  pixelStats, onCanvas, clickCanvas, until, INSTITUTIONS_TAB, INSTITUTIONS_TAB_TOUCH,
} from './harness.mjs';

const SEARCH_BOX = { x: 680, y: 25 };

const env = useBrowser();

const explorer = (query = '', contextOptions = {}) => openExplorer(env.browser, env.server.url + query, contextOptions);
const readyExplorer = (query = '', contextOptions = {}) =>
  openDrawnExplorer(env.browser, env.server.url + query, contextOptions);

test('the page loads without console errors and fires polity:firstframe', async () => {
  const page = await explorer();
  const time = await page.evaluate(() => window.polityTest.firstFrame);
  assert.ok(time > 0, `first frame at ${time} ms`);
  const attribute = await page.locator('#explorer').getAttribute('data-first-frame-ms');
  assert.ok(Number(attribute) > 0, `data-first-frame-ms="${attribute}"`);
  assert.equal((await state(page)).phase, 'ready');
  assert.equal(await page.locator('.polity-status').isHidden(), true, 'the DOM loading status is gone');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the canvas shows the explorer, not a blank rectangle', async () => {
  const page = await readyExplorer();
  const stats = await pixelStats(env.browser, await screenshot(page, 'overview'));
  assert.ok(stats.drawn > 0.02 && stats.colors > 32, `drawn ${stats.drawn.toFixed(3)}, ${stats.colors} colours`);
  await page.context().close();
});

test('nothing is drawn while idle', async () => {
  const page = await readyExplorer();
  await page.waitForTimeout(300);  // the few frames after the last event
  assert.equal(await framesDuring(page, 2000), 0);
  await page.context().close();
});

test('the JS API navigates, and the state follows', async () => {
  const page = await readyExplorer();
  assert.equal(await page.evaluate(() => window.polityTest.navigate('reforms')), true);
  await waitForState(page, (s) => s.view === 'reforms');
  assert.equal(await page.evaluate(() => window.polityTest.navigate('no-such-view')), false);
  assert.equal(await page.evaluate(() => window.polityTest.setLanguage('ru')), true);
  await waitForState(page, (s) => s.language === 'ru');
  assert.equal(await page.evaluate(() => window.polityTest.setLanguage('<script>')), false);
  await screenshot(page, 'reforms-ru');
  await page.context().close();
});

test('a deep link opens the view it names', async () => {
  const page = await readyExplorer('?view=institutions');
  assert.equal((await state(page)).view, 'institutions');
  await page.context().close();
});

test('a mouse click on the canvas lands where it is made', async () => {
  const page = await readyExplorer();
  await clickCanvas(page, 'explorer', INSTITUTIONS_TAB);
  await waitForState(page, (s) => s.view === 'institutions');
  await page.context().close();
});

test('a touch tap lands where it is made (first tap)', async () => {
  const page = await readyExplorer('', { hasTouch: true, isMobile: true });
  const tab = await onCanvas(page, 'explorer', INSTITUTIONS_TAB_TOUCH);
  await page.touchscreen.tap(tab.x, tab.y);
  await waitForState(page, (s) => s.view === 'institutions');
  await page.context().close();
});

// The timeline once `predicate` holds and two reads 100 ms apart agree: the gesture's last
// queued events have been drawn (under load they can trail the first matching frame).
async function settledTimeline(page, predicate) {
  let last = (await waitForState(page, predicate)).timeline;
  for (let tries = 0; tries < 50; ++tries) {
    await page.waitForTimeout(100);
    const now = (await state(page)).timeline;
    if (now.from === last.from && now.to === last.to) return now;
    last = now;
  }
  throw new Error(`the timeline never settled: ${JSON.stringify(last)}`);
}

test('a two-finger pinch zooms the timeline, a one-finger drag pans it', async () => {
  const page = await readyExplorer('?view=timeline', { hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent',
    { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  const span = (t) => t.to - t.from;
  // The fitted axis folds the empty years 1996-2021 into a narrow break, so the years in view
  // do not shrink in step with the fingers' spread: here, the pinch zooms in well past 2x (the
  // factor and the anchor are checked natively, tests/unit-layout.cpp and tests/ui-story.cpp).
  const start = (await state(page)).timeline;
  await touch('touchStart', [[450, 400], [550, 400]]);
  for (let d = 50; d <= 200; d += 25) await touch('touchMove', [[500 - d, 400], [500 + d, 400]]);
  await touch('touchEnd', []);
  const zoomed = await settledTimeline(page, (s) => span(s.timeline) < span(start) / 2);
  await touch('touchStart', [[500, 400]]);
  for (let x = 480; x >= 300; x -= 20) await touch('touchMove', [[x, 400]]);
  await touch('touchEnd', []);
  const panned = await settledTimeline(page, (s) => s.timeline.from > zoomed.from + span(zoomed) * 0.1);
  assert.ok(Math.abs(span(panned) - span(zoomed)) < 1e-6, 'a drag keeps the zoom');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('at devicePixelRatio 2 the backing store doubles and clicks still land', async () => {
  const page = await readyExplorer('', { deviceScaleFactor: 2 });
  const size = await page.evaluate(() => {
    const canvas = document.querySelector('#explorer').shadowRoot.querySelector('canvas');
    const rect = canvas.getBoundingClientRect();
    return [canvas.width, canvas.height, Math.round(rect.width * 2), Math.round(rect.height * 2)];
  });
  assert.deepEqual(size.slice(0, 2), size.slice(2));
  assert.equal(size[0], 2000);
  await clickCanvas(page, 'explorer', INSTITUTIONS_TAB);
  await waitForState(page, (s) => s.view === 'institutions');
  await screenshot(page, 'institutions-dpr2');
  await page.context().close();
});

test('typing reaches the focused widget, Cyrillic included', async () => {
  const page = await readyExplorer();
  await clickCanvas(page, 'explorer', SEARCH_BOX);
  await page.keyboard.type('senat', { delay: 30 });
  // A Kazakh keyboard sends the letter itself as the key; Playwright's US layout cannot.
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['keyDown', 'keyUp']) {
    await cdp.send('Input.dispatchKeyEvent', { type, key: 'Қ', text: type === 'keyDown' ? 'Қ' : undefined });
  }
  await waitForState(page, (s) => s.search === 'senatҚ');
  await page.keyboard.down('Backspace');
  await page.waitForTimeout(50);  // ImGui reads keys once a frame
  await page.keyboard.up('Backspace');
  await waitForState(page, (s) => s.search === 'senat');
  await screenshot(page, 'search');
  // Events faster than frames keep their order: the queue spreads them over frames.
  await page.evaluate(() => {
    const canvas = document.querySelector('#explorer').shadowRoot.querySelector('canvas');
    const key = (type, k) => canvas.dispatchEvent(new KeyboardEvent(type, { key: k, code: k, bubbles: true }));
    for (const k of ['x', 'y']) { key('keydown', k); key('keyup', k); }
    key('keydown', 'Backspace');  // rolled over: z goes down before Backspace comes up
    key('keydown', 'z');
    key('keyup', 'Backspace');
    key('keyup', 'z');
  });
  await waitForState(page, (s) => s.search === 'senatxz');
  await page.context().close();
});

test('pasting puts the clipboard text into the focused text field', async () => {
  const page = await readyExplorer();
  await clickCanvas(page, 'explorer', SEARCH_BOX);
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Сенат\n');
    document.querySelector('#explorer').shadowRoot.querySelector('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await waitForState(page, (s) => s.search === 'Сенат ');
  await page.context().close();
});

test('keys stay with the host page while the canvas is not focused', async () => {
  const page = await readyExplorer();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'host-input';
    input.value = 'abc';
    document.body.prepend(input);
  });
  await page.focus('#host-input');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('x');
  assert.equal(await page.inputValue('#host-input'), 'abx');
  assert.equal((await state(page)).search, '');
  await page.context().close();
});

test('a resize redraws at the new size, then goes idle again', async () => {
  const page = await readyExplorer();
  await page.waitForTimeout(300);
  const before = await frames(page);
  await page.setViewportSize({ width: 640, height: 480 });
  await until(async () => (await frames(page)) > before, 'frames drawn after the resize');
  await until(async () => (await canvasSize(page)).width === 640, 'the canvas at the new width');
  // The frames a resize owes (ImGui's sizes settle in two) may still be due: idle once a
  // quarter second passes without a frame, and then it stays idle.
  await until(async () => (await framesDuring(page, 250)) === 0, 'idle after the resize', 5000);
  assert.equal(await framesDuring(page, 1000), 0);
  await page.context().close();
});

// ImGui settles in two frames, so every change ends in frames that repeat the last one. Those
// are not drawn into the canvas again: the browser then composites nothing new (in software GL
// a frame's read-back alone is 20-70 ms). A frame that changes something is drawn.
test('frames that repeat what the canvas shows are not drawn to it again', async () => {
  const countDraws = (page) => page.addInitScript(() => {
    window.__draws = 0;
    const draw = WebGL2RenderingContext.prototype.drawElements;
    WebGL2RenderingContext.prototype.drawElements = function (...args) {
      window.__draws += 1;
      return draw.apply(this, args);
    };
  });
  const page = await openExplorer(env.browser, env.server.url, {}, countDraws);
  await page.evaluate(() => window.polityTest.firstFrame);
  await until(async () => (await framesDuring(page, 250)) === 0, 'idle after the first frames', 5000);
  const draws = () => page.evaluate(() => window.__draws);
  const before = { frames: await frames(page), draws: await draws() };
  assert.ok(before.draws > 0, 'the first frames were drawn');
  // The language it shows already: a wake, the frames it owes, and nothing new to show.
  await page.evaluate((lang) => window.polityTest.setLanguage(lang), (await state(page)).language);
  await until(async () => (await frames(page)) >= before.frames + 2, 'the frames a wake owes');
  await until(async () => (await framesDuring(page, 250)) === 0, 'idle again', 5000);
  assert.equal(await draws(), before.draws, 'frames that repeat the canvas are not drawn');
  await page.evaluate(() => window.polityTest.navigate('quotes'));
  await until(async () => (await draws()) > before.draws, 'another view is drawn');
  await page.context().close();
});

test('no frames are drawn while the widget is offscreen', async () => {
  const page = await readyExplorer();
  await page.evaluate(() => { document.querySelector('#explorer').style.transform = 'translateY(-5000px)'; });
  await page.waitForTimeout(300);
  const before = await frames(page);
  await page.evaluate(() => window.polityTest.navigate('quotes'));
  await page.waitForTimeout(500);
  assert.equal(await frames(page), before, 'offscreen: navigation changes the state but draws nothing');
  await page.evaluate(() => { document.querySelector('#explorer').style.transform = ''; });
  await until(async () => (await frames(page)) > before, 'back on screen: drawn again');
  await page.context().close();
});

test('a devicePixelRatio change re-renders sharp at the new ratio', async () => {
  const page = await readyExplorer();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride',
    { width: 1000, height: 700, deviceScaleFactor: 1.5, mobile: false });
  // Headless emulation fires neither the media query nor the resize observer that a real zoom
  // fires; every frame reads the ratio anew, so the next input picks it up here.
  await page.mouse.move(500, 300);
  await page.waitForFunction(() => document.querySelector('#explorer').shadowRoot.querySelector('canvas').width === 1500);
  await screenshot(page, 'overview-dpr1.5');
  await page.context().close();
});

test('two widgets on one page share nothing', async () => {
  const page = await readyExplorer();
  const second = await page.evaluate(async () => {
    const host = document.createElement('div');
    host.style.height = '320px';
    document.body.append(host);
    const widget = window.PolityExplorer.mount(host, { dataset: 'data/kazakhstan-constitution.json', view: 'sources',
                                                       height: 'fill', lazy: false });
    await new Promise((resolve) => host.addEventListener('polity:firstframe', resolve, { once: true }));
    widget.setView('figures');
    return widget.state().view;
  });
  assert.equal(second, 'figures');
  assert.equal((await state(page)).view, 'overview', 'the first widget did not move');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a dataset URL that does not exist shows the error in the widget', async () => {
  const page = await explorer('?data=data/no-such-dataset.json');
  await waitForState(page, (s) => s.phase === 'failed');
  const stats = await pixelStats(env.browser, await screenshot(page, 'error-missing-dataset'));
  assert.ok(stats.drawn > 0.005, 'the error is drawn');
  // The one console error is the browser's own report of the 404.
  assert.ok(page.errors.every((e) => /404/.test(e)), page.errors.join('\n'));
  await page.context().close();
});

test('a download that stalls ends in a timeout message', async () => {
  const page = await readyExplorer();
  const phase = await page.evaluate(async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const widget = window.PolityExplorer.mount(host, { dataset: 'stall', dataTimeoutMs: 300, lazy: false });
    for (let i = 0; i < 40 && widget.state().phase !== 'failed'; i++) await new Promise((r) => setTimeout(r, 50));
    return widget.state().phase;
  });
  assert.equal(phase, 'failed');
  await page.context().close();
});

test('a broken dataset ends in diagnostics, not an abort', async () => {
  const page = await explorer('?data=tests/fixtures/invalid/bad-dates.json');
  const s = await waitForState(page, (x) => x.phase === 'failed');
  assert.ok(s.diagnostics > 0, `${s.diagnostics} diagnostics`);
  await screenshot(page, 'error-bad-dataset');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('text that is not JSON ends in a message too', async () => {
  const page = await explorer('?data=index.html');
  await waitForState(page, (s) => s.phase === 'failed');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
