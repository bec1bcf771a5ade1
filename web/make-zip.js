// Polity Explorer — a ZIP archive of files made in the page (the sheets a dataset exports to),
// so an editor downloads one file, not thirteen. Stored, not compressed: CSV sheets are small,
// and every unzip tool reads stored entries. Names are UTF-8 (flag bit 11).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// MS-DOS time and date fields of `when`, as ZIP stores them (local time, 2-second steps).
function dosTime(when) {
  const time = (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1);
  const date = ((when.getFullYear() - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  return [time, date];
}

// One header: `fields` are [size in bytes, value] pairs, little-endian.
function header(fields) {
  const bytes = new Uint8Array(fields.reduce((n, [size]) => n + size, 0));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [size, value] of fields) {
    if (size === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += size;
  }
  return bytes;
}

// files: [{name, bytes: Uint8Array}] -> Blob (application/zip).
export function zipFiles(files, when = new Date()) {
  const [time, date] = dosTime(when);
  const parts = [], directory = [];
  let offset = 0;
  for (const file of files) {
    const name = new TextEncoder().encode(file.name), crc = crc32(file.bytes), size = file.bytes.length;
    const common = [[2, 20], [2, 0x0800], [2, 0], [2, time], [2, date], [4, crc], [4, size], [4, size], [2, name.length], [2, 0]];
    const local = header([[4, 0x04034b50], ...common]);
    parts.push(local, name, file.bytes);
    directory.push(header([[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), name);
    offset += local.length + name.length + size;
  }
  const directorySize = directory.reduce((n, part) => n + part.length, 0);
  const end = header([[4, 0x06054b50], [2, 0], [2, 0], [2, files.length], [2, files.length], [4, directorySize],
    [4, offset], [2, 0]]);
  return new Blob([...parts, ...directory, end], { type: 'application/zip' });
}
