// Polity Explorer widget — what a reader takes away (appended with --post-js after web_module.js):
//   download(kind) -> Promise   saves 'csv' (the data behind the current view, with sources),
//                               'json' (the dataset file as it was downloaded) or 'png' (a picture
//                               of the current view with the title, sources, credit and dates);
//                               resolves to the file name, or null when nothing is shown to save
//   about() -> object|null      the dataset's title, credit, licence, date checked and sources,
//                               in the reader's language (AboutDataset in wasm/app.hpp)
// The widget's own download menu ends here too (polityWeb.download). Files are made in the
// page, as blobs: nothing is sent anywhere.

var POLITY_DOWNLOAD_KINDS = {1: 'csv', 2: 'json', 3: 'png'};  // ui::Download values

// Room first given to the picture's footer, in CSS pixels: the picture is taller than the
// canvas by this much, so the view in it keeps about the size the reader saw. A footer that
// needs more (long credits on a phone) gets it on a second drawing.
var POLITY_PICTURE_FOOTER_PX = 96;

// The reader's calendar day, for "Saved 28 November 2026" in the picture.
function polityToday() {
  var d = new Date(), two = function(n) { return (n < 10 ? '0' : '') + n; };
  return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
}

function politySave(blob, name) {
  var url = URL.createObjectURL(blob), link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  polityWeb.canvas.parentNode.appendChild(link);  // inside the widget's box; some browsers need it attached
  link.click();
  link.remove();
  setTimeout(function() { URL.revokeObjectURL(url); }, 60000);  // once the browser has read it
}

// Draws the picture into the canvas (taller than on screen, its backing store only: the page's
// layout does not move), copies it at once, while the drawing buffer still holds it, then draws
// the explorer as it was before the browser paints. So the reader never sees the picture frame.
function polityPicture() {
  var widget = polityWeb.widget, canvas = polityWeb.canvas, dpr = window.devicePixelRatio || 1;
  if (polityWeb.contextLost) return Promise.resolve(null);
  var width = canvas.width, height = canvas.height, today = polityToday();
  var draw = function(extra) {
    canvas.height = height + extra;
    return polityWithString(today, function(t, n) {
      return _polity_draw_picture(widget, width, height + extra, dpr, performance.now(), t, n);
    });
  };
  var extra = Math.round(POLITY_PICTURE_FOOTER_PX * dpr), footer = draw(extra);
  if (footer > extra) footer = draw(extra = footer);
  var copy = document.createElement('canvas');
  copy.width = width;
  copy.height = height + extra;
  if (footer) copy.getContext('2d').drawImage(canvas, 0, 0);
  canvas.height = height;
  if (polityWeb.frameId) cancelAnimationFrame(polityWeb.frameId);
  polityWeb.tick(performance.now());
  if (!footer) return Promise.resolve(null);
  return new Promise(function(resolve) { copy.toBlob(resolve, 'image/png'); });
}

// kind: 'csv', 'json' or 'png'. Files are named after the dataset and the view:
// kazakhstan-constitution-institutions.csv, kazakhstan-constitution-institutions-senate.png.
Module['download'] = function(kind) {
  var state = Module['state']();  // parsed JSON: its keys are quoted, which Closure leaves alone
  if (!state || state['phase'] !== 'ready' || !polityShown) return Promise.resolve(null);
  var stem = polityShown.name.replace(/\.json$/i, '') || 'dataset', view = state['view'];
  var named = stem + '-' + view + (state['selected'] ? '-' + state['selected'] : '');
  var made;
  if (kind === 'json') {
    made = Promise.resolve([new Blob([polityShown.bytes], {'type': 'application/json'}), polityShown.name]);
  } else if (kind === 'csv') {
    var csv = polityTakeBytes(_polity_view_csv(polityWeb.widget));
    made = Promise.resolve([csv === null ? null : new Blob([csv], {'type': 'text/csv;charset=utf-8'}),
                            stem + '-' + view + '.csv']);
  } else if (kind === 'png') {
    made = polityPicture().then(function(blob) { return [blob, named + '.png']; });
  } else {
    return Promise.resolve(null);
  }
  return made.then(function(file) {
    if (!file[0]) return null;
    politySave(file[0], file[1]);
    return file[1];
  });
};

polityWeb.download = function(what) { Module['download'](POLITY_DOWNLOAD_KINDS[what]); };

Module['about'] = function() {
  var text = polityWeb.widget ? polityTakeString(_polity_about_dataset(polityWeb.widget)) : null;
  return text ? JSON.parse(text) : null;
};
