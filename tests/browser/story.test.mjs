// The story's timeline and network with the article's dataset, as readers see them: 1280×800 and a
// 390×844 phone at deviceScaleFactor 3, in English, Russian and Kazakh, and the timeline with a
// reform's detail open over it. Screenshots go to test-results/story-<size>-<lang>-<view>.png for a
// person to look at; the checks are that each is drawn, without errors, that the timeline
// shows the whole story (1995 to 2025) when fitted, and that every node the network draws is named
// (all of them on a desktop; on a phone, in a canvas that has most of the screen). Label placement itself is tested natively
// (tests/unit-labels.cpp, tests/ui-story.cpp).
//   node --test tests/browser/story.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openDrawnExplorer, state, waitForState, screenshot, pixelStats } from './harness.mjs';

const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

const env = useBrowser();

async function show(page, view, item = '') {
  await page.evaluate(([v, i]) => window.polityTest.navigate(v, i), [view, item]);
  await waitForState(page, (s) => s.view === view && s.selected === item);
  // Frames are drawn on demand: wait until two polls see no new frame, then shoot.
  let last = -1;
  for (let now = await page.evaluate(() => window.polityTest.frames()); now !== last;) {
    last = now;
    await page.waitForTimeout(100);
    now = await page.evaluate(() => window.polityTest.frames());
  }
}

// On the hosted page a phone's screen is the explorer's, down to its search field (the one a
// finger can type in), and the network gets most of it; the credit line follows below.
async function assertPhoneRoom(page, network) {
  assert.ok(network.height >= 400, `the network's canvas is ${network.width}×${network.height} CSS px`);
  const room = await page.evaluate(() => {
    const root = document.getElementById('explorer').shadowRoot;
    const rect = (selector) => root.querySelector(selector).getBoundingClientRect();
    const field = root.querySelector('.pe-search'), style = getComputedStyle(field);
    const context = document.createElement('canvas').getContext('2d');
    context.font = style.font;
    return { search: rect('.pe-search').bottom, credit: rect('.pe-credit').top, screen: innerHeight,
      placeholder: field.placeholder, placeholderWidth: context.measureText(field.placeholder).width,
      room: field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
  assert.ok(room.placeholder && room.placeholderWidth <= room.room, `the search field's words whole: ${JSON.stringify(room)}`);
  assert.ok(room.search <= room.screen, `the search field is on screen: ${JSON.stringify(room)}`);
  assert.ok(room.credit >= room.search, `the credit line comes after it: ${JSON.stringify(room)}`);
}

for (const [size, options] of Object.entries(SIZES)) {
  for (const lang of ['en', 'ru', 'kk']) {
    test(`timeline and network, ${size}, ${lang} (screenshots)`, async () => {
      const page = await openDrawnExplorer(env.browser, `${env.server.url}#lang=${lang}`, options);
      try {
        await waitForState(page, (s) => s.phase === 'ready' && s.language === lang);
        await show(page, 'timeline');
        const fitted = await state(page);
        assert.ok(fitted.timeline.from <= 1995.5 && fitted.timeline.to >= 2024.5,
          `the fitted timeline shows the whole story: ${JSON.stringify(fitted.timeline)}`);
        for (const [view, item] of [['timeline', ''], ['timeline', 'reform-2022'], ['network', '']]) {
          await show(page, view, item);
          const name = `story-${size}-${lang}-${view}${item ? '-open' : ''}`;
          const stats = await pixelStats(env.browser, await screenshot(page, name));
          assert.ok(stats.drawn > 0.03, `${name}: drawn ${stats.drawn.toFixed(3)}`);
        }
        const { network } = await state(page);
        assert.ok(network.nodes > 0 && network.named === network.nodes,
          `every node drawn is named: ${network.named} of ${network.nodes}`);
        if (size === 'desktop') assert.equal(network.nodes, network.of, 'on a desktop, the whole graph');
        else await assertPhoneRoom(page, network);
        assert.deepEqual(page.errors, []);
      } finally {
        await page.context().close();
      }
    });
  }
}
