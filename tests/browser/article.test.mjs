// Article mode, the script and iframe embeds' default, in a news article with a serif body
// (tests/browser/pages/news-article.html, served from another origin than the widget): its options,
// one row of tabs with "More", the headline, the language from <html lang>, the language menu,
// a height that fits the view up to 85 % of the viewport, the page held still while the box
// above the reader changes height, the credit line and its downloads; and no jump after the
// first frame, on the article, in the iframe page and on the hosted page.
//   node --test tests/browser/article.test.mjs
// Screenshots of every view at 320, 390 and 680 px in en, ru and kk, inside the article, go to
// test-results/article/ for a person to look at.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser, resultsDir, startServer } from './harness.mjs';
import { openPage, whenReady, debugState, waitFor } from './embed-harness.mjs';

const env = useBrowser(async () => {
  const site = await startServer();
  return { site, host: await startServer({ widgetBase: site.url }) };
});
const shotsDir = path.join(resultsDir, 'article');
before(() => fs.mkdir(shotsDir, { recursive: true }));

const VIEWS = ['overview', 'institutions', 'reforms', 'timeline', 'network', 'figures', 'quotes', 'sources', 'search'];
const TOOLBAR = ['Back', 'Forward', 'Search…', 'Download'];          // app mode's top bar, by focus label
const PHONE = (width) => ({ viewport: { width, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

// The article with `query` (see article.html), the explorer #story ready and in view.
async function article(query = '', contextOptions = {}) {
  const page = await openPage(env.browser, `${env.host.url}tests/browser/pages/news-article.html?${query}`,
    { viewport: { width: 680, height: 900 }, ...contextOptions });
  assert.equal(await whenReady(page, 'story'), true, 'ready');
  return page;
}

const setView = (page, view) => page.evaluate((v) => PolityExplorer.get(document.getElementById('story')).setView(v), view);

// ImGui 1.86 reads keys once a frame: down, a frame's wait, up.
async function press(page, key) {
  await page.keyboard.down(key);
  await page.waitForTimeout(60);
  await page.keyboard.up(key);
  await page.waitForTimeout(60);
}

// The names the keyboard meets in the explorer, Tab by Tab from its canvas, until it leaves.
async function tabWalk(page, limit = 40) {
  await page.locator('#story canvas').focus();
  const labels = [];
  for (let k = 0; k < limit; k++) {
    await press(page, 'Tab');
    const inside = await page.evaluate(() => {
      const root = document.getElementById('story').shadowRoot;
      return root.activeElement === root.querySelector('canvas');
    });
    if (!inside) break;
    const label = (await debugState(page, 'story')).focus;
    if (label && labels[labels.length - 1] !== label) labels.push(label);
  }
  return labels;
}

const boxHeight = (page) => page.evaluate(() =>
  document.getElementById('story').shadowRoot.querySelector('.pe-box').getBoundingClientRect().height);

// Shows `view` and waits until the box has the height the widget asks for, in frames drawn
// since (an explorer out of sight draws nothing, so it is scrolled to). Returns the state.
async function showView(page, view) {
  const frames = await page.evaluate(() => PolityExplorer.get(document.getElementById('story')).frames());
  await setView(page, view);
  await page.locator('#story .pe-box').scrollIntoViewIfNeeded();
  await page.waitForFunction(([v, f]) => {
    const explorer = PolityExplorer.get(document.getElementById('story')), s = explorer.debugState();
    const box = document.getElementById('story').shadowRoot.querySelector('.pe-box').getBoundingClientRect().height;
    return s.view === v && explorer.frames() > f + 2 && s.height.wanted > 0 &&
      Math.abs(box - Math.ceil(s.height.wanted / devicePixelRatio)) < 1.5;
  }, [view, frames], { timeout: 10000 });
  return debugState(page, 'story');
}

//-----------------------------------------------------------------------------
// Options
//-----------------------------------------------------------------------------

test('article mode is the default: the headline and dek above, one quiet row of tabs, no app toolbar (680 px and a 390 px phone)', async () => {
  for (const [where, options, tabs] of [['680 px', {}, ['Overview', 'Reforms', 'Timeline', 'Quotes', 'More']],
    ['390 px phone', PHONE(390), ['Overview', 'Reforms', 'More']]]) {
    const page = await article('', options);
    assert.equal((await debugState(page, 'story')).mode, 'article', where);
    assert.equal(await page.locator('#story .pe-title').textContent(),
      'Kazakhstan’s Constitution: institutions, reforms and the people behind them');
    assert.match(await page.locator('#story .pe-dek').textContent(), /^From the 1995 Constitution/);
    const root = await page.evaluate(() => {
      const style = getComputedStyle(document.getElementById('story').shadowRoot.querySelector('.pe-root'));
      return { border: style.borderTopWidth, font: style.fontFamily };
    });
    assert.equal(root.border, '0px', `${where}: no frame around it`);
    assert.match(root.font, /Georgia/, `${where}: the article's own font family`);
    const walk = await tabWalk(page);
    assert.deepEqual(walk.slice(0, tabs.length), tabs, where);
    for (const label of TOOLBAR) assert.ok(!walk.includes(label), `${where}: no "${label}" in ${walk.join(', ')}`);
    assert.ok(!walk.some((l) => l.startsWith('Language')), `${where}: no language menu unless asked for`);
    assert.equal(await page.locator('#story .pe-credit').count(), 1, `${where}: one credit line`);
    assert.match(await page.locator('#story .pe-credit').textContent(), /^Source: .* · Graphic: .* · Get the data: CSV · JSON · Picture/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }

  const app = await article('mode=app');
  assert.equal((await debugState(app, 'story')).mode, 'app');
  assert.equal(await app.locator('#story .pe-head').isVisible(), false, 'app mode has its own title row');
  const appWalk = await tabWalk(app, 12);
  assert.ok(appWalk.includes('Search…') && appWalk.includes('Download'), appWalk.join(', '));
  await app.context().close();
});

test('data-views: the editor\'s row, opening on its first view; a wrong name is named, the defaults kept', async () => {
  const page = await article('views=reforms,timeline,quotes');
  assert.equal((await debugState(page, 'story')).view, 'reforms');
  assert.deepEqual((await tabWalk(page, 5)).slice(0, 4), ['Reforms', 'Timeline', 'Quotes', 'More']);
  await page.context().close();

  const bad = await article('views=reforms,timelines');
  const notice = await bad.locator('#story .pe-notice-text').textContent();
  assert.match(notice, /data-views "timelines" is not a view; list some of overview, institutions, .*, separated by commas/);
  assert.ok(bad.warnings.some((w) => w.includes('data-views')), 'a console warning names the attribute');
  assert.equal((await debugState(bad, 'story')).view, 'overview');
  assert.deepEqual((await tabWalk(bad, 2)).slice(0, 1), ['Overview']);
  await bad.context().close();
});

test('data-header="none" leaves the headline to the article; the box still fits its view', async () => {
  const page = await article('header=none');
  assert.equal(await page.locator('#story .pe-head').isVisible(), false);
  const s = await debugState(page, 'story');
  assert.equal(Math.round(await boxHeight(page)), Math.ceil(s.height.wanted));
  await page.context().close();
});

//-----------------------------------------------------------------------------
// Languages
//-----------------------------------------------------------------------------

test('the language follows <html lang> where the dataset has it; data-lang wins; a menu only when asked', async () => {
  const ru = await article('lang=ru');
  assert.equal((await debugState(ru, 'story')).language, 'ru');
  assert.equal(await ru.locator('#story .pe-title').textContent(), 'Конституция Казахстана: институты, реформы и люди, которые стоят за ними');
  assert.match(await ru.locator('#story .pe-credit').textContent(), /Источник: .*Графика: .*Скачать данные: CSV · JSON · Картинка/);
  // The site switches language without a reload: the explorer follows.
  await ru.evaluate(() => { document.documentElement.lang = 'kk'; });
  await waitFor(ru, 'story', (s) => s.language === 'kk');
  await ru.waitForFunction(() => document.getElementById('story').shadowRoot.querySelector('.pe-title').textContent.startsWith('Қазақстан'));
  await ru.context().close();

  const german = await article('lang=de');
  assert.equal((await debugState(german, 'story')).language, 'en', 'not one of the dataset\'s: English');
  await german.context().close();

  const asked = await article('lang=ru&data-lang=kk&menu');
  assert.equal((await debugState(asked, 'story')).language, 'kk');
  assert.ok((await tabWalk(asked)).some((l) => l.startsWith('Тіл')), 'the language menu, asked for');
  await asked.evaluate(() => { document.documentElement.lang = 'en'; });
  await asked.waitForTimeout(300);
  assert.equal((await debugState(asked, 'story')).language, 'kk', 'an asked-for language stays');
  await asked.context().close();
});

//-----------------------------------------------------------------------------
// One row at 320 px
//-----------------------------------------------------------------------------

test('at 320 px the tabs fit one row and the rest open from More', async () => {
  let page = await article('', PHONE(320));
  // As many of the default views as fit (the text is a phone's body size), in order, then More.
  const walk = await tabWalk(page, 4);
  const more = walk.indexOf('More');
  assert.ok(more >= 1, `the row ends in More: ${walk}`);
  assert.deepEqual(walk.slice(0, more), ['Overview', 'Reforms', 'Timeline'].slice(0, more));
  await page.context().close();
  page = await article('', PHONE(320));
  assert.equal((await tabWalk(page, more + 1)).pop(), 'More');
  await press(page, 'Enter');                          // opens the More menu on the focused tab
  await waitFor(page, 'story', (s) => s.focus === 'Institutions');   // its first view
  await press(page, 'Enter');
  await waitFor(page, 'story', (s) => s.view === 'institutions');
  await page.context().close();
});

//-----------------------------------------------------------------------------
// Height
//-----------------------------------------------------------------------------

test('the box fits the open view, a plot has a fixed height, and nothing is taller than 85 % of the viewport', async () => {
  const page = await article();
  const heights = {};
  for (const view of ['overview', 'reforms', 'sources', 'timeline', 'network']) {
    const s = await showView(page, view);
    heights[view] = await boxHeight(page);
    assert.ok(heights[view] <= 0.85 * 900 + 1, `${view}: ${heights[view]}`);
    if (view !== 'reforms') assert.equal(s.height.capped, false, `${view} fits whole`);
  }
  assert.notEqual(heights.overview, heights.sources, 'each view its own height');
  assert.equal(heights.timeline, heights.network, 'plots share one comfortable height');
  await page.context().close();

  const phone = await article('', PHONE(390));
  const s = await showView(phone, 'quotes');
  assert.equal(s.height.capped, true, 'ten quotes on a phone: capped, scrolling inside');
  const height = await boxHeight(phone);
  assert.ok(height <= 0.85 * 740 + 1 && height >= 0.5 * 740, `${height}`);
  await phone.context().close();
});

test('when the box above the reader changes height, the text they read stays where it is', async () => {
  const page = await article();
  // The reader has read past the explorer's top: its lower part and the text after it are on screen.
  await page.evaluate(() => window.scrollTo(0, document.getElementById('story').offsetTop + 250));
  const where = () => page.evaluate(() => document.querySelector('[data-text="p3"]').getBoundingClientRect().top);
  const top = await where();
  assert.ok(await page.evaluate(() => document.getElementById('story').getBoundingClientRect().top < 0), 'box above');
  const changeTo = async (view) => {
    const before = await boxHeight(page);
    await setView(page, view);
    await page.waitForFunction((b) => Math.abs(document.getElementById('story').shadowRoot.querySelector('.pe-box')
      .getBoundingClientRect().height - b) > 2, before);
    await page.waitForTimeout(100);
  };
  for (const view of ['timeline', 'quotes', 'timeline', 'quotes']) {   // shrinks, grows, shrinks, grows
    await changeTo(view);
    assert.ok(Math.abs((await where()) - top) < 1, `${view}: the paragraph moved from ${top} to ${await where()}`);
  }
  // A reader working in the box watches the box: its top stays, the text after it moves.
  const box = await page.locator('#story canvas').boundingBox();
  await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
  const boxTop = await page.evaluate(() => document.getElementById('story').getBoundingClientRect().top);
  await changeTo('sources');
  assert.equal(await page.evaluate(() => document.getElementById('story').getBoundingClientRect().top), boxTop);
  assert.ok(Math.abs((await where()) - top) > 50, 'the text after the box moved with it');
  await page.context().close();
});

//-----------------------------------------------------------------------------
// The credit line
//-----------------------------------------------------------------------------

test('the credit line names and links the sources, the credit and licence, and hands out the data', async () => {
  const page = await openPage(env.browser, 'about:blank', { viewport: { width: 680, height: 900 }, acceptDownloads: true });
  // The article's dataset with a web address for its source and a second, unlinked source.
  const data = JSON.parse(await fs.readFile(path.join(path.dirname(new URL(import.meta.url).pathname), '../../data/kazakhstan-constitution.json'), 'utf8'));
  data.sources[0].url = 'https://example.org/article';
  data.sources.push({ id: 'gazette', title: 'Official gazette', publisher: 'The state', date: '2022-06-06' });
  data.meta.sources.push('gazette');
  await page.route('**/data/kazakhstan-constitution.json', (route) => route.fulfill({ status: 200,
    contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify(data) }));
  await page.goto(`${env.host.url}tests/browser/pages/news-article.html`);
  assert.equal(await whenReady(page, 'story'), true);
  const credit = page.locator('#story .pe-credit');
  const text = (await credit.textContent()).replace(/\s+/g, ' ');
  assert.match(text, /^Sources: Article on .* \(News article\); Official gazette \(The state\) · Graphic: Polity Explorer, from a news article datelined Astana, August 25, 2025 · Get the data: CSV · JSON · Picture/);
  assert.match(text, /Licence: Data: CC BY 4\.0.* · Data checked: 25 August 2025/);
  const links = await credit.locator('a').evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel, a.textContent]));
  assert.deepEqual(links, [['https://example.org/article', '_blank', 'noopener noreferrer', data.sources[0].title.en]]);
  for (const [label, name] of [['CSV', 'kazakhstan-constitution-overview.csv'], ['JSON', 'kazakhstan-constitution.json'],
    ['Picture', 'kazakhstan-constitution-overview.png']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), credit.getByRole('button', { name: label }).click()]);
    assert.equal(download.suggestedFilename(), name);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

//-----------------------------------------------------------------------------
// No jump after the first frame
//-----------------------------------------------------------------------------

// In the page before its scripts: from the first frame on, the height of `selector`'s element
// (and of the canvas inside its shadow root) at every animation frame for two seconds.
function recordHeights(selector) {
  window.__heights = [];
  document.addEventListener('polity:firstframe', () => {
    const element = document.querySelector(selector);
    const canvas = () => element.shadowRoot && element.shadowRoot.querySelector('canvas');
    const start = performance.now();
    (function frame() {
      const c = canvas();
      window.__heights.push([Math.round(element.getBoundingClientRect().height * 10) / 10,
        c ? Math.round(c.getBoundingClientRect().height * 10) / 10 : 0]);
      if (performance.now() - start < 2100) requestAnimationFrame(frame);
      else window.__heightsDone = true;
    }());
  }, { capture: true, once: true });
}

async function heightsAfterFirstFrame(frame) {
  await frame.waitForFunction(() => window.__heightsDone === true, null, { timeout: 20000 });
  return frame.evaluate(() => window.__heights);
}

function assertNoJump(heights, where) {
  assert.ok(heights.length >= 2, `${where}: ${heights.length} frames recorded`);
  const changed = heights.filter(([e, c]) => e !== heights[0][0] || c !== heights[0][1]);
  assert.deepEqual(changed, [], `${where}: first frame ${heights[0]}, later ${changed.slice(0, 3).join(' | ')}`);
}

test('no jump: from the first frame on the explorer keeps its height (article, iframe page, hosted page)', async () => {
  for (const [query, options] of [['', {}], ['lang=ru', PHONE(390)], ['lang=kk&view=timeline', PHONE(320)]]) {
    const context = await env.browser.newContext({ viewport: { width: 680, height: 900 }, ...options });
    const page = await context.newPage();
    await page.addInitScript(recordHeights, '#story');
    await page.goto(`${env.host.url}tests/browser/pages/news-article.html?${query}`);
    await page.evaluate(() => document.getElementById('story').scrollIntoView());
    assertNoJump(await heightsAfterFirstFrame(page), `article ${query}`);
    await context.close();
  }
  for (const [url, selector] of [[`${env.site.url}embed.html?view=reforms`, '#explorer'], [env.site.url, '#explorer']]) {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.addInitScript(recordHeights, selector);
    await page.goto(url);
    assertNoJump(await heightsAfterFirstFrame(page), url);
    await context.close();
  }
});

//-----------------------------------------------------------------------------
// Screenshots
//-----------------------------------------------------------------------------

test('screenshots of every view in article mode at 320, 390 and 680 px, in en, ru and kk', async () => {
  for (const lang of ['en', 'ru', 'kk']) {
    for (const width of [320, 390, 680]) {
      const page = await article(`lang=${lang}`, width < 600 ? PHONE(width) : { viewport: { width, height: 900 } });
      for (const view of VIEWS) {
        if (view === 'search') {
          await page.evaluate((q) => PolityExplorer.get(document.getElementById('story')).setSearch(q),
            { en: 'court', ru: 'суд', kk: 'сот' }[lang]);
        }
        await showView(page, view);
        await page.waitForTimeout(150);
        const box = await page.evaluate(() => {
          const r = document.getElementById('story').getBoundingClientRect();
          return { y: r.top + scrollY, height: r.height };
        });
        await page.screenshot({ path: path.join(shotsDir, `${lang}-${width}-${view}.png`), fullPage: true,
          clip: { x: 0, y: Math.max(0, box.y - 90), width, height: box.height + 180 } });
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});
