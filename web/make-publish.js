// Polity Explorer — what goes out of the "Make your own" page: the dataset file, the embed code
// for wherever the editor will put that file, and the dataset as sheets (polity export) to edit
// in a spreadsheet. Files are made in the page and saved by the browser: nothing is uploaded.
import { t } from './make-strings.js';
import { zipFiles } from './make-zip.js';

const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Saves `blob` as `name`, the way a download link does.
export function saveFile(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export class Publish {
  // exportSheets(name, bytes) -> Promise of [{name, bytes}]: the core's export.
  constructor(exportSheets) {
    this.exportSheets = exportSheets;
    this.site = new URL('.', location.href).href;   // where this explorer is served
    this.dataset = null;                            // the last good dataset's bytes
    this.lang = 'en';
    this.fileName = document.getElementById('make-file-name');
    this.datasetUrl = document.getElementById('make-dataset-url');
    this.downloadJson = document.getElementById('make-download-json');
    this.downloadSheets = document.getElementById('make-download-sheets');
    this.lastName = this.fileName.value;
    this.fileName.addEventListener('input', () => this.renamed());
    this.datasetUrl.addEventListener('input', () => this.updateSnippets());
    this.downloadJson.addEventListener('click', () => saveFile(new Blob([this.dataset], { type: 'application/json' }),
      this.name()));
    this.downloadSheets.addEventListener('click', () => this.saveSheets());
    for (const copy of document.querySelectorAll('[data-copy]')) copy.addEventListener('click', () => this.copy(copy));
    this.updateSnippets();
  }

  setDataset(bytes) {
    this.dataset = bytes;
    this.downloadJson.disabled = this.downloadSheets.disabled = !bytes;
    document.getElementById('make-needs-good').hidden = !!bytes;
  }

  setLanguage(lang) {
    this.lang = lang;
    this.updateSnippets();
  }

  name() {
    const name = this.fileName.value.trim().replace(/[\\/:*?"<>|]+/g, '-') || 'my-explorer.json';
    return /\.json$/i.test(name) ? name : name + '.json';
  }

  // A new file name carries into the address, while the address still ends with the old one.
  renamed() {
    const url = this.datasetUrl.value, old = this.lastName;
    if (old && url.endsWith('/' + old)) this.datasetUrl.value = url.slice(0, url.length - old.length) + this.name();
    this.lastName = this.name();
    this.updateSnippets();
  }

  updateSnippets() {
    const dataset = this.datasetUrl.value.trim() || 'https://your-site.example/data/' + this.name();
    const script = `<div class="polity-explorer" data-dataset="${escapeAttribute(dataset)}" ` +
      `data-lang="${this.lang}"></div>\n<script async src="${escapeAttribute(this.site + 'polity-embed.js')}"></script>`;
    const src = `${this.site}embed.html?${new URLSearchParams({ data: dataset, lang: this.lang })}`;
    const iframe = `<iframe class="polity-explorer-frame" src="${escapeAttribute(src)}" title="Polity Explorer" ` +
      'width="100%" height="640" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>\n' +
      `<script async src="${escapeAttribute(this.site + 'polity-iframe.js')}"></script>`;
    document.getElementById('make-snippet-script').value = script;
    document.getElementById('make-snippet-iframe').value = iframe;
  }

  async saveSheets() {
    const files = await this.exportSheets(this.name(), this.dataset);
    saveFile(zipFiles(files), this.name().replace(/\.json$/i, '') + '-sheets.zip');
  }

  copy(button) {
    const field = document.getElementById(button.dataset.copy);
    const done = (key) => {
      button.textContent = t(this.lang, key);
      setTimeout(() => { button.textContent = t(this.lang, 'copy'); }, 2000);
    };
    const clipboard = navigator.clipboard && navigator.clipboard.writeText
      ? navigator.clipboard.writeText(field.value) : Promise.reject(new Error('no clipboard'));
    clipboard.then(() => done('copied'), () => {
      field.focus();
      field.select();
      done('copyFailed');
    });
  }
}
