import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';
import { startGradio } from './fixtures/gradio-server.js';
import { startFaultProxy, type FaultProxy } from './fixtures/fault-proxy.js';

/*
 * Faults between the browser and a real server, through a fault-injecting proxy: each gives a
 * clear message, keeps what the user typed, and the app works again without a reload.
 */

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
const toasts = (root: Locator): Locator => root.locator('.gr-toast');

test('the server dies mid-stream and another takes its place: the message shows, inputs stay, the next event runs in a fresh session', async ({
  page,
  embed,
  gradio,
}) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const second = await startGradio('reliability');
  try {
    const root = await open(page, embed, proxy.url);
    await root.getByLabel('name').fill('Ada');
    await root.getByRole('button', { name: 'Count' }).click();
    await expect(root.getByLabel('counter')).toHaveValue(/^[2-9]$/);
    // The first server is gone for good; the same URL now reaches a server that never saw us.
    proxy.retarget(second.url);
    proxy.dropAll();
    await expect(banner(root).or(toasts(root)).first()).toBeVisible();
    await expect(root.getByLabel('name')).toHaveValue('Ada');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('output')).toHaveValue('Hello Ada!', { timeout: 20_000 });
    // And streaming works again too, to the end.
    await root.getByLabel('count to').fill('3');
    await root.getByLabel('delay').fill('0.05');
    await root.getByRole('button', { name: 'Count' }).click();
    await expect(root.getByLabel('counter')).toHaveValue('done');
  } finally {
    await second.stop();
  }
});

test('the event stream is cut mid-event: the next event goes through', async ({ page, embed, gradio }) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const root = await open(page, embed, proxy.url);
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Count' }).click();
  await expect(root.getByLabel('counter')).toHaveValue(/^[2-9]$/);
  proxy.dropStreams();
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!', { timeout: 20_000 });
  await expect(root.getByLabel('name')).toHaveValue('Ada');
});

test('a 5xx on the config says what the server answered; "Try again" loads the app once it answers, without a reload', async ({
  page,
  embed,
  gradio,
}) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  proxy.fault({ match: /\/config/, fault: { kind: 'respond', status: 502, body: 'Bad gateway' } });
  await embed(`<input id="host-input" aria-label="host field"><gradio-app src="${proxy.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(root).toContainText('answered 502');
  await expect(root.getByRole('link', { name: /new tab/ })).toBeVisible();
  await page.getByLabel('host field').fill('typed on the host page');
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  // Still failing: the same message again.
  await root.getByRole('button', { name: 'Try again' }).click();
  await expect(root).toContainText('answered 502');
  proxy.heal();
  await root.getByRole('button', { name: 'Try again' }).click();
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  await expect(page.getByLabel('host field')).toHaveValue('typed on the host page');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
});

test('the runtime fails to load (a dropped connection): "Try again" fetches it anew and the app comes up, without a reload', async ({
  page,
  embed,
  gradio,
}) => {
  const app = await gradio('reliability');
  const isRuntime = (url: URL): boolean => /\/chunks\/app-session-[^/]+\.js$/.test(url.pathname);
  let requests = 0;
  await page.route(isRuntime, (route) =>
    ++requests === 1 ? route.fulfill({ status: 503, body: 'unavailable' }) : route.fallback(),
  );
  await embed(`<input id="host-input" aria-label="host field"><gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(root.getByRole('alert')).toContainText('The embed could not load');
  await expect(root.getByRole('alert')).toContainText(/app-session-[^/]+\.js/);
  await page.getByLabel('host field').fill('typed on the host page');
  await root.getByRole('button', { name: 'Try again' }).click();
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  await expect(root.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('host field')).toHaveValue('typed on the host page');
  expect(requests).toBe(2);
});

test('a 422 on an event (the server refused its data): a clear message, inputs kept, the next click works', async ({
  page,
  embed,
  gradio,
}) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const root = await open(page, embed, proxy.url);
  proxy.fault({
    match: /\/queue\/join/,
    fault: {
      kind: 'respond',
      status: 422,
      body: '{"detail":[{"type":"missing","loc":["body","data"],"msg":"Field required","input":null}]}',
    },
    times: 1,
  });
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(toasts(root)).toContainText(
    'The app refused the data of this event (422): Field required (body › data). Your inputs are kept.',
  );
  await expect(root.getByLabel('name')).toHaveValue('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  await expect(banner(root)).toHaveCount(0);
});

test('503 queue full: a clear message, and the same click works once the queue has room', async ({
  page,
  embed,
  gradio,
}) => {
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
  await expect(toasts(root)).toContainText(/busy|try again/i);
  await expect(root.getByLabel('name')).toHaveValue('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  await expect(banner(root)).toHaveCount(0);
});

test('a 10 s answer shows progress meanwhile and lands', async ({ page, embed, gradio }) => {
  test.setTimeout(60_000);
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const root = await open(page, embed, proxy.url);
  proxy.fault({ match: /\/queue\/join/, fault: { kind: 'delay', ms: 10_000 }, times: 1 });
  await root.getByLabel('name').fill('Ada');
  const started = Date.now();
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.locator('gr-textbox').filter({ hasText: 'output' })).toContainText(/processing/);
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!', { timeout: 25_000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
  await expect(toasts(root)).toHaveCount(0);
});

test('a truncated upload says it failed, and the file can be sent again', async ({ page, embed, gradio }) => {
  const app = await gradio('reliability');
  proxy = await startFaultProxy(app.url);
  const root = await open(page, embed, proxy.url);
  proxy.fault({
    match: /\/upload\?/,
    method: 'POST',
    // Every upload until healed: Chromium itself may send a POST again on a fresh connection
    // when its first connection was reset.
    fault: { kind: 'cut-request', afterBytes: 3000 },
  });
  const file = { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from('x'.repeat(100_000)) };
  await root.locator('gr-file input[type=file]').setInputFiles([file]);
  await expect(root.locator('gr-file')).toContainText(/upload failed/i);
  proxy.heal();
  await root.locator('gr-file input[type=file]').setInputFiles([file]);
  await root.getByRole('button', { name: 'Inspect' }).click();
  await expect(root.getByLabel('file info')).toHaveValue('big.txt 100000 bytes');
});

test('offline and back: the message shows, inputs stay, the next click works', async ({
  page,
  embed,
  gradio,
  context,
}) => {
  const app = await gradio('reliability');
  const root = await open(page, embed, app.url);
  await root.getByLabel('name').fill('Ada');
  await context.setOffline(true);
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(banner(root).or(toasts(root)).first()).toContainText(/connection|network|offline|failed/i);
  await expect(root.getByLabel('name')).toHaveValue('Ada');
  await context.setOffline(false);
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!', { timeout: 20_000 });
});

test("the event engine's code fails to load: a clear message, inputs kept, the next click loads it and runs", async ({
  page,
  embed,
  gradio,
}) => {
  const app = await gradio('reliability');
  // The run engine's chunk cannot be fetched (a network blip), then can again.
  let refusing = true;
  let refused = 0;
  await page.route(/\/chunks\/run-engine-[^/]+\.js$/, (route) =>
    refusing ? (refused++, route.abort('connectionreset')) : route.continue(),
  );
  const root = await open(page, embed, app.url);
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(banner(root)).toContainText('Could not load the code that runs events');
  // Asked for when the visitor reached for the app, and again by the click.
  expect(refused).toBe(2);
  refusing = false;
  await expect(root.getByLabel('name')).toHaveValue('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  await expect(banner(root)).toHaveCount(0);
});
