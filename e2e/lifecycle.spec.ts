import type { Request } from '@playwright/test';
import { test, expect, allVersions } from './fixtures/test.js';

test.describe('removing the element', allVersions, () => {
  test('closes the event stream mid-run, and nothing is requested afterwards', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('slow');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('text')).toBeVisible();

    const toServer: { url: string; at: number }[] = [];
    let stream: Request | null = null;
    let streamEnded: number | null = null;
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url)) return;
      toServer.push({ url: request.url(), at: Date.now() });
      if (/\/queue\/data\b/.test(request.url())) stream = request;
    });
    const ended = (request: Request): void => {
      if (request === stream) streamEnded = Date.now();
    };
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);

    await el.getByLabel('text').fill('tick');
    await el.getByRole('button', { name: 'Start' }).click();
    // The generator is streaming: a few values in, many still to come.
    await expect(el.getByLabel('progress')).toHaveValue(/^tick [2-9]$/);
    expect(stream).not.toBeNull();
    expect(streamEnded).toBeNull();

    const removedAt = await page.evaluate(() => {
      document.querySelector('gradio-app')!.remove();
      return Date.now();
    });
    await expect.poll(() => streamEnded).not.toBeNull();
    // Give anything left over (reconnects, polls, heartbeats) the time to show itself: the
    // generator would still be yielding every 0.5 s for another 25 s.
    await page.waitForTimeout(2000);
    // After removal, the only requests allowed tell the server to stop the job (@gradio/client
    // posts /cancel, then /reset): no reconnect, no poll, no heartbeat, no new join.
    const after = toServer.filter((r) => r.at >= removedAt).map((r) => new URL(r.url).pathname);
    // 4.x has no /gradio_api prefix.
    expect(after.filter((p) => !/^(\/gradio_api)?\/(reset|cancel)$/.test(p))).toEqual([]);
    expect(after.filter((p) => p.endsWith('/cancel')).length).toBeLessThanOrEqual(1);
    expect(after.filter((p) => p.endsWith('/reset')).length).toBeLessThanOrEqual(1);
  });
});

test.describe('sub-path mount', allVersions, () => {
  test('src pointing at an app mounted under /gradio works', async ({ page, gradio, embed }) => {
    const app = await gradio('subpath', { readyPath: '/gradio/config' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await embed(`<gradio-app src="${app.url}/gradio/"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    await el.getByLabel('name').fill('Mount');
    await el.getByRole('button', { name: 'Submit' }).click();
    await expect(el.getByLabel('output')).toHaveValue('Hello Mount!');
    expect(requested).toContain(`${app.url}/gradio/config`);
    // Every request to the server stays under the mount.
    const toServer = requested.filter((r) => r.startsWith(app.url));
    expect(toServer.filter((r) => !r.startsWith(`${app.url}/gradio/`))).toEqual([]);
    // The info footer links to the mounted app.
    await expect(el.locator('footer.gr-info a')).toHaveAttribute('href', `${app.url}/gradio`);
  });
});
