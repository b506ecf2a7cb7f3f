import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, allVersions } from './fixtures/test.js';
import { startGradio } from './fixtures/gradio-server.js';

test(
  'removing the element ends the session, so the server runs its unload handlers',
  allVersions,
  async ({ page, embed, gradioVersion }) => {
    const marker = path.join(tmpdir(), `gradio-embed-unload-${process.pid}-${Date.now()}.txt`);
    const app = await startGradio('unload', { UNLOAD_MARKER: marker }, { version: gradioVersion });
    try {
      await embed(`<gradio-app src="${app.url}"></gradio-app>`);
      const root = page.locator('gradio-app');
      await root.getByRole('button', { name: 'Visit' }).click();
      await expect(root.getByLabel('Visits')).toHaveValue('1');
      const unloaded = () => readFile(marker, 'utf8').catch(() => '');
      expect(await unloaded()).toBe('');

      await page.evaluate(() => document.querySelector('gradio-app')!.remove());

      await expect.poll(unloaded, { timeout: 15_000 }).toContain('unloaded');
    } finally {
      await app.stop();
      await rm(marker, { force: true });
    }
  },
);
