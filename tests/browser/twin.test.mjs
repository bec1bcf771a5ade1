// The text version of a script embed never holds up the explorer's first view: it is built after
// the first frame is on the screen, and a large dataset's holds the first items of each section,
// with a "Show all" button that brings in the rest.
//   node --test tests/browser/twin.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { startServers, openHostPage, whenReady } from './embed-harness.mjs';

const env = useBrowser(startServers);
const EXTRA_EVENTS = 250;
const PER_SECTION = 100;   // kTwinItemsPerSection in wasm/app.hpp

// Notes, for the explorer #first, how many elements its text version held when the first frame
// was drawn and in the next animation frame (the frame after the first one reached the screen).
function noteTwinAtFirstFrame() {
  const count = (element) => {
    const body = element.shadowRoot && element.shadowRoot.querySelector('.pe-twin-body');
    return body ? body.getElementsByTagName('*').length : 0;
  };
  document.addEventListener('polity:firstframe', (e) => {
    window.twinAtFirstFrame = count(e.target);
    requestAnimationFrame(() => { window.twinNextFrame = count(e.target); });
  }, { capture: true, once: true });
}

// Resolves once #first's text version is built (its section is no longer aria-busy).
const twinBuilt = (page) => page.waitForFunction(() => {
  const root = document.getElementById('first').shadowRoot;
  const section = root && root.querySelector('.pe-twin');
  return section && !section.hasAttribute('aria-busy') && section.querySelector('.pe-twin-body article') !== null;
});

const timelineItems = (page) => page.evaluate(() =>
  document.getElementById('first').shadowRoot.querySelectorAll('.pe-twin-body ol.timeline > li').length);

test('the text version is built after the first frame is on the screen', async () => {
  const page = await openHostPage(env, 'one.html', {}, (p) => p.addInitScript(noteTwinAtFirstFrame));
  assert.equal(await whenReady(page, 'first'), true);
  await page.waitForFunction(() => window.twinNextFrame !== undefined);
  assert.deepEqual(await page.evaluate(() => [window.twinAtFirstFrame, window.twinNextFrame]), [0, 0],
    'nothing of the text version is in the page in the first frame nor the next');
  await twinBuilt(page);
  const ids = await page.evaluate(() => [...document.getElementById('first').shadowRoot
    .querySelectorAll('.pe-twin-body [id]')].map((e) => e.id));
  assert.ok(ids.includes('ombudsman') && ids.includes('polity_sources'), 'then all of it is there');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The twin hears only its own explorer: a page (or another script on it) dispatching the
// explorer's events on its element marks nothing and says nothing.
test('the text version follows its explorer, not events dispatched on the element', async () => {
  const page = await openHostPage(env, 'one.html');
  assert.equal(await whenReady(page, 'first'), true);
  await twinBuilt(page);
  const after = await page.evaluate(() => {
    const element = document.getElementById('first');
    const fire = (name, detail) => element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
    fire('polity:select', { id: 'ombudsman', kind: 'institution', view: 'institutions' });
    fire('polity:statechange', { view: 'institutions', item: 'ombudsman', lang: 'en', search: '', category: '' });
    fire('polity:focus', { label: 'Spoofed label' });
    const root = element.shadowRoot;
    return { current: root.querySelectorAll('.pe-twin [aria-current]').length,
      said: root.querySelector('.pe-twin-live').textContent };
  });
  assert.deepEqual(after, { current: 0, said: '' });
  // The explorer itself opening the entity marks it.
  await page.evaluate(() => window.PolityExplorer.get(document.getElementById('first')).select('ombudsman'));
  await page.waitForFunction(() => document.getElementById('first').shadowRoot
    .querySelector('.pe-twin #ombudsman[aria-current="true"]') !== null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The article's dataset with EXTRA_EVENTS more events, copies of its first one.
async function serveManyEvents(page) {
  await page.route('**/data/kazakhstan-constitution.json', async (route) => {
    const response = await route.fetch();
    const data = JSON.parse(await response.text());
    const first = data.events[0];
    for (let i = 0; i < EXTRA_EVENTS; i++) data.events.push({ ...first, id: `extra-event-${i}` });
    const body = JSON.stringify(data);
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-length': String(Buffer.byteLength(body)) } });
  });
}

test('a large dataset\'s text version holds the first items of each section; "Show all" brings in the rest', async () => {
  const page = await openHostPage(env, 'one.html', {}, serveManyEvents);
  assert.equal(await whenReady(page, 'first'), true);
  await twinBuilt(page);
  assert.equal(await timelineItems(page), PER_SECTION);
  const note = await page.evaluate(() => document.getElementById('first').shadowRoot
    .querySelector('#polity_timeline .more').textContent);
  assert.match(note, /^The first 100 of 2\d\d are shown here\. Show all$/);
  const total = Number(note.match(/of (\d+)/)[1]);
  await page.evaluate(() => document.getElementById('first').shadowRoot
    .querySelector('#polity_timeline button[data-twin-all]').click());
  await page.waitForFunction(() => {
    const root = document.getElementById('first').shadowRoot;
    return !root.querySelector('.pe-twin').hasAttribute('aria-busy') && !root.querySelector('button[data-twin-all]');
  });
  assert.equal(await timelineItems(page), total);
  assert.equal(await page.evaluate(() => document.getElementById('first').shadowRoot.activeElement.id), 'polity_timeline',
    'the reader stays at the section they asked to see whole');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
