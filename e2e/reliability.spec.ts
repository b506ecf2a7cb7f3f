import { test, expect } from './fixtures/test.js';
import { officialReportOnly, openOfficial } from './fixtures/official.js';

/*
 * A hostile host page: globals and prototypes we might touch are already defined or polluted;
 * the element still loads the app from its own config and runs events.
 */

/** Enumerable additions to the prototypes every object and array inherit, as old libraries make. */
function polluteHost(): void {
  const host = window as unknown as Record<string, unknown>;
  (Array.prototype as unknown as Record<string, unknown>).hostExtra = function hostExtra() {
    return 'host';
  };
  const object = Object.prototype as unknown as Record<string, unknown>;
  object.foo = 1;
  object.hostMethod = function hostMethod() {
    return 'host';
  };
  object.hostObject = { nested: true };
  // An enumerable accessor with no getter: reading it gives undefined.
  Object.defineProperty(Object.prototype, 'hostSetterOnly', {
    set() {},
    enumerable: true,
    configurable: true,
  });
  host.gradio_config = { components: 'not ours', layout: null, root: 'http://evil.invalid' };
  host.__gradio_mode__ = 'app';
  host.__gradio_space__ = 'evil/space';
}

test('a host page with Array.prototype and Object.prototype additions (a number, a function, an object, a setter) and Gradio globals of its own: the app still loads and runs', async ({
  page,
  embed,
  gradio,
}) => {
  const app = await gradio('reliability');
  await page.addInitScript(polluteHost);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await root.getByLabel('name').fill('Ada');
  await root.getByRole('button', { name: 'Submit' }).click();
  await expect(root.getByLabel('output')).toHaveValue('Hello Ada!');
  // A stream and an upload (the client walks the payload for files) work too.
  await root.getByLabel('count to').fill('3');
  await root.getByLabel('delay').fill('0.05');
  await root.getByRole('button', { name: 'Count' }).click();
  await expect(root.getByLabel('counter')).toHaveValue('done');
  const file = { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') };
  await root.locator('gr-file input[type=file]').setInputFiles([file]);
  await root.getByRole('button', { name: 'Inspect' }).click();
  await expect(root.getByLabel('file info')).toHaveValue('note.txt 5 bytes');
  expect(errors).toEqual([]);
  // The host's globals are left as the host set them.
  expect(await page.evaluate(() => (window as unknown as { __gradio_mode__: string }).__gradio_mode__)).toBe(
    'app',
  );
});

test('the official element on the same polluted page (reported, not required)', async ({
  page,
  host,
  gradio,
}) => {
  officialReportOnly();
  const app = await gradio('reliability');
  await page.addInitScript(polluteHost);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openOfficial(page, host, app.url);
  const loaded = await page
    .locator('gradio-app')
    .getByRole('button', { name: 'Submit' })
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  const outcome = loaded ? 'loads' : `does not load (${errors[0] ?? 'no page error'})`;
  test.info().annotations.push({ type: 'official', description: outcome });
  console.log(`[official, polluted prototypes] ${outcome}`);
});
