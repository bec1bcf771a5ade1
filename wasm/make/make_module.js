// Polity Explorer make core — the module's JS side (appended to the glue with --post-js): bytes
// into the heap and back, with their lengths, around one session of make_api.cpp.
//   make(op, files) -> {report, parts}   (not "run": the glue's own Module.run starts the program)
//     op: 'sheets' | 'identify' | 'import' | 'check' | 'export'
//     files: [{name: string, bytes: Uint8Array}]   (check and export read the first)
//     report: the operation's JSON report, parsed; parts: [Uint8Array], copies out of the heap

var POLITY_MAKE_OPS = {'sheets': 0, 'identify': 1, 'import': 2, 'check': 3, 'export': 4};

// Copies `bytes` into the heap; returns the pointer (0 for none), for _free.
function polityMakeCopyIn(bytes) {
  if (!bytes.length) return 0;
  var pointer = _malloc(bytes.length);
  if (!pointer) throw new Error('out of memory for a file of ' + bytes.length + ' bytes');
  HEAPU8.set(bytes, pointer);  // HEAPU8 read after _malloc: memory may have grown
  return pointer;
}

function polityMakeAdd(session, name, bytes) {
  var nameBytes = new TextEncoder().encode(String(name));
  var namePointer = polityMakeCopyIn(nameBytes), bytesPointer = 0;
  try {
    bytesPointer = polityMakeCopyIn(bytes);
    if (!_polity_make_add(session, namePointer, nameBytes.length, bytesPointer, bytes.length)) {
      throw new Error(name + ' was refused (over 64 MiB?)');
    }
  } finally {
    if (namePointer) _free(namePointer);
    if (bytesPointer) _free(bytesPointer);
  }
}

Module['make'] = function(op, files) {
  if (!(op in POLITY_MAKE_OPS)) throw new Error('no operation ' + op);
  var session = _polity_make_open();
  try {
    (files || []).forEach(function(file) { polityMakeAdd(session, file['name'], file['bytes']); });
    var count = _polity_make_run(session, POLITY_MAKE_OPS[op]), parts = [];
    for (var i = 0; i < count; ++i) {
      var pointer = _polity_make_part_data(session, i), size = _polity_make_part_size(session, i);
      parts.push(HEAPU8.slice(pointer, pointer + size));
    }
    if (!count) throw new Error(op + ' was refused');
    return {'report': JSON.parse(new TextDecoder().decode(parts[0])), 'parts': parts.slice(1)};
  } finally {
    _polity_make_close(session);
  }
};
