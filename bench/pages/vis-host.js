// vis-timeline (standalone build, which bundles its dependencies) with its defaults, in the
// same 600 px box: without a height it grows to fit every stacked item.
// First real render: the first frame in which its item boxes exist.
'use strict';

(function () {
  const stage = document.getElementById('stage');
  const items = stage.getElementsByClassName('vis-item');
  window.bench.renderedWhen(() => items.length > 0);
  fetch(new URLSearchParams(window.location.search).get('data'))
    .then((response) => response.json())
    .then((data) => { window.timeline = new window.vis.Timeline(stage, data, { height: '600px' }); })
    .catch((error) => window.bench.errors.push(String(error)));
}());
