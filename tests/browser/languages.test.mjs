// Every view in English, Russian and Kazakh, wide and on a phone, light and dark: screenshots to
// test-results/views-<lang>-<view>.png for a person to look at (Kazakh letters such as Ә Ғ Қ Ң
// Ө Ұ Ү Һ І must render, not as boxes or '?'), and checks that each language's interface words
// reach the page's state and the text version.
//   node --test tests/browser/languages.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openDrawnExplorer, state, waitForState, screenshot, pixelStats, PHONE } from './harness.mjs';

const VIEWS = ['overview', 'institutions', 'reforms', 'timeline', 'network', 'figures', 'quotes', 'sources', 'search'];
// What the search box holds in the search view: the ombudsman, by its name in each language.
const QUERY = { en: 'ombudsman', ru: 'уполномоченный', kk: 'уәкіл' };
// A section of the text version in each language: its words are translated too.
const SECTION = { en: 'Institutions', ru: 'Институты', kk: 'Институттар' };

const env = useBrowser();

async function explorerIn(lang, options = {}) {
  const page = await openDrawnExplorer(env.browser, `${env.server.url}#lang=${lang}`, options);
  await waitForState(page, (s) => s.phase === 'ready' && s.language === lang);
  return page;
}

async function show(page, view, item = '') {
  if (view === 'search') {
    await page.evaluate((q) => window.polityTest.setSearch(q), QUERY[(await state(page)).language]);
  } else {
    await page.evaluate(([v, i]) => window.polityTest.navigate(v, i), [view, item]);
  }
  await waitForState(page, (s) => s.view === view && s.selected === item);
  await page.waitForTimeout(150);   // the few frames after a change
}

for (const lang of ['en', 'ru', 'kk']) {
  test(`every view in ${lang}, with an institution open, drawn (screenshots)`, async () => {
    const page = await explorerIn(lang);
    for (const view of VIEWS) {
      await show(page, view);
      const stats = await pixelStats(env.browser, await screenshot(page, `views-${lang}-${view}`));
      assert.ok(stats.drawn > 0.02, `${lang} ${view}: drawn ${stats.drawn.toFixed(3)}`);
    }
    await show(page, 'institutions', 'ombudsman');
    await screenshot(page, `views-${lang}-institutions-open`);
    await page.waitForFunction(() => document.getElementById('explorer').shadowRoot
      .querySelector('.pe-twin:not([aria-busy]) .pe-twin-body article'));
    const twin = await page.evaluate(() => {
      const article = document.getElementById('explorer').shadowRoot.querySelector('.pe-twin-body article');
      return { lang: article.getAttribute('lang'), contents: article.querySelector('nav').textContent };
    });
    assert.equal(twin.lang, lang, 'the text version follows the language');
    assert.ok(twin.contents.includes(SECTION[lang]), twin.contents);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('Kazakh on a phone (360×740, deviceScaleFactor 3), and in the dark theme', async () => {
  const page = await explorerIn('kk', PHONE);
  for (const view of ['overview', 'institutions', 'timeline', 'network']) {
    await show(page, view);
    await screenshot(page, `phone-kk-${view}`);
  }
  await show(page, 'reforms', 'reform-2022');
  await screenshot(page, 'phone-kk-reform-open');
  await page.context().close();

  const dark = await openDrawnExplorer(env.browser, `${env.server.url}?theme=dark#lang=kk&view=figures`);
  await waitForState(dark, (s) => s.theme === 'dark' && s.view === 'figures');
  await dark.waitForTimeout(150);
  await screenshot(dark, 'views-kk-figures-dark');
  await show(dark, 'network');
  await screenshot(dark, 'views-kk-network-dark');
  await dark.context().close();
});
