// Polity Explorer widget — the browser side of the platform layer (an Emscripten JS library).
// Everything here belongs to one module instance: its canvas, its events, its frames. Events
// are bound to the canvas only, so a host page keeps its own keys, wheel and focus.
// Closure renames unquoted property names: options read from the page use Module['x'].
//
// Index of this file
// [SECTION] State of this instance
// [SECTION] Frames (requestAnimationFrame only when something changed)
// [SECTION] Pointer, touch and wheel
// [SECTION] Keyboard and focus
// [SECTION] Teardown
// [SECTION] Imports for web_platform.cpp

var LibraryPolityWeb = {

  //---------------------------------------------------------------------------
  // [SECTION] State of this instance
  //---------------------------------------------------------------------------
  $polityWeb: {
    widget: 0,          // the C++ Widget*, 0 until started
    canvas: null,
    host: null,         // element that receives polity:firstframe (page option 'host')
    frameId: 0,         // the pending requestAnimationFrame, 0 when none
    visible: true,      // from the IntersectionObserver: no frames offscreen
    contextLost: false, // between webglcontextlost and webglcontextrestored: no frames
    touches: null,      // Map pointerId -> [x, y] of active touches
    gesture: 'none',    // touch: 'none' | 'drag' (one finger) | 'pinch' | 'done' (wait for all up)
    pinchDistance: 0,
    deliverData: null,  // set by web_module.js: hands the downloaded dataset over once started
    afterFrame: null,   // set by web_module.js: reports state changes to the page after a frame
    download: null,     // set by web_module.js: saves what the reader asked for in the download menu
    downloadAsked: 0,   // that request (ui::Download), taken after the frame that made it
    listeners: [],      // [target, type, handler, options] of every DOM listener, for stop()
    observers: [],      // ResizeObserver and IntersectionObserver, for stop()

    //-------------------------------------------------------------------------
    // [SECTION] Frames
    //-------------------------------------------------------------------------
    requestFrame: function() {
      // No frames offscreen, in a background tab, or while the GL context is lost.
      if (polityWeb.frameId || !polityWeb.visible || document.hidden || polityWeb.contextLost || !polityWeb.widget) return;
      polityWeb.frameId = requestAnimationFrame(polityWeb.tick);
    },

    // Backing store = CSS size x devicePixelRatio, so the UI is sharp on every screen.
    tick: function(now) {
      polityWeb.frameId = 0;
      var canvas = polityWeb.canvas, dpr = window.devicePixelRatio || 1;
      var rect = canvas.getBoundingClientRect();
      var width = Math.max(1, Math.round(rect.width * dpr));
      var height = Math.max(1, Math.round(rect.height * dpr));
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      var more = _polity_frame(polityWeb.widget, width, height, dpr, now);
      if (polityWeb.afterFrame) polityWeb.afterFrame();
      var asked = polityWeb.downloadAsked;   // after the frame: a picture draws frames of its own
      polityWeb.downloadAsked = 0;
      if (asked && polityWeb.download) polityWeb.download(asked);
      if (more) polityWeb.requestFrame();
    },

    // Every listener goes through here, so stop() can take each one off again.
    listen: function(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      polityWeb.listeners.push([target, type, handler, options]);
    },

    // A DPR change (zoom, another screen) resizes nothing in CSS pixels: watch it by media query.
    watchDevicePixelRatio: function() {
      var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      polityWeb.listen(query, 'change', function() {
        polityWeb.watchDevicePixelRatio();
        _polity_wake(polityWeb.widget);
      }, {'once': true});
    },

    observe: function() {
      var canvas = polityWeb.canvas;
      // device-pixel-content-box also reports DPR changes (browser zoom); not every browser has it.
      var resize = new ResizeObserver(function() { _polity_wake(polityWeb.widget); });
      try { resize.observe(canvas, {'box': 'device-pixel-content-box'}); } catch (e) { resize.observe(canvas); }
      var intersection = new IntersectionObserver(function(entries) {
        polityWeb.visible = entries[entries.length - 1].isIntersecting;
        if (polityWeb.visible) _polity_wake(polityWeb.widget);
      });
      intersection.observe(canvas);
      polityWeb.observers.push(resize, intersection);
      // A background tab draws nothing; back in front, the frames it missed are drawn.
      polityWeb.listen(document, 'visibilitychange', function() {
        if (!document.hidden) _polity_wake(polityWeb.widget);
      });
      polityWeb.watchDevicePixelRatio();
    },

    //-------------------------------------------------------------------------
    // [SECTION] Pointer, touch and wheel
    //-------------------------------------------------------------------------
    position: function(e) {
      var canvas = polityWeb.canvas, rect = canvas.getBoundingClientRect();
      return [(e.clientX - rect.left) * canvas.width / (rect.width || 1),
              (e.clientY - rect.top) * canvas.height / (rect.height || 1)];
    },

    modifiers: function(e) {
      return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    },

    // action: 0 move, 1 down, 2 up, 3 leave, 4 cancel (see polity_pointer).
    pointer: function(action, e, position) {
      var p = position || polityWeb.position(e);
      // The DOM numbers buttons left, middle, right; ImGui left, right, middle.
      var button = e.button >= 0 && e.button < 5 ? [0, 2, 1, 3, 4][e.button] : -1;
      _polity_pointer(polityWeb.widget, action, p[0], p[1], button, polityWeb.modifiers(e));
    },

    onPointerDown: function(e) {
      var canvas = polityWeb.canvas;
      canvas.setPointerCapture(e.pointerId);  // a release outside the canvas still reaches us
      if (e.pointerType === 'touch') polityWeb.touchDown(e); else polityWeb.pointer(1, e);
    },
    onPointerMove: function(e) {
      if (e.pointerType === 'touch') polityWeb.touchMove(e); else polityWeb.pointer(0, e);
    },
    onPointerUp: function(e) {
      if (e.pointerType === 'touch') polityWeb.touchUp(e, 2); else polityWeb.pointer(2, e);
    },
    onPointerCancel: function(e) {
      if (e.pointerType === 'touch') polityWeb.touchUp(e, 4); else polityWeb.pointer(4, e);
    },
    onPointerLeave: function(e) {
      if (e.pointerType !== 'touch') polityWeb.pointer(3, e);
    },

    // One finger drags (a left-button mouse drag); a second finger turns it into a pinch.
    touchDown: function(e) {
      var touches = polityWeb.touches, p = polityWeb.position(e);
      touches.set(e.pointerId, p);
      if (touches.size === 1 && polityWeb.gesture === 'none') {
        polityWeb.gesture = 'drag';
        polityWeb.pointer(1, e, p);
      } else if (touches.size === 2 && polityWeb.gesture !== 'done') {
        if (polityWeb.gesture === 'drag') polityWeb.pointer(4, e, p);  // no click from a pinch
        polityWeb.gesture = 'pinch';
        polityWeb.pinchDistance = polityWeb.touchSpread()[2];
      }
    },
    touchMove: function(e) {
      var touches = polityWeb.touches;
      if (!touches.has(e.pointerId)) return;
      var p = polityWeb.position(e);
      touches.set(e.pointerId, p);
      if (polityWeb.gesture === 'drag') polityWeb.pointer(0, e, p);
      if (polityWeb.gesture !== 'pinch' || touches.size < 2) return;
      var spread = polityWeb.touchSpread(), ratio = spread[2] / (polityWeb.pinchDistance || 1);
      if (Math.abs(Math.log(ratio)) < 0.01) return;
      polityWeb.pinchDistance = spread[2];  // one notch zooms 1.25x, so the content follows the fingers
      _polity_wheel(polityWeb.widget, spread[0], spread[1], 0, Math.log(ratio) / Math.log(1.25), 1,
                    polityWeb.modifiers(e));
    },
    touchUp: function(e, action) {
      var touches = polityWeb.touches;
      if (!touches.delete(e.pointerId)) return;
      if (polityWeb.gesture === 'drag') {
        polityWeb.pointer(action, e);
        polityWeb.pointer(3, e);  // a finger leaves no hover behind
      }
      polityWeb.gesture = touches.size === 0 ? 'none' : 'done';
    },
    // Midpoint and distance of the first two touches.
    touchSpread: function() {
      var it = polityWeb.touches.values(), a = it.next().value, b = it.next().value;
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, Math.hypot(a[0] - b[0], a[1] - b[1])];
    },

    // DOM deltas are pixels (100 per notch), lines (3 per notch) or pages; ImGui wants notches,
    // positive = up. Ctrl+wheel (and a trackpad pinch, which Chrome reports so) zooms.
    onWheel: function(e) {
      var perNotch = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 1 : 100;
      var p = polityWeb.position(e);
      var taken = _polity_wheel(polityWeb.widget, p[0], p[1], -e.deltaX / perNotch, -e.deltaY / perNotch,
                                e.ctrlKey ? 1 : 0, polityWeb.modifiers(e));
      if (taken) e.preventDefault();  // otherwise the page scrolls on
    },

    //-------------------------------------------------------------------------
    // [SECTION] Keyboard and focus
    // Keys reach the widget only while its canvas has focus (tabindex=0). Tab moves between
    // the widget's controls; past the last one web_access.js hands the focus to the page's next
    // element, so Tab never traps a reader. Backspace is never blocked. A key the widget takes
    // stops at the canvas, so a host page's own shortcuts do not fire while a reader types.
    //-------------------------------------------------------------------------
    // Index in polity::platform::Key, or -1. Named keys by `key`; Numpad Enter and the
    // shortcut letters by `code`, so they work on every keyboard layout.
    keyIndex: function(e) {
      var byName = ['Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home',
                    'End', 'Insert', 'Delete', 'Backspace', ' ', 'Enter', 'Escape'];
      var byCode = ['NumpadEnter', 'KeyA', 'KeyC', 'KeyV', 'KeyX', 'KeyY', 'KeyZ'];
      var code = byCode.indexOf(e.code);
      return code >= 0 ? byName.length + code : byName.indexOf(e.key);
    },

    onKey: function(e, down) {
      var key = polityWeb.keyIndex(e), taken = false;
      // Letters matter to ImGui only as shortcuts; a plain letter is text (releases always pass).
      if (down && key >= 16 && !e.ctrlKey && !e.metaKey) key = -1;  // 16: Key::A, the first letter
      if (key >= 0) taken = !!_polity_key(polityWeb.widget, key, down ? 1 : 0, polityWeb.modifiers(e));
      if (down && polityWeb.isText(e)) taken = !!_polity_char(polityWeb.widget, e.key.codePointAt(0)) || taken;
      // Ctrl/Cmd+V must stay unblocked: its default action is the paste event below.
      var paste = (e.ctrlKey || e.metaKey) && e.code === 'KeyV';
      if (taken) e.stopPropagation();
      if (taken && e.key !== 'Backspace' && !paste) e.preventDefault();
    },

    // The system clipboard reaches ImGui's text fields as typed characters (one line).
    onPaste: function(e) {
      var text = e.clipboardData ? e.clipboardData.getData('text') : '';
      Array.from(text.replace(/\s+/g, ' ')).forEach(function(c) {
        _polity_char(polityWeb.widget, c.codePointAt(0));
      });
      e.preventDefault();
    },

    // A printable key: one code point, no shortcut modifier (AltGr arrives as Ctrl+Alt).
    isText: function(e) {
      var shortcut = (e.ctrlKey && !e.altKey) || e.metaKey;
      return !shortcut && !e.isComposing && e.key.length <= 2 && Array.from(e.key).length === 1;
    },

    bindCanvas: function() {
      var canvas = polityWeb.canvas, on = function(type, f, options) { polityWeb.listen(canvas, type, f, options); };
      if (!canvas.hasAttribute('tabindex')) canvas.setAttribute('tabindex', '0');
      on('pointerdown', polityWeb.onPointerDown);
      on('pointermove', polityWeb.onPointerMove);
      on('pointerup', polityWeb.onPointerUp);
      on('pointercancel', polityWeb.onPointerCancel);
      on('pointerleave', polityWeb.onPointerLeave);
      on('wheel', polityWeb.onWheel, {'passive': false});
      on('contextmenu', function(e) { e.preventDefault(); });  // right-click belongs to the UI
      on('keydown', function(e) { polityWeb.onKey(e, true); });
      on('keyup', function(e) { polityWeb.onKey(e, false); });
      on('paste', polityWeb.onPaste);
      // A lost WebGL context (GPU reset, too many contexts): no frames until it is back, then
      // the GL objects are made again. preventDefault() is what lets the browser restore it.
      on('webglcontextlost', function(e) {
        e.preventDefault();
        polityWeb.contextLost = true;
        if (polityWeb.frameId) cancelAnimationFrame(polityWeb.frameId);
        polityWeb.frameId = 0;
      });
      on('webglcontextrestored', function() {
        polityWeb.contextLost = false;
        _polity_context_restored(polityWeb.widget);
      });
      on('focus', function() { _polity_focus(polityWeb.widget, 1); });
      on('blur', function() { _polity_focus(polityWeb.widget, 0); });
    },

    //-------------------------------------------------------------------------
    // [SECTION] Teardown
    //-------------------------------------------------------------------------
    // Takes off every listener and observer and cancels the pending frame; returns the widget
    // pointer for polity_destroy (0 when it never started or is already stopped).
    stop: function() {
      var widget = polityWeb.widget;
      polityWeb.widget = 0;
      if (polityWeb.frameId) cancelAnimationFrame(polityWeb.frameId);
      polityWeb.frameId = 0;
      polityWeb.listeners.forEach(function(l) { l[0].removeEventListener(l[1], l[2], l[3]); });
      polityWeb.observers.forEach(function(o) { o.disconnect(); });
      polityWeb.listeners = [];
      polityWeb.observers = [];
      return widget;
    },
  },

  //---------------------------------------------------------------------------
  // [SECTION] Imports for web_platform.cpp
  //---------------------------------------------------------------------------

  // Makes the page's canvas (option 'canvas') addressable by html5.h as `target`.
  polity_js_bind_canvas__deps: ['$polityWeb', '$specialHTMLTargets'],
  polity_js_bind_canvas: function(target) {
    var canvas = Module['canvas'];
    if (!(canvas instanceof HTMLCanvasElement)) return 0;
    specialHTMLTargets[UTF8ToString(target)] = canvas;
    polityWeb.canvas = canvas;
    polityWeb.host = Module['host'] || canvas;
    return 1;
  },

  polity_js_start__deps: ['$polityWeb'],
  polity_js_start: function(widget) {
    polityWeb.widget = widget;
    polityWeb.touches = new Map();
    polityWeb.bindCanvas();
    polityWeb.observe();
    if (polityWeb.deliverData) polityWeb.deliverData();
  },

  polity_js_request_frame__deps: ['$polityWeb'],
  polity_js_request_frame: function() { polityWeb.requestFrame(); },

  polity_js_first_frame__deps: ['$polityWeb'],
  polity_js_first_frame: function() {
    var time = performance.now(), host = polityWeb.host;
    host.setAttribute('data-first-frame-ms', time.toFixed(1));
    host.dispatchEvent(new CustomEvent('polity:firstframe', {'detail': {'time': time}, 'bubbles': true}));
  },

  // imgui_cursor: ImGuiMouseCursor (-1 = none).
  polity_js_set_cursor__deps: ['$polityWeb'],
  polity_js_set_cursor: function(imguiCursor) {
    var names = ['none', 'default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize',
                 'pointer', 'not-allowed'];
    polityWeb.canvas.style.cursor = names[imguiCursor + 1] || 'default';
  },

  // what: ui::Download (1 the view's CSV, 2 the dataset's JSON, 3 the view's PNG).
  polity_js_download__deps: ['$polityWeb'],
  polity_js_download: function(what) { polityWeb.downloadAsked = what; },

  // The app only asks for http(s) links; checked again here, as this is where they open, by
  // the same C++ rule (shared/include/polity/link.hpp). `url`: UTF-8 bytes and their length.
  polity_js_open_url: function(url, length) {
    if (!_polity_is_web_link(url, length)) return;
    var href = new TextDecoder().decode(HEAPU8.subarray(url, url + length));
    window.open(href, '_blank', 'noopener,noreferrer');
  },

  // Page option `name` (createPolityWidget({name: ...})) as UTF-8; returns its length, 0 if unset.
  polity_js_option: function(name, out, capacity) {
    var value = Module[UTF8ToString(name)];
    if (value === undefined || value === null || capacity <= 0) return 0;
    return stringToUTF8(String(value), out, capacity);
  },
};

mergeInto(LibraryManager.library, LibraryPolityWeb);
