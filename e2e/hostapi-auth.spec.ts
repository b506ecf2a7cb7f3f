import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

/** Records the embed's statuses on window.statuses. */
const RECORD = `<script>
  window.statuses = [];
  document.addEventListener('gradio-status', (e) => window.statuses.push(e.detail.status));
</script>`;

const statuses = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);

// Its /config answers 401 until signed in: the server is up once its theme answers.
const AUTH_APP = ['hostapi_auth', { readyPath: '/theme.css' }] as const;

test.describe('an app launched with auth=', () => {
  test('shows its sign-in form in the embed; a wrong password shows the server message; then it runs', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio(...AUTH_APP);
    // The host page and the app on one site (localhost, other ports), as an app on a subdomain
    // of the host's site: the browser keeps the app's sign-in cookie for the embed.
    const url = app.url.replace('127.0.0.1', 'localhost');
    await embed(`<gradio-app src="${url}"></gradio-app>`, { head: RECORD });
    const root = page.locator('gradio-app');
    const form = root.getByRole('form', { name: 'Login' });
    await expect(form).toBeVisible();
    // The app's auth_message, its markup kept (sanitized).
    await expect(form.locator('b', { hasText: 'demo' })).toBeVisible();
    expect(await statuses(page)).toContain('login');
    await form.getByLabel('username').fill('ada');
    await form.getByLabel('password').fill('wrong');
    await form.getByRole('button', { name: 'Login' }).click();
    await expect(form.getByRole('alert')).toHaveText('Incorrect credentials.');
    // As Gradio's form: the fields are emptied for another try.
    await expect(form.getByLabel('username')).toHaveValue('');

    await form.getByLabel('username').fill('ada');
    await form.getByLabel('password').fill('lovelace');
    await form.getByLabel('password').press('Enter');
    const text = root.getByLabel('text', { exact: true });
    await expect(text).toBeVisible();
    await text.fill('hi');
    await root.getByRole('button', { name: 'Send' }).click();
    // The server knows who signed in: the event ran with the app's cookie.
    await expect(root.getByLabel('out')).toHaveValue("ada sent 'hi'");
    expect((await statuses(page)).at(-1)).toBe('ready');
    // The host API works behind the login too.
    expect(await page.evaluate(() => document.querySelector('gradio-app')!.run('whoami', ['api']))).toEqual([
      "ada sent 'api'",
    ]);

    // Signed in already: another embed of the app goes straight to it.
    await embed(`<gradio-app src="${url}"></gradio-app>`, { head: RECORD });
    await expect(page.locator('gradio-app').getByLabel('text', { exact: true })).toBeVisible();
    expect(await statuses(page)).not.toContain('login');
  });

  test('where the browser will not keep the cookie, it says so and offers the app’s own page', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio(...AUTH_APP);
    // Another site over plain http: the app's SameSite=None cookie needs https, its Lax twin a
    // same-site page, so the browser keeps neither for this embed.
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const form = root.getByRole('form', { name: 'Login' });
    await form.getByLabel('username').fill('ada');
    await form.getByLabel('password').fill('lovelace');
    await form.getByRole('button', { name: 'Login' }).click();
    await expect(form.getByRole('alert')).toContainText(
      'You are signed in, but this browser does not let the embedded app keep its sign-in cookie',
    );
    await expect(form.getByRole('link', { name: 'Open the app in a new tab' })).toHaveAttribute(
      'href',
      `${app.url}/`,
    );
    await form.getByRole('button', { name: "Show the app's own page here" }).click();
    const frame = root.locator('iframe');
    await expect(frame).toHaveAttribute('src', `${app.url}/`);
    // The app's own page: its own login form, in the frame.
    await page.waitForTimeout(5000);
    await page.screenshot({ path: '/tmp/authframe.png' });
    console.log(
      await page
        .frameLocator('gradio-app iframe')
        .locator('body')
        .innerHTML()
        .catch((e) => String(e)),
    );
    await expect(page.frameLocator('gradio-app iframe').getByRole('button', { name: 'Login' })).toBeVisible();
  });
});
