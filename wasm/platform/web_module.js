// Polity Explorer widget — the instance API (appended to the module with --post-js).
// createPolityWidget({canvas, host, dataUrl, options, dataTimeoutMs, onStateChange, onHeight,
// datasetCache, font, fallbackFont}) resolves to the module object, which then offers:
//   loadDataset(url) -> Promise   download (streamed, with progress) and show a dataset
//   loadBytes(bytes, name)        show a dataset the page already has (Uint8Array)
//   navigate(view, item) -> bool  open a view ("institutions", ...) and optionally an entity id
//   setLanguage(code) -> bool     "en", "ru", "kk", ...
//   back(), forward()             the reader's history inside the explorer
//   setSearch(text)               search (from a DOM <input>: a canvas has no soft keyboard)
//   link() -> object              the link state now (wasm/link_state.hpp), as onStateChange hears it
//   debugState() -> object        the app's full report (DescribeState), for debugging and tests
//   frames() -> number            frames drawn so far (zero while idle is the point)
//   started() -> bool             false when the widget could not start (no WebGL 2)
//   setCategory(name) -> bool     show only the institutions of one category ("" = all)
//   setHeightLimit(px)            article mode: the most the box may be (CSS pixels)
//   setPageLanguage(code) -> bool the page's <html lang>, followed while no language was asked for
//   destroy()                     unbind every event, free the app, ImGui and the GL context
// The download of `dataUrl` starts at once, while the code still compiles. options() gives the
// app's options once, as the widget is made: {language, pageLanguage, view, item, search, mode,
// views, languageMenu, wheel, theme, accent} (see polityWeb.options below); after that they
// change only through the calls above.
// onStateChange(state) hears every change of the link state (wasm/link_state.hpp: phase, view,
// item, kind, lang, search, category; message and diagnostics on failure). datasetCache, a Map
// the page shares between widgets, lets widgets showing the same URL download it once.
// The text is drawn in the host's font ('host') or the bundled face ('bundled'); fallbackFont()
// returns a Promise of the bundled face's CSS family once it is in document.fonts (web_library.js).

// What the download has produced so far; handed over to C++ once the widget has started.
var polityData = {progress: null, bytes: null, name: '', error: null, progressShownAt: -Infinity, progressTimer: 0};
// The dataset last handed over, kept for the reader's JSON download (web_downloads.js).
var polityShown = null;
// How long the widget took to parse, check and index the dataset last handed over (ms).
var polityLoadMs = null;

// Text crosses to C++ as UTF-8 bytes and their length, never as a NUL-terminated string: a
// NUL inside a text would cut it short. `f(pointer, length)` runs while the copy lives.
var polityEncoder = new TextEncoder();
var polityDecoder = new TextDecoder('utf-8', {'ignoreBOM': true});  // keeps a CSV's byte order mark

function polityWithString(text, f) {
  var bytes = polityEncoder.encode(String(text)), pointer = _malloc(bytes.length + 1);
  HEAPU8.set(bytes, pointer);  // HEAPU8 read after _malloc: memory may have grown
  try { return f(pointer, bytes.length); } finally { _free(pointer); }
}

// What the widget made with malloc (web_api.cpp's MallocCopy: a 4-byte length, then the
// bytes), read and freed; null for a null pointer.
function polityTakeBytes(pointer) {
  if (!pointer) return null;
  try { return HEAPU8.slice(pointer + 4, pointer + 4 + HEAPU32[pointer >> 2]); } finally { _free(pointer); }
}

function polityTakeString(pointer) {
  var bytes = polityTakeBytes(pointer);
  return bytes === null ? null : polityDecoder.decode(bytes);
}

function polityDeliverData() {
  var widget = polityWeb.widget, data = polityData;
  if (!widget) return;
  if (data.error !== null) {
    polityFailed(widget, data.error.problem, data.error.detail, data.error.file);
  } else if (data.bytes !== null) {
    // Too large: only the size goes over (C++ refuses it unread), never a copy into the heap.
    var bytes = data.bytes, fits = bytes.length <= POLITY_MAX_DATASET_BYTES;
    var pointer = fits ? _malloc(Math.max(bytes.length, 1)) : 0;
    if (fits && !pointer) {
      polityFailed(widget, POLITY_PROBLEM.noMemory, '', data.name);
    } else {
      if (pointer) HEAPU8.set(bytes, pointer);  // HEAPU8 read after _malloc: memory may have grown
      var started = performance.now();
      // C++ frees the copy as soon as it has read it.
      polityWithString(data.name, function(n, length) { _polity_load_bytes(widget, pointer, bytes.length, n, length); });
      polityLoadMs = performance.now() - started;
      polityShown = {bytes: bytes, name: data.name};
    }
  } else if (data.progress !== null) {
    // The bar moves at most every POLITY_PROGRESS_MS, its last figure shown when the time
    // comes: on a fast line chunks come every few milliseconds, and a frame for each kept this
    // thread from taking the next.
    var wait = data.progressShownAt + POLITY_PROGRESS_MS - performance.now();
    if (wait > 0) {
      if (!data.progressTimer) data.progressTimer = setTimeout(polityDeliverLateProgress, wait);
      return;
    }
    data.progressShownAt = performance.now();
    var p = data.progress;
    polityWithString(data.name, function(n, length) { _polity_load_progress(widget, p[0], p[1], p[2], n, length); });
    return;
  }
  data.error = data.bytes = data.progress = null;
  // Loaded or failed: a widget out of view draws no frame to report it with, so it tells the
  // page a task later (once the page has taken the started module); one in view reports it
  // with its next frame, as every change.
  if (!polityWeb.visible || document.hidden) setTimeout(polityCheckState, 0);
}
polityWeb.deliverData = polityDeliverData;

function polityDeliverLateProgress() {
  polityData.progressTimer = 0;
  if (polityData.progress !== null) polityDeliverData();  // else the data came, or a failure
}

// Why a download failed, as ui::LoadProblem (wasm/app.hpp): C++ words it in the reader's language.
var POLITY_PROBLEM = {message: 0, http: 1, network: 2, timeout: 3, tooLarge: 4, noMemory: 5};

function polityProblem(problem, detail) {
  var error = new Error(detail);
  error.problem = problem;
  error.detail = detail;
  return error;
}

function polityFailed(widget, problem, detail, file) {
  polityWithString(detail, function(d, dLength) {
    polityWithString(file, function(f, fLength) { _polity_load_failed(widget, problem, d, dLength, f, fLength); });
  });
}

// The file name a URL ends in, unescaped; a malformed escape ("%E0") is kept as written, so
// the download still runs and ends in its own message rather than an exception here.
function polityFileName(url) {
  var path = String(url).split(/[?#]/)[0], name = path.slice(path.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch (e) {
    // URIError: not an escape a browser would make; the name stays as written.
  }
  return name || String(url);
}

var POLITY_MAX_DATASET_BYTES = 64 * 1024 * 1024;  // as kMaxDatasetBytes in web_api.cpp
var POLITY_PROGRESS_MS = 200;  // five progress frames a second

// Reads the body chunk by chunk for the progress bar. The timeout is for a stalled download:
// it restarts with every chunk, so a large file on a slow line still arrives.
function polityFetch(url, onProgress, timeoutMs) {
  var controller = new AbortController(), timer = 0, chunks = [], received = 0, total = 0, tooLarge = false;
  var arm = function() { clearTimeout(timer); timer = setTimeout(function() { controller.abort(); }, timeoutMs); };
  // More than the widget reads (web_api.cpp's kMaxDatasetBytes): stop downloading at once,
  // before an endless or huge body fills the page's memory.
  var refuse = function() { tooLarge = true; controller.abort(); throw polityProblem(POLITY_PROBLEM.tooLarge, ''); };
  var read = function(reader) {
    return reader.read().then(function(step) {
      if (step.done) return;
      chunks.push(step.value);
      received += step.value.length;
      if (received > POLITY_MAX_DATASET_BYTES) refuse();
      arm();
      onProgress(total ? Math.min(received / total, 0.99) : -1, received, total);
      return read(reader);
    });
  };
  arm();
  return fetch(url, {'signal': controller.signal, 'credentials': 'same-origin'}).then(function(response) {
    if (!response.ok) throw polityProblem(POLITY_PROBLEM.http, (response.status + ' ' + response.statusText).trim());
    // A compressed response states the compressed size: then the total is unknown.
    if (!response.headers.get('Content-Encoding')) total = Number(response.headers.get('Content-Length')) || 0;
    if (total > POLITY_MAX_DATASET_BYTES) refuse();
    if (!response.body) return response.arrayBuffer().then(function(b) { chunks.push(new Uint8Array(b)); });
    return read(response.body.getReader());
  }).then(function() {
    var bytes = new Uint8Array(chunks.reduce(function(n, c) { return n + c.length; }, 0)), at = 0;
    chunks.forEach(function(c) { bytes.set(c, at); at += c.length; });
    return bytes;
  }).catch(function(error) {
    if (tooLarge) throw polityProblem(POLITY_PROBLEM.tooLarge, '');
    if (controller.signal.aborted) throw polityProblem(POLITY_PROBLEM.timeout, String(Math.round(timeoutMs / 1000)));
    if (error instanceof TypeError) throw polityProblem(POLITY_PROBLEM.network, '');
    throw error;
  }).finally(function() { clearTimeout(timer); });
}

// The app's options (AppOptions), handed over once, as the widget is made (web_platform.cpp's
// ReadOptions): Module['options'] is a function giving them then, not when the code began to
// load, so where the reader went meanwhile counts (or an object). The theme and the accent go
// as numbers (web_access.js's rules), with the keyboard's kind. Later changes are the setters'.
// As text: name=value, a NUL between them (a NUL in a value, which no option has, is a space).
polityWeb.options = function() {
  var given = Module['options'], options = Object.assign({}, typeof given === 'function' ? given() : given);
  options['theme'] = polityAccessThemes[options['theme']] || 0;
  options['accent'] = options['accent'] ? polityParseAccent(options['accent']) : -1;
  options['mac'] = polityWeb.mac;
  return Object.keys(options).map(function(name) {
    var value = options[name] === undefined || options[name] === null ? '' : String(options[name]);
    return name + '=' + value.replace(/\0/g, ' ');
  }).join('\0');
};

// Reports the link state to the page when it changed (after frames and host API calls, and
// after the dataset's arrival in a widget out of view).
function polityCheckState() {
  var widget = polityWeb.widget, report = Module['onStateChange'];
  if (!widget || typeof report !== 'function') return;
  var text = polityTakeString(_polity_take_state_change(widget));
  if (text !== null) report(JSON.parse(text));
}

// After every frame, in this order: the page hears of the new state, then where the keyboard
// focus went (web_access.js), so a polity:focus follows the statechange of the same frame.
polityWeb.afterFrame = [polityCheckState, polityReportFocus];

// Article mode: the page's box takes the height the open view wants (CSS pixels), through
// onHeight, which answers true when the box changed, false when it did not, null when the box
// does not follow the view.
polityWeb.fit = function() {
  var widget = polityWeb.widget, report = Module['onHeight'], wanted = widget ? _polity_wanted_height(widget) : 0;
  if (!wanted || typeof report !== 'function') return false;
  var answer = report(wanted / (window.devicePixelRatio || 1));
  return answer !== null && (answer === true || !_polity_height_settled(widget));
};

// One download per URL for every widget sharing the cache; a failed one is forgotten, so a
// later widget tries again.
function polityFetchShared(url, onProgress, timeoutMs) {
  var cache = Module['datasetCache'];
  if (!(cache instanceof Map)) return polityFetch(url, onProgress, timeoutMs);
  if (!cache.has(url)) {
    cache.set(url, polityFetch(url, onProgress, timeoutMs).catch(function(error) {
      cache.delete(url);
      throw error;
    }));
  }
  return cache.get(url);
}

Module['loadDataset'] = function(url) {
  var name = polityFileName(url), timeout = Number(Module['dataTimeoutMs']) || 30000;
  polityData.error = polityData.bytes = null;
  polityData.name = name;
  polityData.progress = [-1, 0, 0];
  polityDeliverData();
  var progress = function(fraction, received, total) {
    polityData.progress = [fraction, received, total];
    polityDeliverData();
  };
  return polityFetchShared(url, progress, timeout).then(function(bytes) {
    Module['loadBytes'](bytes, name);
    return true;
  }, function(error) {
    polityData.progress = null;
    var known = error && error.problem !== undefined;
    polityData.error = {problem: known ? error.problem : POLITY_PROBLEM.message, file: url,
                        detail: known ? error.detail : 'Could not download ' + url + ': ' + String(error && error.message) + '.'};
    polityDeliverData();
    return false;
  });
};

Module['loadBytes'] = function(bytes, name) {
  polityData.progress = polityData.error = null;
  polityData.bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  polityData.name = String(name || 'dataset.json');
  polityDeliverData();
};

Module['navigate'] = function(view, item) {
  var widget = polityWeb.widget;
  if (!widget) return false;
  return polityWithString(String(view), function(v, vLength) {
    return polityWithString(item ? String(item) : '', function(i, iLength) {
      return !!_polity_navigate(widget, v, vLength, i, iLength);
    });
  }) && (polityCheckState(), true);
};

Module['setLanguage'] = function(code) {
  var widget = polityWeb.widget;
  return !!widget && polityWithString(String(code), function(c, n) { return !!_polity_set_language(widget, c, n); }) &&
         (polityCheckState(), true);
};

Module['back'] = function() { if (polityWeb.widget) { _polity_go(polityWeb.widget, -1); polityCheckState(); } };
Module['forward'] = function() { if (polityWeb.widget) { _polity_go(polityWeb.widget, 1); polityCheckState(); } };

Module['setSearch'] = function(text) {
  var widget = polityWeb.widget;
  if (widget) polityWithString(String(text), function(t, n) { _polity_set_search(widget, t, n); });
  polityCheckState();
};

Module['setCategory'] = function(name) {
  var widget = polityWeb.widget;
  if (!widget) return false;
  polityWithString(String(name || ''), function(c, n) { _polity_set_category(widget, c, n); });
  polityCheckState();
  return true;
};

// After this the module holds no listener, observer or frame, and its WebGL context is lost,
// so the page can drop the module and the browser reclaims its memory.
Module['destroy'] = function() {
  var canvas = polityWeb.canvas, widget = polityWeb.stop();
  if (widget) {
    _polity_destroy(widget);
    var gl = canvas.getContext('webgl2');  // the context the widget drew with
    var lose = gl && gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();  // frees the GPU memory now, not at the next garbage collection
    // Emscripten's GL wraps canvas.getContext in a closure over the whole module (a Safari
    // workaround): while the page keeps the canvas, that closure would keep the module's memory.
    delete canvas['getContext'];
    delete canvas['getContextSafariWebGL2Fixed'];
  }
  polityData.bytes = polityData.progress = polityData.error = null;
  polityShown = null;
};

Module['link'] = function() {
  return polityWeb.widget ? JSON.parse(polityTakeString(_polity_describe_link(polityWeb.widget)) || 'null') : null;
};

Module['debugState'] = function() {
  if (!polityWeb.widget) return null;
  var state = JSON.parse(polityTakeString(_polity_describe_state(polityWeb.widget)) || 'null');
  if (state && polityLoadMs !== null) state['load_ms'] = polityLoadMs;
  return state;
};

// The one "is this an http(s) link" rule (shared/include/polity/link.hpp), for the page: links
// it shows or opens are checked by the same C++ as the dataset's.
Module['isWebLink'] = function(text) {
  return polityWithString(String(text), function(t, n) { return !!_polity_is_web_link(t, n); });
};

// Article mode: the most the box may be, in CSS pixels (a share of the reader's viewport).
Module['setHeightLimit'] = function(cssPixels) {
  polityWeb.limitCss = Math.max(0, Number(cssPixels) || 0);
  if (polityWeb.widget) _polity_wake(polityWeb.widget);
};

// The host page's language (<html lang>), followed while the reader has not picked one.
Module['setPageLanguage'] = function(code) {
  var widget = polityWeb.widget;
  return !!widget && polityWithString(String(code), function(c, n) { return !!_polity_set_page_language(widget, c, n); }) &&
         (polityCheckState(), true);
};

Module['frames'] = function() { return polityWeb.widget ? _polity_frame_count(polityWeb.widget) : 0; };
Module['started'] = function() { return polityWeb.widget !== 0; };

if (Module['dataUrl']) Module['loadDataset'](Module['dataUrl']);
