import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

test.describe('template buttons', allVersions, () => {
  test('ClearButton empties its targets and resets State; the function then gets ""', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('buttons');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.locator('iframe')).toHaveCount(0);
    await root.getByLabel('Text').fill('hi');
    // Report reads the State once Bump has run (the event stream closes when nothing is left;
    // the client aborts it on the server's close message).
    const streamEnd = (r: { url(): string }) => r.url().includes('/queue/data');
    const bumped = Promise.race([
      page.waitForEvent('requestfinished', streamEnd),
      page.waitForEvent('requestfailed', streamEnd),
    ]);
    await root.getByRole('button', { name: 'Bump' }).click();
    await bumped;
    await root.getByRole('button', { name: 'Report', exact: true }).click();
    await expect(root.getByLabel('Report')).toHaveValue("text='hi' count=8");
    await root.getByRole('button', { name: 'Clear all' }).click();
    await expect(root.getByLabel('Text')).toHaveValue('');
    await expect(root.getByLabel('Report')).toHaveValue('');
    // As on the app's own page: a cleared Textbox sends "", and the State is back to its start.
    await root.getByRole('button', { name: 'Report', exact: true }).click();
    await expect(root.getByLabel('Report')).toHaveValue("text='' count=7");
  });

  test("DeepLinkButton copies a link to the app's own page that restores the values", async ({
    page,
    context,
    gradio,
    embed,
  }) => {
    sinceGradio(5, 'gr.DeepLinkButton arrived in Gradio 5');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = await gradio('buttons');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const hostUrl = page.url();
    const root = page.locator('gradio-app');
    await root.getByLabel('Text').fill('kept in the link');
    await root.getByRole('button', { name: 'Report', exact: true }).click();
    await expect(root.getByLabel('Report')).toHaveValue("text='kept in the link' count=7");
    await root.getByRole('button', { name: 'Share via Link' }).click();
    await expect(root.getByRole('button', { name: 'Link Copied!' })).toBeVisible();
    await expect(root.getByRole('button', { name: 'Share via Link' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${app.url}/\\?deep_link=[\\w-]+$`));
    expect(page.url()).toBe(hostUrl);
    // The server restores the session's values from that link.
    const id = new URL(link).searchParams.get('deep_link')!;
    const config = (await (await page.request.get(`${app.url}/config?deep_link=${id}`)).json()) as {
      deep_link_state: string;
      components: { props: { label?: string; value?: unknown } }[];
    };
    expect(config.deep_link_state).toBe('valid');
    const text = config.components.find((c) => c.props.label === 'Text');
    expect(text?.props.value).toBe('kept in the link');
  });

  test('DuplicateButton opens the Space’s duplicate page in a new tab with no handle on the host', async ({
    page,
    context,
    gradio,
    embed,
  }) => {
    await context.route('https://huggingface.co/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>duplicate page</p>' }),
    );
    const app = await gradio('buttons');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const hostUrl = page.url();
    const root = page.locator('gradio-app');
    const opened = context.waitForEvent('page');
    await root.getByRole('button', { name: 'Duplicate Space' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe('https://huggingface.co/spaces/gradio-embed/buttons-demo?duplicate=true');
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    expect(page.url()).toBe(hostUrl);
  });

  test('LoginButton signs in through a popup on the app’s origin; the host page stays', async ({
    page,
    gradio,
    embed,
  }) => {
    sinceGradio(5, "4.x's LoginButton opens /login/huggingface without a _target_url");
    const app = await gradio('buttons');
    // The LoginButton's load-time status check (its index differs between versions).
    const config = (await (await fetch(`${app.url}/config`)).json()) as {
      dependencies: { id: number; api_name: string | null }[];
    };
    const check = config.dependencies.find((d) => d.api_name === '_check_login_status')!.id;
    const statusChecks: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new RegExp(`"fn_index":${check}\\b`).test(r.postData() ?? '')) {
        statusChecks.push(r.url());
      }
    });
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const hostUrl = page.url();
    const root = page.locator('gradio-app');
    const button = root.getByRole('button', { name: 'Sign in with Hugging Face' });
    await expect(button).toBeVisible();
    await expect.poll(() => statusChecks.length).toBe(1);
    const popupOpened = page.waitForEvent('popup');
    await button.click();
    const popup = await popupOpened;
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${app.url}/login/huggingface?_target_url=/`);
    await expect(popup.locator('#signed-in')).toBeVisible();
    // The app's own script would navigate the host page half a second later.
    await page.waitForTimeout(800);
    expect(page.url()).toBe(hostUrl);
    // Closing the popup makes the embed ask the server for the sign-in status again.
    const before = statusChecks.length;
    if (!popup.isClosed()) await popup.close();
    await expect.poll(() => statusChecks.length).toBeGreaterThan(before);
  });
});
