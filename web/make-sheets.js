// Polity Explorer — step 1 of the "Make your own" page: the editor's sheets, one entry per sheet
// of the format (the core's `sheets` report gives their names, in the format's order), plus any
// file that names no sheet, so the import can say so. Each entry holds the bytes exactly as
// they came (a dropped file, cells pasted from a spreadsheet, a published sheet's answer).
import { t } from './make-strings.js';

// Files up to this size can be edited in the page; larger ones are only replaced.
const MAX_EDIT_BYTES = 256 * 1024;

const ABOUT = { meta: 'sheetMeta', themes: 'sheetThemes', sources: 'sheetSources', institutions: 'sheetInstitutions',
  reforms: 'sheetReforms', changes: 'sheetChanges', events: 'sheetEvents', people: 'sheetPeople', roles: 'sheetRoles',
  quotes: 'sheetQuotes', metrics: 'sheetMetrics', observations: 'sheetObservations', relations: 'sheetRelations' };

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text, onClick, label) {
  const node = element('button', 'make-link-button', text);
  node.type = 'button';
  if (label) node.setAttribute('aria-label', label);
  node.addEventListener('click', onClick);
  return node;
}

export class SheetList {
  // list: the <ul>; onChange(kind): the sheets changed: 'edit' while typing, 'dataset' when a
  // dataset's sheets replaced them, else 'set'.
  constructor(list, onChange) {
    this.list = list;
    this.onChange = onChange;
    this.sheets = [];            // the format's sheets, from the core
    this.entries = new Map();    // sheet name, or "file:" + file name -> {name, bytes, source, origin, text?}
    this.counts = new Map();     // file name -> {errors, warnings, rows} from the last import
    this.open = '';              // the sheet whose cells box is open
    this.lang = 'en';
  }

  setSheets(sheets) {
    this.sheets = sheets.map((s) => s.name);
    this.render();
  }

  //---------------------------------------------------------------------------
  // What the editor adds
  //---------------------------------------------------------------------------

  // files: [{name, bytes, sheet (or null), source, origin}]. A sheet's new file replaces its
  // old one; two files for one sheet given together are both kept, for the import to say so.
  add(files) {
    this.put(files);
    this.changed('set');
  }

  // The sheets a dataset exported to: they replace everything.
  replaceAll(files) {
    this.entries.clear();
    this.put(files);
    this.changed('dataset');
  }

  put(files) {
    const given = new Set();
    for (const file of files) {
      const key = file.sheet && !given.has(file.sheet) ? file.sheet : 'file:' + file.name;
      given.add(key);
      this.entries.set(key, file);
    }
  }

  remove(key) {
    this.entries.delete(key);
    if (this.open === key) this.open = '';
    this.changed('set');
  }

  clear() {
    this.entries.clear();
    this.open = '';
    this.changed('set');
  }

  changed(kind) {
    this.render();
    this.onChange(kind);
  }

  // What the import reads: every entry's file.
  files() {
    return Array.from(this.entries.values(), (e) => ({ name: e.name, bytes: e.bytes }));
  }

  // The last import's counts, shown beside each sheet.
  setReport(report) {
    this.counts = new Map();
    for (const f of (report && report.files) || []) this.counts.set(f.file, { rows: f.rows, errors: 0, warnings: 0 });
    for (const d of (report && report.diagnostics) || []) {
      const count = this.counts.get(d.file);
      if (count) count[d.severity === 'error' ? 'errors' : 'warnings'] += 1;
    }
    this.refresh();
  }

  setLanguage(lang) {
    this.lang = lang;
    this.render();
  }

  // The element a diagnostic about `file` links to.
  anchorFor(file) {
    for (const [key, entry] of this.entries) if (entry.name === file) return this.idFor(key);
    return '';
  }

  idFor(key) {
    return 'make-sheet-' + key.replace(/[^A-Za-z0-9_-]/g, '_');
  }

  //---------------------------------------------------------------------------
  // Drawing
  //---------------------------------------------------------------------------

  keys() {
    return this.sheets.concat(Array.from(this.entries.keys()).filter((k) => !this.sheets.includes(k)));
  }

  // Everything anew (sheets added or removed, a box opened, another language).
  render() {
    this.keepingFocus(() => this.list.replaceChildren(...this.keys().map((key) => this.item(key))));
    document.getElementById('make-clear').hidden = this.entries.size === 0;
  }

  // Only each sheet's state and buttons: an open cells box keeps its text, caret and scroll.
  refresh() {
    this.keepingFocus(() => {
      for (const key of this.keys()) {
        const li = document.getElementById(this.idFor(key));
        if (!li) return this.render();
        const entry = this.entries.get(key), count = entry ? this.counts.get(entry.name) : null;
        li.className = this.itemClass(entry, count);
        li.querySelector('.make-sheet-state').replaceWith(this.state(entry, count));
        li.querySelector('.make-sheet-actions').replaceWith(this.actions(key, entry, this.sheets.includes(key)));
      }
    });
    document.getElementById('make-clear').hidden = this.entries.size === 0;
  }

  keepingFocus(change) {
    const focused = this.list.contains(document.activeElement) ? document.activeElement.id : '';
    change();
    const again = focused && document.getElementById(focused);
    if (again && again !== document.activeElement) again.focus();
  }

  itemClass(entry, count) {
    return 'make-sheet' + (entry ? ' make-sheet-given' : '') + (count && count.errors ? ' make-sheet-errors' : '');
  }

  item(key) {
    const entry = this.entries.get(key), lang = this.lang, known = this.sheets.includes(key);
    const count = entry ? this.counts.get(entry.name) : null;
    const li = element('li', this.itemClass(entry, count));
    li.id = this.idFor(key);
    li.tabIndex = -1;  // a diagnostic's link moves the focus here
    const head = element('div', 'make-sheet-head');
    head.append(element('span', 'make-sheet-name', known ? key + '.csv' : entry.name));
    const about = known ? t(lang, ABOUT[key]) : entry.sheet ? t(lang, 'secondFile', entry.sheet + '.csv') : t(lang, 'notASheet');
    head.append(element('span', 'make-sheet-about', about));
    li.append(head, this.state(entry, count), this.actions(key, entry, known));
    if (known && this.open === key) li.append(this.cellsBox(key, entry));
    return li;
  }

  state(entry, count) {
    const lang = this.lang, line = element('p', 'make-sheet-state');
    if (!entry) {
      line.textContent = t(lang, 'sheetNotGiven');
      return line;
    }
    const from = entry.source === 'paste' ? t(lang, 'fromPaste')
      : entry.source === 'url' ? t(lang, 'fromUrl', new URL(entry.origin).host)
        : entry.source === 'dataset' ? t(lang, 'fromDataset', entry.origin) : entry.name;
    const parts = [from];
    if (count) parts.push(t(lang, 'rows', count.rows));
    line.append(element('span', 'make-sheet-from', parts.join(' · ')));
    if (count && count.errors) line.append(' ', element('span', 'make-badge make-badge-error', t(lang, 'countErrors', count.errors)));
    if (count && count.warnings) {
      line.append(' ', element('span', 'make-badge make-badge-warning', t(lang, 'countWarnings', count.warnings)));
    }
    return line;
  }

  actions(key, entry, known) {
    const lang = this.lang, box = element('div', 'make-sheet-actions');
    const name = known ? key + '.csv' : entry.name;
    if (known) {
      const editable = entry && (entry.text !== undefined || entry.bytes.length <= MAX_EDIT_BYTES);
      const toggle = button(t(lang, editable ? 'editCells' : 'pasteCells'), () => {
        this.open = this.open === key ? '' : key;
        this.render();
        if (this.open) document.getElementById(this.idFor(key) + '-cells').focus();
      });
      toggle.id = this.idFor(key) + '-toggle';
      toggle.setAttribute('aria-expanded', String(this.open === key));
      box.append(toggle);
    }
    if (entry && entry.source === 'url') {
      box.append(button(t(lang, 'fetchAgain'), () => this.list.dispatchEvent(new CustomEvent('make:refetch',
        { detail: { url: entry.origin, sheet: key } }))));
    }
    if (entry) {
      const drop = button(t(lang, 'remove'), () => this.remove(key), t(lang, 'removeFile', name));
      drop.id = this.idFor(key) + '-remove';
      box.append(drop);
    }
    return box;
  }

  // The cells box: the sheet's text, to paste cells into (tab-separated, as spreadsheets copy
  // them) or to fix a cell in; every change is checked.
  cellsBox(key, entry) {
    const lang = this.lang, box = element('div', 'make-cells'), id = this.idFor(key) + '-cells';
    const label = element('label', '', t(lang, 'pasteLabel', key + '.csv'));
    label.htmlFor = id;
    const area = element('textarea');
    area.id = id;
    area.rows = 8;
    area.spellcheck = false;
    area.value = !entry ? '' : entry.text !== undefined ? entry.text
      : entry.bytes.length <= MAX_EDIT_BYTES ? new TextDecoder().decode(entry.bytes) : '';
    area.addEventListener('input', () => this.setCellsWhileTyping(key, area));
    const hint = element('p', 'make-help', t(lang, 'pasteHint'));
    hint.id = id + '-hint';
    area.setAttribute('aria-describedby', hint.id);
    const done = button(t(lang, 'done'), () => {
      this.open = '';
      this.render();
      document.getElementById(this.idFor(key) + '-toggle').focus();
    });
    box.append(label, area, hint, done);
    return box;
  }

  // The box stays as it is while the editor types; the import and refresh() follow.
  setCellsWhileTyping(key, area) {
    this.entries.set(key, { name: key + '.csv', bytes: new TextEncoder().encode(area.value), sheet: key,
      source: 'paste', origin: '', text: area.value });
    this.refresh();
    this.onChange('edit');
  }
}
