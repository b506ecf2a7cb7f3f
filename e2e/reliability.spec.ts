import { test, expect } from './fixtures/test.js';

/*
 * A hostile host page: globals and prototypes we might touch are already defined or polluted;
 * the element still loads the app from its own config and runs events.
 */

test('a host page with Array.prototype additions and Gradio globals of its own: the app still loads and runs', async ({
  page,
  embed,
  gradio,
}) => {
  const app = await gradio('reliability');
  await page.addInitScript(() => {
    const host = window as unknown as Record<string, unknown>;
    (Array.prototype as unknown as Record<string, unknown>).hostExtra = function hostExtra() {
      return 'host';
    };
    host.gradio_config = { components: 'not ours', layout: null, root: 'http://evil.invalid' };
    host.__gradio_mode__ = 'app';
    host.__gradio_space__ = 'evil/space';
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  expect(errors).toEqual([]);
  // The host's globals are left as the host set them.
  expect(await page.evaluate(() => (window as unknown as { __gradio_mode__: string }).__gradio_mode__)).toBe(
    'app',
  );
});
