// Polity Explorer — step 2 of the "Make your own" page: what the check found, errors and
// warnings apart, each in the polity command line's words, linked to its sheet, with the row it
// names under the sheet's column names and the cell to fix marked, as a spreadsheet shows it.
import { t } from './make-strings.js';

const FIRST_SHOWN = 100;   // per list; "Show all" draws the rest (a broken 10,000-row sheet)
const MAX_CELL = 80;       // characters of a cell shown in a row excerpt

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function columnLetter(index) {  // 0 -> A, 26 -> AA, as spreadsheets name columns
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function shortCell(text) {
  const chars = Array.from(text);
  return chars.length > MAX_CELL ? chars.slice(0, MAX_CELL - 1).join('') + '…' : text;
}

// A row wider than the screen scrolls sideways: to the cell to fix, so it is seen at once.
function showMarkedCells(list) {
  for (const scroller of list.querySelectorAll('.make-excerpt-scroll')) {
    const marked = scroller.querySelector('.make-marked');
    if (!marked || scroller.scrollWidth <= scroller.clientWidth) continue;
    scroller.scrollLeft = marked.offsetLeft + marked.offsetWidth / 2 - scroller.clientWidth / 2;
  }
}

export class Report {
  // anchorFor(file): the id of the sheet's entry in step 1, or ''.
  constructor(anchorFor) {
    this.anchorFor = anchorFor;
    this.summary = document.getElementById('make-summary');
    this.lists = { error: document.getElementById('make-errors'), warning: document.getElementById('make-warnings') };
    this.blocks = { error: document.getElementById('make-errors-block'), warning: document.getElementById('make-warnings-block') };
    this.lang = 'en';
    this.vertical = new Set();  // the sheets with one row per field (meta), from the core
    this.sheetOf = new Map();   // file name -> the sheet it holds, from the report
    this.shown = null;   // {kind, report, extra} last drawn, drawn again in another language
  }

  setLanguage(lang) {
    this.lang = lang;
    if (this.shown) this.draw(this.shown);
  }

  // kind: 'starting' | 'idle' | 'checking' | 'failed' (detail: the reason)
  status(kind, detail) {
    this.draw({ kind, detail });
  }

  // The report of an import, or of the check of a dataset file; `extra`: more diagnostics
  // (what a dataset's export could not write).
  show(report, extra = []) {
    this.draw({ kind: 'report', report, extra });
  }

  draw(shown) {
    this.shown = shown;
    const lang = this.lang;
    if (shown.kind !== 'report') {
      const key = { starting: 'checkStarting', idle: 'checkIdle', checking: 'checking', failed: 'checkFailed' }[shown.kind];
      if (shown.kind !== 'checking') {  // while checking, the last findings stay
        this.fill([], 'error');
        this.fill([], 'warning');
      }
      this.summary.replaceChildren(element('p', shown.kind === 'failed' ? 'make-notice make-notice-error' : '',
        t(lang, key, shown.detail)));
      return;
    }
    this.sheetOf = new Map((shown.report.files || []).map((f) => [f.file, f.sheet]));
    const all = shown.report.diagnostics.concat(shown.extra);
    const errors = all.filter((d) => d.severity === 'error'), warnings = all.filter((d) => d.severity !== 'error');
    this.fill(errors, 'error');
    this.fill(warnings, 'warning');
    this.drawSummary(errors.length, warnings.length, shown.report.checked === false);
  }

  drawSummary(errors, warnings, unchecked) {
    const lang = this.lang;
    const counts = element('p', 'make-counts');
    counts.append(element('span', 'make-badge ' + (errors ? 'make-badge-error' : 'make-badge-ok'), t(lang, 'countErrors', errors)),
      ' ', element('span', 'make-badge ' + (warnings ? 'make-badge-warning' : 'make-badge-ok'), t(lang, 'countWarnings', warnings)));
    const next = element('p', errors ? 'make-next' : 'make-next make-next-ok', t(lang, errors ? 'resultErrors' : 'resultOk'));
    this.summary.replaceChildren(counts, next);
    if (unchecked) this.summary.append(element('p', 'make-help', t(lang, 'notChecked')));
  }

  fill(diagnostics, severity) {
    const list = this.lists[severity];
    this.blocks[severity].hidden = diagnostics.length === 0;
    list.replaceChildren(...diagnostics.slice(0, FIRST_SHOWN).map((d) => this.item(d)));
    showMarkedCells(list);
    if (diagnostics.length > FIRST_SHOWN) {
      const more = element('button', 'make-link-button', t(this.lang, 'showAll', diagnostics.length));
      more.type = 'button';
      more.addEventListener('click', () => {
        list.replaceChildren(...diagnostics.map((d) => this.item(d)));
        showMarkedCells(list);
        const first = list.firstElementChild.querySelector('a');
        if (first) first.focus();
      });
      const holder = element('li', 'make-more');
      holder.append(more);
      list.append(holder);
    }
  }

  item(d) {
    const li = element('li', 'make-diagnostic make-diagnostic-' + (d.severity === 'error' ? 'error' : 'warning'));
    const where = this.where(d), anchor = this.anchorFor(d.file);
    if (anchor) {
      const link = element('a', 'make-where', where);
      link.href = '#' + anchor;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const target = document.getElementById(anchor);
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      });
      li.append(link);
    } else {
      li.append(element('span', 'make-where', where));
    }
    li.append(element('code', 'make-text', d.text));
    if (d.excerpt) li.append(this.excerpt(d.file, d.excerpt));
    return li;
  }

  // "roles.csv, row 3, column “institution”"; a dataset file's diagnostics have a line instead.
  where(d) {
    const lang = this.lang;
    if (d.line !== undefined) return d.line ? t(lang, 'whereLine', d.file, d.line, d.column) : d.file;
    if (!d.row) return d.file;
    if (!d.column) return t(lang, 'whereRow', d.file, d.row);
    const vertical = this.vertical.has(this.sheetOf.get(d.file));  // meta.csv: one row per field
    return t(lang, vertical && d.row > 1 ? 'whereField' : 'whereCell', d.file, d.row, d.column);
  }

  // The row under the column names, with spreadsheet letters and row numbers around it.
  excerpt(file, e) {
    const table = element('table', 'make-excerpt');
    table.append(element('caption', 'make-visually-hidden', t(this.lang, 'rowOf', e.row, file)));
    const width = Math.max(e.header.length, e.cells.length);
    const letters = element('tr');
    letters.append(element('td', 'make-corner'));
    for (let i = 0; i < width; i++) letters.append(element('th', 'make-letter', columnLetter(i)));
    const head = element('thead');
    head.append(letters);
    const body = element('tbody');
    const rows = e.row === 1 ? [[1, e.cells]] : [[1, e.header], [e.row, e.cells]];
    for (const [number, cells] of rows) {
      const tr = element('tr', number === 1 ? 'make-header-row' : '');
      const th = element('th', 'make-row-number', String(number));
      th.scope = 'row';
      tr.append(th);
      for (let i = 0; i < width; i++) tr.append(this.cell(cells[i] || '', number === e.row && i === e.marked));
      body.append(tr);
    }
    table.append(head, body);
    const scroller = element('div', 'make-excerpt-scroll');
    scroller.tabIndex = 0;  // a wide row scrolls sideways, by keyboard too
    scroller.setAttribute('role', 'group');
    scroller.setAttribute('aria-label', t(this.lang, 'rowOf', e.row, file));
    scroller.append(table);
    return scroller;
  }

  cell(text, marked) {
    const td = element('td', marked ? 'make-marked' : '');
    if (text) td.title = text;
    if (!marked) {
      td.textContent = shortCell(text);
      return td;
    }
    const mark = element('mark', '', shortCell(text) || '\u00a0');
    td.append(mark, element('span', 'make-visually-hidden', ' (' + t(this.lang, 'markedCell') + ')'));
    return td;
  }
}
