// Polity Explorer — the hosted page: one explorer filling the window, a "Copy link" button, an
// "Embed" panel that writes both embed snippets for the view on screen, and under the explorer
// a link to the dataset file with its licence and credit.
//   ?data=URL     the dataset (default data/kazakhstan-constitution.json), from this site or an origin
//                 the page lists in <meta name="polity-allowed-origins">; ?theme=light|dark|auto
//   #view=NAME&item=ID&lang=CODE&search=TEXT&category=NAME   where the reader is, kept up to date
//                 (?view=, ?item=, ?lang= still give the starting point, as older links did)
// It also exposes window.polityTest, the hook the browser tests drive (hosted page only).
'use strict';

(function () {
  const DEFAULT_DATA = 'data/kazakhstan-constitution.json';
  const params = new URLSearchParams(location.search);
  const host = document.getElementById('explorer');
  const site = new URL('.', location.href).href;
  const given = params.get('data') || DEFAULT_DATA;
  const dataset = absolute(given);
  const status = document.querySelector('.polity-toolbar-status');

  // The address made absolute; as written when it is no URL at all (the explorer says so).
  function absolute(address) {
    try {
      return new URL(address, location.href).href;
    } catch (e) {
      return address;
    }
  }

  if (!window.PolityExplorer) {
    host.textContent = 'The explorer could not be loaded (polity-embed.js is missing). Try reloading the page.';
    return;
  }

  const explorer = window.PolityExplorer.mount(host, {
    dataset: given,
    listedOriginsOnly: true,  // a link must not show another site's data under this one's name
    view: params.get('view'),
    item: params.get('item'),
    lang: params.get('lang'),
    theme: params.get('theme') || 'auto',   // the reader's prefers-color-scheme
    height: 'fill',
    wheel: 'zoom',      // the whole window: the wheel zooms the timeline and network, as in an app
    frame: 'page',      // no border
    fragment: 'own',    // the fragment holds this explorer's state, unprefixed
    lazy: false,
  });

  function say(text) {
    status.textContent = text;
    setTimeout(() => { if (status.textContent === text) status.textContent = ''; }, 2500);
  }

  document.querySelector('.polity-copy-link').addEventListener('click', () => {
    explorer.copyLink().then(() => say('Link copied'), (error) => say('Copy this link: ' + error.link));
  });

  //---------------------------------------------------------------------------
  // The Embed panel: both snippets for the current view, item and language
  //---------------------------------------------------------------------------
  const panel = document.getElementById('polity-embed-panel');
  const toggle = document.querySelector('.polity-embed-toggle');

  const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  function scriptSnippet(state) {
    const attributes = [['data-dataset', dataset], ['data-view', state.view], ['data-item', state.item],
      ['data-lang', state.lang]].filter(([, value]) => value);
    const list = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
    return `<div class="polity-explorer" ${list}></div>\n` +
      `<script async src="${escapeAttribute(site + 'polity-embed.js')}"></script>`;
  }

  function iframeSnippet(state) {
    const query = new URLSearchParams({ data: dataset, view: state.view });
    if (state.item) query.set('item', state.item);
    query.set('lang', state.lang);
    const src = `${site}embed.html?${query}`;
    return `<iframe class="polity-explorer-frame" src="${escapeAttribute(src)}" title="Polity Explorer" ` +
      'width="100%" height="640" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>\n' +
      `<script async src="${escapeAttribute(site + 'polity-iframe.js')}"></script>`;
  }

  function updateSnippets() {
    if (panel.hidden) return;
    const state = explorer.state();
    document.getElementById('polity-snippet-script').value = scriptSnippet(state);
    document.getElementById('polity-snippet-iframe').value = iframeSnippet(state);
  }

  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    updateSnippets();
  });
  explorer.on('statechange', updateSnippets);

  panel.addEventListener('click', (e) => {
    const id = e.target.getAttribute && e.target.getAttribute('data-copy');
    if (!id) return;
    const field = document.getElementById(id);
    const copied = navigator.clipboard ? navigator.clipboard.writeText(field.value) : Promise.reject();
    copied.then(() => say('Snippet copied'), () => { field.focus(); field.select(); say('Press Ctrl+C to copy'); });
  });

  //---------------------------------------------------------------------------
  // The credit line: a link to the dataset file, and its licence, credit and date in the
  // reader's language (the explorer reads them from the dataset's meta)
  //---------------------------------------------------------------------------
  const credit = document.querySelector('.polity-credit');
  const datasetLink = credit.querySelector('.polity-dataset-link');

  // "Licence: ... · Credit ... · Data checked ..." (the sources are one tap away, in the
  // explorer's Sources view, and in every picture it saves). The link to the file only when
  // the explorer's own rule says its address is an http(s) link.
  function updateCredit() {
    const about = explorer.about();
    if (!about) return;
    datasetLink.hidden = !about.dataset;
    if (about.dataset) {
      datasetLink.href = about.dataset;
      datasetLink.textContent = `Dataset: ${about.dataset.split(/[?#]/)[0].split('/').pop()} (JSON)`;
    }
    const parts = [];
    if (about.licence) parts.push(`Licence: ${about.licence}`);
    if (about.credit) parts.push(about.credit);
    if (about.checked_text) parts.push(`Data checked ${about.checked_text}`);
    credit.querySelector('.polity-credit-text').textContent = parts.join(' \u00b7 ');
    credit.hidden = false;
  }
  explorer.on('ready', updateCredit);
  explorer.on('statechange', updateCredit);

  //---------------------------------------------------------------------------
  // The test hook: what the browser tests read and drive
  //---------------------------------------------------------------------------
  const firstFrame = new Promise((resolve) => {
    host.addEventListener('polity:firstframe', (e) => resolve(e.detail.time), { once: true });
  });
  window.polityTest = {
    explorer,
    ready: explorer.ready.then(() => explorer.debugState() !== null),
    firstFrame,
    state: () => Promise.resolve(explorer.debugState()),
    frames: () => Promise.resolve(explorer.frames()),
    navigate: (view, item) => Promise.resolve(explorer.navigate(view, item || '')),
    setLanguage: (code) => Promise.resolve(explorer.setLanguage(code)),
    setSearch: (text) => Promise.resolve(explorer.setSearch(text)),
    back: () => Promise.resolve(explorer.back()),
  };
}());
