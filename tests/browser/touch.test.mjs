// A reader's thumb and wheel, in headless Chromium: real touch input through the DevTools
// protocol on a 390×844 phone at deviceScaleFactor 3, a real mouse wheel at 1280×800, on the
// hosted page and on an article with text above and below a script embed (and an iframe one).
// What moved is read from the widget's own report (scroll offsets, the rows on screen), not
// from pixels. Screenshots of a phone mid-swipe go to test-results/.
//   node --test tests/browser/touch.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser, openDrawnExplorer, state, frames, framesDuring, waitForState, screenshot, repoRoot } from './harness.mjs';
import { startServers, openHostPage, whenReady, debugState, framesOf, waitFor } from './embed-harness.mjs';

const env = useBrowser(startServers);

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

const dataset = JSON.parse(await fs.readFile(path.join(repoRoot, 'data/kazakhstan-constitution.json'), 'utf8'));
const LAST_QUOTE = dataset.quotes[dataset.quotes.length - 1].id;

//---------------------------------------------------------------------------
// Input: one finger through Input.dispatchTouchEvent, points in page CSS pixels
//---------------------------------------------------------------------------

// Each event carries its time (a finger's speed is the distance over it), `gap` ms after the one
// before, so a loaded machine that delivers them late does not change the gesture.
async function fingers(page) {
  const cdp = await page.context().newCDPSession(page);
  let clock = 0;   // seconds since the epoch, as the protocol counts
  const send = (type, points, after = 0.016) => {
    clock = type === 'touchStart' ? Math.max(clock + after, Date.now() / 1000) : clock + after;
    return cdp.send('Input.dispatchTouchEvent',
      { type, timestamp: clock, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  };
  return {
    send,
    // From `from` to `to` in `steps` moves `gap` ms apart. `lift`: 'hold' stops the finger before
    // lifting it (no fling), 'fling' lifts it moving; `during(step)` runs between moves.
    async swipe(from, to, { steps = 12, gap = 16, lift = 'hold', during = null } = {}) {
      await send('touchStart', [from]);
      for (let k = 1; k <= steps; k++) {
        const t = k / steps;
        await send('touchMove', [[from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]], gap / 1000);
        if (during) await during(k);
      }
      await send('touchEnd', [], lift === 'hold' ? 0.2 : gap / 1000);
    },
    async tap(at) {
      await send('touchStart', [at]);
      await send('touchEnd', [], 0.05);
    },
  };
}

// The canvas of the hosted page, or of the embed #id (page CSS pixels).
const canvasBox = (page, id = 'explorer') => page.locator(`#${id} canvas`).boundingBox();

// Reads `value()` until it stops changing: three frames drawn without a change, or no frame
// for 1.5 s (the widget is idle). `count()`: the widget's frames so far. The widget reports
// what its last frame showed, so time alone says nothing on a slow machine: frames do.
async function settled(count, value) {
  let last = JSON.stringify(await value()), changedAt = await count(), seen = changedAt, quiet = Date.now();
  for (let tries = 0; tries < 1200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [now, n] = [JSON.stringify(await value()), await count()];
    if (n !== seen) [seen, quiet] = [n, Date.now()];
    if (now !== last) [last, changedAt] = [now, n];
    else if (n >= changedAt + 3 || Date.now() - quiet > 1500) return JSON.parse(now);
  }
  throw new Error(`never settled: ${last}`);
}

// Swipes (`swipe()`) until the list of `view` is at its end; resolves to the state then.
async function swipeToEnd(read, count, view, swipe, limit = 10) {
  for (let k = 0; k < limit; k++) {
    const t = await read();
    if (t.scroll[view].y >= t.scroll[view].max) return t;
    await swipe();
    await settled(count, async () => (await read()).scroll[view].y);
  }
  return read();
}

const hosted = (query, options) => openDrawnExplorer(env.browser, env.site.url + query, options);

async function article(name, options) {
  const page = await openHostPage(env, name, options);
  assert.equal(await whenReady(page, 'story'), true);
  return page;
}

// The article with its explorer showing `view`, scrolled to the top of the screen, once the
// explorer has drawn it and settled: its state then (with a touch screen, once controls are
// finger-sized).
async function articleAt(page, view) {
  await page.evaluate((v) => {
    window.PolityExplorer.get(document.getElementById('story')).setView(v);
    document.getElementById('story').scrollIntoView({ block: 'start' });
  }, view);
  const touch = await page.evaluate(() => matchMedia('(pointer: coarse)').matches);
  await waitFor(page, 'story', (t) => t.view === view && (!touch || t.pointer === 'coarse'));
  await settled(storyFrames(page), async () => {   // the first frames at a new size move things
    const t = await storyState(page);
    return [t.timeline, t.scroll[view], t.rows];
  });
  return storyState(page);
}

const scrollY = (page) => page.evaluate(() => window.scrollY);
const storyState = (page) => debugState(page, 'story');
const storyFrames = (page) => () => framesOf(page, 'story');
const pageFrames = (page) => () => frames(page);

//---------------------------------------------------------------------------
// Touch on the hosted page
//---------------------------------------------------------------------------

test('a swipe scrolls the quotes to the last one and opens nothing; a tap then opens the quote under it', async () => {
  const page = await hosted('#view=quotes', PHONE);
  const hand = await fingers(page);
  const box = await canvasBox(page);
  await waitForState(page, (s) => s.pointer === 'coarse' && s.rows.length > 0);
  const x = box.x + box.width / 2, top = box.y + box.height * 0.8, bottom = box.y + box.height * 0.3;
  let s = await state(page);
  for (let k = 0; k < 6 && s.scroll.quotes.y < s.scroll.quotes.max; k++) {
    const before = s.scroll.quotes.y;
    await hand.swipe([x, top], [x, bottom], {
      during: k === 0 ? async (step) => { if (step === 6) await screenshot(page, 'touch-hosted-mid-swipe-390'); } : null,
    });
    await settled(pageFrames(page), async () => (await state(page)).scroll.quotes);
    s = await state(page);
    const moved = s.scroll.quotes.y - before;
    // The list follows the finger: it moved as far as the finger did, unless it reached its end.
    if (s.scroll.quotes.y < s.scroll.quotes.max) assert.ok(Math.abs(moved - (top - bottom)) < 3, `moved ${moved} px`);
  }
  assert.equal(s.scroll.quotes.y, s.scroll.quotes.max, 'the list reached its end');
  const last = s.rows[s.rows.length - 1];
  assert.deepEqual([last.id, last.whole], [LAST_QUOTE, true], 'the last quote is wholly in view');
  assert.equal(s.selected, '', 'swipes that started on rows opened nothing');
  const row = s.rows.find((r) => r.whole && r.id !== LAST_QUOTE);
  // The swipe past the list's end scrolled the page toward the credit line: the canvas moved.
  const now = await canvasBox(page);
  await hand.tap([x, now.y + (row.top + row.bottom) / 2]);
  await waitForState(page, (t) => t.selected === row.id);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a fling goes on after the finger lifts, stops, and then no frame is drawn', async () => {
  const page = await hosted('#view=search&search=a', PHONE);
  const hand = await fingers(page);
  const box = await canvasBox(page);
  const s0 = await waitForState(page, (s) => s.rows.length > 0 && s.scroll.search.max > 2000);
  const x = box.x + box.width / 2, from = box.y + box.height * 0.75, to = box.y + box.height * 0.35;
  await hand.swipe([x, from], [x, to], { steps: 6, gap: 16, lift: 'fling' });
  const end = await settled(pageFrames(page), async () => (await state(page)).scroll.search.y);
  const travel = from - to;
  assert.ok(end > s0.scroll.search.y + travel + 200, `flung to ${end} px, the finger moved ${travel} px`);
  assert.ok(end < s0.scroll.search.max, 'it stopped by itself, before the end of the list');
  assert.equal((await state(page)).selected, '');
  await page.waitForTimeout(200);
  assert.equal(await framesDuring(page, 1000), 0, 'idle again: no frames');
  await page.context().close();
});

test('a touch stops a fling, and that touch opens nothing', async () => {
  const page = await hosted('#view=search&search=a', PHONE);
  const hand = await fingers(page);
  const box = await canvasBox(page);
  await waitForState(page, (s) => s.rows.length > 0);
  const x = box.x + box.width / 2;
  await hand.swipe([x, box.y + box.height * 0.75], [x, box.y + box.height * 0.35], { steps: 6, gap: 16, lift: 'fling' });
  await page.waitForTimeout(100);
  await hand.tap([x, box.y + box.height * 0.5]);
  const stopped = await settled(pageFrames(page), async () => (await state(page)).scroll.search.y);
  await page.waitForTimeout(300);
  assert.equal((await state(page)).scroll.search.y, stopped);
  assert.equal((await state(page)).selected, '', 'the touch that caught the fling was not a tap');
  await page.context().close();
});

test('in an article two fingers pinch the timeline, and the article stays', async () => {
  const page = await article('article.html', PHONE);
  const hand = await fingers(page);
  const s0 = await articleAt(page, 'timeline');
  const box = await canvasBox(page, 'story');
  const x = box.x + box.width / 2, y = box.y + box.height * 0.7;
  const before = await scrollY(page);
  await hand.send('touchStart', [[x - 30, y], [x + 30, y]]);
  for (let d = 45; d <= 120; d += 15) {
    await hand.send('touchMove', [[x - d, y], [x + d, y]]);
    await page.waitForTimeout(16);
  }
  await hand.send('touchEnd', []);
  const zoomed = await settled(storyFrames(page), async () => (await storyState(page)).timeline);
  const span = (t) => t.to - t.from;
  assert.ok(span(zoomed) < span(s0.timeline) / 2, `fingers 4x apart: zoomed (${span(s0.timeline)} -> ${span(zoomed)} years)`);
  assert.equal(await scrollY(page), before, 'the article did not move');
  assert.equal((await storyState(page)).selected, '');
  await page.context().close();
});

//---------------------------------------------------------------------------
// Touch in an article
//---------------------------------------------------------------------------

test('in an article a swipe scrolls the list, then the article once the list is at its end', async () => {
  const page = await article('article.html', PHONE);
  const hand = await fingers(page);
  const s0 = await articleAt(page, 'quotes');
  const box = await canvasBox(page, 'story');
  // Less than the list can take: the article's box fits its view, so the list is short.
  const travel = Math.min(box.height * 0.4, s0.scroll.quotes.max * 0.6);
  assert.ok(travel > 100, `the list can scroll (${s0.scroll.quotes.max} px)`);
  const x = box.x + box.width / 2, from = box.y + box.height * 0.8, to = from - travel;
  const page0 = await scrollY(page);
  await hand.swipe([x, from], [x, to], {
    during: async (step) => { if (step === 6) await screenshot(page, 'touch-article-mid-swipe-390'); },
  });
  const s = await settled(storyFrames(page), async () => (await storyState(page)).scroll.quotes.y);
  assert.ok(Math.abs(s - travel) < 3, `the list followed the finger (${s} px for ${travel})`);
  assert.equal(await scrollY(page), page0, 'the article stayed while the list could scroll');
  const atEnd = await swipeToEnd(() => storyState(page), storyFrames(page), 'quotes', async () => {
    const b = await canvasBox(page, 'story');
    await hand.swipe([x, b.y + b.height * 0.8], [x, b.y + b.height * 0.3]);
  });
  assert.equal(atEnd.scroll.quotes.y, atEnd.scroll.quotes.max, 'the list is at its end');
  await page.evaluate(() => document.getElementById('story').scrollIntoView({ block: 'start' }));
  const before = await scrollY(page);
  const b = await canvasBox(page, 'story');
  await hand.swipe([x, b.y + b.height * 0.7], [x, b.y + b.height * 0.3]);
  const after = await settled(storyFrames(page), () => scrollY(page));
  assert.ok(after > before + 100, `the article scrolled on (${before} -> ${after})`);
  assert.equal((await storyState(page)).selected, '');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a reader who swipes over an explorer that fills the screen gets past it', async () => {
  const page = await article('article.html', { ...PHONE, viewport: { width: 390, height: 600 } });
  const hand = await fingers(page);
  await page.evaluate(() => document.getElementById('story').scrollIntoView({ block: 'start' }));
  await waitFor(page, 'story', (t) => t.pointer === 'coarse');
  const x = 195;
  for (let k = 0; k < 20; k++) {
    const box = await canvasBox(page, 'story');
    if (box.y + box.height < 0) break;
    await hand.swipe([x, 500], [x, 150]);   // always over the explorer, which fills the screen
  }
  const box = await canvasBox(page, 'story');
  assert.ok(box.y + box.height < 0, `the explorer scrolled out of sight (its bottom at ${box.y + box.height} px)`);
  assert.ok(await page.locator('#after').isVisible(), 'the article after it is on screen');
  await page.context().close();
});

test('in an article one finger over the timeline scrolls the article and says to use two', async () => {
  const page = await article('article.html', PHONE);
  const hand = await fingers(page);
  const s0 = await articleAt(page, 'timeline');
  const box = await canvasBox(page, 'story');
  // On a phone the plot may run past the screen's bottom: the finger starts where it shows.
  const shown = Math.min(box.y + box.height, PHONE.viewport.height);
  const x = box.x + box.width / 2, from = shown - 0.2 * (shown - box.y);
  const before = await scrollY(page);
  let hint = '';
  await hand.swipe([x, from], [x, from - 250], {
    during: async () => { hint = hint || (await storyState(page)).hint; },
  });
  const after = await settled(storyFrames(page), () => scrollY(page));
  assert.ok(after > before + 150, `the article scrolled (${before} -> ${after})`);
  assert.equal(hint, 'two-fingers');
  assert.deepEqual((await storyState(page)).timeline, s0.timeline, 'the timeline did not move');
  await page.context().close();
});

test('an iframe embed hands its host page what a swipe leaves', async () => {
  const page = await openHostPage(env, 'article-iframe.html', PHONE);
  await page.waitForFunction(() => document.getElementById('story').contentWindow !== null);
  const frame = page.frames().find((f) => f.url().startsWith(env.site.url + 'embed.html'));
  assert.equal(await whenReady(frame, 'explorer'), true);
  await page.evaluate(() => document.getElementById('story').scrollIntoView({ block: 'start' }));
  const hand = await fingers(page);
  const canvas = () => frame.locator('#explorer canvas').boundingBox();   // in the page's coordinates
  await waitFor(frame, 'explorer', (t) => t.rows.length > 0 && t.pointer === 'coarse');
  const frameFrames = () => framesOf(frame, 'explorer');
  const swipeOver = async (box) => {
    const x = box.x + box.width / 2;
    await hand.swipe([x, box.y + box.height * 0.8], [x, box.y + box.height * 0.3]);
  };
  const atEnd = await swipeToEnd(() => debugState(frame, 'explorer'), frameFrames, 'quotes', async () => swipeOver(await canvas()));
  assert.equal(atEnd.scroll.quotes.y, atEnd.scroll.quotes.max, 'the list is at its end');
  await page.evaluate(() => document.getElementById('story').scrollIntoView({ block: 'start' }));
  const before = await scrollY(page);
  await swipeOver(await canvas());
  const after = await settled(frameFrames, () => scrollY(page));
  assert.ok(after > before + 100, `the host page scrolled (${before} -> ${after})`);
  await page.context().close();
});

//---------------------------------------------------------------------------
// The wheel
//---------------------------------------------------------------------------

test('in an article the wheel scrolls the list, then the article; never trapped', async () => {
  const page = await article('article.html', DESKTOP);
  await articleAt(page, 'quotes');
  const box = await canvasBox(page, 'story');
  await page.mouse.move(box.x + box.width / 3, box.y + box.height * 0.6);
  const page0 = await scrollY(page);
  await page.mouse.wheel(0, 100);
  const list = await settled(storyFrames(page), async () => (await storyState(page)).scroll.quotes.y);
  assert.ok(list > 50, `the list took the wheel (${list} px)`);
  assert.equal(await scrollY(page), page0, 'and the article did not move');
  for (let k = 0; k < 30; k++) {
    const t = await storyState(page);
    if (t.scroll.quotes.y >= t.scroll.quotes.max) break;
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(30);
  }
  const t = await settled(storyFrames(page), async () => (await storyState(page)).scroll.quotes);
  assert.equal(t.y, t.max, 'the list is at its end');
  const before = await scrollY(page);
  for (let k = 0; k < 3; k++) await page.mouse.wheel(0, 100);
  const after = await settled(storyFrames(page), () => scrollY(page));
  assert.ok(after >= before + 250, `three more ticks scrolled the article (${before} -> ${after})`);
  await page.context().close();
});

test('in an article a plain wheel over the timeline scrolls the article; Ctrl + wheel zooms it', async () => {
  const page = await article('article.html', DESKTOP);
  const s0 = await articleAt(page, 'timeline');
  const box = await canvasBox(page, 'story');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.75);
  const before = await scrollY(page);
  let hint = '';
  for (let k = 0; k < 10; k++) {
    await page.mouse.wheel(0, 100);
    hint = hint || (await storyState(page)).hint;
  }
  const after = await settled(storyFrames(page), () => scrollY(page));
  assert.ok(after >= before + 500, `10 ticks scrolled the article (${before} -> ${after})`);
  assert.equal(hint, 'wheel-zoom', 'and said how to zoom');
  assert.deepEqual((await storyState(page)).timeline, s0.timeline, 'the span did not change');
  await page.evaluate(() => document.getElementById('story').scrollIntoView({ block: 'start' }));
  const b = await canvasBox(page, 'story');
  await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.75);
  const pinned = await scrollY(page);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  const zoomed = await settled(storyFrames(page), async () => (await storyState(page)).timeline);
  assert.ok(zoomed.to - zoomed.from < s0.timeline.to - s0.timeline.from, 'Ctrl + wheel zoomed in');
  assert.equal(await scrollY(page), pinned, 'and the article stayed');
  await page.context().close();
});

test('data-wheel="zoom" gives an embed plain-wheel zoom', async () => {
  const page = await article('article.html', DESKTOP);
  await page.evaluate(() => {
    const old = document.getElementById('story');
    window.PolityExplorer.get(old).destroy();
    old.setAttribute('data-wheel', 'zoom');
    old.setAttribute('data-view', 'timeline');
    window.PolityExplorer.mount(old, { dataset: old.getAttribute('data-dataset'), view: 'timeline', wheel: 'zoom', lazy: false });
  });
  assert.equal(await whenReady(page, 'story'), true);
  await page.evaluate(() => document.getElementById('story').scrollIntoView({ block: 'start' }));
  const s0 = await waitFor(page, 'story', (t) => t.timeline.to > t.timeline.from);
  const box = await canvasBox(page, 'story');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.75);
  const before = await scrollY(page);
  await page.mouse.wheel(0, -100);
  const zoomed = await settled(storyFrames(page), async () => (await storyState(page)).timeline);
  assert.ok(zoomed.to - zoomed.from < s0.timeline.to - s0.timeline.from, 'a plain wheel zoomed in');
  assert.equal(await scrollY(page), before);
  await page.context().close();
});

test('the hosted page zooms the timeline with a plain wheel', async () => {
  const page = await hosted('#view=timeline', DESKTOP);
  const s0 = await waitForState(page, (s) => s.timeline.to > s.timeline.from);
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.75);
  await page.mouse.wheel(0, -100);
  const zoomed = await settled(pageFrames(page), async () => (await state(page)).timeline);
  assert.ok(zoomed.to - zoomed.from < s0.timeline.to - s0.timeline.from);
  assert.equal((await state(page)).hint, '');
  await page.context().close();
});

test('views keep their own scroll: Reforms scrolled, then Quotes shows from its top', async () => {
  const page = await hosted('#view=reforms', DESKTOP);
  const box = await canvasBox(page);
  await waitForState(page, (s) => s.scroll.reforms.max > 500);
  await page.mouse.move(box.x + box.width / 3, box.y + box.height * 0.6);
  for (let k = 0; k < 5; k++) await page.mouse.wheel(0, 100);
  const reforms = await settled(pageFrames(page), async () => (await state(page)).scroll.reforms.y);
  assert.ok(reforms >= 400, `Reforms scrolled ${reforms} px`);
  await page.evaluate(() => window.polityTest.navigate('quotes'));
  const s = await waitForState(page, (t) => t.view === 'quotes' && t.rows.length > 0);
  assert.equal(s.scroll.quotes.y, 0);
  assert.deepEqual([s.rows[0].id, s.rows[0].whole], [dataset.quotes[0].id, true], 'the first quote, whole');
  await page.evaluate(() => window.polityTest.back());
  await waitForState(page, (t) => t.view === 'reforms' && t.scroll.reforms.y === reforms);
  await page.context().close();
});

//---------------------------------------------------------------------------
// Clicks
//---------------------------------------------------------------------------

// Moves the mouse to `at` (canvas CSS pixels), presses and releases, all in one task: no frame
// can come between them, as with a trackpad's tap-to-click or a fast test driver.
const jumpAndClick = (page, at) => page.evaluate(({ x, y }) => {
  const canvas = document.querySelector('#explorer').shadowRoot.querySelector('canvas');
  const r = canvas.getBoundingClientRect();
  const base = { clientX: r.left + x, clientY: r.top + y, pointerId: 1, pointerType: 'mouse', isPrimary: true, bubbles: true };
  canvas.dispatchEvent(new PointerEvent('pointermove', { ...base, button: -1, buttons: 0 }));
  canvas.dispatchEvent(new PointerEvent('pointerdown', { ...base, button: 0, buttons: 1 }));
  canvas.dispatchEvent(new PointerEvent('pointerup', { ...base, button: 0, buttons: 0 }));
}, at);

test('100 clicks, each pressed and released in one frame right after the pointer jumps: 100 open', async () => {
  const page = await hosted('#view=institutions', DESKTOP);
  const s = await waitForState(page, (t) => t.rows.filter((r) => r.whole).length >= 4);
  const ids = s.rows.filter((r) => r.whole).slice(0, 4).map((r) => r.id);
  let opened = 0;
  for (let k = 0; k < 100; k++) {
    // Where the row is now: an open item narrows the list beside the panel (a grid of two
    // columns becomes one).
    const row = (await state(page)).rows.find((r) => r.id === ids[k % ids.length]);
    const before = await frames(page);
    await jumpAndClick(page, { x: (row.left + row.right) / 2, y: (row.top + row.bottom) / 2 });
    // Opened, or lost: still not open when ten frames were drawn since (a click takes three),
    // or when the widget went idle.
    let [seen, quiet] = [before, Date.now()];
    for (let tries = 0; tries < 400; tries++) {
      const [t, n] = [await state(page), await frames(page)];
      if (t.selected === row.id) { opened += 1; break; }
      if (n !== seen) [seen, quiet] = [n, Date.now()];
      if (n >= before + 10 || (n > before && Date.now() - quiet > 1500)) break;
      await page.waitForTimeout(25);
    }
  }
  assert.equal(opened, 100, `${100 - opened} of 100 clicks were lost`);
  await page.context().close();
});
