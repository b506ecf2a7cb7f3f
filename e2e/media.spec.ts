import type { Locator, Page } from '@playwright/test';
import { test, expect, fontsSettled } from './fixtures/test.js';

/** Python's json.dumps of what the function received. */
const dumps = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/,"/g, ', "')
    .replace(/":/g, '": ')
    .replace(/,(?=[\d\-[{tfn])/g, ', ');

/** A PNG drawn in the browser: `w`×`h`, filled with `fill`, its first pixel `first`. */
async function png(page: Page, w: number, h: number, fill: string, first = fill): Promise<Buffer> {
  const data = await page.evaluate(
    ([w, h, fill, first]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w as number;
      canvas.height = h as number;
      const c = canvas.getContext('2d')!;
      c.fillStyle = fill as string;
      c.fillRect(0, 0, w as number, h as number);
      c.fillStyle = first as string;
      c.fillRect(0, 0, 1, 1);
      return canvas.toDataURL('image/png').split(',')[1]!;
    },
    [w, h, fill, first] as const,
  );
  return Buffer.from(data, 'base64');
}

async function openImageApp(
  page: Page,
  embed: (body: string) => Promise<void>,
  url: string,
): Promise<Locator> {
  await embed(`<gradio-app src="${url}"></gradio-app>`);
  const app = page.locator('gradio-app');
  await expect(app.getByRole('button', { name: 'Classify' })).toBeVisible();
  return app;
}

const block = (app: Locator, label: string): Locator =>
  app.locator('gr-image').filter({ has: app.page().locator(`.block-label:text-is("${label}")`) });

test.describe('image', () => {
  test('an uploaded image is classified by the server (mean colour)', async ({ page, gradio, embed }) => {
    const server = await gradio('media_image');
    const app = await openImageApp(page, embed, server.url);
    const photo = block(app, 'Photo');
    const image = await png(page, 64, 48, '#1e90ff');
    await photo
      .locator('input[type=file]')
      .setInputFiles({ name: 'sky.png', mimeType: 'image/png', buffer: image });
    await expect(photo.locator('.image-frame img')).toBeVisible();
    await app.getByRole('button', { name: 'Classify' }).click();
    await expect(app.locator('gr-label')).toContainText('blue');
    // Another one, by a drop onto the shown image: it replaces it.
    const green = await png(page, 32, 32, '#00c000');
    await photo.locator('.image-frame').evaluate(
      (frame, bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'leaf.png', { type: 'image/png' }));
        frame.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [...green],
    );
    await app.getByRole('button', { name: 'Classify' }).click();
    await expect(app.locator('gr-label')).toContainText('green');
  });

  test('numpy, PIL and filepath: each function receives the right thing', async ({ page, gradio, embed }) => {
    const server = await gradio('media_image');
    const app = await openImageApp(page, embed, server.url);
    const received = app.getByLabel('Received', { exact: true });
    const image = await png(page, 6, 4, '#808080', 'rgb(10, 20, 30)');
    const upload = (label: string) =>
      block(app, label)
        .locator('input[type=file]')
        .setInputFiles({ name: 'six.png', mimeType: 'image/png', buffer: image });

    await upload('As numpy');
    await expect(received).toHaveValue(
      dumps({ type: 'ndarray', dtype: 'uint8', shape: [4, 6, 3], first: [10, 20, 30] }),
    );
    await upload('As PIL');
    await expect(received).toHaveValue(
      dumps({ type: 'Image', mode: 'RGBA', size: [6, 4], first: [10, 20, 30, 255] }),
    );
    await upload('As filepath');
    await expect(received).toHaveValue(dumps({ type: 'str', exists: true, suffix: '.png', size: [6, 4] }));

    await block(app, 'As numpy').getByRole('button', { name: 'Remove Image' }).click();
    await expect(app.getByLabel('Cleared')).toHaveValue('cleared');
  });

  test('select reports the pixel under the pointer, in the image’s own pixels', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_image');
    const app = await openImageApp(page, embed, server.url);
    const pick = block(app, 'Pick a pixel');
    const img = pick.locator('.image-frame img');
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(40);
    // The theme's fonts swap in after the first frame and move what is below the text.
    await fontsSettled(page);
    const box = (await img.boundingBox())!;
    // A 40×20 picture, drawn centred at its natural size (scale-down).
    const at = (x: number, y: number) => ({
      x: (box.width - 40) / 2 + x + 0.2,
      y: (box.height - 20) / 2 + y + 0.2,
    });
    await img.click({ position: at(5, 10) });
    await expect(app.getByLabel('Picked')).toHaveValue(dumps({ index: [5, 10], value: null }));
    await img.click({ position: at(31, 2) });
    await expect(app.getByLabel('Picked')).toHaveValue(dumps({ index: [31, 2], value: null }));
    // From the keyboard: the cross-hair starts in the middle.
    await pick.locator('.image-frame').focus();
    await page.keyboard.press('Enter');
    await expect(app.getByLabel('Picked')).toHaveValue(dumps({ index: [20, 10], value: null }));
  });

  test('a webcam photo (Chromium’s fake camera) reaches the function as an array', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_image');
    const app = await openImageApp(page, embed, server.url);
    const camera = block(app, 'Camera');
    await camera.getByRole('button', { name: 'Click to Access Webcam' }).click();
    const video = camera.locator('video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
    const size = await video.evaluate((v: HTMLVideoElement) => [v.videoHeight, v.videoWidth]);
    await camera.getByRole('button', { name: 'Capture photo' }).click();
    await expect(app.getByLabel('Camera received')).toHaveValue(/"ndarray"/);
    const seen = JSON.parse(await app.getByLabel('Camera received').inputValue());
    expect(seen).toMatchObject({ dtype: 'uint8', shape: [...size, 3] });
    await expect(camera.locator('.image-frame img')).toBeVisible();
  });

  test('streamed webcam frames come back processed', async ({ page, gradio, embed }) => {
    const server = await gradio('media_image');
    const app = await openImageApp(page, embed, server.url);
    const live = block(app, 'Live');
    await live.getByRole('button', { name: 'Click to Access Webcam' }).click();
    await live.getByRole('button', { name: 'Start streaming' }).click();
    await expect(app.getByLabel('Frame received')).toHaveValue(/"shape": \[\d+, \d+, 3\]/);
    await expect(block(app, 'Processed').locator('.image-frame img')).toBeVisible();
    await live.getByRole('button', { name: 'Stop streaming' }).click();
  });

  test('a denied camera and an expired file show clear messages; the rest of the app goes on', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_image');
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.route('**/gone.png', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    const app = await openImageApp(page, embed, server.url);
    const camera = block(app, 'Camera');
    await camera.getByRole('button', { name: 'Click to Access Webcam' }).click();
    await expect(camera.getByRole('alert')).toContainText('Camera access was denied');
    await app.getByRole('button', { name: 'Show a missing file' }).click();
    await expect(block(app, 'Gone').getByRole('alert')).toContainText('missing or has expired');
    // Everything else still works.
    const photo = block(app, 'Photo');
    await photo
      .locator('input[type=file]')
      .setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: await png(page, 8, 8, '#f00') });
    await app.getByRole('button', { name: 'Classify' }).click();
    await expect(app.locator('gr-label')).toContainText('red');
  });

  test('an output image downloads without leaving the host page; fullscreen stays on the block', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_image');
    const app = await openImageApp(page, embed, server.url);
    const pick = block(app, 'Pick a pixel');
    const hostUrl = page.url();
    const download = page.waitForEvent('download');
    await pick.getByRole('button', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toBe('halves.png');
    expect(page.url()).toBe(hostUrl);
    await pick.getByRole('button', { name: 'Fullscreen' }).click();
    await expect(pick.getByRole('button', { name: 'Exit fullscreen mode' })).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement?.localName)).toBe('gradio-app');
    await page.keyboard.press('Escape');
    await expect(pick.getByRole('button', { name: 'Fullscreen' })).toBeVisible();
  });
});
