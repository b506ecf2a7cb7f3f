import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

test.describe('gr.Navbar', allVersions, () => {
  sinceGradio(5, 'gr.Navbar arrived in Gradio 5');

  test('its props shape the bar: a renamed home, an extra page, an external link, hidden pages left out', async ({
    page,
    context,
    gradio,
    embed,
  }) => {
    await context.route('https://www.gradio.app/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>gradio site</p>' }),
    );
    const app = await gradio('navbar');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const hostUrl = page.url();
    const root = page.locator('gradio-app');
    const nav = root.getByRole('navigation', { name: 'Pages' });
    await expect(nav.locator('.gr-nav-link')).toHaveText(['Dashboard', 'Settings', 'Gradio site']);
    await expect(nav.getByRole('button', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Gradio site' })).toHaveAttribute(
      'href',
      'https://www.gradio.app',
    );

    // The external link opens a new tab with no handle on the host page.
    const opened = context.waitForEvent('page');
    await nav.getByRole('link', { name: 'Gradio site' }).click();
    const tab = await opened;
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    await tab.close();

    // A page without its own Navbar gets the default bar, as on the app's own pages.
    await nav.getByRole('button', { name: 'Settings' }).click();
    await expect(root.getByRole('heading', { name: 'Settings page' })).toBeVisible();
    await expect(nav.locator('.gr-nav-link')).toHaveText(['Home', 'Settings']);
    expect(page.url()).toBe(hostUrl);
    await nav.getByRole('button', { name: 'Home' }).click();
    await expect(root.getByRole('heading', { name: 'Dashboard page' })).toBeVisible();
  });

  test('an update to the Navbar (visible=False) hides the bar', async ({ page, gradio, embed }) => {
    const app = await gradio('navbar');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.getByRole('navigation', { name: 'Pages' })).toBeVisible();
    await root.getByRole('button', { name: 'Hide navbar' }).click();
    await expect(root.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
    await expect(root.getByRole('heading', { name: 'Dashboard page' })).toBeVisible();
  });
});
