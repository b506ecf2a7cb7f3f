import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';
import { freePort } from './fixtures/gradio-server.js';
import { hostPage, type HostServer } from './fixtures/host-server.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { startFake, type FakeServer } from './fixtures/fake-server.js';

/** Records every gradio-error event's detail; installed before the element's script runs. */
const RECORD_ERRORS = `<script>
  window.gradioErrors = [];
  document.addEventListener('gradio-error', (e) => window.gradioErrors.push(e.detail));
</script>`;

interface ErrorDetail {
  message: string;
  kind: string;
}

async function errors(page: Page): Promise<ErrorDetail[]> {
  return page.evaluate(() => (window as unknown as { gradioErrors: ErrorDetail[] }).gradioErrors);
}

/** Asserts the error screen's title and message, and that one matching gradio-error fired. */
async function expectErrorScreen(
  page: Page,
  expected: { title: string; message: string | RegExp; kind: string },
): Promise<void> {
  const screen = page.locator('gradio-app .gr-screen[role="alert"]');
  await expect(screen.locator('.gr-error-title')).toHaveText(expected.title);
  await expect(screen.locator('.gr-error-message')).toHaveText(expected.message);
  await expect.poll(() => errors(page)).toHaveLength(1);
  const [detail] = await errors(page);
  expect(detail!.kind).toBe(expected.kind);
  expect(detail!.message).toBe(await screen.locator('.gr-error-message').textContent());
  // No app and no iframe.
  await expect(page.locator('gradio-app iframe')).toHaveCount(0);
  await expect(page.locator('gradio-app textarea')).toHaveCount(0);
}

// The CORS tests serve the host page from http://example.test:<port>, a name this browser
// resolves to the host server (the other tests never use that name).
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--host-resolver-rules=MAP example.test 127.0.0.1'],
  },
});

test.describe('error screens', () => {
  test('empty src', async ({ page, embed }) => {
    await embed(`<gradio-app eager src=""></gradio-app>`, { head: RECORD_ERRORS });
    await expectErrorScreen(page, {
      title: 'Cannot find the app',
      message: 'The src attribute is empty: give the URL of a Gradio app.',
      kind: 'SourceError',
    });
  });

  test('invalid src', async ({ page, embed }) => {
    await embed(`<gradio-app eager src="ht!tp://"></gradio-app>`, { head: RECORD_ERRORS });
    await expectErrorScreen(page, {
      title: 'Cannot find the app',
      message: '"ht!tp://" is not a valid URL for the src attribute.',
      kind: 'SourceError',
    });
  });

  test('unreachable server', async ({ page, embed }) => {
    const port = await freePort();
    await embed(`<gradio-app eager src="http://127.0.0.1:${port}"></gradio-app>`, { head: RECORD_ERRORS });
    await expectErrorScreen(page, {
      title: 'Cannot load the app',
      message: `Could not reach http://127.0.0.1:${port}. Is the server running?`,
      kind: 'unreachable',
    });
  });

  test('a URL that is not a Gradio app: the host site itself (404 /config)', async ({
    page,
    embed,
    host,
  }) => {
    await embed(`<gradio-app eager src="${host.origin}"></gradio-app>`, { head: RECORD_ERRORS });
    await expectErrorScreen(page, {
      title: 'Cannot load the app',
      message: `${host.origin} is not a Gradio app (it has no /config).`,
      kind: 'not-gradio',
    });
    expect(host.requests).toContain('/config');
  });

  test('a relative src resolves against the host page', async ({ page, embed, host }) => {
    await embed(`<gradio-app eager src="/not/an/app"></gradio-app>`, { head: RECORD_ERRORS });
    await expectErrorScreen(page, {
      title: 'Cannot load the app',
      message: `${host.origin}/not/an/app is not a Gradio app (it has no /config).`,
      kind: 'not-gradio',
    });
  });

  test.describe('malformed config', () => {
    let fake: FakeServer;
    test.beforeAll(async () => {
      fake = await startFake({
        '/nolayout/config': {
          body: JSON.stringify({ version: '6.31.0', components: [], dependencies: [], mode: 'blocks' }),
        },
        '/notjson/config': { body: '{"version": "6.31.0", "components": [' },
      });
    });
    test.afterAll(async () => fake.stop());

    test('a config without layout', async ({ page, embed }) => {
      await embed(`<gradio-app eager src="${fake.url}/nolayout"></gradio-app>`, { head: RECORD_ERRORS });
      await expectErrorScreen(page, {
        title: 'Not a usable Gradio app',
        message: /layout/,
        kind: 'ConfigError',
      });
      expect(fake.requests).toContain('/nolayout/config');
    });

    test('a config that is not JSON', async ({ page, embed }) => {
      await embed(`<gradio-app eager src="${fake.url}/notjson"></gradio-app>`, { head: RECORD_ERRORS });
      await expectErrorScreen(page, {
        title: 'Cannot load the app',
        message: `${fake.url}/notjson is not a Gradio app (its /config is not JSON).`,
        kind: 'not-gradio',
      });
    });
  });

  test.describe('CORS refusal', () => {
    // gradio reached as 127.0.0.1 refuses any origin that is not a localhost alias: serve the
    // host page from http://example.test:<port>, a name Chromium resolves to the host server.
    async function openOnForeignOrigin(page: Page, body: string, host: HostServer): Promise<void> {
      const url = new URL(host.page(`/cors-${Date.now()}.html`, hostPage(host.origin, body, RECORD_ERRORS)));
      url.hostname = 'example.test';
      await page.goto(url.href);
      expect(await page.evaluate(() => location.origin)).toBe(url.origin);
    }

    test('mode="native" shows the CORS error', async ({ page, gradio, host }) => {
      const app = await gradio('interface');
      await openOnForeignOrigin(page, `<gradio-app eager mode="native" src="${app.url}"></gradio-app>`, host);
      await expectErrorScreen(page, {
        title: 'Cannot load the app',
        message: `${app.url} refused this page (CORS): the server does not allow embedding from ${host.origin.replace('localhost', 'example.test')}.`,
        kind: 'cors',
      });
    });

    test('the default mode falls back to a working iframe', async ({ page, gradio, host }) => {
      const app = await gradio('interface');
      await openOnForeignOrigin(page, `<gradio-app eager src="${app.url}"></gradio-app>`, host);
      const iframe = page.locator('gradio-app iframe');
      await expect(iframe).toHaveAttribute('src', new RegExp(`^${app.url}/`));
      const frame = page.frameLocator('gradio-app iframe');
      await frame.getByLabel('name').fill('Cors');
      await frame.getByRole('button', { name: 'Submit' }).click();
      await expect(frame.getByLabel('output')).toHaveValue('Hello Cors!');
      expect(await errors(page)).toEqual([]);
    });
  });
});
