// The hook the browser tests and benchmarks drive on the hosted page (web/index.html): every
// page the harness's browser opens runs this first (harness.mjs, launchBrowser), so the
// production page carries no test code. Once the page's scripts have run, a page with an
// explorer in #explorer gets window.polityTest; other pages get nothing.
(() => {
  // Listening from the start: the first frame may come before the hook exists.
  const firstFrame = new Promise((resolve) => {
    document.addEventListener('polity:firstframe', (e) => {
      if (e.target.id === 'explorer') resolve(e.detail.time);
    });
  });
  document.addEventListener('DOMContentLoaded', () => {
    const host = document.getElementById('explorer');
    const explorer = host && window.PolityExplorer && window.PolityExplorer.get(host);
    if (!explorer) return;
    window.polityTest = {
      explorer,
      ready: explorer.ready.then(() => explorer.debugState() !== null),
      firstFrame,
      state: () => Promise.resolve(explorer.debugState()),
      frames: () => Promise.resolve(explorer.frames()),
      navigate: (view, item) => Promise.resolve(explorer.navigate(view, item || '')),
      setLanguage: (code) => Promise.resolve(explorer.setLanguage(code)),
      setSearch: (text) => Promise.resolve(explorer.setSearch(text)),
      back: () => Promise.resolve(explorer.back()),
    };
  });
})();
