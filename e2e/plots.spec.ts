import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';
import { sitePackagesFile } from './fixtures/gradio-server.js';

/** BokehJS as the server's own bokeh package ships it: cdn.bokeh.org answered from it (no internet here). */
const BOKEH_JS = sitePackagesFile('bokeh/server/static/js');
const bokehRequests: string[] = [];
async function serveBokehCdn(page: Page): Promise<void> {
  await page.route('https://cdn.bokeh.org/**', async (route) => {
    const url = route.request().url();
    bokehRequests.push(url);
    // bokeh-3.9.2.min.js -> bokeh.min.js, bokeh-widgets-3.9.2.min.js -> bokeh-widgets.min.js
    const file = path.basename(new URL(url).pathname).replace(/-\d+\.\d+\.\d+(?:\.\w+)?(?=\.min\.js$)/, '');
    try {
      await route.fulfill({
        body: await readFile(path.join(BOKEH_JS, file)),
        contentType: 'text/javascript',
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** Drags the mouse across the middle of a chart, from `from` to `to` of its width, as a user brushes. */
async function brush(page: Page, chart: Locator, from: number, to: number): Promise<void> {
  await chart.scrollIntoViewIfNeeded();
  const plotArea = chart.locator('.mark-line.role-mark path, .mark-symbol.role-mark path').first();
  const box = (await plotArea.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

const report = (app: Locator): Locator => app.getByLabel('Report');

// The plots app imports matplotlib, Plotly, Altair and Bokeh: its server takes a while to start,
// and plotly.js is 4.6 MB to load on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe('plots', () => {
  test('gr.Plot draws matplotlib, Plotly, Altair and Bokeh figures; bad payloads are messages', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('plots');
    await serveBokehCdn(page);
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    const app = page.locator('gradio-app');

    const mpl = app.locator('gr-plot').filter({ hasText: 'Matplotlib' });
    const img = mpl.getByRole('img', { name: 'Matplotlib' });
    await expect(img).toHaveAttribute('src', /^data:image\/webp;base64,/);
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(600);

    const plotly = app.locator('gr-plot').filter({ hasText: 'Plotly' });
    await expect(plotly.locator('.scatterlayer .trace .point')).toHaveCount(5, { timeout: 30_000 });
    await expect(plotly.locator('.barlayer .point')).toHaveCount(5);
    await expect(plotly.locator('.gtitle')).toHaveText('Sales (Plotly)');

    const altair = app.locator('gr-plot').filter({ hasText: 'Altair' });
    await expect(altair.locator('.mark-rect path')).toHaveCount(5);
    await expect(altair.locator('.gr-vega-chart svg.marks')).toContainText('Sales (Altair)');

    // BokehJS of the server's version, drawn on a canvas inside Bokeh's own shadow root.
    const bokeh = app.locator('gr-plot').filter({ hasText: 'Bokeh' });
    await expect(bokeh.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
    expect(bokehRequests.some((u) => u.endsWith('/bokeh-3.9.2.min.js'))).toBe(true);
    const painted = await bokeh
      .locator('canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 100) ink++;
        return ink;
      });
    expect(painted).toBeGreaterThan(100);

    await expect(app.locator('gr-plot').filter({ hasText: 'Unknown type' }).getByRole('alert')).toHaveText(
      /unknown plot type "ggplot"/,
    );
    await expect(app.locator('gr-plot').filter({ hasText: 'Broken figure' }).getByRole('alert')).toHaveText(
      /Plotly figure is not valid JSON/,
    );
    await expect(
      app.locator('gr-plot').filter({ hasText: 'Empty' }).getByRole('note', { name: 'Empty value' }),
    ).toBeVisible();

    // The rest of the app works.
    await app.getByLabel('Name').fill('Ada');
    await app.getByLabel('Name').press('Enter');
    await expect(app.getByLabel('Greeting')).toHaveValue('Hello Ada!');

    // Nothing of a plot library landed in the host page's head.
    const head = await page.evaluate(() => [...document.head.children].map((n) => n.localName));
    expect(head).toEqual(['meta', 'title', 'script']);
  });

  test('new figures from the server redraw each plot; the server sees the Plotly payload', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('plots');
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    const app = page.locator('gradio-app');
    const plotly = app.locator('gr-plot').filter({ hasText: 'Plotly' });
    const altair = app.locator('gr-plot').filter({ hasText: 'Altair' });
    await expect(plotly.locator('.barlayer .point')).toHaveCount(5, { timeout: 30_000 });
    const img = app.getByRole('img', { name: 'Matplotlib' });
    const before = await img.getAttribute('src');
    const yTicks = () => plotly.locator('.ytick text').allTextContents();
    expect(await yTicks()).not.toContain('15');
    await app.getByRole('button', { name: 'Double' }).click();
    await expect.poll(() => img.getAttribute('src')).not.toBe(before);
    await expect.poll(yTicks).toContain('15');
    await expect(altair.locator('.gr-vega-chart svg.marks')).toContainText('18');
    await expect(report(app)).toHaveValue('{"type": "plotly", "traces": 2}');

    await app.getByRole('button', { name: 'Fill empty' }).click();
    const filled = app.locator('gr-plot').filter({ hasText: 'Empty' });
    await expect(filled.locator('.scatterlayer .trace')).toHaveCount(1);

    await app.getByRole('button', { name: 'Clear Plotly' }).click();
    await expect(plotly.getByRole('note', { name: 'Empty value' })).toBeVisible();
    await expect(report(app)).toHaveValue('null');
  });

  test('official frontend draws the same figures (the oracle)', async ({ page, gradio }) => {
    const server = await gradio('plots');
    await page.goto(server.url);
    await expect(page.locator('[data-testid="plotly"] .barlayer .point')).toHaveCount(5, { timeout: 30_000 });
    // Its Altair chart is drawn (Vega-Embed's canvas or SVG renderer, whichever it picks).
    await expect(
      page.locator('[data-testid="altair"] .vega-embed').locator('canvas, svg.marks'),
    ).toBeVisible();
    await expect(page.locator('[data-testid="matplotlib"] img')).toHaveAttribute('src', /^data:image\/webp/);
  });
});

test.describe('native plots', () => {
  test('LinePlot, ScatterPlot and BarPlot are drawn from the props', async ({ page, gradio, embed }) => {
    const server = await gradio('plots_native');
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    const app = page.locator('gradio-app');
    const line = app.getByRole('figure', { name: 'Line' });
    await expect(line.locator('.mark-line path')).toHaveCount(1, { timeout: 30_000 });
    await expect(line.locator('svg')).toContainText('Height by weight');
    await expect(line.locator('svg')).toContainText('Weight (kg)');
    const scatter = app.getByRole('figure', { name: 'Scatter' });
    await expect(scatter.locator('.mark-symbol.role-mark path')).toHaveCount(10);
    const fills = await scatter
      .locator('.mark-symbol path')
      .evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('stroke')))].sort());
    expect(fills).toEqual(['#0000ff', '#ff0000']);
    await expect(app.getByText('Two groups')).toBeVisible();
    // sort="-y" over sums: cherry 8, apple 7, banana 6.
    const bar = app.getByRole('figure', { name: 'Bar' });
    await expect(bar.locator('.mark-rect path')).toHaveCount(3);
    await expect(bar.locator('.role-axis-label text')).toContainText(['cherry', 'apple', 'banana']);
    // height=260: the chart fits inside the block, the x title included.
    const temporal = app.locator('gr-nativeplot').filter({ hasText: 'Temporal' });
    const block = (await temporal.locator('.block').boundingBox())!;
    expect(block.height).toBeCloseTo(260, 0);
    const title = (await temporal.locator('svg text', { hasText: /^time$/ }).boundingBox())!;
    expect(title.y + title.height).toBeLessThan(block.y + block.height);
  });

  test('a LinePlot brush reaches the server as SelectData; double_click too', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('plots_native');
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    const app = page.locator('gradio-app');
    const line = app.getByRole('figure', { name: 'Line' });
    await expect(line.locator('.mark-line path')).toHaveCount(1, { timeout: 30_000 });
    await brush(page, line, 0.2, 0.6);
    await expect(report(app)).toHaveValue(/"selected": true/);
    const got = JSON.parse(await report(app).inputValue()) as { index: number[]; value: number[] };
    expect(got.value).toEqual(got.index);
    // 20% to 60% across weights 50..95.
    expect(got.index[0]).toBeGreaterThan(55);
    expect(got.index[0]).toBeLessThan(62);
    expect(got.index[1]).toBeGreaterThan(73);
    expect(got.index[1]).toBeLessThan(80);

    await line.locator('svg').dblclick();
    await expect(app.getByLabel('Double clicks')).toHaveValue('1');

    // Dates: the range in seconds, as Gradio sends it.
    const temporal = app.getByRole('figure', { name: 'Temporal' });
    await brush(page, temporal, 0.3, 0.7);
    await expect
      .poll(async () => (JSON.parse(await report(app).inputValue()) as { index: number[] }).index[0])
      .toBeGreaterThan(1_704_067_200);
    const dates = JSON.parse(await report(app).inputValue()) as { index: number[] };
    expect(dates.index[1]).toBeLessThan(1_704_067_200 + 48 * 3600);
  });

  test('a selection that zooms the plot, and double-click to reset', async ({ page, gradio, embed }) => {
    const server = await gradio('plots_native');
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    const app = page.locator('gradio-app');
    const zoom = app.getByRole('figure', { name: 'Zoom' });
    await expect(zoom.locator('.mark-line path')).toHaveCount(1, { timeout: 30_000 });
    const ticks = () => zoom.locator('.role-axis-label').first().locator('text').allTextContents();
    expect(await ticks()).toContain('50');
    await brush(page, zoom, 0.5, 0.9);
    await expect.poll(ticks).not.toContain('50');
    await zoom.locator('svg').dblclick();
    await expect.poll(ticks).toContain('50');
  });

  test('a gr.Timer refreshes a plot in place: new rows, same chart', async ({ page, gradio, embed }) => {
    const server = await gradio('plots_native');
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    const app = page.locator('gradio-app');
    const live = app.getByRole('figure', { name: 'Live' });
    await expect(live.locator('.mark-line path')).toHaveCount(1, { timeout: 30_000 });
    await live
      .locator('svg')
      .evaluate((svg) => ((window as unknown as { __liveSvg: Element }).__liveSvg = svg));
    const xLabels = () => live.locator('.role-axis-label').first().locator('text').allTextContents();
    const first = await xLabels();
    await app.getByRole('button', { name: 'Start' }).click();
    await expect.poll(xLabels, { timeout: 10_000 }).not.toEqual(first);
    const second = await xLabels();
    await expect.poll(xLabels, { timeout: 10_000 }).not.toEqual(second);
    await app.getByRole('button', { name: 'Stop' }).click();
    // The same SVG element throughout: the view's rows were swapped, the chart never rebuilt.
    expect(
      await live
        .locator('svg')
        .evaluate((svg) => svg === (window as unknown as { __liveSvg: Element }).__liveSvg),
    ).toBe(true);
  });
});

test.describe('plot libraries load lazily, once', () => {
  const chunk = (urls: string[], name: RegExp): string[] =>
    urls.filter((u) => name.test(new URL(u).pathname));
  const VEGA = /\/chunks\/vega-runtime-[^/]+\.js$/;
  const PLOTLY = /\/chunks\/plotly\.min-[^/]+\.js$/;

  test('a page without plots loads no plot library', async ({ page, gradio, embed }) => {
    const server = await gradio('display');
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    await expect(page.locator('gradio-app gr-paramviewer')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(chunk(urls, VEGA)).toEqual([]);
    expect(chunk(urls, PLOTLY)).toEqual([]);
    expect(urls.filter((u) => /bokeh/.test(u))).toEqual([]);
  });

  test('one copy of Vega for every chart on the page; Plotly only with a Plotly plot', async ({
    page,
    gradio,
    embed,
  }) => {
    const [plots, native] = await Promise.all([gradio('plots'), gradio('plots_native')]);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await serveBokehCdn(page);
    await embed(`<gradio-app src="${native.url}"></gradio-app>`);
    const app = page.locator('gradio-app').first();
    await expect(app.locator('gr-nativeplot .mark-line path').first()).toBeVisible({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // Six native charts: one Vega, no Plotly.
    expect(chunk(urls, VEGA)).toHaveLength(1);
    expect(chunk(urls, PLOTLY)).toEqual([]);

    // A second app on the same page, with Altair and Plotly: still one Vega; Plotly now.
    await page.evaluate((src) => {
      const second = document.createElement('gradio-app');
      second.setAttribute('src', src);
      document.body.append(second);
    }, plots.url);
    const second = page.locator('gradio-app').nth(1);
    await second.scrollIntoViewIfNeeded();
    await expect(second.locator('gr-plot .mark-rect path')).toHaveCount(5, { timeout: 30_000 });
    await expect(second.locator('gr-plot .barlayer .point').first()).toBeVisible({ timeout: 30_000 });
    expect(chunk(urls, VEGA)).toHaveLength(1);
    expect(chunk(urls, PLOTLY)).toHaveLength(1);
  });
});
