// Records every request a page makes through a CDP session: wire bytes (encodedDataLength at
// loadingFinished), raw body bytes and gzip -9 of the body (computed here, so both sides are
// compared at the same compression whatever the server sent), tagged with the phase it
// started in. Bodies are read when the list is asked for, after the timed part of a visit: read
// as each response finished, they cost the page's main thread (DevTools serves them from the
// renderer, under the CPU slowdown) and this machine's cores while the page was still loading.
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';

export class NetworkRecorder {
  /** @param {import('playwright-core').CDPSession} cdp @param {{ exclude: (url: string) => boolean }} options */
  constructor(cdp, { exclude }) {
    this.cdp = cdp;
    this.exclude = exclude;
    /** Wall-clock seconds minus CDP's monotonic seconds: maps page times onto request times. */
    this.wallOffset = null;
    this.phase = 'before';
    /** @type {Map<string, any>} */
    this.requests = new Map();
    this.inflight = 0;
    this.lastActivity = Date.now();
    /** Finished responses whose bodies have not been read yet (see `list`). */
    this.unread = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      this.wallOffset ??= e.wallTime - e.timestamp;
      if (this.exclude(e.request.url) || e.request.url.startsWith('data:')) return;
      const existing = this.requests.get(e.requestId);
      if (existing) {
        // A redirect reuses the request id: keep the hop as its own, finished request.
        existing.done = true;
        existing.wire = e.redirectResponse?.encodedDataLength ?? 0;
        this.requests.set(`${e.requestId}:${this.requests.size}`, existing);
      } else this.inflight++;
      this.requests.set(e.requestId, {
        url: e.request.url,
        method: e.request.method,
        type: e.type,
        phase: this.phase,
        start: e.timestamp,
        end: 0,
        status: 0,
        wire: 0,
        raw: 0,
        gzip: 0,
        done: false,
        failed: false,
        /** Served from the browser's cache (memory or disk): nothing went over the network. */
        cached: false,
      });
      this.lastActivity = Date.now();
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = this.requests.get(e.requestId);
      if (!r) return;
      r.status = e.response.status;
      if (e.response.fromDiskCache || e.response.fromMemoryCache) r.cached = true;
    });
    cdp.on('Network.requestServedFromCache', (e) => {
      const r = this.requests.get(e.requestId);
      if (r) r.cached = true;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = this.requests.get(e.requestId);
      if (!r || r.done) return;
      r.done = true;
      r.end = e.timestamp;
      r.wire = e.encodedDataLength;
      this.inflight--;
      this.lastActivity = Date.now();
      this.unread.push({ requestId: e.requestId, request: r });
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = this.requests.get(e.requestId);
      if (!r || r.done) return;
      r.done = true;
      r.failed = true;
      this.inflight--;
      this.lastActivity = Date.now();
    });
  }

  /**
   * Records a page's requests. `cacheDisabled` (default true) turns the HTTP cache off, so every
   * byte is fetched; the network-profile figure keeps it on (a fresh context starts empty) to
   * measure a repeat visit.
   */
  static async attach(page, options) {
    const cdp = await page.context().newCDPSession(page);
    const recorder = new NetworkRecorder(cdp, options);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: options.cacheDisabled ?? true });
    return recorder;
  }

  /** A page time (performance.timeOrigin + performance.now(), in ms) on the requests' clock (s). */
  toRequestTime(epochMs) {
    return epochMs / 1000 - (this.wallOffset ?? 0);
  }

  /** Resolves once no request has started or finished for `quietMs` (long-lived streams aside). */
  async quiet(quietMs = 800, maxMs = 20_000) {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      const open = [...new Set(this.requests.values())].filter((r) => !r.done && !isStream(r.url)).length;
      if (open === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Every request, once all bodies are in. Call it before the page navigates away. */
  async list() {
    const unread = this.unread.splice(0);
    for (const { requestId, request } of unread) {
      try {
        const { body, base64Encoded } = await this.cdp.send('Network.getResponseBody', { requestId });
        const buf = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
        request.raw = buf.length;
        request.gzip = buf.length ? gzipSync(buf, { level: 9 }).length : 0;
      } catch {
        // No body kept (e.g. an event stream): fall back to the wire size.
        request.raw = request.gzip = request.wire;
      }
    }
    return [...new Set(this.requests.values())];
  }
}

/** Long-lived requests (the queue's event stream) that never go quiet on their own. */
function isStream(url) {
  return /\/(queue\/data|heartbeat)/.test(url);
}

/** What a response is: fonts, JS and CSS, or other (config, API info, images). */
export function kind(url) {
  const pathname = new URL(url).pathname;
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'font';
  if (/\.(m?js|css)$/.test(pathname)) return 'code';
  return 'other';
}

/**
 * The module files an entry statically imports, transitively (they load with it whatever the
 * page holds), by reading `import … from "./x.js"` / `import "./x.js"` in the served code.
 */
export async function staticGraph(entryUrl) {
  const seen = new Set([entryUrl]);
  const queue = [entryUrl];
  while (queue.length) {
    const url = queue.shift();
    const code = await (await fetch(url)).text();
    for (const m of code.matchAll(/\bimport\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
      const next = new URL(m[1], url).href;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Sums a list of requests into { requests, raw, gzip, wire } (bytes). */
export function sum(requests) {
  return requests.reduce(
    (acc, r) => ({
      requests: acc.requests + 1,
      raw: acc.raw + r.raw,
      gzip: acc.gzip + r.gzip,
      wire: acc.wire + r.wire,
    }),
    { requests: 0, raw: 0, gzip: 0, wire: 0 },
  );
}

/**
 * Sequential round trips on the critical path, read from the waterfall: among the requests that
 * went over the network and finished by `until` (seconds, on the requests' clock), leaving out
 * those `skip` names, the longest chain in which each request started only after the one before
 * it had finished. Returns its length and its URLs, first to last.
 */
export function criticalPath(requests, { until, skip = () => false }) {
  const list = requests
    .filter((r) => r.done && !r.failed && !r.cached && r.end > 0 && r.end <= until && !skip(r.url))
    .sort((a, b) => a.start - b.start);
  const best = new Map();
  for (const r of list) {
    let chain = [];
    for (const q of list) {
      if (q.end <= r.start && best.has(q) && best.get(q).length > chain.length) chain = best.get(q);
    }
    best.set(r, [...chain, r]);
  }
  const longest = [...best.values()].reduce((a, c) => (c.length > a.length ? c : a), []);
  return { depth: longest.length, chain: longest.map((r) => r.url) };
}
