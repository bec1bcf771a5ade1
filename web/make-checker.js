// Polity Explorer — the page's side of the "Make your own" worker (make-worker.js): requests
// as promises. A worker that cannot start (no WebAssembly, a missing file) rejects every request
// with the reason, so the page can say it.
export class Checker {
  constructor(url) {
    this.next = 1;
    this.waiting = new Map();   // request id -> {resolve, reject}
    this.failure = null;
    this.worker = new Worker(url, { type: 'module' });
    this.worker.onmessage = ({ data }) => this.answer(data);
    this.worker.onerror = (event) => this.fail(event.message || 'the worker did not start');
    this.worker.onmessageerror = () => this.fail('an answer could not be read');
  }

  // op: sheets | identify | import | check | export; files: [{name, bytes}], copied to the worker.
  request(op, files = []) {
    if (this.failure) return Promise.reject(new Error(this.failure));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, files });
    });
  }

  answer(data) {
    const waiter = this.waiting.get(data.id);
    if (!waiter) return;
    this.waiting.delete(data.id);
    if (data.error) waiter.reject(new Error(data.error));
    else waiter.resolve({ report: data.report, parts: data.parts });
  }

  fail(message) {
    this.failure = message;
    for (const waiter of this.waiting.values()) waiter.reject(new Error(message));
    this.waiting.clear();
  }
}
