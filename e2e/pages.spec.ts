import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

test.describe('multipage apps and i18n', allVersions, () => {
  sinceGradio(5, 'multipage apps (Blocks.route) arrived in Gradio 5.15');

  test('the navbar switches pages inside the embed without touching the host URL', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('multipage');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const hostUrl = page.url();
    await expect(root.getByRole('heading', { name: 'Home page' })).toBeVisible();
    await expect(root.getByRole('heading', { name: 'Second page' })).toHaveCount(0);
    await root.getByLabel('Home input').fill('h');
    await root.getByRole('button', { name: 'Home action' }).click();
    await expect(root.getByLabel('Home output')).toHaveValue('home: h');

    await root
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('button', { name: 'Second page' })
      .click();
    await expect(root.getByRole('heading', { name: 'Second page' })).toBeVisible();
    await expect(root.getByRole('heading', { name: 'Home page' })).toHaveCount(0);
    await root.getByLabel('Second input').fill('s');
    await root.getByRole('button', { name: 'Second action' }).click();
    await expect(root.getByLabel('Second output')).toHaveValue('second: s');
    expect(page.url()).toBe(hostUrl);

    await root.getByRole('button', { name: 'Home', exact: true }).click();
    await expect(root.getByLabel('Home output')).toHaveValue('home: h');
  });
});

test.describe('i18n in French', allVersions, () => {
  sinceGradio(5, 'gr.I18n arrived in Gradio 5.30');
  test.use({ locale: 'fr-FR' });

  test('labels and button text use the app translations for the browser language', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('i18n');
    await embed(`<gradio-app src="${app.url}" control_page_title="true"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.getByLabel('Votre nom')).toBeVisible();
    await expect(root.getByRole('button', { name: 'Saluer' })).toBeVisible();
    await expect(page).toHaveTitle('Salutations');
    await root.getByLabel('Votre nom').fill('Ada');
    await root.getByRole('button', { name: 'Saluer' }).click();
    await expect(root.getByLabel('Output')).toHaveValue('Bonjour Ada');
  });
});

test.describe('i18n fallback', allVersions, () => {
  sinceGradio(5, 'gr.I18n arrived in Gradio 5.30');
  test.use({ locale: 'de-DE' });

  test('a language the app lacks falls back to its English strings', async ({ page, gradio, embed }) => {
    const app = await gradio('i18n');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    await expect(page.locator('gradio-app').getByLabel('Your name')).toBeVisible();
  });
});
