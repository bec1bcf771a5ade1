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
// [SECTION] Glyphs, drawn by the browser
// [SECTION] Teardown
// [SECTION] Imports for web_platform.cpp and web_fonts.cpp

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
    touches: null,      // Map pointerId -> [x, y, screen y] of active touches (device pixels)
    // touch: 'none' | 'tap' (one finger, not yet past the slop) | 'scroll' | 'pan' (a mouse drag
    // for the view under it) | 'still' (a sideways drag over a list: nothing) | 'two' (two
    // fingers: pinch, and pan or scroll) | 'done' (wait until every finger is up)
    gesture: 'none',
    start: null,        // [x, y] on the canvas where the gesture began: what it scrolls lies there
    lastY: 0,           // the finger's (or two fingers' midpoint's) height on the screen at the last
                        // move: the canvas itself moves when the page scrolls, the screen does not
    twoPan: false,      // two fingers over a view that pans: a mouse drag at their midpoint
    samples: [],        // [time, y] of the last moves while scrolling, for the fling's speed
    pinchDistance: 0,
    fling: null,        // {x, y, v: device pixels per ms, t, frame} while a fling moves
    caught: false,      // this touch stopped a fling: lifting it is not a tap
    coarse: false,      // the widget was told the pointer is coarse
    mac: false,         // Apple keyboards zoom with Cmd+wheel (set when the canvas is bound)
    deliverData: null,  // set by web_module.js: hands the downloaded dataset over once started
    options: null,      // set by web_module.js: the app's option set, asked for once
    afterFrame: [],     // set by web_module.js: what runs after every frame, in order
    fit: null,          // set by web_module.js: gives the page the height the widget wants; true
                        // when the box changed or the widget's answer is not settled yet
    drawn: [0, 0],      // the backing store's size at the last frame
    limitCss: 0,        // article mode: the most the box may be (CSS pixels), from the page
    limitPx: 0,         // the same in device pixels, as last told to the widget
    firstFrameAt: 0,    // when the first frame with data was drawn, until the page hears of it
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

    // One frame, then more at once while the frame is not what the page will show: the box took
    // another size after it (article mode fits its height to the view; a credit line appeared).
    // The browser paints only the last, so a reader never sees the box settle.
    tick: function(now) {
      polityWeb.frameId = 0;
      var more = polityWeb.draw(now);
      for (var k = 0; k < 4 && polityWeb.widget && polityWeb.unsettled(); ++k) more = polityWeb.draw(now) || more;
      if (polityWeb.firstFrameAt) polityWeb.announceFirstFrame();
      var asked = polityWeb.downloadAsked;   // after the frame: a picture draws frames of its own
      polityWeb.downloadAsked = 0;
      if (asked && polityWeb.download) polityWeb.download(asked);
      if (more) polityWeb.requestFrame();
    },

    // Backing store = CSS size x devicePixelRatio, so the UI is sharp on every screen.
    draw: function(now) {
      var canvas = polityWeb.canvas, dpr = window.devicePixelRatio || 1;
      var rect = canvas.getBoundingClientRect();
      var width = Math.max(1, Math.round(rect.width * dpr));
      var height = Math.max(1, Math.round(rect.height * dpr));
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      polityWeb.drawn = [width, height];
      var limit = Math.round(polityWeb.limitCss * dpr);
      if (limit !== polityWeb.limitPx) {
        polityWeb.limitPx = limit;
        _polity_set_height_limit(polityWeb.widget, limit);
      }
      var more = _polity_frame(polityWeb.widget, width, height, dpr, now);
      polityWeb.afterFrame.forEach(function(hook) { hook(); });
      return more;
    },

    unsettled: function() {
      var moved = polityWeb.fit ? polityWeb.fit() : false;
      var rect = polityWeb.canvas.getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
      return moved || Math.max(1, Math.round(rect.width * dpr)) !== polityWeb.drawn[0] ||
             Math.max(1, Math.round(rect.height * dpr)) !== polityWeb.drawn[1];
    },

    // polity:firstframe, once the frame with data is the one the page shows.
    announceFirstFrame: function() {
      var time = polityWeb.firstFrameAt, host = polityWeb.host;
      polityWeb.firstFrameAt = 0;
      host.setAttribute('data-first-frame-ms', time.toFixed(1));
      host.dispatchEvent(new CustomEvent('polity:firstframe', {'detail': {'time': time}, 'bubbles': true}));
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
      // A web font the page loads later (or the bundled face) changes the glyphs.
      if (document['fonts']) {
        polityWeb.listen(document['fonts'], 'loadingdone', function() { _polity_fonts_changed(polityWeb.widget); });
      }
      polityWeb.watchDevicePixelRatio();
    },

    //-------------------------------------------------------------------------
    // [SECTION] Pointer, touch and wheel
    //-------------------------------------------------------------------------
    // A finger's height on the screen in device pixels, for how far it moved.
    screenY: function(e) { return e.clientY * (window.devicePixelRatio || 1); },

    position: function(e) {
      var canvas = polityWeb.canvas, rect = canvas.getBoundingClientRect();
      return [(e.clientX - rect.left) * canvas.width / (rect.width || 1),
              (e.clientY - rect.top) * canvas.height / (rect.height || 1)];
    },

    modifiers: function(e) {
      return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    },

    // action: 0 move, 1 down, 2 up, 3 leave, 4 cancel (see polity_pointer). Touch passes
    // its own position and button 0.
    pointer: function(action, e, position, button) {
      var p = position || polityWeb.position(e);
      // The DOM numbers buttons left, middle, right; ImGui left, right, middle.
      if (button === undefined) button = e.button >= 0 && e.button < 5 ? [0, 2, 1, 3, 4][e.button] : -1;
      _polity_pointer(polityWeb.widget, action, p[0], p[1], button, polityWeb.modifiers(e));
    },

    onPointerDown: function(e) {
      try {
        polityWeb.canvas.setPointerCapture(e.pointerId);  // a release outside the canvas still reaches us
      } catch (error) {}  // a pointer the browser no longer knows (a synthetic event): nothing to capture
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

    // Touch, as a reader expects of a page: a tap clicks (pressed only once the finger lifts
    // within the slop, so a swipe never clicks); one finger past the slop scrolls what is
    // under it and the page gets what that cannot take, or pans the timeline and network;
    // a release with speed flings on; two fingers pinch and pan (or scroll).
    slop: function() { return 10 * (window.devicePixelRatio || 1); },  // 10 CSS pixels

    touchDown: function(e) {
      var touches = polityWeb.touches, p = polityWeb.position(e);
      touches.set(e.pointerId, [p[0], p[1], polityWeb.screenY(e)]);
      if (touches.size === 1 && polityWeb.gesture === 'none') {
        polityWeb.caught = polityWeb.fling !== null;  // as on a page: the touch only stops the fling
        polityWeb.stopFling();
        polityWeb.gesture = 'tap';
        polityWeb.start = p;
        polityWeb.lastY = polityWeb.screenY(e);
      } else if (touches.size === 2 && polityWeb.gesture !== 'done') {
        if (polityWeb.gesture === 'pan') polityWeb.pointer(4, e, p, 0);  // no click from a pinch
        var spread = polityWeb.touchSpread(), middle = [spread[0], spread[1]];
        polityWeb.gesture = 'two';
        polityWeb.pinchDistance = spread[2];
        polityWeb.start = middle;
        polityWeb.lastY = spread[3];
        polityWeb.twoPan = _polity_drag_start(polityWeb.widget, middle[0], middle[1], 2, 1) === 2;
        if (polityWeb.twoPan) polityWeb.pointer(1, e, middle, 0);
      }
    },
    touchMove: function(e) {
      var touches = polityWeb.touches;
      if (!touches.has(e.pointerId)) return;
      var p = polityWeb.position(e);
      touches.set(e.pointerId, [p[0], p[1], polityWeb.screenY(e)]);
      if (polityWeb.gesture === 'tap') polityWeb.leaveSlop(e, p);
      else if (polityWeb.gesture === 'scroll') polityWeb.scrollTo(polityWeb.screenY(e), e.timeStamp);
      else if (polityWeb.gesture === 'pan') polityWeb.pointer(0, e, p, 0);
      else if (polityWeb.gesture === 'two' && touches.size >= 2) polityWeb.twoFingers(e);
    },
    // Past the slop the drag becomes a scroll, a pan or nothing, by what lies where it began.
    leaveSlop: function(e, p) {
      var start = polityWeb.start, dx = p[0] - start[0], dy = p[1] - start[1];
      if (Math.hypot(dx, dy) < polityWeb.slop()) return;
      var kind = _polity_drag_start(polityWeb.widget, start[0], start[1], 1, Math.abs(dy) >= Math.abs(dx) ? 1 : 0);
      if (kind === 2) {
        polityWeb.gesture = 'pan';
        polityWeb.pointer(1, e, start, 0);
        polityWeb.pointer(0, e, p, 0);
      } else if (kind === 1) {
        polityWeb.gesture = 'scroll';
        polityWeb.samples = [];
        polityWeb.scrollTo(polityWeb.screenY(e), e.timeStamp);  // from where it began: the content stays under the finger
      } else {
        polityWeb.gesture = 'still';
      }
    },
    // Scrolls by the finger's movement on the screen since the last move; the page gets what is left.
    scrollTo: function(y, time) {
      var dy = polityWeb.lastY - y;
      polityWeb.lastY = y;
      polityWeb.samples.push([time, y]);
      if (polityWeb.samples.length > 8) polityWeb.samples.shift();
      if (dy) polityWeb.scrollBy(dy);
    },
    // Returns true when the widget or the page moved.
    scrollBy: function(dy) {
      var start = polityWeb.start, left = _polity_scroll(polityWeb.widget, start[0], start[1], dy);
      var page = left ? polityWeb.scrollPage(left / (window.devicePixelRatio || 1)) : false;
      return left !== dy || page;
    },
    // The article around the widget scrolls by dy CSS pixels: the page's own hook (the iframe
    // page asks its host), else this window. True when it moved, or when that cannot be told.
    scrollPage: function(dy) {
      var hook = Module['scrollPage'];
      if (typeof hook === 'function') return hook(dy) !== false;
      var before = window.scrollY;
      window.scrollBy(0, dy);
      return window.scrollY !== before;
    },
    twoFingers: function(e) {
      var spread = polityWeb.touchSpread(), middle = [spread[0], spread[1]];
      var ratio = spread[2] / (polityWeb.pinchDistance || 1);
      if (Math.abs(Math.log(ratio)) >= 0.01) {
        polityWeb.pinchDistance = spread[2];  // one notch zooms 1.25x, so the content follows the fingers
        _polity_wheel(polityWeb.widget, middle[0], middle[1], 0, Math.log(ratio) / Math.log(1.25), 1,
                      polityWeb.modifiers(e));
      }
      if (polityWeb.twoPan) {
        polityWeb.pointer(0, e, middle, 0);
      } else {
        var dy = polityWeb.lastY - spread[3];
        polityWeb.lastY = spread[3];
        if (dy) polityWeb.scrollBy(dy);
      }
    },
    touchUp: function(e, action) {
      var touches = polityWeb.touches, gesture = polityWeb.gesture;
      if (!touches.delete(e.pointerId)) return;
      if (gesture === 'tap' && action === 2 && !polityWeb.caught) {  // hover, press, release: the queue gives each a frame
        polityWeb.pointer(1, e, polityWeb.start, 0);
        polityWeb.pointer(2, e, polityWeb.start, 0);
        polityWeb.pointer(3, e);  // a finger leaves no hover behind
      } else if (gesture === 'pan') {
        polityWeb.pointer(action, e, null, 0);
        polityWeb.pointer(3, e);
      } else if (gesture === 'scroll' && action === 2) {
        polityWeb.startFling(e.timeStamp);
      } else if (gesture === 'two' && polityWeb.twoPan) {
        polityWeb.pointer(4, e, null, 0);  // the drag ends without a click
        polityWeb.twoPan = false;
      }
      polityWeb.gesture = touches.size === 0 ? 'none' : 'done';
      polityWeb.setCoarse();  // after the tap: the widget resizes its controls once the tap has reached them
    },
    // Midpoint (on the canvas), distance and midpoint's height on the screen of the first two touches.
    touchSpread: function() {
      var it = polityWeb.touches.values(), a = it.next().value, b = it.next().value;
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, Math.hypot(a[0] - b[0], a[1] - b[1]), (a[2] + b[2]) / 2];
    },

    // The fling: the speed of the last 100 ms of the swipe, decaying by 0.998 a millisecond as
    // on iOS, one step per animation frame while anything still moves; a new touch stops it.
    startFling: function(now) {
      var recent = polityWeb.samples.filter(function(s) { return now - s[0] <= 100; });
      if (recent.length < 2 || now - recent[recent.length - 1][0] > 50) return;  // the finger had stopped
      var first = recent[0], last = recent[recent.length - 1];
      var v = (first[1] - last[1]) / Math.max(last[0] - first[0], 1);
      if (Math.abs(v) < 0.1 * (window.devicePixelRatio || 1)) return;
      polityWeb.fling = {v: v, t: -1, frame: requestAnimationFrame(polityWeb.flingStep)};
    },
    // Frame times, not the clock: a frame's time can precede the input handler that started it.
    // A long frame moves at most 50 ms on, so a stalled page does not jump.
    flingStep: function(now) {
      var fling = polityWeb.fling, rate = 0.998;
      if (!fling || !polityWeb.widget) return;
      if (fling.t < 0) fling.t = now - 1000 / 60;  // the first step: one frame's worth
      var dt = Math.min(Math.max(now - fling.t, 0), 50), keep = Math.pow(rate, dt);
      var dy = fling.v * (1 - keep) / -Math.log(rate);  // the distance the decaying speed covers in dt
      fling.t = now;
      fling.v *= keep;
      var moved = polityWeb.scrollBy(dy);
      if (!moved || Math.abs(fling.v) < 0.02 * (window.devicePixelRatio || 1)) polityWeb.fling = null;
      else fling.frame = requestAnimationFrame(polityWeb.flingStep);
    },
    stopFling: function() {
      if (polityWeb.fling) cancelAnimationFrame(polityWeb.fling.frame);
      polityWeb.fling = null;
    },

    // Controls grow to a finger's size on a touch screen: from the media query, or the first touch.
    setCoarse: function() {
      if (polityWeb.coarse || !polityWeb.widget) return;
      polityWeb.coarse = true;
      _polity_coarse_pointer(polityWeb.widget, 1);
    },
    watchPointer: function() {
      var query = window.matchMedia('(pointer: coarse)');
      if (query.matches) polityWeb.setCoarse();
      polityWeb.listen(query, 'change', function() { if (query.matches) polityWeb.setCoarse(); });
    },

    // DOM deltas are pixels (100 per notch), lines (3 per notch) or pages; ImGui wants notches,
    // positive = up. Ctrl+wheel (Cmd+wheel on a Mac, and a trackpad pinch, which browsers report
    // as Ctrl+wheel) zooms. What the widget leaves, the page scrolls.
    onWheel: function(e) {
      var perNotch = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 1 : 100;
      var p = polityWeb.position(e), zoom = e.ctrlKey || (polityWeb.mac && e.metaKey);
      var left = _polity_wheel(polityWeb.widget, p[0], p[1], -e.deltaX / perNotch, -e.deltaY / perNotch,
                               zoom ? 1 : 0, polityWeb.modifiers(e));
      if (left >= 1) return;  // the page scrolls, or zooms, as it would without the widget
      e.preventDefault();
      var cssPixels = e.deltaMode === 1 ? 100 / 3 : e.deltaMode === 2 ? window.innerHeight : 1;
      if (left > 0) polityWeb.scrollPage(e.deltaY * cssPixels * left);
    },

    //-------------------------------------------------------------------------
    // [SECTION] Keyboard and focus
    // Keys reach the widget only while its canvas has focus (tabindex=0). Tab moves between
    // the widget's controls; past the last one web_access.js hands the focus to the page's next
    // element, so Tab never traps a reader. Backspace is never blocked. A key the widget takes
    // stops at the canvas, so a host page's own shortcuts do not fire while a reader types.
    //-------------------------------------------------------------------------
    // Index in polity::platform::Key (platform/keys.hpp, the same order), or -1. Named keys by `key`; Numpad Enter and the
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
    // [SECTION] Glyphs, drawn by the browser
    // The widget's text is set in the host element's font: web_fonts.cpp asks for each glyph's
    // box, then for the glyphs drawn into its atlas, here with Canvas 2D fillText. Characters no
    // font of the page has come from the bundled face (Module['fallbackFont'] fetches it once,
    // only then; at once with the option font: 'bundled').
    //-------------------------------------------------------------------------
    glyphCanvas: null,     // the 2D context the glyphs are drawn on, kept for the next atlas
    glyphFont: '',         // the CSS font of the atlas being built
    glyphBaseline: 0,      // the baseline's distance from a line's top, whole device pixels
    glyphBoxes: null,      // per character: [x, y] of its bitmap's corner from the pen at the line's top
    fallbackFamily: '',    // the bundled face's family, once it is loaded
    fallbackAsked: false,

    glyphContext: function(width, height) {
      if (!polityWeb.glyphCanvas) {
        polityWeb.glyphCanvas = document.createElement('canvas').getContext('2d', {'willReadFrequently': true});
      }
      var ctx = polityWeb.glyphCanvas, canvas = ctx.canvas;
      if (canvas.width < width) canvas.width = width;
      if (canvas.height < height) canvas.height = height;
      return ctx;
    },

    // The host element's font family, then the bundled face once it is there; only the bundled
    // face with the option font: 'bundled'.
    glyphFamily: function() {
      var bundled = Module['font'] === 'bundled';
      if (bundled) polityWeb.askFallback();
      if (bundled && polityWeb.fallbackFamily) return polityWeb.fallbackFamily;
      var host = getComputedStyle(polityWeb.host).fontFamily || 'sans-serif';
      return polityWeb.fallbackFamily ? host + ', ' + polityWeb.fallbackFamily : host;
    },

    askFallback: function() {
      if (polityWeb.fallbackAsked || typeof Module['fallbackFont'] !== 'function') return;
      polityWeb.fallbackAsked = true;
      Module['fallbackFont']().then(function(family) {
        polityWeb.fallbackFamily = family;
        if (polityWeb.widget) _polity_fonts_changed(polityWeb.widget);
      }, function() {});  // without it, a character no font has stays a box
    },

    // A web font of the page that has not arrived yet is drawn again once it has.
    awaitFont: function(font) {
      var fonts = document['fonts'];
      if (!fonts || fonts['check'](font)) return;
      fonts['load'](font).then(function() {
        if (polityWeb.widget) _polity_fonts_changed(polityWeb.widget);
      }, function() {});
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
      polityWeb.stopFling();
      return widget;
    },
  },

  //---------------------------------------------------------------------------
  // [SECTION] Imports for web_platform.cpp and web_fonts.cpp
  //---------------------------------------------------------------------------

  // metrics: the em size, ascent, descent and line (device pixels) of the host's font, set so
  // that ascent and descent fill a line of lineSize pixels, or a taller whole-pixel line where
  // that em would be under minEm. Measured at 100 px, where the browser's rounding of font
  // metrics to whole pixels does not matter.
  polity_js_glyph_font__deps: ['$polityWeb'],
  polity_js_glyph_font: function(lineSize, minEm, metrics) {
    var family = polityWeb.glyphFamily(), ctx = polityWeb.glyphContext(1, 1);
    ctx.font = '100px ' + family;
    var m = ctx.measureText('Hg');
    // Quoted: the Closure compiler of the release build would rename names it does not know.
    var ascent = m['fontBoundingBoxAscent'] || m['actualBoundingBoxAscent'] * 1.2 || 80;
    var descent = m['fontBoundingBoxDescent'] || m['actualBoundingBoxDescent'] * 1.5 || 20;
    if (lineSize * 100 / (ascent + descent) < minEm) lineSize = Math.ceil(minEm * (ascent + descent) / 100);
    var em = lineSize * 100 / (ascent + descent);
    polityWeb.glyphFont = em.toFixed(3) + 'px ' + family;
    polityWeb.glyphBaseline = Math.round(ascent * em / 100);
    polityWeb.awaitFont(polityWeb.glyphFont);
    HEAPF32[(metrics >> 2)] = em;
    HEAPF32[(metrics >> 2) + 1] = polityWeb.glyphBaseline;
    HEAPF32[(metrics >> 2) + 2] = lineSize - polityWeb.glyphBaseline;
    HEAPF32[(metrics >> 2) + 3] = lineSize;
  },

  // boxes: 5 floats a character: its bitmap's width, height and corner (from the pen at the
  // line's top), and its advance, whole pixels so that text at 1x stays on the pixel grid. A
  // character drawn like one no font has (the same box as U+FFFF) asks for the bundled face.
  polity_js_glyph_boxes__deps: ['$polityWeb'],
  polity_js_glyph_boxes: function(chars, n, boxes) {
    var ctx = polityWeb.glyphContext(1, 1), base = polityWeb.glyphBaseline;
    ctx.font = polityWeb.glyphFont;
    var metrics = function(text) {
      var m = ctx.measureText(text);
      return [m.width, m['actualBoundingBoxLeft'], m['actualBoundingBoxRight'], m['actualBoundingBoxAscent'],
              m['actualBoundingBoxDescent']];
    };
    var missing = metrics('\uFFFF').join(), lacking = false;
    polityWeb.glyphBoxes = [];
    for (var i = 0; i < n; i++) {
      var text = String.fromCharCode(HEAPU16[(chars >> 1) + i]), m = metrics(text), at = (boxes >> 2) + 5 * i;
      lacking = lacking || (m[0] > 0 && m.join() === missing);
      var x0 = Math.floor(-m[1]) - 1, x1 = Math.ceil(m[2]) + 1;
      var y0 = Math.floor(base - m[3]) - 1, y1 = Math.ceil(base + m[4]) + 1;
      var blank = m[1] + m[2] <= 0 || m[3] + m[4] <= 0;
      HEAPF32[at] = blank ? 0 : x1 - x0;
      HEAPF32[at + 1] = blank ? 0 : y1 - y0;
      HEAPF32[at + 2] = x0;
      HEAPF32[at + 3] = y0;
      HEAPF32[at + 4] = Math.round(m[0]);
      polityWeb.glyphBoxes.push([x0, y0]);
    }
    if (lacking && !polityWeb.fallbackFamily) polityWeb.askFallback();
  },

  // Draws white glyphs on a transparent canvas the atlas's size and keeps their coverage (the
  // alpha channel) as the atlas's pixels. places: x, y a character; x < 0 for none.
  polity_js_glyph_draw__deps: ['$polityWeb'],
  polity_js_glyph_draw: function(chars, n, places, pixels, width, height) {
    var ctx = polityWeb.glyphContext(width, height), base = polityWeb.glyphBaseline;
    ctx.clearRect(0, 0, width, height);
    ctx.font = polityWeb.glyphFont;
    ctx.fillStyle = '#fff';
    ctx.textBaseline = 'alphabetic';
    for (var i = 0; i < n; i++) {
      var x = HEAP32[(places >> 2) + 2 * i], y = HEAP32[(places >> 2) + 2 * i + 1];
      if (x < 0) continue;
      var corner = polityWeb.glyphBoxes[i];
      ctx.fillText(String.fromCharCode(HEAPU16[(chars >> 1) + i]), x - corner[0], y - corner[1] + base);
    }
    var rgba = ctx.getImageData(0, 0, width, height).data;
    for (var p = 0, count = width * height; p < count; p++) HEAPU8[pixels + p] = rgba[4 * p + 3];
  },

  // Makes the page's canvas (option 'canvas') addressable by html5.h as `target`.
  polity_js_bind_canvas__deps: ['$polityWeb', '$specialHTMLTargets'],
  polity_js_bind_canvas: function(target) {
    var canvas = Module['canvas'];
    if (!(canvas instanceof HTMLCanvasElement)) return 0;
    specialHTMLTargets[UTF8ToString(target)] = canvas;
    polityWeb.canvas = canvas;
    polityWeb.host = Module['host'] || canvas;
    // The page may say whether the reader zooms with Cmd (option 'mac'); else the platform tells.
    if (Module['mac'] === undefined) Module['mac'] = String(/Mac|iPhone|iPad|iPod/.test(navigator.platform));
    polityWeb.mac = String(Module['mac']) === 'true';
    return 1;
  },

  polity_js_start__deps: ['$polityWeb'],
  polity_js_start: function(widget) {
    polityWeb.widget = widget;
    polityWeb.touches = new Map();
    polityWeb.bindCanvas();
    polityWeb.observe();
    polityWeb.watchPointer();
    if (polityWeb.deliverData) polityWeb.deliverData();
  },

  polity_js_request_frame__deps: ['$polityWeb'],
  polity_js_request_frame: function() { polityWeb.requestFrame(); },

  // Heard by the page after the frame's tick has settled the box (see tick).
  polity_js_first_frame__deps: ['$polityWeb'],
  polity_js_first_frame: function() { polityWeb.firstFrameAt = performance.now(); },

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

  // The app's option set, once, as the widget is made (polityWeb.options, web_module.js), in
  // memory from malloc that web_platform.cpp frees: its length (4 bytes), then its UTF-8 bytes.
  polity_js_options__deps: ['$polityWeb', 'malloc'],
  polity_js_options: function() {
    var text = polityWeb.options ? polityWeb.options() : '', size = lengthBytesUTF8(text), out = _malloc(size + 5);
    if (!out) return 0;
    HEAPU32[out >> 2] = size;
    stringToUTF8(text, out + 4, size + 1);
    return out;
  },
};

mergeInto(LibraryManager.library, LibraryPolityWeb);
