#!/usr/bin/env node
// `npm run bench`: our <gradio-app> against the official one shipped by the same Gradio server,
// on the same apps, in the same run, alternating, N repetitions. Writes bench/results/latest.{json,md}.
// Environment: BENCH_REPS (default 5), BENCH_HEAP_REPS (3), BENCH_SLOW_REPS (3), BENCH_CYCLES (50),
// BENCH_NET_REPS (3),
// BENCH_ONLY=bytes,time,heap,many,large,catalogue,chatbot,dataframe,dashboard,classifier,gallery,network
// (default: all), BENCH_PROFILES=loopback,cable,4g (default: all), BENCH_SCREENSHOTS=1,
// BENCH_DASHBOARD_SECONDS (60), BENCH_SETTLE_MS (1500), BENCH_OUT (default latest: results/<name>.{json,md}).
/* global requestAnimationFrame, performance -- used in page.evaluate callbacks, which run in the page */
import { register } from 'node:module';
import { mkdir, writeFile } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { installProbes } from './lib/probes.mjs';
import { NetworkRecorder, kind, staticGraph, sum } from './lib/network.mjs';
import { stats, ratio } from './lib/stats.mjs';
import { renderMarkdown, budget } from './lib/report.mjs';
import { heapUsage as heap, jsObjects } from './lib/heap.mjs';
import { startCdn } from './lib/cdn.mjs';
import { mediaFigures } from './lib/media.mjs';
import { networkFigure, emulate, PROFILES } from './lib/networks.mjs';

// The e2e fixtures are TypeScript; these hooks let this plain Node script import them.
register('./lib/ts-hooks.mjs', import.meta.url);
const { startGradio, freePort } = await import('../e2e/fixtures/gradio-server.ts');
const { startHost } = await import('../e2e/fixtures/host-server.ts');

const here = path.dirname(fileURLToPath(import.meta.url));
const REPS = Number(process.env.BENCH_REPS ?? 5);
const HEAP_REPS = Number(process.env.BENCH_HEAP_REPS ?? 3);
/** Runs per side for the slow figures (chatbot streaming, dataframe). */
const SLOW_REPS = Number(process.env.BENCH_SLOW_REPS ?? 3);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 50);
/** Runs per side and profile for figure 12 (network profiles). */
const NET_REPS = Number(process.env.BENCH_NET_REPS ?? 3);
const NET_PROFILES = process.env.BENCH_PROFILES
  ? PROFILES.filter((p) => process.env.BENCH_PROFILES.split(',').includes(p.key))
  : PROFILES;
/** The pause between two measured runs, so that one run's leftover work is not the next one's. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1500);
/** Results go to bench/results/<OUT>.{json,md}. */
const OUT = process.env.BENCH_OUT ?? 'latest';
/** How long figure 9 watches the dashboard refresh. */
const DASHBOARD_SECONDS = Number(process.env.BENCH_DASHBOARD_SECONDS ?? 60);
const MANY = 20;
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const want = (figure) => !ONLY || ONLY.has(figure);
const VIEWPORT = { width: 1280, height: 900 };
const log = (...args) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...args);
const started = Date.now();

/** The figure (BENCH_ONLY name) an app serves, where the names differ. */
const FIGURE_OF = { gallery200: 'gallery', chatbot_history: 'chatbot' };

/** Starts a bench app (bench/apps/<name>.py) through the e2e fixture, which looks in e2e/apps. */
const startApp = (name) => startGradio(`../../bench/apps/${name}`);

log('starting Gradio servers and the host site');
// All servers start before anything is measured, so no server boot competes for the CPU.
const starting = Object.fromEntries(
  [
    'greet',
    'large',
    'catalogue',
    'chatbot',
    'chatbot_history',
    'dataframe',
    'dashboard',
    'classifier',
    'gallery200',
  ].map((name) => [
    name,
    name === 'greet' || want(FIGURE_OF[name] ?? name) ? startApp(name) : Promise.resolve(null),
  ]),
);
const servers = Object.fromEntries(
  await Promise.all(Object.entries(starting).map(async ([name, p]) => [name, await p])),
);
const { greet, large, catalogue } = servers;
/**
 * Freezes (SIGSTOP) every Gradio server but the ones a figure uses, and thaws those. An idle
 * Gradio 6 server is not idle: its queue loop polls every millisecond, about 5% of a core, and
 * nine of them slowed every figure on a 2-core machine (both sides alike, but noisily).
 */
function only(...names) {
  for (const [name, server] of Object.entries(servers)) {
    if (!server) continue;
    if (names.includes(name)) server.resume();
    else server.pause();
  }
}
// Stop the Python servers if the bench is interrupted.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.all(Object.values(servers).map((s) => s?.stop()));
    process.exit(130);
  });
}
const host = await startHost();
const cdn = await startCdn(path.join(here, '../dist'), path.join(here, '.tmp'), freePort);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** The official element's module, named in the server's own page `/` (its hash changes per build). */
async function officialEntry(app) {
  const html = await (await fetch(`${app.url}/`)).text();
  const match = /assets\/index-[\w-]+\.js/.exec(html);
  if (!match) throw new Error(`no assets/index-*.js in ${app.url}/`);
  return `${app.url}/${match[0]}`;
}
const entries = new Map();
for (const app of [greet, large, catalogue]) if (app) entries.set(app, await officialEntry(app));

// Each side's entry module and what it statically imports: what any page with the script tag
// loads, embed or not. Everything else a below-the-fold embed fetches is the embed's doing.
const ourEntry = `${cdn.origin}/cdn/gradio-embed@0.1.0/gradio.js`;
const entryGraphs = {
  ours: await staticGraph(ourEntry),
  official: await staticGraph(entries.get(greet)),
};
const VARIANTS = {
  ours: {
    head: () => `<script type="module" src="${ourEntry}"></script>`,
    isEntry: (url) => entryGraphs.ours.has(url),
  },
  official: {
    head: (app) => `<script type="module" crossorigin src="${entries.get(app)}"></script>`,
    isEntry: (url) => entryGraphs.official.has(url),
  },
};

let pageCount = 0;
/**
 * Opens a fresh context (empty cache, cache disabled) on a host page; runs `fn`; closes it.
 * `options.cacheDisabled: false` keeps the HTTP cache on; `options.profile` emulates a network.
 */
async function withPage(variant, app, body, watch, fn, options = {}) {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Host page</title>${VARIANTS[variant].head(app)}</head><body style="margin:8px">${body}</body></html>`;
  const url = host.page(`/bench-${++pageCount}.html`, html);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes, { watch });
    const net = await NetworkRecorder.attach(page, {
      exclude: (u) => u === url || u.endsWith('/favicon.ico'),
      cacheDisabled: options.cacheDisabled ?? true,
    });
    if (options.profile) await emulate(net.cdp, options.profile);
    return await fn({ page, net, cdp: net.cdp, url });
  } finally {
    await context.close();
  }
}

const tag = (app, attrs = '') => `<gradio-app src="${app.url}"${attrs}></gradio-app>`;

/**
 * Waits until `count` embeds are usable and returns the time of the last one (ms from
 * navigation). Ours: its `render` event; official: the watcher's first frame where the app's
 * fields and Submit (or the large app's marker) are visible and enabled.
 */
async function waitUsable(page, variant, count, timeoutMs = 45_000) {
  return page.evaluate(
    async ({ variant, count, timeoutMs }) => {
      const b = window.__bench;
      const list = variant === 'ours' ? b.renders : b.usable;
      await b.when(() => list.length >= count || b.statuses.some((s) => s.status === 'error'), timeoutMs);
      if (b.statuses.some((s) => s.status === 'error')) throw new Error('the embed reported an error');
      return list[count - 1].t;
    },
    { variant, count, timeoutMs },
  );
}

/** True when our embed fell back to an iframe (a component it cannot render natively yet). */
const fellBack = (page) => page.evaluate(() => window.__bench.statuses.some((s) => s.status === 'iframe'));

/**
 * Runs `measure(variant, rep)` REPS times per side, alternating which side goes first. Between
 * runs the machine settles for SETTLE_MS: the Gradio server, the CDN and Chromium share two
 * cores, and the server's work for the run before (closing its streams, the queue after a
 * client left) otherwise lands in the next run, whichever side it measures.
 */
async function alternate(reps, measure) {
  const out = { ours: [], official: [] };
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 === 0 ? ['ours', 'official'] : ['official', 'ours'];
    for (const variant of order) {
      try {
        out[variant].push(await measure(variant, rep));
      } catch (error) {
        log(`  ${variant} rep ${rep + 1} failed: ${error.message.split('\n')[0]}`);
        out[variant].push({ error: error.message.split('\n')[0] });
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  }
  return out;
}

const rows = [];
const raw = {};
/** Adds one metric row from per-run results. */
function row(figure, metric, unit, runs, pick, note = '') {
  const ok = (list) => list.filter((r) => !r.error && r.skipped === undefined).map(pick);
  const ours = stats(ok(runs.ours).filter((v) => v !== undefined && v !== null));
  const official = stats(ok(runs.official).filter((v) => v !== undefined && v !== null));
  rows.push({ figure, metric, unit, ours, official, ratio: ratio(ours, official), note });
}
function skipped(figure, metric, reason) {
  rows.push({
    figure,
    metric,
    unit: '',
    ours: null,
    official: null,
    ratio: null,
    note: `skipped: ${reason}`,
  });
}

const BELOW_FOLD = (app) =>
  `<h1>Host page</h1><div style="height:3000px">content above the embed</div>${tag(app)}<div style="height:1200px"></div>`;
const IN_VIEW = (app, attrs = '') => `<h1>Host page</h1>${tag(app, attrs)}`;

// Figures 1 and 2: bytes and requests before the embed is visible, and after scrolling to it.
if (want('bytes')) {
  log('figures 1-2: bytes and requests, embed below the fold, then scrolled into view');
  only('greet');
  const runs = await alternate(REPS, (variant, rep) =>
    withPage(variant, greet, BELOW_FOLD(greet), 'greet', async ({ page, net, url }) => {
      await page.goto(url);
      await net.quiet(1000);
      const renderedEarly = await page.evaluate(
        () => window.__bench.renders.length + window.__bench.usable.length,
      );
      net.phase = 'after';
      await page.evaluate(() => document.querySelector('gradio-app').scrollIntoView());
      await waitUsable(page, variant, 1);
      await net.quiet(700);
      if (rep === 0 && process.env.BENCH_SCREENSHOTS)
        await page.screenshot({ path: path.join(here, '.tmp', `bytes-${variant}.png`) });
      const list = await net.list();
      const before = list.filter((r) => r.phase === 'before');
      const after = list.filter((r) => r.phase === 'after');
      const offscreen = before.filter((r) => !VARIANTS[variant].isEntry(r.url));
      const t0 = Math.min(...list.map((r) => r.start));
      return {
        renderedEarly,
        before: sum(before),
        after: sum(after),
        total: sum(list),
        offscreen: offscreen.length,
        offscreenToApp: before.filter(
          (r) => r.url.startsWith(greet.url) && !new URL(r.url).pathname.startsWith('/assets/'),
        ).length,
        byKind: Object.fromEntries(
          ['code', 'font', 'other'].map((k) => [k, sum(list.filter((r) => kind(r.url) === k))]),
        ),
        failed: list.filter((r) => r.failed || r.status >= 400).map((r) => `${r.status} ${r.url}`),
        requests:
          rep === 0
            ? list.map(({ url: u, phase, status, raw, gzip, wire, start, end }) => ({
                u,
                phase,
                status,
                raw,
                gzip,
                wire,
                startMs: Math.round((start - t0) * 1000),
                endMs: Math.round((end - t0) * 1000),
              }))
            : undefined,
      };
    }),
  );
  raw.bytes = runs;
  const F = '1. Bytes, simple Interface';
  row(F, 'before visible: requests', 'n', runs, (r) => r.before.requests);
  row(F, 'before visible: gzip', 'KiB', runs, (r) => r.before.gzip / 1024);
  row(F, 'before visible: raw', 'KiB', runs, (r) => r.before.raw / 1024);
  row(F, 'after scroll, to usable: requests', 'n', runs, (r) => r.after.requests);
  row(F, 'after scroll, to usable: gzip', 'KiB', runs, (r) => r.after.gzip / 1024);
  row(F, 'after scroll, to usable: raw', 'KiB', runs, (r) => r.after.raw / 1024);
  row(F, 'total: requests', 'n', runs, (r) => r.total.requests);
  row(F, 'total: gzip', 'KiB', runs, (r) => r.total.gzip / 1024);
  row(F, 'total: raw', 'KiB', runs, (r) => r.total.raw / 1024);
  row(F, 'total: on the wire (as served)', 'KiB', runs, (r) => r.total.wire / 1024);
  row(F, 'of which JS + CSS: gzip', 'KiB', runs, (r) => r.byKind.code.gzip / 1024);
  row(F, 'of which fonts (same files both sides)', 'KiB', runs, (r) => r.byKind.font.gzip / 1024);
  row(F, 'of which other (config, API info): gzip', 'KiB', runs, (r) => r.byKind.other.gzip / 1024);
  row(
    '2. Off-screen embed',
    'requests beyond the entry module while below the fold',
    'n',
    runs,
    (r) => r.offscreen,
    "entry module = the script tag's file and the files it statically imports",
  );
  row(
    '2. Off-screen embed',
    'app-server requests (config, API, theme, fonts) while below the fold',
    'n',
    runs,
    (r) => r.offscreenToApp,
  );
}

// Figure 3: time to usable and click-to-output, embed in view.
if (want('time')) {
  log('figure 3: time to usable, click to output');
  only('greet');
  const runs = await alternate(REPS, (variant, rep) =>
    withPage(variant, greet, IN_VIEW(greet), 'greet', async ({ page, url }) => {
      await page.goto(url, { waitUntil: 'commit' });
      const usable = await waitUsable(page, variant, 1);
      const domUsable = await page.evaluate(async () => {
        await window.__bench.when(() => window.__bench.usable.length > 0);
        return window.__bench.usable[0].t;
      });
      const clicks = [];
      for (let i = 0; i < 3; i++) {
        clicks.push(
          await page.evaluate(
            (name) => window.__bench.clickToOutput(document.querySelector('gradio-app'), name),
            `Ada${rep}x${i}`,
          ),
        );
      }
      if (rep === 0 && process.env.BENCH_SCREENSHOTS)
        await page.screenshot({ path: path.join(here, '.tmp', `time-${variant}.png`) });
      return { usable, domUsable, cold: clicks[0], warm: (clicks[1] + clicks[2]) / 2 };
    }),
  );
  raw.time = runs;
  const F = '3. Time, simple Interface';
  row(
    F,
    'navigation to usable',
    'ms',
    runs,
    (r) => r.usable,
    'ours: `render` event; official: fields + Submit visible and enabled',
  );
  row(F, 'navigation to fields + Submit visible (same test both sides)', 'ms', runs, (r) => r.domUsable);
  row(F, 'click to output, first click', 'ms', runs, (r) => r.cold);
  row(F, 'click to output, later clicks', 'ms', runs, (r) => r.warm);
}

// Figure 4: heap after render and after CYCLES mount/unmount cycles of the same element.
if (want('heap')) {
  log(`figure 4: heap after render and after ${CYCLES} mount/unmount cycles`);
  only('greet');
  const runs = await alternate(HEAP_REPS, (variant) =>
    withPage(variant, greet, IN_VIEW(greet), 'greet', async ({ page, net, cdp, url }) => {
      await cdp.send('Performance.enable');
      await page.goto(url);
      await waitUsable(page, variant, 1);
      await net.quiet(500);
      // From here on nothing needs the network log, and DevTools' own per-request records
      // would otherwise grow the page's memory with every remount's fetches.
      await cdp.send('Network.disable');
      const first = await heap(cdp);
      const cycle = async (n) => {
        await page.evaluate(
          async ({ variant, n }) => {
            const b = window.__bench;
            const app = document.querySelector('gradio-app');
            const list = variant === 'ours' ? b.renders : b.usable;
            for (let i = 0; i < n; i++) {
              // Empty the probe's own logs each cycle so the bench does not grow the heap itself.
              b.renders.length = 0;
              b.usable.length = 0;
              b.statuses.length = 0;
              b.longTasks.length = 0;
              // The browser's resource-timing buffer grows with every fetch, embed or not.
              performance.clearResourceTimings();
              const count = 0;
              app.remove();
              await new Promise((r) => requestAnimationFrame(r));
              document.body.append(app);
              await b.when(() => list.length > count, 20_000);
            }
          },
          { variant, n },
        );
        await net.quiet(300);
      };
      const half = Math.floor(CYCLES / 2);
      await cycle(half);
      const mid = await heap(cdp);
      const midObjects = await jsObjects(cdp);
      await cycle(CYCLES - half);
      const last = await heap(cdp);
      const lastObjects = await jsObjects(cdp);
      return {
        first,
        mid,
        last,
        growth: last.heap - first.heap,
        perCycleLate: (last.heap - mid.heap) / (CYCLES - half),
        objectsPerCycleLate: (lastObjects.bytes - midObjects.bytes) / (CYCLES - half),
        objectCountPerCycleLate: (lastObjects.count - midObjects.count) / (CYCLES - half),
      };
    }),
  );
  raw.heap = runs;
  const F = '4. JS heap';
  row(F, 'after first render', 'MiB', runs, (r) => r.first.heap / 2 ** 20);
  row(F, `after ${CYCLES} remove/re-add cycles`, 'MiB', runs, (r) => r.last.heap / 2 ** 20);
  row(F, `growth over ${CYCLES} cycles`, 'KiB', runs, (r) => r.growth / 1024);
  row(
    F,
    `growth per cycle over the last ${CYCLES - Math.floor(CYCLES / 2)} cycles (steady state)`,
    'KiB',
    runs,
    (r) => r.perCycleLate / 1024,
    'the first cycles also fill one-time caches (compiled code, lazy chunks); a leak shows as a steady slope',
  );
  row(
    F,
    `retained JS values per cycle over the last ${CYCLES - Math.floor(CYCLES / 2)} cycles (heap snapshot)`,
    'B',
    runs,
    (r) => r.objectsPerCycleLate,
    'objects, closures, arrays, strings in a snapshot diff; compiled code and browser-native records left out',
  );
  row(F, `retained JS values per cycle, count`, 'n', runs, (r) => r.objectCountPerCycleLate);
  row(
    F,
    `DOM nodes after ${CYCLES} cycles minus after first render`,
    'n',
    runs,
    (r) => r.last.nodes - r.first.nodes,
  );
  row(
    F,
    `JS listeners after ${CYCLES} cycles minus after first render`,
    'n',
    runs,
    (r) => r.last.listeners - r.first.listeners,
  );
}

// Figure 5: MANY eager embeds of the same app on one page.
if (want('many')) {
  log(`figure 5: ${MANY} eager embeds on one page`);
  only('greet');
  const body = `<h1>Host page</h1>${Array.from({ length: MANY }, () => tag(greet, ' eager="true"')).join('\n')}`;
  const runs = await alternate(REPS, (variant) =>
    withPage(variant, greet, body, 'greet', async ({ page, net, cdp, url }) => {
      await cdp.send('Performance.enable');
      const task0 = await taskDuration(cdp);
      await page.goto(url, { waitUntil: 'commit' });
      const all = await waitUsable(page, variant, MANY, 90_000);
      const busy = (await taskDuration(cdp)) - task0;
      const longTasks = await page.evaluate((until) => {
        return window.__bench.longTasks.filter((x) => x.t <= until).reduce((a, x) => a + x.d, 0);
      }, all);
      await net.quiet(700);
      return { all, busy, longTasks, total: sum(await net.list()) };
    }),
  );
  raw.many = runs;
  const F = `5. ${MANY} embeds on one page`;
  row(F, 'time to all usable', 'ms', runs, (r) => r.all);
  row(F, 'main-thread busy until then (TaskDuration)', 'ms', runs, (r) => r.busy);
  row(F, 'long tasks until then (sum)', 'ms', runs, (r) => r.longTasks);
  row(F, 'requests', 'n', runs, (r) => r.total.requests);
  row(F, 'gzip', 'KiB', runs, (r) => r.total.gzip / 1024);
  row(F, 'raw', 'KiB', runs, (r) => r.total.raw / 1024);
}

async function taskDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

// Figure 6: a large app, eager, in view.
if (want('large')) {
  log('figure 6: large app (~550 blocks across tabs, accordions, rows and columns)');
  only('large');
  const runs = await alternate(REPS, (variant, rep) =>
    withPage(variant, large, IN_VIEW(large, ' eager="true"'), 'large', async ({ page, net, url }) => {
      await page.goto(url, { waitUntil: 'commit' });
      const rendered = await waitUsable(page, variant, 1, 60_000);
      if (variant === 'ours' && (await fellBack(page))) return { skipped: 'ours fell back to an iframe' };
      const domRendered = await page.evaluate(async () => {
        await window.__bench.when(() => window.__bench.usable.length > 0, 30_000);
        return window.__bench.usable[0].t;
      });
      if (rep === 0 && process.env.BENCH_SCREENSHOTS)
        await page.screenshot({ path: path.join(here, '.tmp', `large-${variant}.png`) });
      await net.quiet(500);
      return { rendered, domRendered, total: sum(await net.list()) };
    }),
  );
  raw.large = runs;
  const F = '6. Large app (~550 blocks: tabs, accordions, rows, columns)';
  if (runs.ours.some((r) => r.skipped))
    skipped(F, 'time to render', runs.ours.find((r) => r.skipped).skipped);
  else {
    row(
      F,
      'navigation to rendered',
      'ms',
      runs,
      (r) => r.rendered,
      "ours: `render` event; official: the first tab's 150 fields and the last block in the DOM (it mounts inactive tabs later; ours renders them hidden at once)",
    );
    row(
      F,
      'navigation to all fields + last block present (same test both sides)',
      'ms',
      runs,
      (r) => r.domRendered,
    );
    row(F, 'gzip', 'KiB', runs, (r) => r.total.gzip / 1024);
  }
}

// Figure 6b: the component catalogue (one of each input, text, code and display type), in view.
if (want('catalogue')) {
  log('figure 6b: component catalogue (one of each issue-7 type)');
  only('catalogue');
  const runs = await alternate(REPS, (variant, rep) =>
    withPage(
      variant,
      catalogue,
      IN_VIEW(catalogue, ' eager="true"'),
      'catalogue',
      async ({ page, net, url }) => {
        await page.goto(url, { waitUntil: 'commit' });
        if (variant === 'ours') await waitUsable(page, variant, 1, 60_000);
        if (variant === 'ours' && (await fellBack(page))) return { skipped: 'ours fell back to an iframe' };
        const usable = await page.evaluate(async () => {
          await window.__bench.when(() => window.__bench.usable.length > 0, 60_000);
          return window.__bench.usable[0].t;
        });
        if (rep === 0 && process.env.BENCH_SCREENSHOTS)
          await page.screenshot({
            path: path.join(here, '.tmp', `catalogue-${variant}.png`),
            fullPage: true,
          });
        await net.quiet(700);
        const list = await net.list();
        return {
          usable,
          total: sum(list),
          code: sum(list.filter((r) => kind(r.url) === 'code')),
        };
      },
    ),
  );
  raw.catalogue = runs;
  const F = '6b. Component catalogue (one of each input, text, code and display type)';
  if (runs.ours.some((r) => r.skipped))
    skipped(F, 'time to usable', runs.ours.find((r) => r.skipped).skipped);
  else {
    row(
      F,
      'navigation to usable',
      'ms',
      runs,
      (r) => r.usable,
      'same test both sides: the code editor, Submit and the closing marker on screen',
    );
    row(F, 'total: requests', 'n', runs, (r) => r.total.requests);
    row(F, 'total: gzip', 'KiB', runs, (r) => r.total.gzip / 1024);
    row(F, 'of which JS + CSS: gzip', 'KiB', runs, (r) => r.code.gzip / 1024);
  }
}

// Figures 7 and 8. While our embed falls back to an iframe for these components, our side is
// reported as skipped and only the official side is measured (as the reference to meet).
const NOT_BUILT = (component) =>
  `the ${component} component is not built yet (our embed falls back to an iframe)`;

/** Waits for usable; for ours, returns { skipped } when the embed fell back to an iframe. */
async function usableOrSkip(page, variant, component) {
  const usable = await waitUsable(page, variant, 1, 60_000);
  if (variant === 'ours' && (await fellBack(page))) return { skipped: NOT_BUILT(component) };
  if (variant === 'ours')
    await page.evaluate(() => window.__bench.when(() => window.__bench.usable.length > 0, 30_000));
  return { usable };
}

function skippedOrRows(figure, runs, addRows) {
  const skip = runs.ours.find((r) => r.skipped)?.skipped;
  if (skip && !runs.official.some((r) => !r.error)) return skipped(figure, 'all', skip);
  const before = rows.length;
  addRows();
  if (skip) for (const r of rows.slice(before)) r.note = `ours skipped: ${skip}`;
}

/**
 * Figure 7 and 7b: navigation to usable, then the bench types into the chat box, presses Enter
 * and records, until `tok1999` shows, the time, long tasks, dropped frames and p95 frame time.
 */
const STREAM_LIMIT_MS = 180_000;

async function chatbotFigure(app, figure, key) {
  entries.set(app, await officialEntry(app));
  const runs = await alternate(SLOW_REPS, (variant, rep) =>
    withPage(variant, app, IN_VIEW(app, ' eager="true"'), 'field', async ({ page, url }) => {
      await page.goto(url, { waitUntil: 'commit' });
      const ready = await usableOrSkip(page, variant, 'chatbot');
      if (ready.skipped) return ready;
      const box = page.locator('gradio-app textarea').first();
      await box.fill('go');
      await page.evaluate(() => window.__bench.startFrames());
      const t0 = await page.evaluate(() => performance.now());
      await box.press('Enter');
      // A page whose main thread stays blocked never answers an evaluate: give up after 3 min.
      const done = await Promise.race([
        page.evaluate(() => {
          const b = window.__bench;
          const el = document.querySelector('gradio-app');
          return b.when(() => b.text(el).includes('tok1999'), 170_000).catch(() => null);
        }),
        new Promise((resolve) => setTimeout(() => resolve(null), STREAM_LIMIT_MS)),
      ]);
      if (done === null) return { usable: ready.usable, timedOut: true };
      const frames = await page.evaluate(() => window.__bench.stopFrames());
      if (rep === 0 && process.env.BENCH_SCREENSHOTS)
        await page.screenshot({ path: path.join(here, '.tmp', `${key}-${variant}.png`) });
      return { usable: ready.usable, stream: done - t0, ...frames };
    }),
  );
  raw[key] = runs;
  skippedOrRows(figure, runs, () => {
    row(figure, 'navigation to usable (chat box enabled)', 'ms', runs, (r) => r.usable);
    row(figure, 'runs whose last token never showed within 3 min', 'n', runs, (r) => (r.timedOut ? 1 : 0));
    row(figure, 'Enter to last token shown', 'ms', runs, (r) => r.stream);
    row(figure, 'long tasks while streaming (sum)', 'ms', runs, (r) => r.longTaskSum);
    row(figure, 'long tasks while streaming (count)', 'n', runs, (r) => r.longTaskCount);
    row(figure, 'dropped frames while streaming', 'n', runs, (r) => r.dropped);
    row(figure, 'frame time p95 while streaming', 'ms', runs, (r) => r.p95);
  });
}

if (want('chatbot')) {
  log('figure 7: chatbot streaming 2,000 tokens');
  only('chatbot', 'chatbot_history');
  await chatbotFigure(servers.chatbot, '7. Chatbot streaming 2,000 tokens', 'chatbot');
  log('figure 7b: chatbot streaming 2,000 tokens after 50 long Markdown messages');
  await chatbotFigure(
    servers.chatbot_history,
    '7b. Chatbot streaming 2,000 tokens after 50 long Markdown messages',
    'chatbot_history',
  );
}

if (want('dataframe')) {
  log('figure 8: 100,000-row dataframe');
  only('dataframe');
  const app = servers.dataframe;
  entries.set(app, await officialEntry(app));
  const runs = await alternate(SLOW_REPS, (variant, rep) =>
    withPage(variant, app, IN_VIEW(app, ' eager="true"'), 'table', async ({ page, url }) => {
      await page.goto(url, { waitUntil: 'commit' });
      const ready = await usableOrSkip(page, variant, 'dataframe');
      if (ready.skipped) return ready;
      const firstRows = await page.evaluate(() => window.__bench.usable[0].t);
      // Scroll the table's own scroller by 300 px a frame for 120 frames.
      const scroll = await page.evaluate(async () => {
        const b = window.__bench;
        const scroller = b.scroller(document.querySelector('gradio-app'));
        if (!scroller) return null;
        b.startFrames();
        for (let i = 0; i < 120; i++) {
          scroller.scrollTop += 300;
          await new Promise((r) => requestAnimationFrame(r));
        }
        return { ...b.stopFrames(), scrolledTo: scroller.scrollTop };
      });
      if (!scroll?.scrolledTo) throw new Error('no scrollable table found, or it did not scroll');
      if (rep === 0 && process.env.BENCH_SCREENSHOTS)
        await page.screenshot({ path: path.join(here, '.tmp', `dataframe-${variant}.png`) });
      return { firstRows, ...scroll };
    }),
  );
  raw.dataframe = runs;
  const F = '8. 100,000-row dataframe';
  skippedOrRows(F, runs, () => {
    row(F, 'navigation to first rows visible', 'ms', runs, (r) => r.firstRows);
    row(F, 'scrolling 120 frames: frame time p95', 'ms', runs, (r) => r.p95);
    row(F, 'scrolling 120 frames: worst frame', 'ms', runs, (r) => r.max);
    row(F, 'scrolling 120 frames: dropped frames', 'n', runs, (r) => r.dropped);
  });
}

// Figure 9: four native plots a gr.Timer refreshes every second, watched for a minute.
if (want('dashboard')) {
  log(`figure 9: dashboard of four native plots refreshed every second (${DASHBOARD_SECONDS} s per run)`);
  only('dashboard');
  const app = servers.dashboard;
  entries.set(app, await officialEntry(app));
  const runs = await alternate(SLOW_REPS, (variant, rep) =>
    withPage(variant, app, IN_VIEW(app, ' eager="true"'), 'charts', async ({ page, cdp, url }) => {
      await page.goto(url, { waitUntil: 'commit' });
      const ready = await usableOrSkip(page, variant, 'nativeplot');
      if (ready.skipped) return ready;
      const charts = await page.evaluate(() => window.__bench.usable[0].t);
      await cdp.send('Performance.enable');
      // Let the first refreshes and the libraries' warm-up pass before measuring.
      await page.waitForTimeout(3000);
      const start = await heap(cdp);
      await page.evaluate(() => window.__bench.startFrames());
      // Every 100 ms: has what the charts draw changed? (counts the refreshes each side shows)
      const redraws = await page.evaluate(async (ms) => {
        const b = window.__bench;
        const el = document.querySelector('gradio-app');
        let last = b.chartSignature(el);
        let changes = 0;
        const end = performance.now() + ms;
        while (performance.now() < end) {
          await new Promise((r) => setTimeout(r, 100));
          const now = b.chartSignature(el);
          if (now !== last) changes++;
          last = now;
        }
        return changes;
      }, DASHBOARD_SECONDS * 1000);
      const frames = await page.evaluate(() => window.__bench.stopFrames());
      const end = await heap(cdp);
      if (rep === 0 && process.env.BENCH_SCREENSHOTS)
        await page.screenshot({ path: path.join(here, '.tmp', `dashboard-${variant}.png`) });
      return {
        charts,
        redraws,
        ...frames,
        heapGrowth: (end.heap - start.heap) / 1024,
        nodeGrowth: end.nodes - start.nodes,
      };
    }),
  );
  raw.dashboard = runs;
  const F = `9. Dashboard: four native plots refreshed every second by a gr.Timer (${DASHBOARD_SECONDS} s)`;
  skippedOrRows(F, runs, () => {
    row(F, 'navigation to four charts drawn', 'ms', runs, (r) => r.charts);
    row(F, 'refreshes seen (chart marks changed)', 'n', runs, (r) => r.redraws);
    row(F, 'long tasks (sum)', 'ms', runs, (r) => r.longTaskSum);
    row(F, 'long tasks (count)', 'n', runs, (r) => r.longTaskCount);
    row(F, 'frame time p95', 'ms', runs, (r) => r.p95);
    row(F, 'worst frame', 'ms', runs, (r) => r.max);
    row(F, 'dropped frames', 'n', runs, (r) => r.dropped);
    row(F, 'JS heap growth over the run (after GC)', 'KiB', runs, (r) => r.heapGrowth);
    row(F, 'DOM node growth over the run', 'n', runs, (r) => r.nodeGrowth);
  });
}

// Figures 10 and 11: image classifier, gallery of 200 images (bench/lib/media.mjs).
only('classifier', 'gallery200');
await mediaFigures({
  want,
  servers,
  entries,
  officialEntry,
  alternate,
  withPage,
  row,
  log,
  REPS,
  IN_VIEW,
  raw,
});

// Figure 12: the simple Interface on emulated networks (bench/lib/networks.mjs).
if (want('network')) {
  only('greet');
  await networkFigure({
    app: greet,
    reps: NET_REPS,
    profiles: NET_PROFILES,
    alternate,
    withPage,
    VARIANTS,
    IN_VIEW,
    row,
    log,
    raw,
  });
}

const chromiumVersion = browser.version();
await browser.close();
await host.stop();
await cdn.stop();
await Promise.all(Object.values(servers).map((s) => s?.stop()));

const seconds = (Date.now() - started) / 1000;
const meta = {
  date: new Date().toISOString(),
  commit: execSync('git rev-parse --short HEAD', { cwd: path.join(here, '..') })
    .toString()
    .trim(),
  gradio: execSync(`${path.join(here, '../.venv/bin/python')} -c "import gradio; print(gradio.__version__)"`)
    .toString()
    .trim(),
  chromium: chromiumVersion,
  node: process.version,
  build: cdn.build,
  reps: REPS,
  heapReps: HEAP_REPS,
  slowReps: SLOW_REPS,
  cycles: CYCLES,
  netReps: NET_REPS,
  seconds,
};
const result = { meta, rows, budget: budget(rows, raw), raw };
await mkdir(path.join(here, 'results'), { recursive: true });
await writeFile(path.join(here, `results/${OUT}.json`), JSON.stringify(result, null, 2) + '\n');
await writeFile(path.join(here, `results/${OUT}.md`), renderMarkdown(result));
log(`done in ${seconds.toFixed(0)} s: bench/results/${OUT}.md`);
console.log(renderMarkdown(result));
