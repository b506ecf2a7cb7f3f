import { test, expect, allVersions } from './fixtures/test.js';
import { startGradio } from './fixtures/gradio-server.js';

test(
  'a server that goes away and comes back: a clear message, inputs kept, the next event works',
  allVersions,
  async ({ page, embed, gradioVersion }) => {
    let app = await startGradio('interface', {}, { version: gradioVersion });
    try {
      await embed(`<gradio-app src="${app.url}"></gradio-app>`);
      const root = page.locator('gradio-app');
      await root.getByLabel('name').fill('Ada');
      await root.getByRole('button', { name: 'Submit' }).click();
      await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');

      await app.stop();
      await root.getByLabel('name').fill('Grace');
      await root.getByRole('button', { name: 'Submit' }).click();
      await expect(root.getByRole('alert').filter({ hasText: /connection/i })).toBeVisible();
      await expect(root.getByLabel('name')).toHaveValue('Grace');
      await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');

      app = await startGradio('interface', {}, { port: app.port, version: gradioVersion });
      await root.getByRole('button', { name: 'Submit' }).click();
      await expect(root.getByLabel('output')).toHaveValue('Hello Grace!');
      await expect(root.getByRole('alert').filter({ hasText: /connection/i })).toHaveCount(0);
    } finally {
      await app.stop();
    }
  },
);
