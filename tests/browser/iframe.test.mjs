// The iframe embed (web/embed.html + web/polity-iframe.js) in headless Chromium: a news page on
// one origin (tests/browser/pages/iframe.html, whose CSP has no 'wasm-unsafe-eval') frames the
// explorer from another.
//   node --test tests/browser/iframe.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { startServers, openPage, openHostPage, pageRecord, whenReady, debugState, waitFor } from './embed-harness.mjs';

const env = useBrowser(startServers);

// The host page and the explorer's frame, once the explorer shows its data.
async function framed(fragment = '', options = {}) {
  const page = await openHostPage(env, 'iframe.html' + fragment, options);
  await page.waitForFunction(() => document.getElementById('story').contentWindow !== null);
  const frame = page.frames().find((f) => f.url().startsWith(env.site.url + 'embed.html'));
  assert.ok(frame, 'the explorer frame is there');
  assert.equal(await whenReady(frame, 'explorer'), true);
  return { page, frame };
}

const frameHeight = (page) => page.evaluate(() => document.getElementById('story').getBoundingClientRect().height);
const contentHeight = (frame) => frame.evaluate(() => document.getElementById('explorer').getBoundingClientRect().height);

// The iframe's height once it matches its content and holds for four reads in a row: while the
// width changes, one frame may lay out at an in-between height that the next corrects.
async function settledHeight(page, frame) {
  let last = -1;
  let steady = 0;
  for (let i = 0; i < 60; i++) {
    const [outer, inner] = [await frameHeight(page), await contentHeight(frame)];
    steady = Math.abs(outer - inner) <= 1 && outer === last ? steady + 1 : 0;
    if (steady === 3) return outer;
    last = outer;
    await page.waitForTimeout(50);
  }
  throw new Error(`the iframe (${await frameHeight(page)} px) never settled at its content's height (${await contentHeight(frame)} px)`);
}

test('the iframe grows and shrinks with the explorer inside it', async () => {
  const { page, frame } = await framed();
  const wide = await settledHeight(page, frame);
  assert.ok(wide !== 640, `sized to its content (${wide} px), not the height attribute`);
  await page.evaluate(() => { document.getElementById('frame-box').style.width = '340px'; });
  const narrow = await settledHeight(page, frame);
  assert.ok(narrow > wide, `a phone column: taller (${wide} -> ${narrow} px)`);
  await page.evaluate(() => { document.getElementById('frame-box').style.width = ''; });
  assert.equal(await settledHeight(page, frame), wide, 'and back');
  const setHeight = (h) => frame.evaluate((x) => window.PolityExplorer.get(document.getElementById('explorer')).setHeight(x), h);
  await setHeight('900px');
  assert.equal(await settledHeight(page, frame), 900, 'the explorer grows: so does the iframe');
  await setHeight('auto');
  assert.equal(await settledHeight(page, frame), wide, 'and shrinks with it');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a deep link restores view and selection: the iframe URL, and the host URL when mirrored', async () => {
  // The frame's own fragment, as a link to embed.html carries it.
  const direct = await openPage(env.browser, env.site.url + 'embed.html?view=institutions#view=reforms&item=reform-2022');
  assert.equal(await whenReady(direct, 'explorer'), true);
  const s = await debugState(direct, 'explorer');
  assert.deepEqual([s.view, s.selected], ['reforms', 'reform-2022']);
  await direct.context().close();

  // The host page's fragment (mirror-url=true, iframe id "story").
  const { page, frame } = await framed('#story.view=timeline&story.lang=kk');
  await waitFor(frame, 'explorer', (x) => x.view === 'timeline' && x.language === 'kk');
  await frame.evaluate(() => window.PolityExplorer.get(document.getElementById('explorer')).select('senate'));
  await page.waitForFunction(() => location.hash.includes('story.item=senate'));
  assert.match(page.url(), /#story\.view=timeline&story\.item=senate&story\.lang=kk$/);
  await page.evaluate(() => { location.hash = 'story.view=sources'; });
  await waitFor(frame, 'explorer', (x) => x.view === 'sources' && x.selected === '');
  const link = await frame.evaluate(() => window.PolityExplorer.get(document.getElementById('explorer')).link());
  assert.equal(link, env.host.url + 'tests/browser/pages/iframe.html#story.view=sources');
  await page.context().close();
});

test('messages from other windows, or of another shape, are ignored both ways', async () => {
  const { page, frame } = await framed();
  const height = await settledHeight(page, frame);
  // Not from the explorer's window: the host page itself, and a frame of the host's origin.
  await page.evaluate(() => {
    const message = { source: 'polity-explorer', version: 1, type: 'resize', height: 150 };
    window.postMessage(message, '*');
    const other = document.createElement('iframe');
    other.srcdoc = '<p>an ad</p>';
    document.body.append(other);
    other.contentWindow.parent.postMessage(message, '*');
  });
  // From the explorer's window, in the wrong shape.
  await frame.evaluate(() => {
    for (const message of [{ type: 'resize', height: 150 }, { source: 'polity-explorer', version: 2, type: 'resize', height: 150 },
      { source: 'polity-explorer', version: 1, type: 'resize', height: '150' },
      { source: 'polity-explorer', version: 1, type: 'resize', height: 99999 }, 'resize 150']) {
      window.parent.postMessage(message, '*');
    }
  });
  // To the explorer, from the host page, in the wrong shape: a link with keys it does not have.
  await page.evaluate(() => {
    document.getElementById('story').contentWindow.postMessage({ source: 'polity-explorer', version: 1,
      type: 'navigate', link: { view: 'quotes', script: 'alert(1)' } }, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await frameHeight(page), height);
  assert.equal((await debugState(frame, 'explorer')).view, 'institutions');
  // The channel itself works: a well-formed message from the explorer's window is taken.
  await frame.evaluate(() => window.parent.postMessage({ source: 'polity-explorer', version: 1, type: 'resize', height: 300 }, '*'));
  await page.waitForFunction(() => document.getElementById('story').getBoundingClientRect().height === 300);
  await page.context().close();
});

test("the host needs no 'wasm-unsafe-eval': zero CSP violations on the page and in the frame", async () => {
  const { page, frame } = await framed();
  await frame.evaluate(() => window.PolityExplorer.get(document.getElementById('explorer')).setView('network'));
  await waitFor(frame, 'explorer', (s) => s.view === 'network');
  assert.deepEqual((await pageRecord(page)).violations, []);
  assert.deepEqual((await pageRecord(frame)).violations, []);
  assert.deepEqual((await pageRecord(frame)).writes, []);
  assert.deepEqual(page.errors, []);
  const origins = new Set(page.requests.map((url) => new URL(url).origin));
  assert.deepEqual([...origins].sort(), [new URL(env.host.url).origin, new URL(env.site.url).origin].sort());
  await page.context().close();
});

test('a reader of an iframe embed can save the view\'s data and picture: the frame may download', async () => {
  const { page, frame } = await framed();
  for (const [kind, name] of [['csv', /^kazakhstan-constitution-\w+\.csv$/], ['png', /\.png$/], ['json', /^kazakhstan-constitution\.json$/]]) {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }),
      frame.evaluate((k) => window.PolityExplorer.get(document.getElementById('explorer')).download(k), kind)]);
    assert.match(download.suggestedFilename(), name);
    assert.equal(await download.failure(), null, `${kind}: saved`);
  }
  assert.deepEqual((await pageRecord(page)).violations || [], []);
  await page.context().close();
});
