import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';
import { startGradio } from './fixtures/gradio-server.js';
import { startFaultProxy, type FaultProxy } from './fixtures/fault-proxy.js';

let proxy: FaultProxy | null = null;
test.afterEach(async () => {
  await proxy?.stop();
  proxy = null;
});

async function open(page: Page, embed: (b: string) => Promise<void>, url: string): Promise<Locator> {
  await embed(`<gradio-app src="${url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(root.getByLabel('name')).toBeVisible();
  return root;
}

const banner = (root: Locator): Locator => root.locator('.gr-banner');

test('explore: SSE dropped mid-event', async ({ page, embed, gradio }) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  page.on('console', (m) => console.log('console:', m.text().slice(0, 200)));
  const root = await open(page, embed, proxy.url);
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Count' }).click();
  await expect(root.getByLabel('counter')).toHaveValue(/^[3-9]$/);
  proxy.dropStreams();
  await page.waitForTimeout(3000);
  console.log(
    'banner',
    await banner(root).count(),
    await root.locator('gr-textbox').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 100))),
  );
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!', { timeout: 20_000 });
});

test('explore: 5xx on config', async ({ page, embed, gradio }) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  proxy.fault({ match: /\/config/, fault: { kind: 'respond', status: 502, body: 'Bad gateway' }, times: 2 });
  await embed(`<gradio-app src="${proxy.url}"></gradio-app>`);
  await page.waitForTimeout(5000);
  console.log(await page.locator('gradio-app .gr-screen').textContent());
});

test('explore: 503 queue full and 422', async ({ page, embed, gradio }) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const root = await open(page, embed, proxy.url);
  proxy.fault({
    match: /\/queue\/join/,
    fault: { kind: 'respond', status: 503, body: '{"detail":"Queue is full."}' },
    times: 1,
  });
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await page.waitForTimeout(2000);
  console.log(
    '503 toasts:',
    await root.locator('.gr-toast').allTextContents(),
    'banner',
    await banner(root).allTextContents(),
  );
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  proxy.fault({
    match: /\/queue\/join/,
    fault: { kind: 'respond', status: 422, body: '{"detail":[{"msg":"bad input","loc":["body","data"]}]}' },
    times: 1,
  });
  await root.getByLabel('name').fill('Bob');
  await root.getByRole('button', { name: 'Submit' }).click();
  await page.waitForTimeout(2000);
  console.log('422 toasts:', await root.locator('.gr-toast').allTextContents());
});

test('explore: slow 10 s', async ({ page, embed, gradio }) => {
  test.setTimeout(90_000);
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const root = await open(page, embed, proxy.url);
  proxy.fault({ match: /\/queue\/join/, fault: { kind: 'delay', ms: 10_000 }, times: 1 });
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await page.waitForTimeout(5000);
  console.log(
    'slow at 5s:',
    await root
      .locator('gr-textbox')
      .nth(1)
      .evaluate((e) => e.textContent),
    await root.locator('.gr-toast').allTextContents(),
  );
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!', { timeout: 20_000 });
});

test('explore: truncated upload', async ({ page, embed, gradio }) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const root = await open(page, embed, proxy.url);
  proxy.fault({ match: /\/upload/, method: 'POST', fault: { kind: 'cut-request', afterBytes: 3000 } });
  await root
    .locator('gr-file input[type=file]')
    .setInputFiles([{ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from('x'.repeat(100_000)) }]);
  await page.waitForTimeout(4000);
  console.log(
    'upload:',
    await root.locator('gr-file').textContent(),
    await root.locator('.gr-toast').allTextContents(),
  );
  console.log(proxy.requests.filter((r) => /upload/.test(r)));
  await root.getByRole('button', { name: 'Inspect' }).click();
  await page.waitForTimeout(3000);
  console.log('info', await root.getByLabel('file info').inputValue());
});

test('explore: expired session (fresh server behind the same URL)', async ({ page, embed, gradio }) => {
  test.setTimeout(120_000);
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const second = await startGradio('reliability');
  try {
    const root = await open(page, embed, proxy.url);
    await root.getByLabel('name').fill('Ada');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
    proxy.retarget(second.url);
    proxy.dropAll();
    await page.waitForTimeout(1000);
    await root.getByLabel('name').fill('Bob');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('output')).toHaveValue('Hello Bob!', { timeout: 20_000 });
  } finally {
    await second.stop();
  }
});

test('explore: offline and back', async ({ page, embed, gradio, context }) => {
  const app = await gradio('reliability');
  const root = await open(page, embed, app.url);
  await root.getByLabel('name').fill('Ada');
  await context.setOffline(true);
  await root.getByRole('button', { name: 'Submit' }).click();
  await page.waitForTimeout(2000);
  console.log(
    'offline:',
    await banner(root).allTextContents(),
    await root.locator('.gr-toast').allTextContents(),
  );
  await context.setOffline(false);
  await page.waitForTimeout(1000);
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!', { timeout: 20_000 });
});
