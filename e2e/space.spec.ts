import type { Page, Route } from '@playwright/test';
import { test, expect, whenRequested } from './fixtures/test.js';

const API = 'https://huggingface.co/api/spaces';
const CORS = { 'access-control-allow-origin': '*' };

/** A runtime document shaped like HF's `GET /api/spaces/{id}` answer. */
function spaceInfo(id: string, stage: string): unknown {
  const subdomain = id.replace('/', '-');
  return {
    id,
    runtime: {
      stage,
      hardware: { current: stage === 'RUNNING' ? 'cpu-basic' : null, requested: 'cpu-basic' },
      storage: { current: null, requested: null },
      gcTimeout: 86400,
      replicas: { current: 1, requested: 1 },
      devMode: false,
      domains: [{ domain: `${subdomain}.hf.space`, isCustom: false, stage: 'READY' }],
    },
  };
}

function json(route: Route, body: unknown, status = 200): Promise<void> {
  return route.fulfill({
    status,
    contentType: 'application/json',
    headers: CORS,
    body: JSON.stringify(body),
  });
}

/** Answers `/host` for `id` with `https://{user-name}.hf.space`. */
async function routeHost(page: Page, id: string): Promise<string> {
  const subdomain = id.replace('/', '-');
  const host = `https://${subdomain}.hf.space`;
  await page.route(`${API}/${id}/host`, (route) => json(route, { subdomain, host }));
  return host;
}

/** Forwards every request to the Space's host to the local gradio server, path kept. */
async function forwardSpace(page: Page, spaceHost: string, localUrl: string): Promise<string[]> {
  const seen: string[] = [];
  await page.route(`${spaceHost}/**`, async (route) => {
    const url = new URL(route.request().url());
    seen.push(url.pathname);
    const response = await route.fetch({ url: `${localUrl}${url.pathname}${url.search}` });
    const origin = route.request().headers()['origin'];
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        ...(origin
          ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
          : {}),
      },
    });
  });
  return seen;
}

const RECORD_ERRORS = `<script>
  window.gradioErrors = [];
  document.addEventListener('gradio-error', (e) => window.gradioErrors.push(e.detail));
</script>`;

test.describe('space="user/name"', () => {
  test('a sleeping Space shows the wake-up message, then runs', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    const id = 'user/name';
    const spaceHost = await routeHost(page, id);
    // The runtime endpoint says SLEEPING until the test has seen the message, then RUNNING.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const stages: string[] = [];
    await page.route(`${API}/${id}`, async (route) => {
      const stage = stages.length === 0 ? 'SLEEPING' : 'RUNNING';
      if (stage === 'RUNNING') await released;
      stages.push(stage);
      await json(route, spaceInfo(id, stage));
    });
    const forwarded = await forwardSpace(page, spaceHost, app.url);
    await embed(`<gradio-app space="${id}"></gradio-app>`, { head: RECORD_ERRORS });

    const el = page.locator('gradio-app');
    await expect(el.locator('.gr-loading-message')).toHaveText('The Space is asleep. Waking it up…');
    expect(forwarded).toEqual([]); // no request to the app while it sleeps
    release();

    await expect(el.getByLabel('name')).toBeVisible();
    expect(stages[0]).toBe('SLEEPING');
    expect(stages.at(-1)).toBe('RUNNING');
    expect(forwarded).toContain('/config');
    await el.getByLabel('name').fill('Space');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Space!');

    // The footer names the Space and links to its page.
    const link = el.locator('footer.gr-info').getByRole('link', { name: `${id} on Hugging Face Spaces` });
    await expect(link).toHaveAttribute('href', `https://huggingface.co/spaces/${id}`);
    expect(
      await page.evaluate(() => (window as unknown as { gradioErrors: unknown[] }).gradioErrors),
    ).toEqual([]);
  });

  test('a paused Space shows the paused error', async ({ page, embed }) => {
    const id = 'user/paused';
    await routeHost(page, id);
    await page.route(`${API}/${id}`, (route) => json(route, spaceInfo(id, 'PAUSED')));
    let appRequests = 0;
    await page.route('https://user-paused.hf.space/**', (route) => {
      appRequests++;
      return route.abort();
    });
    await embed(`<gradio-app space="${id}"></gradio-app>`, { head: RECORD_ERRORS });
    const screen = page.locator('gradio-app .gr-screen[role="alert"]');
    await expect(screen.locator('.gr-error-title')).toHaveText('The Space is not available');
    await expect(screen.locator('.gr-error-message')).toHaveText(
      'The Space "user/paused" is paused by its owner.',
    );
    await expect(screen.getByRole('link', { name: 'Open the app in a new tab' })).toHaveAttribute(
      'href',
      `https://huggingface.co/spaces/${id}`,
    );
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { gradioErrors: unknown[] }).gradioErrors))
      .toEqual([
        { message: 'The Space "user/paused" is paused by its owner.', kind: 'SpaceUnavailableError' },
      ]);
    expect(appRequests).toBe(0);
  });

  test('an unknown Space shows a clear error', async ({ page, embed }) => {
    const id = 'user/nope';
    await page.route(`${API}/${id}/host`, (route) => json(route, { error: 'Repository not found' }, 404));
    let runtimeRequests = 0;
    await page.route(`${API}/${id}`, (route) => {
      runtimeRequests++;
      return json(route, {}, 404);
    });
    await embed(`<gradio-app space="${id}"></gradio-app>`, { head: RECORD_ERRORS });
    const screen = page.locator('gradio-app .gr-screen[role="alert"]');
    await expect(screen.locator('.gr-error-title')).toHaveText('Cannot find the app');
    await expect(screen.locator('.gr-error-message')).toHaveText(
      `The Space "user/nope" could not be found, or it is private (a private Space needs the element's token property).`,
    );
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { gradioErrors: unknown[] }).gradioErrors))
      .toEqual([
        {
          message: `The Space "user/nope" could not be found, or it is private (a private Space needs the element's token property).`,
          kind: 'SourceError',
        },
      ]);
    // Its status was asked once, with the lookup, and never polled.
    await page.waitForTimeout(2_500);
    expect(runtimeRequests).toBeLessThanOrEqual(1);
  });

  test('the lookups go out together: the host with the status, then the config with the theme', async ({
    page,
    gradio,
    embed,
  }) => {
    // Each of the first requests is held until its partner has been requested, or for 10 s:
    // only a page that sends them together gets past without waiting.
    const app = await gradio('interface');
    const id = 'user/quick';
    const spaceHost = 'https://user-quick.hf.space';
    const status = whenRequested(page, (url) => url === `${API}/${id}`, 'status');
    const theme = whenRequested(page, (url) => url.startsWith(`${spaceHost}/theme.css`), 'theme');
    const order: string[] = [];
    await page.route(`${API}/${id}/host`, async (route) => {
      order.push(await status);
      await json(route, { subdomain: 'user-quick', host: spaceHost });
    });
    await page.route(`${API}/${id}`, (route) => json(route, spaceInfo(id, 'RUNNING')));
    await forwardSpace(page, spaceHost, app.url);
    // Registered after the forwarding, so it sees the request first and then hands it on.
    await page.route(`${spaceHost}/config`, async (route) => {
      order.push(await theme);
      await route.fallback();
    });
    await embed(`<gradio-app space="${id}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    expect(order).toEqual(['status requested', 'theme requested']);
    await el.getByLabel('name').fill('Quick');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Quick!');
  });

  test('a private Space: its files load with its signed JWT in their URLs, never the token', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('media_image');
    const id = 'user/private';
    const spaceHost = await routeHost(page, id);
    await page.route(`${API}/${id}`, (route) => json(route, spaceInfo(id, 'RUNNING')));
    const jwtAuth: (string | undefined)[] = [];
    await page.route(`${API}/${id}/jwt`, (route) => {
      jwtAuth.push(route.request().headers()['authorization']);
      return json(route, { token: 'space-jwt' });
    });
    await forwardSpace(page, spaceHost, app.url);
    // Set before the element is defined, as a page that has its token at hand would.
    await embed(
      `<gradio-app space="${id}"></gradio-app>
       <script>document.querySelector('gradio-app').token = 'hf_secret';</script>`,
    );
    const image = page.locator('gradio-app img[src*="halves"]').first();
    await expect(image).toBeVisible();
    const src = new URL((await image.getAttribute('src'))!);
    // On the local server the Space forwards to (its config's root), signed all the same.
    expect(src.searchParams.get('__sign')).toBe('space-jwt');
    expect(src.href).not.toContain('hf_secret');
    expect(jwtAuth).toEqual(['Bearer hf_secret']);
  });

  test('src="https://user-direct.hf.space" checks the Space by subdomain, then runs', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface');
    const spaceHost = 'https://user-direct.hf.space';
    const polled: string[] = [];
    await page.route(`${API}/by-subdomain/user-direct`, (route) => {
      polled.push(route.request().url());
      return json(route, spaceInfo('user/direct', 'RUNNING'));
    });
    const forwarded = await forwardSpace(page, spaceHost, app.url);
    await embed(`<gradio-app src="${spaceHost}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    expect(polled).toHaveLength(1);
    expect(forwarded).toContain('/config');
    await el.getByLabel('name').fill('Direct');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Direct!');
  });
});
