// Every word in the reader's language, in the DOM: with lang=ru and lang=kk no English phrase of
// the explorer's word tables (the interface strings of shared/src/i18n_strings.cpp, the embed's
// box and text version, the hosted page) nor the dataset's English licence, credit and publisher
// appears anywhere in the page: the article with a script embed in article and app mode, the
// iframe page, and the hosted page with its Embed panel, in every view. What the canvas draws
// is checked natively (tests/ui-article.cpp, "every word").
//   node --test tests/browser/i18n.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { useBrowser, repoRoot, startServer } from './harness.mjs';
import { openPage, whenReady, waitFor } from './embed-harness.mjs';

const env = useBrowser(async () => {
  const site = await startServer();
  return { site, host: await startServer({ widgetBase: site.url }) };
});

const VIEWS = ['overview', 'institutions', 'reforms', 'timeline', 'network', 'figures', 'quotes', 'sources', 'search'];
const read = (file) => fs.readFileSync(path.join(repoRoot, file), 'utf8');

//-----------------------------------------------------------------------------
// The English tables
//-----------------------------------------------------------------------------

// The English column of the interface strings: the first literal of each row.
function interfaceStrings() {
  const rows = read('shared/src/i18n_strings.cpp').matchAll(/\{UiString::\w+, \{("(?:[^"\\]|\\.)*")/g);
  return [...rows].map((row) => JSON.parse(row[1]));
}

// `const NAME = { ... };` of a source file, as an object: the braces balance, {1} included.
function objectLiteral(file, name) {
  const text = read(file);
  const start = text.indexOf(`const ${name} = {`) + `const ${name} = `.length;
  let depth = 0, end = start;
  for (; end < text.length; end++) {
    if (text[end] === '{') depth++;
    if (text[end] === '}' && --depth === 0) break;
  }
  return vm.runInNewContext(`(${text.slice(start, end + 1)})`);
}

function englishStrings() {
  const data = JSON.parse(read('data/kazakhstan-constitution.json'));
  const dataset = [data.meta.credit.en, data.meta.licence.en, ...data.sources.map((s) => s.publisher.en)];
  const tables = [['wasm/embed/chrome.js', 'STRINGS'], ['wasm/embed/twin.js', 'TWIN_WORDS'], ['web/polity-page.js', 'WORDS']]
    .flatMap(([file, name]) => Object.values(objectLiteral(file, name).en));
  return [...interfaceStrings(), ...tables, ...dataset];
}

// Words of Latin letters, lower case; any other word (Cyrillic, with digits) as "#".
const words = (text) => (text.match(/[\p{L}\p{N}]+/gu) || []).map((w) => (/^[A-Za-z]+$/.test(w) ? w.toLowerCase() : '#'));

// Each English string as phrases of Latin words; values ({1}) split it.
const PHRASES = englishStrings().flatMap((s) => s.split(/\{\d\}/)).map(words)
  .filter((phrase) => phrase.length && !phrase.includes('#'));

function englishIn(text) {
  const seen = words(text), found = new Set();
  for (const phrase of PHRASES) {
    for (let at = 0; at + phrase.length <= seen.length; at++) {
      if (phrase.every((w, k) => seen[at + k] === w)) { found.add(phrase.join(' ')); break; }
    }
  }
  return [...found];
}

test('the phrase finder finds English words where they stand, and only there', () => {
  assert.ok(PHRASES.length > 200);
  assert.ok(englishIn('Скопировать ссылку · Copy link').includes('copy link'));
  assert.deepEqual(englishIn('Polity Explorer, по материалам · CC BY 4.0 · CSV · JSON'), []);
  assert.ok(englishIn('Лицензия: Data: CC BY 4.0, Polity Explorer; text quoted from the cited article').length > 0);
});

//-----------------------------------------------------------------------------
// The pages
//-----------------------------------------------------------------------------

// Every text of the page and its shadow roots (hidden ones too: they show at some point), and
// the words of attributes read aloud or shown (aria-label, placeholder, title, alt). Text marked
// as another language (lang="en": a quote's original words) is the dataset's, as it says.
const pageText = (frame, lang) => frame.evaluate((pageLang) => {
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.data);
      if (child.nodeType !== Node.ELEMENT_NODE || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA'].includes(child.tagName)) continue;
      if (child.hasAttribute('lang') && child.getAttribute('lang').split('-')[0] !== pageLang) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) if (child.hasAttribute(name)) out.push(child.getAttribute(name));
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(document.body);
  return out.join(' \n ');
}, lang);

// The dataset's own texts in `lang`, longest first. A translation may name an English original
// ("перевод с английского: People’s Lawyer"): that is the dataset speaking, not the interface.
function datasetTexts(lang) {
  const out = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v[lang] === 'string') out.push(v[lang]);
      Object.values(v).forEach(walk);
    }
  };
  walk(JSON.parse(read('data/kazakhstan-constitution.json')));
  return out.sort((a, b) => b.length - a.length);
}

const withoutDataset = (text, lang) => datasetTexts(lang).reduce((rest, t) => rest.split(t).join(' \n '), text);

async function checkEveryView(frame, id, lang, where) {
  for (const view of VIEWS) {
    await frame.evaluate(([i, v]) => window.PolityExplorer.get(document.getElementById(i)).setView(v), [id, view]);
    await waitFor(frame, id, (s) => s.view === view);
    const found = englishIn(withoutDataset(await pageText(frame, lang), lang));
    assert.deepEqual(found, [], `${where}, ${view}: English "${found.join('", "')}"`);
  }
}

for (const lang of ['ru', 'kk']) {
  test(`${lang}: the article's explorer, in article mode and in app mode, says nothing in English`, async () => {
    for (const mode of ['', '&mode=app']) {
      const page = await openPage(env.browser, `${env.host.url}tests/browser/pages/news-article.html?lang=${lang}${mode}`);
      assert.equal(await whenReady(page, 'story'), true);
      await waitFor(page, 'story', (s) => s.language === lang);
      await checkEveryView(page, 'story', lang, `article ${lang}${mode}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  test(`${lang}: the iframe page and the hosted page, its Embed panel open, say nothing in English`, async () => {
    const frame = await openPage(env.browser, `${env.site.url}embed.html?lang=${lang}`);
    assert.equal(await whenReady(frame, 'explorer'), true);
    await checkEveryView(frame, 'explorer', lang, `iframe page ${lang}`);
    await frame.context().close();

    const hosted = await openPage(env.browser, `${env.site.url}#lang=${lang}`);
    assert.equal(await whenReady(hosted, 'explorer'), true);
    await hosted.click('.polity-embed-toggle');
    assert.equal(await hosted.evaluate(() => document.documentElement.lang), lang);
    await checkEveryView(hosted, 'explorer', lang, `hosted page ${lang}`);
    assert.deepEqual(hosted.errors, []);
    await hosted.context().close();
  });
}
