// Polity Explorer widget — every reader (appended to the module with --post-js, after
// web_module.js). Adds to the instance API:
//   twinHtml(lang, all) -> string  the dataset as the semantic HTML twin, one <article> ('' before
//                                  the data): what screen readers read beside the canvas; the
//                                  first items of each section, or every item with `all`
//   twinFromBytes(bytes, lang, all) the same from dataset bytes, where no widget runs (no WebGL)
//   setTheme(name) -> bool         'auto' (the system's colour scheme), 'light' or 'dark'
//   setAccent(color) -> bool       '#rrggbb'; darkened or lightened as far as contrast needs
//   setReducedMotion(on)           nothing moves by itself
// The theme and the accent come with the app's options (web_module.js); page option
// reducedMotion (true/false; unset follows prefers-reduced-motion) is read at start. The colour
// scheme follows prefers-color-scheme while the theme is 'auto'.
// Page option onFocus(label) hears, and the host element receives polity:focus {label}, whenever
// the keyboard focus moves to another control, for a live region. Tab past the widget's last
// control moves the page's focus on.

var polityAccessThemes = {'auto': 0, 'light': 1, 'dark': 2};

function polityParseAccent(color) {
  var match = /^#?([0-9a-f]{6})$/i.exec(String(color).trim());
  return match ? parseInt(match[1], 16) : -1;
}

Module['setTheme'] = function(name) {
  var mode = polityAccessThemes[String(name)], widget = polityWeb.widget;
  return !!widget && mode !== undefined && !!_polity_set_theme(widget, mode);
};

Module['setAccent'] = function(color) {
  var rgb = polityParseAccent(color), widget = polityWeb.widget;
  return !!widget && rgb >= 0 && !!_polity_set_accent(widget, rgb);
};

Module['setReducedMotion'] = function(on) {
  if (polityWeb.widget) _polity_set_reduced_motion(polityWeb.widget, on ? 1 : 0);
};

Module['twinHtml'] = function(lang, all) {
  var widget = polityWeb.widget;
  if (!widget) return '';
  var pointer = polityWithString(String(lang || 'en'), function(l, n) { return _polity_twin_html(widget, l, n, all ? 1 : 0); });
  return polityTakeString(pointer) || '';
};

// Without WebGL no widget runs: the twin of the downloaded bytes (Uint8Array), or ''.
Module['twinFromBytes'] = function(bytes, lang, all) {
  var pointer = _malloc(Math.max(bytes.length, 1));
  HEAPU8.set(bytes, pointer);  // HEAPU8 read after _malloc: memory may have grown
  var twin = polityWithString(String(lang || 'en'), function(l, n) {
    return _polity_twin_from_bytes(pointer, bytes.length, l, n, all ? 1 : 0);
  });
  _free(pointer);
  return polityTakeString(twin) || '';
};

// Tab went past the last control (dir 1) or Shift+Tab past the first (-1): the page's next or
// previous focusable element gets the focus, as if the canvas were one more page control.
function polityFocusOut(dir) {
  var canvas = polityWeb.canvas;
  var focusable = document.querySelectorAll('a[href], button, input, select, textarea, iframe, summary, [tabindex]');
  var order = Array.prototype.filter.call(focusable, function(el) {
    return el === canvas || (el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0);
  });
  var next = order[order.indexOf(canvas) + dir];
  if (next) next.focus(); else canvas.blur();
}

// After each frame: where the keyboard focus went, for the page and its live region.
function polityReportFocus() {
  var widget = polityWeb.widget;
  if (!widget) return;
  var exit = _polity_take_focus_exit(widget);
  if (exit) polityFocusOut(exit);
  var label = polityTakeString(_polity_take_focus_label(widget));
  if (label === null) return;
  if (typeof Module['onFocus'] === 'function') Module['onFocus'](label);
  polityWeb.host.dispatchEvent(new CustomEvent('polity:focus', {'detail': {'label': label}, 'bubbles': true}));
}

// Calls `apply(matches)` now and whenever the media query changes, while the widget lives.
function polityFollowMedia(query, apply) {
  if (!window.matchMedia) return;
  var list = window.matchMedia(query);
  apply(list.matches);
  polityWeb.listen(list, 'change', function(e) { apply(e.matches); });
}

// Runs once main() has started the widget, before its first frame: no flash of the wrong theme.
function polityAccessStart() {
  if (!polityWeb.widget) return;
  polityFollowMedia('(prefers-color-scheme: dark)', function(dark) {
    if (polityWeb.widget) _polity_set_system_dark(polityWeb.widget, dark ? 1 : 0);
  });
  var motion = Module['reducedMotion'];
  if (motion === true || motion === false || motion === 'true' || motion === 'false') {
    Module['setReducedMotion'](motion === true || motion === 'true');
  } else {
    polityFollowMedia('(prefers-reduced-motion: reduce)', Module['setReducedMotion']);
  }
  // Entering the canvas from the page: the next Tab starts at its first control again.
  polityWeb.listen(polityWeb.canvas, 'focus', function() {
    if (polityWeb.widget) _polity_reset_keyboard_focus(polityWeb.widget);
  });
}
addOnPostRun(polityAccessStart);
