// Polity Explorer — the "Make your own" page's Web Worker: runs the make core, the sheets
// importer, checker and exporter of shared/ compiled to WebAssembly (polity-make-core.js, built
// from wasm/make/), away from the page's thread, one request at a time, in the order sent.
//   request: {id, op, files: [{name, bytes: Uint8Array}]}   op: sheets | identify | import | check | export
//   answer:  {id, report, parts: [Uint8Array]}, or {id, error: message}
// The reports (wasm/make/make_session.cpp):
//   sheets:   {sheets: [{name, parent, vertical, columns: [{name, kind, required}]}]}
//   identify: {files: [{file, sheet (or null), workbook}]}
//   import:   {ok, errors, warnings, checked, files: [{file, sheet, rows}], diagnostics: [{severity, file,
//             row, column, text, excerpt?: {header, cells, row, marked}}]}; parts[0]: the dataset when ok
//   check:    {ok, errors, warnings, diagnostics: [{severity, file, line, column, pointer, text}]}
//   export:   check's report and files: [names]; parts: the sheets' texts, in that order
import createPolityMakeCore from './polity-make-core.js';

const core = createPolityMakeCore();

self.onmessage = async ({ data }) => {
  try {
    const module = await core;
    const { report, parts } = module.make(data.op, data.files || []);
    self.postMessage({ id: data.id, report, parts }, parts.map((part) => part.buffer));
  } catch (error) {
    self.postMessage({ id: data.id, error: String((error && error.message) || error) });
  }
};
