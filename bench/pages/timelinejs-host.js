// TimelineJS with its defaults, self-hosted: script_path points at the npm package's files
// here instead of Knight Lab's CDN (it loads its font stylesheet from there; that stylesheet's
// web fonts come from Google Fonts, which the benchmark's offline browser cannot reach).
// First real render: the first frame in which its slides and its time markers exist.
'use strict';

(function () {
  const stage = document.getElementById('stage');
  const markers = stage.getElementsByClassName('tl-timemarker');
  const slides = stage.getElementsByClassName('tl-slide');
  window.bench.renderedWhen(() => markers.length > 0 && slides.length > 0);
  fetch(new URLSearchParams(window.location.search).get('data'))
    .then((response) => response.json())
    .then((data) => {
      window.timeline = new window.TL.Timeline('stage', data, {
        hash_bookmark: false,
        script_path: new URL('/timelinejs/js/', window.location.href).href,
      });
    })
    .catch((error) => window.bench.errors.push(String(error)));
}());
