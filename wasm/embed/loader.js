// Polity Explorer embed — loading: the WebAssembly code is downloaded and compiled once per page
// and instantiated once per widget (each with its own memory, GL context and frames); a dataset
// URL shown by several widgets is downloaded once. The widget's files sit beside this script.
// createPolityWidget, the widget's module factory, is the Emscripten glue's, which the build puts
// in the same closure as this bundle.

import { fillIn } from './chrome.js';

// Read while this script runs: document.currentScript is null afterwards (and for modules).
const SCRIPT_URL = (document.currentScript && document.currentScript.src) || document.baseURI;
const WASM_URL = new URL('polity-widget.wasm', SCRIPT_URL).href;
const FALLBACK_FONT_URL = new URL('polity-fallback.woff2', SCRIPT_URL).href;
const FALLBACK_FAMILY = 'Polity Fallback';
export const DATASETS = new Map();   // dataset URL -> Promise of its bytes (see web_module.js)
let compiledWidget = null;    // Promise of the WebAssembly.Module, once asked for
let fallbackFont = null;      // Promise of the bundled face's CSS family, once asked for

function compileWidget() {
  if (!compiledWidget) {
    compiledWidget = fetch(WASM_URL, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`${WASM_URL} answered ${response.status} ${response.statusText}`);
      // Streaming compilation needs the right type; a misconfigured server still works, slower.
      const type = response.headers.get('Content-Type') || '';
      return type.startsWith('application/wasm') ? WebAssembly.compileStreaming(response)
        : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    });
    compiledWidget.catch(() => { compiledWidget = null; });  // the next widget tries again
  }
  return compiledWidget;
}

// The bundled face, for characters no font of the page has and for data-font="bundled":
// fetched once per page and only when an explorer asks, as bytes (connect-src, as the data;
// no font-src needed), and added to the page's fonts under a name of its own.
export function loadFallbackFont() {
  if (!fallbackFont) {
    fallbackFont = fetch(FALLBACK_FONT_URL, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`${FALLBACK_FONT_URL} answered ${response.status}`);
      return response.arrayBuffer();
    }).then((bytes) => new FontFace(FALLBACK_FAMILY, bytes).load()).then((face) => {
      document.fonts.add(face);
      return `"${FALLBACK_FAMILY}"`;
    });
    fallbackFont.catch(() => { fallbackFont = null; });  // the next explorer tries again
  }
  return fallbackFont;
}

// A sentence for the widget's box, in the box's words (chrome.js): the usual causes get their fix.
export function explainStartFailure(error, words) {
  const text = String((error && error.message) || error);
  if (/Content.Security.Policy|unsafe-eval|wasm-eval/i.test(text)) return words.noWasm;
  if (error instanceof TypeError) return fillIn(words.noCode, WASM_URL);
  return fillIn(words.cannotStart, text);
}

// Starts one widget module on `canvas`. options: checkOptions's (the dataset, font and timeout
// are read here). hooks: options() -> the app's options, asked for once as the widget is made
// (web_module.js), onStateChange(state), onFailure(message),
// onHeight(cssPixels) -> true when the box took a new height, onFocus(label) when the keyboard
// moved to another control, words() -> the box's words, and scrollPage(dy) when the article is
// not this window (the iframe page asks its host).
// Resolves to the module (see wasm/platform/web_module.js for its methods).
export function startModule(canvas, host, options, hooks) {
  return createPolityWidget({
    'canvas': canvas,
    'host': host,
    'dataUrl': options.datasetText === undefined ? options.dataset : '',  // a text is handed over once started
    'options': hooks.options,
    'scrollPage': hooks.scrollPage,
    'font': options.font,
    'fallbackFont': loadFallbackFont,
    'dataTimeoutMs': options.dataTimeoutMs,
    'datasetCache': DATASETS,
    'onStateChange': hooks.onStateChange,
    'onHeight': hooks.onHeight,
    'onFocus': hooks.onFocus,
    'onAbort': (what) => hooks.onFailure(fillIn(hooks.words().stopped, what)),
    'instantiateWasm': (imports, receive) => {
      compileWidget()
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        .catch((error) => hooks.onFailure(explainStartFailure(error, hooks.words())));
      return {};  // asynchronous: the glue waits for receive()
    },
  });
}
