// The iframe embed's src from ?data=, opened on the timeline at the box's own height. The
// frame is same-origin here, so the benchmark can watch its explorer: first real render is the
// first frame of this page in which the explorer inside has drawn its data (the same rule as
// for the peers' DOM), and frames and state come through the frame's PolityExplorer.
'use strict';

(function () {
  const stage = document.getElementById('stage');
  const data = new URLSearchParams(window.location.search).get('data');
  stage.src = '/site/embed.html?' + new URLSearchParams({ data, view: 'timeline', height: 'fill' }).toString();
  const explorerElement = () => {
    const doc = stage.contentDocument;
    return doc ? doc.getElementById('explorer') : null;
  };
  window.bench.renderedWhen(() => {
    const element = explorerElement();
    return !!element && element.hasAttribute('data-first-frame-ms');
  });
  window.bench.frameWindow = () => stage.contentWindow;
  window.bench.widget = window.bench.firstRender.then(() => {
    const explorer = stage.contentWindow.PolityExplorer.get(explorerElement());
    return { frames: () => explorer.frames(), state: () => explorer.debugState() || {} };
  });
}());
