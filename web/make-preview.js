// Polity Explorer — the live preview of the "Make your own" page: the real explorer, the same
// script embed as on any article (polity-embed.js), twice: at a phone's width and at an
// article's. Until the editor's sheets check without errors it shows the article's dataset;
// then each good dataset is handed over as text (setDatasetText): it never leaves the page.
import { say } from './make-strings.js';

export const EXAMPLE = 'data/kazakhstan-constitution.json';

export class Previews {
  // example: Promise of the article's dataset as text (the page fetched it once), or of null.
  constructor(lang, example) {
    this.status = document.getElementById('make-preview-status');
    this.button = document.getElementById('make-preview-show');
    this.state = 'example';   // example | yours | stale | large (waiting for the editor's click)
    this.size = 0;            // bytes of the dataset waiting
    this.lang = lang;
    this.explorers = {};
    this.ready = window.PolityExplorer ? example.then((text) => this.mount(text)) : Promise.resolve();
    this.setState('example');
  }

  mount(text) {
    for (const [name, height] of [['phone', '600px'], ['article', 'auto']]) {
      const options = { dataset: EXAMPLE, lang: this.lang, height, lazy: false };
      if (text !== null) options.datasetText = text;   // else the explorer downloads it, and says why not
      this.explorers[name] = window.PolityExplorer.mount(document.getElementById('make-preview-' + name), options);
    }
    if (this.waiting !== undefined) this.show(this.waiting);
  }

  // Shows a dataset that checked without errors. The two explorers read it in separate tasks,
  // so a large dataset never holds the page for both at once.
  show(text) {
    this.setState('yours');
    const [first, second] = Object.values(this.explorers);
    this.waiting = text;      // for mount(), if it has not happened yet
    if (!first) return;
    first.setDatasetText(text);
    setTimeout(() => second.setDatasetText(text), 0);
  }

  // A dataset too large to read at every change: a button shows it. getText() -> its text.
  offer(getText, size) {
    this.size = size;
    this.setState('large');
    this.button.onclick = () => this.show(getText());
  }

  // The sheets have errors now: the last good dataset stays.
  stale() {
    if (this.state === 'yours') this.setState('stale');
  }

  setLanguage(lang) {
    this.lang = lang;
    for (const explorer of Object.values(this.explorers)) explorer.setLanguage(lang);
    this.setState(this.state);   // a size is written the language's way
  }

  setState(state) {
    this.state = state;
    this.button.hidden = state !== 'large';
    this.status.classList.toggle('make-notice', state === 'stale' || state === 'large');
    if (!window.PolityExplorer) return say(this.status, this.lang, 'previewMissing');
    const megabytes = (this.size / (1024 * 1024)).toLocaleString(this.lang, { maximumFractionDigits: 1 });
    const key = { example: 'previewExample', yours: 'previewYours', stale: 'previewStale', large: 'previewLarge' }[state];
    say(this.status, this.lang, key, megabytes);
  }
}
