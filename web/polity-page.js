// Polity Explorer — the hosted page: one explorer filling the window (app mode: its full
// layout), a "Copy link" button and an "Embed" panel that writes both embed snippets for the
// view on screen. Under the explorer its credit line names the sources, the credit and the
// licence, and offers the data (the explorer draws it, once). The page's words follow the
// explorer's language, as does <html lang>.
//   ?data=URL     the dataset (default data/kazakhstan-constitution.json), from this site or an origin
//                 the page lists in <meta name="polity-allowed-origins">; ?theme=light|dark|auto
//   #view=NAME&item=ID&lang=CODE&search=TEXT&category=NAME   where the reader is, kept up to date
//                 (?view=, ?item=, ?lang= still give the starting point, as older links did)
// An ES module, bundled by the build into a classic script.

main();

function main() {
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

  //---------------------------------------------------------------------------
  // The page's words, in the explorer's languages. {1}, {2} in a label are code samples; [text]
  // is a link to the element's data-link.
  //---------------------------------------------------------------------------
  const WORDS = {
    en: { makeLink: 'Make your own', copyLink: 'Copy link', embed: 'Embed', copy: 'Copy', linkCopied: 'Link copied', copyThis: 'Copy this link: {1}',
      snippetCopied: 'Snippet copied', pressCopy: 'Press Ctrl+C to copy',
      missing: 'The explorer could not be loaded (polity-embed.js is missing). Try reloading the page.',
      embedTitle: 'Embed this view in an article',
      embedIntro: 'Both snippets open the explorer at the view and item shown now. Paste one into the article\u2019s HTML.',
      scriptLabel: 'Script embed \u2014 lightest; the page\u2019s Content-Security-Policy must allow {1} from this site and {2}',
      iframeLabel: 'iframe embed \u2014 works under any Content-Security-Policy that allows {1} from this site; the ' +
        'script beside it fits the iframe\u2019s height to the explorer',
      ownData: 'Your own data? [Make your own explorer] from a spreadsheet, in the browser.' },
    ru: { makeLink: 'Создать свой', copyLink: 'Скопировать ссылку', embed: 'Встроить', copy: 'Скопировать', linkCopied: 'Ссылка скопирована',
      copyThis: 'Скопируйте ссылку: {1}', snippetCopied: 'Код скопирован', pressCopy: 'Нажмите Ctrl+C, чтобы скопировать',
      missing: 'Не удалось загрузить обозреватель (нет файла polity-embed.js). Попробуйте перезагрузить страницу.',
      embedTitle: 'Встроить этот раздел в статью',
      embedIntro: 'Оба фрагмента кода открывают обозреватель на том разделе и записи, что показаны сейчас. ' +
        'Вставьте один из них в HTML статьи.',
      scriptLabel: 'Встраивание скриптом — самое лёгкое; политика Content-Security-Policy страницы должна ' +
        'разрешать {1} с этого сайта и {2}',
      iframeLabel: 'Встраивание через iframe — работает при любой политике Content-Security-Policy, которая ' +
        'разрешает {1} с этого сайта; скрипт рядом подгоняет высоту iframe под обозреватель',
      ownData: 'Свои данные? [Создайте свой обозреватель] из электронной таблицы прямо в браузере.' },
    kk: { makeLink: 'Өзіңіздікін жасау', copyLink: 'Сілтемені көшіру', embed: 'Ендіру', copy: 'Көшіру', linkCopied: 'Сілтеме көшірілді',
      copyThis: 'Сілтемені көшіріңіз: {1}', snippetCopied: 'Код көшірілді', pressCopy: 'Көшіру үшін Ctrl+C басыңыз',
      missing: 'Шолғыш жүктелмеді (polity-embed.js файлы жоқ). Бетті қайта жүктеп көріңіз.',
      embedTitle: 'Осы бөлімді мақалаға ендіру',
      embedIntro: 'Екі код үзіндісі де шолғышты қазір көрсетіліп тұрған бөлім мен жазбада ашады. ' +
        'Біреуін мақаланың HTML кодына қойыңыз.',
      scriptLabel: 'Скрипт арқылы ендіру — ең жеңілі; беттің Content-Security-Policy саясаты осы сайттан {1} ' +
        'және {2} рұқсат етуі керек',
      iframeLabel: 'iframe арқылы ендіру — осы сайттан {1} рұқсат ететін кез келген Content-Security-Policy ' +
        'саясатымен жұмыс істейді; қасындағы скрипт iframe биіктігін шолғышқа сәйкестейді',
      ownData: 'Өз деректеріңіз бар ма? Электрондық кестеден браузердің өзінде [өз шолғышыңызды жасаңыз].' },
  };
  // The code samples of the labels, the same in every language.
  const CODES = { scriptLabel: ['script-src', "'wasm-unsafe-eval'"], iframeLabel: ['frame-src'] };
  let words = WORDS.en;

  // `text` into `element`, with {1}, {2} as <code> elements holding `codes`, and [text] as a link
  // to the element's data-link.
  function fill(element, text, codes) {
    element.replaceChildren(...text.split(/(\{\d\}|\[[^\]]*\])/).map((part) => {
      if (/^\[.*\]$/.test(part)) {
        const link = document.createElement('a');
        link.href = element.getAttribute('data-link');
        link.textContent = part.slice(1, -1);
        return link;
      }
      const match = /^\{(\d)\}$/.exec(part);
      if (!match) return part;
      const code = document.createElement('code');
      code.textContent = codes[match[1] - 1] || '';
      return code;
    }));
  }

  function speak(lang) {
    words = WORDS[lang] || WORDS.en;
    document.documentElement.lang = WORDS[lang] ? lang : 'en';
    for (const element of document.querySelectorAll('[data-word]')) {
      const key = element.getAttribute('data-word');
      fill(element, words[key], CODES[key] || []);
    }
  }

  if (!window.PolityExplorer) {
    host.textContent = words.missing;
    return;
  }

  const explorer = window.PolityExplorer.mount(host, {
    dataset: given,
    listedOriginsOnly: true,  // a link must not show another site's data under this one's name
    mode: 'app',        // the full layout: the page is the explorer
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
  speak(explorer.state().lang);
  explorer.on('statechange', (state) => { if (WORDS[state.lang] !== words) speak(state.lang); });

  function say(text) {
    status.textContent = text;
    setTimeout(() => { if (status.textContent === text) status.textContent = ''; }, 2500);
  }

  document.querySelector('.polity-copy-link').addEventListener('click', () => {
    explorer.copyLink().then(() => say(words.linkCopied), (error) => say(words.copyThis.replace('{1}', error.link)));
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
    copied.then(() => say(words.snippetCopied), () => { field.focus(); field.select(); say(words.pressCopy); });
  });
}
