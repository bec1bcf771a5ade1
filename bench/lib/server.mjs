// The benchmark's static server, on 127.0.0.1: what a CDN edge does for static files. Every
// file is compressed once, ahead of the timed runs (brotli quality 11 and gzip -9, as for
// precompressed assets), and served by the request's Accept-Encoding with Vary and
// Content-Length. Nothing may be cached by the browser: each run is a first visit.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png',
};
// Already compressed formats: a CDN sends them as they are.
const INCOMPRESSIBLE = new Set(['.woff2', '.woff', '.png']);

// mounts: {'/prefix/': '/folder', ...}; cacheDir keeps compressed copies between runs (brotli
// 11 takes ~40 s for the 28 MB dataset of 100,000 events).
export async function startBenchServer(mounts, cacheDir) {
  await fs.mkdir(cacheDir, { recursive: true });
  const memory = new Map();  // file -> {key, raw, br, gzip}

  async function variants(file) {
    const stat = await fs.stat(file);
    const key = `${file}:${stat.size}:${stat.mtimeMs}`;
    const known = memory.get(file);
    if (known && known.key === key) return known;
    const raw = await fs.readFile(file);
    const entry = { key, raw, br: null, gzip: null };
    if (!INCOMPRESSIBLE.has(path.extname(file))) {
      const stem = path.join(cacheDir, crypto.createHash('sha256').update(key).digest('hex').slice(0, 24));
      entry.br = await cached(`${stem}.br`, () => brotli(raw, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
      entry.gzip = await cached(`${stem}.gz`, () => gzip(raw, { level: 9 }));
    }
    memory.set(file, entry);
    return entry;
  }

  async function cached(file, make) {
    try {
      return await fs.readFile(file);
    } catch {
      const bytes = await make();
      await fs.writeFile(file, bytes);
      return bytes;
    }
  }

  function resolve(urlPath) {
    const clean = path.posix.normalize(decodeURIComponent(urlPath));
    if (clean.includes('\0')) return null;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!clean.startsWith(prefix)) continue;
      const file = path.join(dir, clean.slice(prefix.length));
      return file.startsWith(dir) ? file : null;
    }
    return null;
  }

  // Bytes each response put on the wire, headers included, as the server wrote them: a count
  // the browser cannot get wrong when a page cancels a request it has already read.
  let sent = [];
  const server = http.createServer(async (req, res) => {
    const before = req.socket.bytesWritten;
    res.on('finish', () => sent.push({ path: req.url, bytes: req.socket.bytesWritten - before }));
    const file = resolve(new URL(req.url, 'http://127.0.0.1').pathname);
    let entry = null;
    try {
      if (file && (await fs.stat(file)).isFile()) entry = await variants(file);
    } catch { /* answered as 404 below */ }
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end('not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] || '');
    const [encoding, body] = entry.br && /\bbr\b/.test(accepts) ? ['br', entry.br]
      : entry.gzip && /\bgzip\b/.test(accepts) ? ['gzip', entry.gzip] : [null, entry.raw];
    const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Length': body.length, 'Cache-Control': 'no-store', 'Vary': 'Accept-Encoding' };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    // Compresses ahead of time, so no timed request waits for a compressor.
    warm: async (urlPaths) => { for (const p of urlPaths) { const f = resolve(p); if (f) await variants(f); } },
    // What was sent since the last call, and forget it.
    takeSent: () => { const out = sent; sent = []; return out; },
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  };
}
