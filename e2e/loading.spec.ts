import { closeSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { test, expect, allVersions, sinceGradio, whenRequested } from './fixtures/test.js';
import { hostPage } from './fixtures/host-server.js';
import { repoRoot } from './fixtures/gradio-server.js';
import { SourceMapConsumer } from 'source-map-js';

const CDN = '/cdn/gradio-embed@0.1.0/';

/** dist/gradio.js and every module it imports statically (not the lazy import()s). */
function entryFiles(): Set<string> {
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(path.join(repoRoot, 'dist', file), 'utf8');
    // Static imports only: `import ... from "./x.js"` and side-effect `import "./x.js"`.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)));
    }
  };
  visit('gradio.js');
  return files;
}

test.describe('lazy gate', allVersions, () => {
  test('an embed far below the fold requests nothing until it comes into view', async ({
    page,
    gradio,
    host,
  }) => {
    const app = await gradio('interface');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const url = host.page(
      '/lazy-below-fold.html',
      hostPage(
        host.origin,
        `<div style="height:3000px">spacer</div><gradio-app src="${app.url}"></gradio-app>`,
      ),
    );
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForFunction(() => customElements.get('gradio-app') !== undefined);
    // The element is defined and has rendered its placeholder...
    await expect(page.locator('gradio-app .gr-loading-message')).toHaveText('Loading…');
    // ...and given a wrong request the time to show up.
    await page.waitForTimeout(1500);

    const allowed = new Set([url, ...[...entryFiles()].map((f) => `${host.origin}${CDN}${f}`)]);
    expect(entryFiles().size).toBeGreaterThan(0);
    expect(requested.filter((r) => !allowed.has(r))).toEqual([]);
    expect(requested.some((r) => r.startsWith(app.url))).toBe(false);

    // Approaching (600 px below the viewport), it opens its connection by a preconnect hint in
    // its shadow root, never in the host's head, and still requests nothing.
    const origin = new URL(app.url).origin;
    const hints = (): Promise<{ inRoot: string[]; inHead: number }> =>
      page.evaluate(() => ({
        inRoot: [...document.querySelector('gradio-app')!.shadowRoot!.querySelectorAll('link')].map(
          (l) => `${l.rel} ${l.getAttribute('href')} ${l.crossOrigin}`,
        ),
        inHead: document.head.querySelectorAll('link[rel=preconnect]').length,
      }));
    expect((await hints()).inRoot).toEqual([]);
    await page.evaluate(() => {
      const top = document.querySelector('gradio-app')!.getBoundingClientRect().top;
      window.scrollBy(0, top - window.innerHeight - 600);
    });
    await expect.poll(async () => (await hints()).inRoot).toEqual([`preconnect ${origin} anonymous`]);
    expect((await hints()).inHead).toBe(0);
    expect(requested.some((r) => r.startsWith(app.url))).toBe(false);

    // Scrolled into view, it loads and renders the app. The config, the theme and the runtime
    // chunk go out together: each is requested before any of them has arrived.
    const events: string[] = [];
    const critical = (url: string): string | null =>
      url === `${app.url}/config`
        ? 'config'
        : url === `${app.url}/theme.css`
          ? 'theme'
          : /\/chunks\/app-session-[^/]+\.js$/.test(url)
            ? 'runtime'
            : null;
    page.on('request', (r) => critical(r.url()) && events.push(`start ${critical(r.url())}`));
    page.on('requestfinished', (r) => critical(r.url()) && events.push(`end ${critical(r.url())}`));
    await page.locator('gradio-app').scrollIntoViewIfNeeded();
    const name = page.locator('gradio-app').getByLabel('name');
    await expect(name).toBeVisible();
    expect(requested).toContain(`${app.url}/config`);
    expect(requested.some((r) => /\/chunks\/app-session-[^/]+\.js$/.test(r))).toBe(true);
    expect(events.slice(0, 3).sort()).toEqual(['start config', 'start runtime', 'start theme']);
    await name.fill('Lazy');
    await page.locator('gradio-app').getByRole('button', { name: 'Submit' }).click();
    await expect(page.locator('gradio-app').getByLabel('output')).toHaveValue('Hello Lazy!');
  });

  test('an eager embed below the fold loads at once, next to a lazy one that waits', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await embed(
      `<div style="height:3000px"></div>
       <gradio-app id="eager" eager src="${app.url}"></gradio-app>
       <div style="height:3000px"></div>
       <gradio-app id="lazy" src="${app.url}"></gradio-app>`,
    );
    // Rendered without any scrolling.
    await expect(page.locator('#eager').getByLabel('name')).toBeAttached();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(requested).toContain(`${app.url}/config`);
    expect(requested.filter((r) => r === `${app.url}/config`)).toHaveLength(1);
    // The lazy one is still waiting.
    await expect(page.locator('#lazy .gr-loading-message')).toHaveText('Loading…');
    await expect(page.locator('#lazy').getByLabel('name')).toHaveCount(0);
  });
});

test.describe('critical path', allVersions, () => {
  test('an embed in view as the page loads asks for its config before the element is even defined', async ({
    page,
    gradio,
    embed,
  }) => {
    // The entry starts the requests of embeds already in view before it evaluates its own code
    // (Lit, the element's class): each /config fetch notes whether the element existed yet.
    await page.addInitScript(() => {
      const seen: boolean[] = [];
      Object.assign(window, { configFetches: seen });
      const fetch = window.fetch;
      window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
        const url = input instanceof Request ? input.url : String(input);
        if (new URL(url).pathname.endsWith('/config'))
          seen.push(customElements.get('gradio-app') !== undefined);
        return fetch.call(this, input, init);
      };
    });
    const app = await gradio('interface');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await el.getByLabel('name').fill('Early');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Early!');
    // One request, made before the element was defined, and the element used it.
    expect(
      await page.evaluate(() => (window as unknown as { configFetches: boolean[] }).configFetches),
    ).toEqual([false]);
  });

  test('the block chunks go out as the config arrives, without waiting for the runtime', async ({
    page,
    gradio,
    embed,
  }) => {
    // The runtime chunk is held back (a slow network) until the app's block chunks have been
    // requested, or for 10 s: only a page that requests them from the config alone gets past.
    // The examples table (a Dataset) is a chunk of its own; the text fields and buttons are in
    // the runtime.
    const app = await gradio('interface_full');
    const isRuntime = (url: string): boolean => /\/chunks\/app-session-[^/]+\.js$/.test(url);
    const blockChunk = whenRequested(page, (url) => /\/chunks\/dataset-[^/]+\.js$/.test(url), 'block chunk');
    const order: string[] = [];
    await page.route(
      (url) => isRuntime(url.href),
      async (route) => {
        order.push(await blockChunk);
        await route.continue();
      },
    );
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('Name')).toBeVisible();
    await expect(el.getByText('Grace')).toBeVisible();
    expect(order).toEqual(['block chunk requested']);
  });

  test('a plain app requests none of the parts only some apps use, even with head and js allowed', async ({
    page,
    gradio,
    embed,
  }) => {
    // Each is a lazy chunk of its own: were it imported statically again, it would be part of
    // the runtime chunk, and its file would not be there.
    const parts = ['app-head', 'browser-state', 'host-calls', 'nav-links', 'selected-tab', 'space'];
    const lazyChunks = new RegExp(`^(${parts.join('|')})-[^.]+\\.js$`);
    const files = readdirSync(path.join(repoRoot, 'dist/chunks')).filter((f) => lazyChunks.test(f));
    expect(files.map((f) => lazyChunks.exec(f)![1]).sort()).toEqual(parts);
    const app = await gradio('interface');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const partsRequested = (): string[] =>
      files
        .filter((f) => requested.some((r) => r.endsWith(`/chunks/${f}`)))
        .map((f) => lazyChunks.exec(f)![1]!);
    await embed(`<gradio-app src="${app.url}" allow_head="true" allow_js="true"></gradio-app>`);
    const el = page.locator('gradio-app');
    await el.getByLabel('name').fill('Plain');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Plain!');
    // The host page reading a value needs nothing more either.
    expect(
      await el.evaluate((node: HTMLElement & { getValue(t: string): unknown }) => node.getValue('name')),
    ).toBe('Plain');
    expect(requested.some((r) => /\/chunks\/app-session-[^/]+\.js$/.test(r))).toBe(true);
    expect(partsRequested()).toEqual([]);
    // Its first run() loads the host API's calls, once.
    const outputs = await el.evaluate(
      (node: HTMLElement & { run(t: string, i: unknown[]): Promise<unknown[]> }) =>
        node.run('Submit', ['Host']),
    );
    expect(outputs).toEqual(['Hello Host!']);
    expect(partsRequested()).toEqual(['host-calls']);
  });

  test('an app the runtime shows in an iframe starts no block chunks', async ({ page, gradio, embed }) => {
    sinceGradio(6, 'the custom-component app also holds a gr.WorkflowCanvas, new in 6.x');
    // A custom component, which we have no element for: the runtime falls back to the iframe,
    // and the chunk of the block type it does know (the WorkflowCanvas) would go unused.
    const app = await gradio('native_catalogue_custom');
    const chunks: string[] = [];
    page.on('request', (r) => /\/chunks\/workflowcanvas-[^/]+\.js$/.test(r.url()) && chunks.push(r.url()));
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    await expect(page.locator('gradio-app iframe')).toBeAttached();
    expect(chunks).toEqual([]);
  });
});

test.describe('the client', allVersions, () => {
  const isClientChunk = (url: string): boolean => /\/chunks\/gradio-client-[^/]+\.js$/.test(url);
  /** What else only the first event needs: the run engine, and the sandbox for the app's event js. */
  const isFirstEventChunk = (url: string): boolean => /\/chunks\/(run-engine|js-realm)-[^/]+\.js$/.test(url);
  /** The API description the client's start-up needs (`/gradio_api/info`, `/info` before 5.x). */
  const isApiInfo = (url: string, app: string): boolean =>
    url.startsWith(app) && new URL(url).pathname.endsWith('/info');

  test('loads only when the visitor reaches for the app, using the API info fetched after render', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface');
    const chunks: string[] = [];
    const firstEvent: string[] = [];
    const infos: string[] = [];
    page.on('request', (r) => {
      if (isClientChunk(r.url())) chunks.push(r.url());
      // The chunk's name without its hash (eight characters, which may include a '-').
      if (isFirstEventChunk(r.url())) firstEvent.push(/\/chunks\/(.+)-[\w-]{8}\.js$/.exec(r.url())![1]!);
      if (isApiInfo(r.url(), app.url)) infos.push(r.url());
    });
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    // Rendered, and left alone for a while: the API info is fetched; the client, the run engine
    // and the sandbox for the Clear button's js are not loaded.
    await expect.poll(() => infos.length).toBe(1);
    await page.waitForTimeout(1000);
    expect(chunks).toEqual([]);
    expect(firstEvent).toEqual([]);
    // A pointer over the app starts them all, before any click.
    await el.getByLabel('name').hover();
    await expect.poll(() => chunks.length).toBe(1);
    await expect.poll(() => firstEvent.sort()).toEqual(['js-realm', 'run-engine']);
    await el.getByLabel('name').fill('Reached');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Reached!');
    // The client took the API info fetched ahead instead of asking again.
    expect(infos).toHaveLength(1);
  });

  test('an app with a load event connects at once', async ({ page, gradio, embed }) => {
    const app = await gradio('dynamic');
    const chunks: string[] = [];
    page.on('request', (r) => isClientChunk(r.url()) && chunks.push(r.url()));
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    await expect(page.locator('gradio-app').getByLabel('How many boxes')).toBeVisible();
    await expect.poll(() => chunks.length).toBe(1);
  });
});

test.describe('render event', allVersions, () => {
  test('fires once per mount, and once more after src changes', async ({ page, gradio, embed }) => {
    const [first, second] = await Promise.all([gradio('interface'), gradio('custom_css')]);
    await embed(`<gradio-app src="${first.url}"></gradio-app>`, {
      head: `<script>
        window.renders = [];
        document.addEventListener('render', (e) => window.renders.push(e.target.getAttribute('src')));
      </script>`,
    });
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    // Drive the app so that it re-renders many times: still only one render event.
    await el.getByLabel('name').fill('Once');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Once!');
    expect(await page.evaluate(() => (window as unknown as { renders: string[] }).renders)).toEqual([
      first.url,
    ]);

    await el.evaluate((node, src) => node.setAttribute('src', src), second.url);
    await expect(el.getByLabel('text')).toBeVisible();
    await el.getByLabel('text').fill('twice');
    await el.getByRole('button', { name: 'Shout' }).click();
    await expect(el.getByLabel('loud')).toHaveValue('TWICE');
    expect(await page.evaluate(() => (window as unknown as { renders: string[] }).renders)).toEqual([
      first.url,
      second.url,
    ]);
  });
});

test.describe('the entry file', allVersions, () => {
  test('is one file: nothing else loads before the embed is visible', () => {
    expect([...entryFiles()]).toEqual(['gradio.js']);
  });

  test('is within 10 KiB gzip, as a CDN sends it', () => {
    // The size a page pays before any embed is visible (README, Performance): level 9, as the
    // bench's CDN and the usual CDNs compress.
    const gzip = gzipSync(readFileSync(path.join(repoRoot, 'dist/gradio.js')), { level: 9 });
    expect(gzip.length).toBeLessThanOrEqual(10 * 1024);
  });

  test('the runtime chunk asks V8 to compile it whole, and its source map still lines up', () => {
    const HINT = '//# allFunctionsCalledOnLoad';
    const chunks = path.join(repoRoot, 'dist/chunks');
    const file = readdirSync(chunks).find((f) => /^app-session-[^.]+\.js$/.test(f))!;
    const lines = readFileSync(path.join(chunks, file), 'utf8').split('\n');
    expect(lines[0]).toBe(HINT);
    // A string only src/render/app-chrome.ts writes: the map must send its position there.
    const line = lines.findIndex((l) => l.includes('Cannot find the app'));
    expect(line).toBeGreaterThan(0);
    const map = new SourceMapConsumer(JSON.parse(readFileSync(path.join(chunks, `${file}.map`), 'utf8')));
    const original = map.originalPositionFor({
      line: line + 1,
      column: lines[line]!.indexOf('Cannot find the app'),
    });
    expect(original.source).toMatch(/src\/render\/app-chrome\.ts$/);
    // The other chunks are left to V8's own choice: most of a library's functions never run.
    // Only each file's first bytes are read (some chunks are megabytes of library).
    const startsWithHint = (file: string): boolean => {
      const fd = openSync(file, 'r');
      try {
        const head = Buffer.alloc(HINT.length);
        readSync(fd, head, 0, HINT.length, 0);
        return head.toString('utf8') === HINT;
      } finally {
        closeSync(fd);
      }
    };
    const hinted = readdirSync(chunks).filter(
      (f) => f.endsWith('.js') && startsWithHint(path.join(chunks, f)),
    );
    expect(hinted).toEqual([file]);
    expect(readFileSync(path.join(repoRoot, 'dist/gradio.js'), 'utf8')).not.toContain(
      'allFunctionsCalledOnLoad',
    );
  });

  test('loaded under a URL with a query, the app renders as with the plain URL, without a warning', async ({
    page,
    gradio,
    host,
  }) => {
    // The chunks import what they share from gradio.js by its URL without the query: the page
    // holds a second copy of the entry, which must not split the styles or the element.
    const app = await gradio('interface');
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const el = page.locator('gradio-app');
    const open = async (script: string): Promise<string[]> => {
      const url = host.page(
        `/entry-${script.replace(/\W/g, '-')}.html`,
        `<!doctype html><html><head><meta charset="utf-8">
         <script type="module" src="${host.origin}${CDN}${script}"></script></head>
         <body><gradio-app theme_mode="light" src="${app.url}"></gradio-app></body></html>`,
      );
      await page.goto(url);
      await expect(el.getByLabel('name')).toBeVisible();
      // The look of the layout (the runtime's sheet), a field and the button (components' sheets).
      return el.evaluate((node) => {
        const root = node.shadowRoot!;
        const look = (selector: string): string => {
          const s = getComputedStyle(root.querySelector(selector)!);
          return [s.display, s.rowGap, s.borderTopWidth, s.borderTopStyle, s.backgroundColor, s.padding].join(
            ' ',
          );
        };
        return ['.gr-root', 'textarea', 'button.primary', '.main'].map(look);
      });
    };
    const plain = await open('gradio.js');
    const queried = await open('gradio.js?v=2');
    expect(queried).toEqual(plain);
    // A block type loaded after the first render (as for a @gr.render or a chat message) still
    // adopts its sheet into the root.
    const slider = readdirSync(path.join(repoRoot, 'dist/chunks')).find((f) => /^slider-[^.]+\.js$/.test(f));
    const sheets = (): Promise<number> => el.evaluate((node) => node.shadowRoot!.adoptedStyleSheets.length);
    const before = await sheets();
    await page.evaluate((url) => import(url), `${host.origin}${CDN}chunks/${slider}`);
    expect(await sheets()).toBe(before + 1);
    await el.getByLabel('name').fill('Query');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Query!');
    expect(warnings.filter((w) => w.includes('gradio-app'))).toEqual([]);
  });
});
