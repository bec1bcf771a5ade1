// The script embed's element gets its dataset from ?data= (what a CMS writes into the page),
// before polity-embed.js runs; then the benchmark hears the explorer's first frame and reaches
// its instance through the public API (PolityExplorer.get).
'use strict';

(function () {
  const stage = document.getElementById('stage');
  stage.setAttribute('data-dataset', new URLSearchParams(window.location.search).get('data'));
  stage.addEventListener('polity:firstframe', () => window.bench.markRendered(), { once: true });
  window.bench.widget = new Promise((resolve) => {
    const find = () => (window.PolityExplorer && window.PolityExplorer.get(stage) ? resolve(adapter()) : setTimeout(find, 20));
    find();
  });
  // What measure.mjs asks of a widget: frames drawn, and the widget's own report (selected item).
  function adapter() {
    const explorer = window.PolityExplorer.get(stage);
    return { frames: () => explorer.frames(), state: () => explorer.debugState() || {} };
  }
}());
