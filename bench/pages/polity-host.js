// Embeds the widget as a newsroom would, opened on the timeline view (the page option `view`).
'use strict';

(function () {
  const stage = document.getElementById('stage');
  stage.addEventListener('polity:firstframe', () => window.bench.markRendered(), { once: true });
  window.bench.widget = window.createPolityWidget({
    canvas: stage.querySelector('canvas'),
    host: stage,
    dataUrl: new URLSearchParams(window.location.search).get('data'),
    view: 'timeline',
  });
}());
