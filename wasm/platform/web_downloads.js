// Polity Explorer widget — what a reader takes away (appended with --post-js after web_module.js):
//   download(kind, options) -> Promise   saves 'csv' (the data behind the current view, with
//                               sources), 'json' (the dataset file as it was downloaded) or 'png'
//                               (a picture of the current view laid out for its size, with the
//                               headline, dek, sources, credit and dates); options.preset picks
//                               the picture's size: 'article' (the explorer's width, as tall as
//                               the view needs; the default), 'social' (1200 x 675) or
//                               'portrait' (1080 x 1350), always at twice the CSS pixels. Resolves
//                               to the file name, or null when nothing is shown to save
//   about() -> object|null      the dataset's title, credit, licence, date checked and sources,
//                               in the reader's language (AboutDataset in wasm/app.hpp)
// The widget's own download menu ends here too (polityWeb.download). Files are made in the
// page, as blobs: nothing is sent anywhere.

// ui::Download values: what the menu asked for, and the picture's size for the PNGs.
var POLITY_DOWNLOAD_KINDS = {1: ['csv'], 2: ['json'], 3: ['png', 'article'], 4: ['png', 'social'], 5: ['png', 'portrait']};
var POLITY_PICTURE_PRESETS = ['article', 'social', 'portrait'];

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

// Lays the picture out, sizes the canvas's backing store to it (the page's layout does not
// move: the canvas's CSS size stays), draws it, copies it at once while the drawing buffer
// still holds it, then sizes the canvas back and draws the explorer as it was before the
// browser paints. So the reader never sees the picture frame.
function polityPicture(preset) {
  var widget = polityWeb.widget, canvas = polityWeb.canvas;
  if (polityWeb.contextLost) return Promise.resolve(null);
  var width = canvas.width, height = canvas.height, cssWidth = canvas.getBoundingClientRect().width || 1;
  var pictureHeight = polityWithString(preset, function(p, pn) {
    return polityWithString(polityToday(), function(t, tn) {
      return _polity_lay_out_picture(widget, p, pn, cssWidth, performance.now(), t, tn);
    });
  });
  var copy = null;
  if (pictureHeight > 0) {
    canvas.width = _polity_picture_width(widget);
    canvas.height = pictureHeight;
    if (_polity_draw_picture(widget, performance.now())) {
      copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d').drawImage(canvas, 0, 0);
    }
  }
  canvas.width = width;
  canvas.height = height;
  if (polityWeb.frameId) cancelAnimationFrame(polityWeb.frameId);
  polityWeb.tick(performance.now());
  if (!copy) return Promise.resolve(null);
  return new Promise(function(resolve) { copy.toBlob(resolve, 'image/png'); });
}

// kind: 'csv', 'json' or 'png'; options: {preset} for 'png'. Files are named after the
// dataset and the view: kazakhstan-constitution-institutions.csv,
// kazakhstan-constitution-institutions-senate.png (-social.png, -portrait.png for those sizes).
Module['download'] = function(kind, options) {
  var state = Module['state']();  // parsed JSON: its keys are quoted, which Closure leaves alone
  if (!state || state['phase'] !== 'ready' || !polityShown) return Promise.resolve(null);
  var preset = (options && options['preset']) || 'article';
  if (POLITY_PICTURE_PRESETS.indexOf(preset) < 0) {
    console.warn('Polity Explorer: download(): preset must be one of ' + POLITY_PICTURE_PRESETS.join(', ') +
                 '; got ' + JSON.stringify(preset) + '. Using "article".');
    preset = 'article';
  }
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
    var suffix = preset === 'article' ? '' : '-' + preset;
    made = polityPicture(preset).then(function(blob) { return [blob, named + suffix + '.png']; });
  } else {
    return Promise.resolve(null);
  }
  return made.then(function(file) {
    if (!file[0]) return null;
    politySave(file[0], file[1]);
    return file[1];
  });
};

polityWeb.download = function(what) {
  var asked = POLITY_DOWNLOAD_KINDS[what];
  if (asked) Module['download'](asked[0], {'preset': asked[1]});
};

Module['about'] = function() {
  var text = polityWeb.widget ? polityTakeString(_polity_about_dataset(polityWeb.widget)) : null;
  return text ? JSON.parse(text) : null;
};
