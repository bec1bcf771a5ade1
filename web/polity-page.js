// Polity Explorer — the hosted page: one explorer filling the window.
//   ?data=URL   the dataset (default data/kazakhstan-constitution.json)
//   ?view=NAME  the view to open first; ?item=ID the entity to select; ?lang=CODE the language
// It also exposes window.polityTest, the hook the browser tests drive (hosted page only).
'use strict';

(function () {
  const DEFAULT_DATA = 'data/kazakhstan-constitution.json';
  const params = new URLSearchParams(window.location.search);
  const host = document.getElementById('explorer');
  const canvas = host.querySelector('.polity-canvas');
  const status = host.querySelector('.polity-status');

  function fail(message) {
    status.classList.add('polity-error');
    status.querySelector('.polity-status-text').textContent = message;
    status.hidden = false;
    host.setAttribute('data-error', message);
  }

  const firstFrame = new Promise((resolve) => {
    host.addEventListener('polity:firstframe', (e) => resolve(e.detail.time), { once: true });
  });

  if (typeof window.createPolityWidget !== 'function') {
    fail('The explorer could not be loaded (polity-widget.js is missing). Try reloading the page.');
    return;
  }

  const ready = window.createPolityWidget({
    canvas,
    host,
    dataUrl: params.get('data') || DEFAULT_DATA,
    language: params.get('lang'),
    view: params.get('view'),
    item: params.get('item'),
  }).then((widget) => {
    if (!widget.started()) {
      fail('Polity Explorer needs WebGL 2, which this browser does not offer. ' +
           'Any current Chrome, Edge, Firefox or Safari has it.');
      return null;
    }
    status.hidden = true;  // from here the widget shows its own progress and errors
    return widget;
  }, (error) => {
    fail('The explorer could not start: ' + (error && error.message ? error.message : error));
    return null;
  });

  // Phones: the DOM search input feeds the explorer's search (see index.html).
  const search = document.querySelector('.polity-search');
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    search.querySelector('input').blur();  // closes the soft keyboard, shows the results
  });
  search.querySelector('input').addEventListener('input', (e) => {
    ready.then((widget) => widget && widget.setSearch(e.target.value));
  });

  // The test hook: what the browser tests read and drive.
  window.polityTest = {
    ready: ready.then((widget) => widget !== null),
    firstFrame,
    state: () => ready.then((widget) => (widget ? widget.state() : null)),
    frames: () => ready.then((widget) => (widget ? widget.frames() : 0)),
    navigate: (view, item) => ready.then((widget) => !!widget && widget.navigate(view, item || '')),
    setLanguage: (code) => ready.then((widget) => !!widget && widget.setLanguage(code)),
    setSearch: (text) => ready.then((widget) => !!widget && (widget.setSearch(text), true)),
    back: () => ready.then((widget) => widget && widget.back()),
  };
}());
