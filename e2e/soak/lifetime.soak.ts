import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import { test, expect } from '../fixtures/test.js';
import { repoRoot, startGradio, type GradioServer } from '../fixtures/gradio-server.js';
import {
  expectNothingLeft,
  extra,
  heapFigures,
  mountCycles,
  ONCE_PER_PAGE,
  probe,
  probedHost,
  probedPage,
  LIFETIME_APPS,
  slope,
  srcCycles,
} from '../fixtures/lifetime-probe.js';

// `npm run soak` (issue 13, "Load and lifetime"): the long runs behind the fast subsets in
// e2e/lifetime.spec.ts. Figures go to bench/results/soak.md (rewritten after each test).
// SOAK_CYCLES (default 1000) and SOAK_STREAM_SECONDS (default 600) shorten a trial run (a
// stream under ~5 minutes mostly measures the first minutes' warm-up, not the trend).

const CYCLES = Number(process.env.SOAK_CYCLES ?? 1000);
const STREAM_SECONDS = Number(process.env.SOAK_STREAM_SECONDS ?? 600);
/** Heap growth per cycle (after the first 100, which fill one-time caches) that fails a run. */
const MAX_BYTES_PER_CYCLE = 4 * 1024;

const results: string[] = [];
function report(section: string, lines: string[]): void {
  results.push(`## ${section}\n\n${lines.join('\n')}\n`);
  const file = path.join(repoRoot, 'bench/results/soak.md');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `# Soak results (\`npm run soak\`)\n\n${new Date().toISOString().slice(0, 16)} UTC, Chromium, Gradio 6, shared 2-core machine. Heap: \`Runtime.getHeapUsage\` after two forced collections; nodes: \`Memory.getDOMCounters\` (the renderer's nodes, detached ones included).\n\n${results.join('\n')}`,
  );
}
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

/** Runs `step(from, to)` up to each checkpoint and takes the heap figures there. */
async function checkpoints(
  cdp: CDPSession,
  marks: number[],
  step: (count: number) => Promise<void>,
): Promise<{ at: number; heap: number; nodes: number; jsListeners: number; ms: number }[]> {
  const out = [];
  let done = 0;
  const start = Date.now();
  for (const mark of marks) {
    await step(mark - done);
    done = mark;
    out.push({ at: mark, ...(await heapFigures(cdp)), ms: Date.now() - start });
  }
  return out;
}

function heapLines(kind: string, points: Awaited<ReturnType<typeof checkpoints>>): string[] {
  return [
    `| after ${kind} | used JS heap | renderer nodes | JS listeners | elapsed |`,
    '|---:|---:|---:|---:|---:|',
    ...points.map(
      (p) => `| ${p.at} | ${mib(p.heap)} | ${p.nodes} | ${p.jsListeners} | ${(p.ms / 1000).toFixed(0)} s |`,
    ),
  ];
}

test.describe('soak: load and lifetime', () => {
  test(`${CYCLES} mount/unmount cycles`, async ({ page, gradio, embed }) => {
    test.setTimeout(40 * 60_000);
    const server = await gradio('lifetime_apps', { readyPath: '/a/config' });
    const { urls, requests, cdp, pristine } = await probedHost(page, embed, server.url);
    await mountCycles(page, urls, 5, 0);
    const warm = await heapFigures(cdp);
    const marks = [100, 500, CYCLES].filter((m, i, all) => m <= CYCLES && all.indexOf(m) === i);
    const points = await checkpoints(cdp, marks, (n) => mountCycles(page, urls, n));
    await expect.poll(() => requests.open(), { timeout: 10_000 }).toEqual([]);
    const after = await probe(page, cdp);
    const first = points[0]!;
    const last = points.at(-1)!;
    const perCycle = (last.heap - first.heap) / (last.at - first.at || 1);
    report(`${CYCLES} mount/unmount cycles`, [
      `Five apps in turn (e2e/apps/lifetime_apps.py); every 7th removed while it still loads. Heap after 5 warm-up mounts: ${mib(warm.heap)}.`,
      '',
      ...heapLines('cycles', points),
      '',
      `Growth per cycle from ${first.at} to ${last.at}: **${kib(perCycle)}** heap, ${((last.nodes - first.nodes) / (last.at - first.at || 1)).toFixed(2)} nodes. ` +
        `${requests.total()} requests to the servers; afterwards open: ${requests.open().length}, ` +
        `intervals ${after.intervals - pristine.intervals}, observers ${JSON.stringify(extra(pristine.observers, after.observers))}, ` +
        `listeners beyond the page's own ${JSON.stringify(extra({ ...pristine.listeners, ...ONCE_PER_PAGE }, after.listeners))}, ` +
        `idle animation frames ${after.frames}, sockets ${after.sockets}.`,
    ]);
    expect(extra(pristine.listeners, after.listeners)).toEqual(ONCE_PER_PAGE);
    expectNothingLeft({ ...pristine, listeners: after.listeners }, after, requests.open());
    expect(perCycle, 'heap bytes per cycle').toBeLessThan(MAX_BYTES_PER_CYCLE);
  });

  test(`${CYCLES} src changes`, async ({ page, gradio, embed }) => {
    test.setTimeout(40 * 60_000);
    const server = await gradio('lifetime_apps', { readyPath: '/a/config' });
    const { urls, requests, cdp, pristine } = await probedHost(page, embed, server.url);
    await page.evaluate(async (src) => {
      const el = Object.assign(document.createElement('gradio-app'), { id: 'lifetime' });
      el.setAttribute('src', src);
      const done = new Promise((r) => el.addEventListener('render', r, { once: true }));
      document.body.append(el);
      await done;
    }, urls.at(-1)!);
    await srcCycles(page, urls, 5, 0);
    const warm = await heapFigures(cdp);
    const marks = [100, 500, CYCLES].filter((m, i, all) => m <= CYCLES && all.indexOf(m) === i);
    let done = 0;
    const points = await checkpoints(cdp, marks, async (n) => {
      // Continue the rotation where it stopped, so each checkpoint shows the same app.
      const rotated = urls.map((_, i) => urls[(i + done) % urls.length]!);
      await srcCycles(page, rotated, n);
      done += n;
    });
    await page.evaluate(() => document.querySelector('#lifetime')!.remove());
    await expect.poll(() => requests.open(), { timeout: 10_000 }).toEqual([]);
    const after = await probe(page, cdp);
    const first = points[0]!;
    const last = points.at(-1)!;
    const perChange = (last.heap - first.heap) / (last.at - first.at || 1);
    report(`${CYCLES} src changes`, [
      `One element, its \`src\` set to the five apps in turn, each change waiting for the app's \`render\`; every 7th change replaced by the next while it still loads. Heap after 5 warm-up changes: ${mib(warm.heap)}.`,
      '',
      ...heapLines('changes', points),
      '',
      `Growth per change from ${first.at} to ${last.at}: **${kib(perChange)}** heap, ${((last.nodes - first.nodes) / (last.at - first.at || 1)).toFixed(2)} nodes. ` +
        `After removing the element: open requests ${requests.open().length}, intervals ${after.intervals - pristine.intervals}, ` +
        `observers ${JSON.stringify(extra(pristine.observers, after.observers))}, listeners beyond the page's own ` +
        `${JSON.stringify(extra({ ...pristine.listeners, ...ONCE_PER_PAGE }, after.listeners))}, idle animation frames ${after.frames}.`,
    ]);
    expect(extra(pristine.listeners, after.listeners)).toEqual(ONCE_PER_PAGE);
    expectNothingLeft({ ...pristine, listeners: after.listeners }, after, requests.open());
    expect(perChange, 'heap bytes per change').toBeLessThan(MAX_BYTES_PER_CYCLE);
  });

  test('20 embeds of 5 apps (5 servers) run events at once', async ({ page, embed }) => {
    test.setTimeout(10 * 60_000);
    const servers: GradioServer[] = [];
    try {
      servers.push(
        ...(await Promise.all(LIFETIME_APPS.map((a) => startGradio('lifetime_apps', { LIFETIME_APP: a })))),
      );
      const n = 20;
      const apps = Array.from({ length: n }, (_, i) => i % LIFETIME_APPS.length);
      await embed(
        apps.map((a, i) => `<gradio-app id="e${i}" eager src="${servers[a]!.url}"></gradio-app>`).join(''),
      );
      const rounds = 5;
      const times: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < n; i++) await page.locator(`#e${i}`).getByLabel('token').fill(`t${round}x${i}`);
        const start = Date.now();
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('gradio-app')) {
            [...el.shadowRoot!.querySelectorAll('button')]
              .find((b) => /^(Run|Submit)$/.test(b.textContent!.trim()))!
              .click();
          }
        });
        const expected = apps.map((a, i) => `${LIFETIME_APPS[a]}:t${round}x${i}`);
        await expect
          .poll(
            () =>
              page.evaluate(() =>
                [...document.querySelectorAll('gradio-app')].map((el) => {
                  const text: string[] = [];
                  const walk = (node: Node): void => {
                    if (node.nodeType === Node.TEXT_NODE) text.push(node.textContent ?? '');
                    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
                      text.push(node.value);
                    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
                  };
                  walk(el.shadowRoot!);
                  // The chat app keeps earlier rounds' messages: the newest result is the last.
                  return (text.join('\n').match(/\b[a-e]:t\d+x\d+\b/g) ?? []).at(-1) ?? '';
                }),
              ),
            { timeout: 60_000 },
          )
          .toEqual(expected);
        // No embed shows another embed's token.
        const foreign = await page.evaluate(() =>
          [...document.querySelectorAll('gradio-app')].map((el, i) => {
            const found = el.shadowRoot!.textContent!.match(/\bt\d+x(\d+)\b/g) ?? [];
            return found.filter((t) => !t.endsWith(`x${i}`));
          }),
        );
        expect(foreign.flat()).toEqual([]);
        times.push(Date.now() - start);
      }
      report('20 embeds of 5 apps at once', [
        `Five apps, each on its own server (e2e/apps/lifetime_apps.py with LIFETIME_APP), four embeds of each on one page; ` +
          `all 20 Run buttons clicked in the same task, ${rounds} rounds, each function sleeping 0.3 s (one at a time per app: Gradio's default concurrency). ` +
          `Every result landed in its own embed, no embed showed another's token. Click to all 20 results: ${times.map((t) => `${(t / 1000).toFixed(1)} s`).join(', ')}.`,
      ]);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  test(`a generator streaming for ${STREAM_SECONDS} s`, async ({ page, gradio, embed }) => {
    test.setTimeout((STREAM_SECONDS + 300) * 1000);
    const server = await gradio('lifetime_stream');
    const { requests, cdp } = await probedPage(page, () => [server.url]);
    await embed(`<gradio-app eager src="${server.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await el.getByLabel('duration').fill(String(STREAM_SECONDS));
    await el.getByRole('button', { name: 'Stream' }).click();
    await expect(el.getByLabel('counter')).toHaveValue(/^tick \d{2,}$/);
    const every = Math.min(30, STREAM_SECONDS / 10) * 1000;
    const samples: {
      t: number;
      tick: string;
      live: number;
      content: number;
      nodes: number;
      heap: number;
    }[] = [];
    const start = Date.now();
    while (Date.now() - start < STREAM_SECONDS * 1000 - every) {
      const { heap, nodes } = await heapFigures(cdp);
      const { liveNodes, contentNodes } = await page.evaluate(() => window.__probe.counts());
      const tick = await el.getByLabel('counter').inputValue();
      samples.push({
        t: (Date.now() - start) / 1000,
        tick,
        live: liveNodes,
        content: contentNodes,
        nodes,
        heap,
      });
      await page.waitForTimeout(every - ((Date.now() - start) % every));
    }
    await expect(el.getByLabel('counter')).toHaveValue(/^done \d+$/, { timeout: 120_000 });
    await expect.poll(() => requests.open()).toEqual([]);
    // The first minute fills caches (compiled code, the first renders): the trend is after it.
    const steady = samples.filter((s) => s.t >= Math.min(60, STREAM_SECONDS / 5));
    const heapSlope = slope(steady.map((s) => [s.t, s.heap] as const));
    const nodeSlope = slope(steady.map((s) => [s.t, s.nodes] as const));
    const live = samples.map((s) => s.live);
    const content = samples.map((s) => s.content);
    const span = steady.at(-1)!.t - steady[0]!.t;
    report(`A generator streaming for ${STREAM_SECONDS} s`, [
      `e2e/apps/lifetime_stream.py: ten yields a second into a Textbox, a Markdown table, a Number and a JSON, with gr.Progress; sampled every ${every / 1000} s.`,
      '',
      '| t | counter | used JS heap | renderer nodes | nodes in the document | without status trackers |',
      '|---:|---|---:|---:|---:|---:|',
      ...samples.map(
        (s) => `| ${s.t.toFixed(0)} s | ${s.tick} | ${mib(s.heap)} | ${s.nodes} | ${s.live} | ${s.content} |`,
      ),
      '',
      `Trend from ${steady[0]!.t.toFixed(0)} s on (least squares): heap **${kib(heapSlope * 60)} per minute** ` +
        `(${kib(heapSlope * span)} over ${span.toFixed(0)} s), renderer nodes ${(nodeSlope * 60).toFixed(1)} per minute. ` +
        `The document holds ${[...new Set(live)].join(' or ')} nodes (the outputs' status trackers shown or not); ` +
        `without the trackers, ${[...new Set(content)].join(' or ')}.`,
    ]);
    expect(new Set(live).size, `live nodes ${live.join(', ')}`).toBeLessThanOrEqual(2);
    expect(Math.max(...content) - Math.min(...content), `nodes ${content.join(', ')}`).toBe(0);
    // Flat: less than 1 MiB gained per 10 minutes of streaming, less than 500 nodes.
    expect(heapSlope * 600, 'heap bytes per 10 minutes').toBeLessThan(2 ** 20);
    expect(nodeSlope * 600, 'renderer nodes per 10 minutes').toBeLessThan(500);
  });
});
