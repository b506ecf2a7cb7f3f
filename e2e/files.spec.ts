import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex').slice(0, 10);
const txt = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });

test.describe('files', allVersions, () => {
  sinceGradio(5, 'the files app uses 5.x APIs (gr.DownloadData, File allow_reordering)');

  test('files picked in the file chooser reach the function, in order, with their content', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('files');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const chooser = page.waitForEvent('filechooser');
    await root.getByRole('button', { name: 'Upload to Inputs' }).click();
    await (await chooser).setFiles([txt('one.txt', 'first'), txt('two.txt', 'second!')]);
    await expect(root.getByRole('link', { name: 'Download one.txt' })).toBeVisible();
    // Reorder with the keyboard-reachable buttons, then remove nothing and send.
    await root.getByRole('button', { name: 'Move two.txt up' }).click();
    await root.getByRole('button', { name: 'Send files' }).click();
    await expect(root.getByLabel('Received')).toHaveValue(
      JSON.stringify([
        { name: 'two.txt', size: 7, sha1: sha1('second!') },
        { name: 'one.txt', size: 5, sha1: sha1('first') },
      ])
        .replaceAll(',', ', ')
        .replaceAll(':', ': '),
    );
    await root.getByRole('button', { name: 'Remove one.txt' }).click();
    await expect(root.getByLabel('Deleted')).toHaveValue('one.txt');
  });

  test('an event waits for a file still uploading instead of sending the old value', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('files');
    await page.route('**/gradio_api/upload?*', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await root
      .locator('gr-file')
      .first()
      .locator('input[type=file]')
      .setInputFiles([txt('late.txt', 'late')]);
    await expect(root.getByRole('status', { name: 'Uploading' })).toBeVisible();
    await root.getByRole('button', { name: 'Send files' }).click();
    await expect(root.getByLabel('Received')).toHaveValue(/late\.txt/);
  });

  test('a file over max_file_size and a file of the wrong type are refused before any byte is sent', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('files');
    const uploads: string[] = [];
    page.on('request', (r) => r.url().includes('/gradio_api/upload') && uploads.push(r.url()));
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await root.getByLabel('Text to echo').fill('kept');
    const inputs = root.locator('gr-file').first().locator('input[type=file]');
    await inputs.setInputFiles([txt('huge.txt', 'x'.repeat(200_000))]);
    await expect(root.getByRole('alert')).toHaveText(
      '"huge.txt" is 195.3 KB; this app accepts files up to 97.7 KB.',
    );
    const typed = root.locator('gr-file').nth(1).locator('input[type=file]');
    await typed.setInputFiles([{ name: 'pic.png', mimeType: 'image/png', buffer: Buffer.from('png') }]);
    await expect(root.getByText('"pic.png" is not an accepted file type (accepted: .txt).')).toBeVisible();
    expect(uploads).toEqual([]);
    await expect(root.getByLabel('Text to echo')).toHaveValue('kept');
  });

  test('UploadButton uploads and fires upload; typed File fires upload', async ({ page, gradio, embed }) => {
    const app = await gradio('files');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const chooser = page.waitForEvent('filechooser');
    await root.getByRole('button', { name: 'Upload a text file' }).click();
    await (await chooser).setFiles([txt('button.txt', 'from the button')]);
    await expect(root.getByLabel('Received')).toHaveValue(
      `[{"name": "button.txt", "size": 15, "sha1": "${sha1('from the button')}"}]`,
    );
    await root
      .locator('gr-file')
      .nth(1)
      .locator('input[type=file]')
      .setInputFiles([txt('typed.txt', 'ok')]);
    await expect(root.getByLabel('Received')).toHaveValue(/typed\.txt/);
  });

  test('output files download with their content and never navigate the host page; select reports the row', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('files');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const hostUrl = page.url();
    await root.getByLabel('Text to echo').fill('echo me');
    await root.getByRole('button', { name: 'Make files' }).click();
    const link = root.getByRole('link', { name: 'Download echo.txt' });
    await expect(link).toBeVisible();
    const download = page.waitForEvent('download');
    await link.click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('echo.txt');
    expect(await readFile((await saved.path())!, 'utf8')).toBe('echo me');
    expect(page.url()).toBe(hostUrl);
    await expect(root.getByLabel('Downloaded')).toHaveValue('echo.txt');
    await root.getByRole('cell', { name: 'data.csv' }).click();
    await expect(root.getByLabel('Selected')).toHaveValue('{"index": 1, "value": "data.csv"}');

    const report = page.waitForEvent('download');
    await root.getByRole('button', { name: 'Download report' }).click();
    expect(await readFile((await (await report).path())!, 'utf8')).toBe('report body\n');
    expect(page.url()).toBe(hostUrl);
  });
});
