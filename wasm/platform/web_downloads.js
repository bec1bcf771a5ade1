// Polity Explorer widget — what a reader takes away (appended with --post-js after web_module.js):
//   download(kind, options) -> Promise   saves 'csv' (the data behind the current view, with
//                               sources), 'json' (the dataset file as it was downloaded) or 'png'
//                               (a picture of the current view laid out for its size, with the
//                               headline, dek, sources, credit and dates); options.preset picks
//                               the picture's size: 'article' (the explorer's width, as tall as
//                               the view needs; the default), 'social' (1200 x 675) or
//                               'portrait' (1080 x 1350), always at twice the CSS pixels. Resolves
//                               to the file name (ui::DownloadName), or null when nothing is shown
//                               to save. Each is one call into the widget
//   about() -> object|null      the dataset's title, credit, licence, date checked and sources,
//                               in the reader's language (AboutDataset in wasm/app.hpp)
// The widget's own download menu ends here too (polityWeb.download). Files are made in the
// page, as blobs: nothing is sent anywhere.

// ui::Download (wasm/app.hpp), by the kind and the picture's size a page asks for.
var POLITY_DOWNLOADS = {'csv': 1, 'json': 2, 'article': 3, 'social': 4, 'portrait': 5};

// The reader's calendar day as yyyymmdd, for "Saved 28 November 2026" in the picture.
function polityToday() {
  var d = new Date();
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
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

// The picture the widget left in the canvas, copied at once while the drawing buffer still
// holds it: a Promise of its PNG.
function polityCopyCanvas(canvas) {
  var copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  copy.getContext('2d').drawImage(canvas, 0, 0);
  return new Promise(function(resolve) { copy.toBlob(resolve, 'image/png'); });
}

// One download, whole, in one call into the widget (polity_download): `what` is a ui::Download.
// A picture is drawn into the canvas, sized to it (the page's layout does not move: the
// canvas's CSS size stays); it is copied, then the canvas is sized back and the explorer drawn
// as it was before the browser paints, so the reader never sees the picture frame. Resolves to
// the saved file's name, or null when nothing is shown to save.
function polityDownload(what) {
  var widget = polityWeb.widget, canvas = polityWeb.canvas, picture = what >= POLITY_DOWNLOADS['article'];
  if (!widget || !polityShown || (picture && polityWeb.contextLost)) return Promise.resolve(null);
  var width = canvas.width, height = canvas.height, cssWidth = canvas.getBoundingClientRect().width || 1;
  var text = polityTakeString(_polity_download(widget, what, cssWidth, performance.now(), polityToday()));
  var file = text === null ? null : JSON.parse(text);  // its keys quoted below: Closure leaves them alone
  var blob = !file ? null
    : what === POLITY_DOWNLOADS['json'] ? new Blob([polityShown.bytes], {'type': 'application/json'})
    : what === POLITY_DOWNLOADS['csv'] ? new Blob([file['text']], {'type': 'text/csv;charset=utf-8'})
    : polityCopyCanvas(canvas);
  if (picture) {
    canvas.width = width;
    canvas.height = height;
    if (polityWeb.frameId) cancelAnimationFrame(polityWeb.frameId);
    polityWeb.tick(performance.now());
  }
  return Promise.resolve(blob).then(function(made) {
    if (!made) return null;
    politySave(made, file['name']);
    return file['name'];
  });
}

// kind: 'csv', 'json' or 'png'; options: {preset} for 'png' (api.js checks both).
Module['download'] = function(kind, options) {
  var what = POLITY_DOWNLOADS[kind === 'png' ? (options && options['preset']) || 'article' : kind];
  return what ? polityDownload(what) : Promise.resolve(null);
};

polityWeb.download = polityDownload;

Module['about'] = function() {
  var text = polityWeb.widget ? polityTakeString(_polity_about_dataset(polityWeb.widget)) : null;
  return text ? JSON.parse(text) : null;
};
