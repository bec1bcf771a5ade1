// The JS API for newsroom developers (PolityExplorer.mount and its instance) and the hosted
// page's deep links, "Copy link" and "Embed" panel, in headless Chromium.
//   node --test tests/browser/api.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, recordWidgetCalls } from './harness.mjs';
import { startServers, openPage, openHostPage, whenReady, debugState, waitFor } from './embed-harness.mjs';

const env = useBrowser(startServers);

const blank = () => openHostPage(env, 'blank.html');

// Mounts explorers on new elements of the page; each records the events it hears, both as DOM
// events on its element and through on().
async function mountExplorers(page, options) {
  return page.evaluate(({ list, dataset }) => {
    window.heard = {};
    return list.map((extra, k) => {
      const element = document.createElement('div');
      element.id = 'w' + k;
      document.querySelector('article').append(element);
      const heard = (window.heard[element.id] = { dom: [], on: [] });
      for (const name of ['ready', 'firstframe', 'select', 'viewchange', 'statechange', 'error']) {
        element.addEventListener('polity:' + name, (e) => heard.dom.push([name, e.detail]));
      }
      const explorer = window.PolityExplorer.mount(element, { dataset, lazy: false, height: '420px', ...extra });
      for (const name of ['ready', 'select', 'viewchange', 'statechange', 'error']) {
        explorer.on(name, (detail) => heard.on.push([name, detail]));
      }
      return element.id;
    });
  }, { list: options, dataset: env.site.url + 'data/kazakhstan-constitution.json' });
}

const heard = (page, id) => page.evaluate((i) => window.heard[i], id);
const call = (page, id, method, ...args) => page.evaluate(({ i, m, a }) =>
  window.PolityExplorer.get(document.getElementById(i))[m](...a), { i: id, m: method, a: args });

test('mount, the host API, and events as DOM events and through on()', async () => {
  const page = await blank();
  const [id] = await mountExplorers(page, [{ view: 'overview' }]);
  assert.equal(await whenReady(page, id), true);
  assert.equal(await call(page, id, 'select', 'ombudsman'), true);
  assert.equal(await call(page, id, 'setView', 'reforms'), true);
  assert.equal(await call(page, id, 'setLanguage', 'ru'), true);
  assert.equal(await call(page, id, 'setView', 'no-such-view'), false);
  assert.equal(await call(page, id, 'select', 'not an id!'), false);
  assert.equal(await call(page, id, 'select', 'no-such-entity'), false, 'an unknown id selects nothing');
  await waitFor(page, id, (s) => s.view === 'reforms' && s.language === 'ru');
  const { dom, on } = await heard(page, id);
  const names = (list) => list.map(([name]) => name);
  assert.deepEqual(names(dom).filter((n) => n !== 'firstframe').slice(0, 6),
    ['ready', 'statechange', 'select', 'statechange', 'viewchange', 'statechange']);
  assert.deepEqual(names(on), names(dom).filter((n) => n !== 'firstframe'), 'on() hears what the element hears');
  assert.ok(names(dom).includes('firstframe'));
  assert.deepEqual(dom.find(([n]) => n === 'select')[1], { id: 'ombudsman', kind: 'institution', view: 'overview' });
  assert.deepEqual(dom.find(([n]) => n === 'viewchange')[1], { view: 'reforms' });
  assert.deepEqual(dom.at(-1)[1], { view: 'reforms', item: '', lang: 'ru', search: '', category: '' });
  assert.ok(page.warnings.some((w) => /view "no-such-view" is not a view/.test(w)));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the page hears and reads one vocabulary, the link\'s; the full report is made only for debugState()', async () => {
  const page = await openHostPage(env, 'blank.html', {}, recordWidgetCalls);
  const [id] = await mountExplorers(page, [{ view: 'institutions', item: 'ombudsman' }]);
  assert.equal(await whenReady(page, id), true);
  const text = await page.evaluate(async (url) => (await fetch(url)).text(), env.site.url + 'data/kazakhstan-constitution.json');
  await page.evaluate(() => { window.polityCalls.length = 0; });
  assert.equal(await call(page, id, 'navigate', 'institutions', 'senate'), true);
  assert.equal(await call(page, id, 'navigate', 'institutions', 'no-such-id'), false);
  await call(page, id, 'setLanguage', 'ru');
  await call(page, id, 'setSearch', 'сенат');
  await call(page, id, 'navigate', 'institutions', 'senate');
  assert.equal(await call(page, id, 'setDatasetText', text), true);
  await page.waitForFunction((i) => window.heard[i].dom.filter(([name]) => name === 'ready').length === 2, id);
  const calls = await page.evaluate(() => window.polityCalls.slice());
  assert.ok(calls.includes('polity_describe_link'), 'the widget read its link state');
  assert.ok(!calls.includes('polity_describe_state'), 'the full report was never made on the link path');

  const state = await call(page, id, 'state');
  assert.deepEqual(Object.keys(state).sort(), ['category', 'item', 'kind', 'lang', 'phase', 'search', 'view']);
  assert.deepEqual([state.view, state.item, state.lang], ['institutions', 'senate', 'ru'], 'the item stayed with the new text');
  const events = (await heard(page, id)).dom;
  const ready = events.filter(([name]) => name === 'ready').pop()[1];
  const change = events.filter(([name]) => name === 'statechange').pop()[1];
  assert.deepEqual(Object.keys(change).sort(), ['category', 'item', 'lang', 'search', 'view']);
  for (const key of Object.keys(change)) assert.equal(change[key], state[key], key);
  for (const key of ['view', 'item', 'lang']) assert.equal(ready[key], state[key], key);
  await debugState(page, id);
  assert.ok((await page.evaluate(() => window.polityCalls)).includes('polity_describe_state'), 'what debugState() makes');
  await page.context().close();
});

test('the options go in once, as the widget is made, with where the host sent it while the code loaded', async () => {
  const page = await openHostPage(env, 'blank.html', {}, recordWidgetCalls);
  const id = await page.evaluate((dataset) => {
    const element = document.createElement('div');
    element.id = 'early';
    document.querySelector('article').append(element);
    const explorer = window.PolityExplorer.mount(element, { dataset, lazy: false, height: '420px', theme: 'dark', lang: 'ru' });
    explorer.navigate('institutions', 'ombudsman');   // before the code has loaded
    explorer.setSearch('сенат');
    return element.id;
  }, env.site.url + 'data/kazakhstan-constitution.json');
  assert.equal(await whenReady(page, id), true);
  const setters = (await page.evaluate(() => window.polityCalls))
    .filter((name) => /^polity_(navigate|go|set_(language|page_language|search|category|theme|accent))$/.test(name));
  assert.deepEqual(setters, [], 'nothing the options hold was set again after the start');
  const s = await debugState(page, id);
  assert.deepEqual([s.view, s.selected, s.language, s.search, s.theme], ['institutions', 'ombudsman', 'ru', 'сенат', 'dark']);
  await page.context().close();
});

test('polity:error carries the message and the diagnostics', async () => {
  const page = await blank();
  const [missing, broken] = await mountExplorers(page, [{ dataset: 'data/no-such.json' },
    { dataset: env.site.url + 'tests/fixtures/invalid/bad-dates.json' }]);
  assert.equal(await whenReady(page, missing), false);
  assert.equal(await whenReady(page, broken), false);
  const error = async (id) => (await heard(page, id)).dom.find(([n]) => n === 'error')[1];
  assert.match((await error(missing)).message, /404/);
  const diagnostics = (await error(broken)).diagnostics;
  assert.ok(diagnostics.length > 0 && diagnostics.every((d) => /bad-dates\.json:\d+:\d+: error/.test(d)), diagnostics.join('\n'));
  // A download may work the next time: the reader gets "Try again"; a broken file will not.
  assert.equal(await page.locator(`#${missing} .pe-retry`).isVisible(), true);
  assert.equal(await page.locator(`#${broken} .pe-retry`).isVisible(), false);
  await page.locator(`#${missing} .pe-retry`).click();
  await page.waitForFunction((id) => (window.heard[id].dom.filter(([n]) => n === 'error').length === 2), missing);
  await page.context().close();
});

// Counts the listeners polity-embed.js adds to window, document and media queries (the test
// driver adds its own) and the animation frames asked for, and keeps a weak reference to every
// WebAssembly memory instantiated.
function instrument() {
  window.__memories = [];
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then((result) => {
      const instance = result.instance || result;
      for (const value of Object.values(instance.exports)) {
        if (value instanceof WebAssembly.Memory) window.__memories.push(new WeakRef(value));
      }
      return result;
    });
  };
  const live = (window.__live = new Map());
  const key = (target, type, handler, options) => [target, type, handler, !!(options && (options === true || options.capture))];
  const same = (a, b) => a.every((x, k) => x === b[k]);
  for (const proto of [Window.prototype, Document.prototype, MediaQueryList.prototype]) {
    const add = proto.addEventListener, remove = proto.removeEventListener;
    proto.addEventListener = function (...args) {
      const ours = /polity-embed\.js/.test(new Error().stack);
      if (ours && !(args[2] && args[2].once)) live.set(live.size + Math.random(), key(this, ...args));
      return add.apply(this, args);
    };
    proto.removeEventListener = function (...args) {
      for (const [id, k] of live) if (same(k, key(this, ...args))) live.delete(id);
      return remove.apply(this, args);
    };
  }
  const raf = window.requestAnimationFrame;
  window.__frames = 0;
  window.requestAnimationFrame = function (f) { window.__frames += 1; return raf.call(window, f); };
}

test('destroy() frees everything: no frames, no listeners, no GL context, no WebAssembly memory', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(env.host.url + 'tests/browser/pages/blank.html');
  const cdp = await context.newCDPSession(page);
  // (Runtime.queryObjects would count them directly, but it crashes this renderer with wasm live.)
  const memories = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return page.evaluate(() => window.__memories.filter((ref) => ref.deref() !== undefined).length);
  };
  const listeners = () => page.evaluate(() => window.__live.size);
  const before = await listeners();
  const ids = await mountExplorers(page, [{ view: 'timeline', theme: 'auto' }, { mirrorUrl: true }, { item: 'senate' }]);
  for (const id of ids) assert.equal(await whenReady(page, id), true);
  assert.equal(await memories(), 3);
  assert.ok((await listeners()) > before, 'the explorers listen while they live');

  const canvases = await page.evaluateHandle((list) => list.map((i) => document.getElementById(i).shadowRoot.querySelector('canvas')), ids);
  for (const id of ids) await call(page, id, 'destroy');
  const framesAfter = await page.evaluate(() => window.__frames);
  await page.evaluate((list) => list.forEach((c) => {          // input on the old canvases wakes nothing
    c.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10 }));
  }), canvases);
  await page.setViewportSize({ width: 700, height: 900 });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__frames), framesAfter, 'no frame asked for after destroy()');
  assert.equal(await listeners(), before, 'no listener left on window, document or media queries');
  assert.deepEqual(await page.evaluate((list) => list.map((c) => c.getContext('webgl2').isContextLost()), canvases),
    [true, true, true]);
  assert.equal(await memories(), 0, 'every WebAssembly memory collected');
  assert.equal(await page.evaluate((list) => list.map((i) => window.PolityExplorer.get(document.getElementById(i))), ids)
    .then((l) => l.filter(Boolean).length), 0);
  await page.context().close();
});

test('destroy() brings back what the element held; mounting it again works', async () => {
  const page = await blank();
  await page.evaluate((dataset) => {
    window.explorer = window.PolityExplorer.mount(document.getElementById('slot'), { dataset, lazy: false });
  }, env.site.url + 'data/kazakhstan-constitution.json');
  const fallback = page.locator('#slot').locator('xpath=./p');   // light DOM only
  assert.equal(await fallback.isVisible(), false, 'the fallback hides while the explorer shows');
  assert.equal(await page.evaluate(() => window.explorer.ready), true);
  await page.evaluate(() => window.explorer.destroy());
  assert.equal(await fallback.isVisible(), true);
  await page.evaluate((dataset) => {
    window.explorer = window.PolityExplorer.mount(document.getElementById('slot'), { dataset, lazy: false, view: 'quotes' });
  }, env.site.url + 'data/kazakhstan-constitution.json');
  assert.equal(await page.evaluate(() => window.explorer.ready), true);
  assert.equal((await debugState(page, 'slot')).view, 'quotes');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the hosted page: a deep link restores view and selection, the fragment follows, hashchange navigates', async () => {
  const page = await openPage(env.browser, env.site.url + '#view=institutions&item=ombudsman&lang=ru');
  assert.equal(await whenReady(page, 'explorer'), true);
  const s = await debugState(page, 'explorer');
  assert.deepEqual([s.view, s.selected, s.language], ['institutions', 'ombudsman', 'ru']);
  await call(page, 'explorer', 'setSearch', 'сенат');
  await page.waitForFunction(() => location.hash === '#view=search&lang=ru&search=' + encodeURIComponent('сенат'));
  await page.evaluate(() => { location.hash = '#view=timeline&item=reform-2022'; });
  await waitFor(page, 'explorer', (x) => x.view === 'timeline' && x.selected === 'reform-2022' && x.search === '');
  await page.evaluate(() => { location.hash = '#view=institutions&category=ombudsman'; });   // a filter too
  await page.waitForFunction(() => window.PolityExplorer.get(document.getElementById('explorer')).state().category === 'ombudsman');
  await page.context().close();

  const reopened = await openPage(env.browser, env.site.url + '#view=institutions&category=legislature&lang=kk');
  assert.equal(await whenReady(reopened, 'explorer'), true);
  await reopened.waitForFunction(() => window.PolityExplorer.get(document.getElementById('explorer')).state().category === 'legislature');
  await reopened.context().close();
});

test('the hosted page: "Copy link", and an Embed panel whose snippets work when pasted', async () => {
  const page = await openPage(env.browser, env.site.url + '#view=institutions&item=ombudsman');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  assert.equal(await whenReady(page, 'explorer'), true);
  await page.click('.polity-copy-link');
  await page.waitForFunction(() => document.querySelector('.polity-toolbar-status').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());

  await page.click('.polity-embed-toggle');
  const script = await page.inputValue('#polity-snippet-script');
  const iframe = await page.inputValue('#polity-snippet-iframe');
  assert.match(script, /data-view="institutions" data-item="ombudsman" data-lang="en"/);
  assert.match(iframe, /embed\.html\?data=.*&amp;view=institutions&amp;item=ombudsman&amp;lang=en/);
  await page.context().close();

  // Pasted into an article on another origin, each opens the same view and item.
  const article = await blank();
  await article.evaluate(([a, b]) => {
    const box = document.querySelector('article');
    box.insertAdjacentHTML('beforeend', a.replace(/<script.*<\/script>/, '') + b.replace(/<script.*<\/script>/, ''));
    for (const src of [a, b].map((s) => /<script async src="([^"]+)"/.exec(s)[1])) {
      const tag = document.createElement('script');
      tag.src = src;
      document.body.append(tag);
    }
  }, [script, iframe]);
  await article.waitForFunction(() => document.querySelector('.polity-explorer') && window.PolityExplorer &&
    window.PolityExplorer.get(document.querySelector('.polity-explorer')));
  await article.evaluate(() => { document.querySelector('.polity-explorer').id = 'pasted'; });
  assert.equal(await whenReady(article, 'pasted'), true);
  assert.equal((await debugState(article, 'pasted')).selected, 'ombudsman');
  await article.waitForFunction(() => document.querySelector('iframe.polity-explorer-frame').contentWindow);
  // Below the script embed (article mode: as tall as its view), the frame draws only once in view.
  await article.locator('iframe.polity-explorer-frame').scrollIntoViewIfNeeded();
  const frame = article.frames().find((f) => f.url().includes('embed.html'));
  assert.equal(await whenReady(frame, 'explorer'), true);
  assert.equal((await debugState(frame, 'explorer')).selected, 'ombudsman');
  await article.context().close();
});
