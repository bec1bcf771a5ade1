// A loopback server for the fault matrix: the built site and the test host pages (as in
// harness.mjs), plus datasets that fail in every way a network can fail. Every answer it
// starts ends within a bounded time, so a test never leaves a socket open behind it.
//   /fault/404, /fault/500          an error status
//   /fault/hang                     headers, one byte, then nothing (the download timeout)
//   /fault/hang-once?key=K          hangs the first time K is asked for, then the real dataset
//   /fault/abort                    half the real dataset, then the connection is cut
//   /fault/slow?chunks=N&ms=T       the real dataset in N pieces, T ms apart, Content-Length known
//   /fault/not-json                 an HTML error page served as JSON
//   /fault/not-dataset              valid JSON that is not a dataset
//   /fault/huge?length=1            80 MiB of JSON, never held in memory (with Content-Length)
//   /fault/huge                     an endless chunked JSON stream (no Content-Length)
//   /nowasm/...                     the site, but polity-widget.wasm answers 404
// server.sent(name) tells how many bytes a streamed fault has written so far.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, siteDir } from './harness.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
};
const DATASET = path.join(siteDir, 'data/kazakhstan-constitution.json');
const MIB = 1 << 20;
const STREAM_LIMIT_MS = 20000;  // no streamed fault outlives this
const HUGE_CEILING = 256 * MIB; // nor sends more than this

async function siteFile(urlPath) {
  let clean;
  try {
    clean = path.posix.normalize(decodeURIComponent(urlPath));
  } catch {
    return null;  // a malformed escape (%E0) names no file: 404
  }
  if (clean.includes('\0') || clean.startsWith('/..')) return null;
  const file = clean.startsWith('/tests/browser/pages/') ? path.join(repoRoot, clean)
    : path.join(siteDir, clean.endsWith('/') ? clean + 'index.html' : clean);
  try {
    return (await fs.stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

export async function startFaultServer() {
  let base = '';
  const sent = new Map();
  const seen = new Set();
  const timers = new Set();
  const later = (ms, f) => { const t = setTimeout(() => { timers.delete(t); f(); }, ms); timers.add(t); return t; };
  const dataset = await fs.readFile(DATASET);

  function stream(name, req, res, headers, next) {
    res.writeHead(200, headers);
    sent.set(name, 0);
    const started = Date.now();
    let closed = false;
    req.on('close', () => { closed = true; });
    res.on('close', () => { closed = true; });
    const pump = () => {
      if (closed || Date.now() - started > STREAM_LIMIT_MS) return res.destroy();
      const piece = next(sent.get(name));
      if (!piece) return res.end();
      sent.set(name, sent.get(name) + piece.length);
      if (res.write(piece)) setImmediate(pump); else res.once('drain', pump);
    };
    pump();
  }

  async function fault(kind, url, req, res) {
    const json = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
    switch (kind) {
      case '404': case '500':
        res.writeHead(Number(kind), { 'Content-Type': 'text/plain' });
        return res.end(kind === '404' ? 'not found' : 'internal server error');
      case 'hang-once':
        if (!seen.has(url.searchParams.get('key'))) {
          seen.add(url.searchParams.get('key'));
          return fault('hang', url, req, res);
        }
        res.writeHead(200, { ...json, 'Content-Length': dataset.length });
        return res.end(dataset);
      case 'hang':
        res.writeHead(200, json);
        res.write('{');
        later(STREAM_LIMIT_MS, () => res.destroy());
        return undefined;
      case 'abort':
        res.writeHead(200, { ...json, 'Content-Length': dataset.length });
        res.write(dataset.subarray(0, dataset.length >> 1));
        later(200, () => res.destroy());
        return undefined;
      case 'slow': {
        const chunks = Number(url.searchParams.get('chunks')) || 20;
        const ms = Number(url.searchParams.get('ms')) || 100;
        const size = Math.ceil(dataset.length / chunks);
        res.writeHead(200, { ...json, 'Content-Length': dataset.length });
        let at = 0;
        const next = () => {
          if (res.destroyed) return;
          res.write(dataset.subarray(at, at + size));
          at += size;
          if (at >= dataset.length) res.end(); else later(ms, next);
        };
        return next();
      }
      case 'not-json':
        res.writeHead(200, json);
        return res.end('<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>');
      case 'not-dataset':
        res.writeHead(200, json);
        return res.end(JSON.stringify({ items: [1, 2, 3], note: 'valid JSON, but no dataset' }));
      case 'huge': {
        const length = url.searchParams.get('length') ? 80 * MIB : 0;
        const filler = Buffer.alloc(MIB, 0x20);
        const head = Buffer.from('{"institutions": [], "padding": "');
        const headers = { ...json };
        if (length) headers['Content-Length'] = length;
        return stream('huge', req, res, headers, (done) => {
          if (done === 0) return head;
          if (length && done >= length) return null;
          if (done >= HUGE_CEILING) return null;
          return length ? filler.subarray(0, Math.min(MIB, length - done)) : filler;
        });
      }
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('no such fault');
    }
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname.startsWith('/fault/')) return fault(url.pathname.slice(7), url, req, res);
    let pathname = url.pathname;
    if (pathname.startsWith('/nowasm/')) {
      if (pathname.endsWith('.wasm')) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      }
      pathname = pathname.slice(7);
    }
    const file = await siteFile(pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    let body = await fs.readFile(file);
    if (file.startsWith(path.join(repoRoot, 'tests/browser/pages/'))) {
      body = Buffer.from(body.toString('utf8').replaceAll('%WIDGET_ORIGIN%', base.slice(0, -1)).replaceAll('%WIDGET%', base));
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Length': body.length, 'Cache-Control': 'no-store' });
    return res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  return {
    url: base,
    sent: (name) => sent.get(name) || 0,
    close: () => new Promise((resolve) => {
      timers.forEach(clearTimeout);
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}
