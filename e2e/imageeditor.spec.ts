import type { Locator, Page } from '@playwright/test';
import { test, expect, allVersions } from './fixtures/test.js';

/**
 * The image editor family against the real server (e2e/apps/imageeditor.py): each function
 * reports what it received per image (shape, PIL mode, painted/red/green/blue/black pixels).
 */

interface ImageInfo {
  shape: number[];
  mode?: string;
  path?: string;
  painted: number;
  red: number;
  green: number;
  blue: number;
  black: number;
}
interface Received {
  background: ImageInfo | null;
  layers: ImageInfo[];
  composite: ImageInfo | null;
}

/** The editor block whose label is `label` (its editing area is a group named after it). */
const editor = (root: Locator, label: string): Locator =>
  root
    .locator('gr-imageeditor')
    .filter({ has: root.page().getByRole('group', { name: `${label}: image editor` }) });

/** Clicks `button` and waits for the JSON the function wrote into `output`. */
async function send(root: Locator, button: string, output: string): Promise<Received> {
  const box = root.getByLabel(output, { exact: true });
  const before = await box.inputValue();
  await root.getByRole('button', { name: button, exact: true }).click();
  await expect(box).not.toHaveValue(before);
  await expect(box).toHaveValue(/^(\{|None)/);
  return JSON.parse(await box.inputValue()) as Received;
}

/** Drags the mouse across a fraction of `area`'s box, from (x0, y) to (x1, y). */
async function drag(page: Page, area: Locator, y: number, x0: number, x1: number): Promise<void> {
  await area.scrollIntoViewIfNeeded();
  const b = (await area.boundingBox())!;
  await page.mouse.move(b.x + b.width * x0, b.y + b.height * y);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * x1, b.y + b.height * y, { steps: 12 });
  await page.mouse.up();
}

/** A PNG drawn in the browser: `w`×`h` blue, with a white square in the top-left quarter. */
async function png(page: Page, w: number, h: number): Promise<Buffer> {
  const data = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const c = canvas.getContext('2d')!;
      c.fillStyle = '#0000ff';
      c.fillRect(0, 0, w, h);
      c.fillStyle = '#ffffff';
      c.fillRect(0, 0, w / 2, h / 2);
      return canvas.toDataURL('image/png').split(',')[1]!;
    },
    [w, h] as const,
  );
  return Buffer.from(data, 'base64');
}

async function open(page: Page, url: string, embed: (body: string) => Promise<void>): Promise<Locator> {
  await embed(`<gradio-app src="${url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(editor(root, 'Sketch').locator('.stage')).toBeVisible();
  return root;
}

test.describe('image editor', () => {
  test.describe.configure({ timeout: 90_000 });

  test("a sketchpad stroke reaches the function as a non-blank layer, and the app's value comes back, as from Gradio's own page", async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('imageeditor');
    const root = await open(page, server.url, embed);
    const sketch = editor(root, 'Sketch');
    await expect(sketch.getByRole('button', { name: 'Brush', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await drag(page, sketch.locator('.stage'), 0.5, 0.3, 0.7);
    const ours = await send(root, 'Send sketch', 'Sketch received');
    expect(ours.layers).toHaveLength(1);
    expect(ours.layers[0]!.black).toBeGreaterThan(200);
    expect(ours.composite!.black).toBeGreaterThan(200);
    // The app's own value (a background and a layer), sent back untouched.
    const oursGiven = await send(root, 'Send given', 'Given received');

    // The same stroke on the official page of the same app.
    const official = await page.context().newPage();
    await official.goto(`${server.url}/`);
    const block = official
      .locator('div.block')
      .filter({ has: official.getByText('Sketch', { exact: true }) })
      .filter({ has: official.getByRole('button', { name: 'Clear canvas' }) });
    await block.getByRole('button', { name: 'Brush', exact: true }).click();
    // Gradio draws the canvas (PixiJS) centred in the block once the brush is picked.
    await expect(block.getByRole('button', { name: 'Brush Size' })).toBeVisible();
    await drag(official, block, 0.5, 0.62, 0.92);
    await official.getByRole('button', { name: 'Send sketch' }).click();
    const officialBox = official.getByLabel('Sketch received');
    await expect(officialBox).toHaveValue(/"layers": \[\{/);
    const theirs = JSON.parse(await officialBox.inputValue()) as Received;
    await official.getByRole('button', { name: 'Send given' }).click();
    await expect(official.getByLabel('Given received')).toHaveValue(/^\{/);
    const theirsGiven = JSON.parse(await official.getByLabel('Given received').inputValue()) as Received;
    await official.close();

    // Same images, same shapes and modes; both layers carry a black stroke on transparency and
    // both composites flatten it on the white background.
    const shape = (r: Received) => ({
      background: [r.background!.shape, r.background!.mode, r.background!.painted, r.background!.black],
      layers: r.layers.map((l) => [l.shape, l.mode, l.painted === l.black || l.painted - l.black < l.black]),
      composite: [r.composite!.shape, r.composite!.mode, r.composite!.painted],
    });
    expect(shape(ours)).toEqual(shape(theirs));
    expect(theirs.layers[0]!.black).toBeGreaterThan(200);

    // Background and layers of the app's value as Gradio's page sends them. Its composite for a
    // value nobody touched is null (the app gave none); ours is the picture flattened, as after
    // any edit.
    expect({ ...oursGiven, composite: null }).toEqual(theirsGiven);
    expect(theirsGiven.composite).toBeNull();
    expect(oursGiven.composite).toMatchObject({ shape: [80, 120, 4], red: 400, green: 1600, blue: 7600 });
  });

  test(
    'crop and erase on an uploaded background: the function receives the cut picture and the erased stroke',
    allVersions,
    async ({ page, gradio, embed }) => {
      const server = await gradio('imageeditor');
      const root = await open(page, server.url, embed);
      const ed = editor(root, 'Editor');
      await ed
        .locator('input.picker')
        .setInputFiles({ name: 'bg.png', mimeType: 'image/png', buffer: await png(page, 120, 80) });
      await expect(root.getByLabel('Editor events', { exact: true })).toHaveValue('upload');
      await expect(ed.getByRole('button', { name: 'Brush', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const stage = ed.locator('.stage');
      // The picture fills the stage's width: a stroke along its middle row, across the whole image.
      const box = (await stage.boundingBox())!;
      const at = async (x: number, y: number) =>
        ed.evaluate(
          (el, [x, y]) =>
            (el as unknown as { clientPoint(x: number, y: number): { x: number; y: number } }).clientPoint(
              x,
              y,
            ),
          [x, y] as const,
        );
      const from = await at(5, 60);
      const to = await at(115, 60);
      expect(from.x).toBeGreaterThan(box.x);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 15 });
      await page.mouse.up();
      const drawn = await send(root, 'Send editor', 'Editor received');
      expect(drawn.background!.shape).toEqual([80, 120, 4]);
      expect(drawn.layers[0]!.red).toBeGreaterThan(1000);

      // Erase across the right half of the stroke.
      await ed.getByRole('button', { name: 'Erase', exact: true }).click();
      const e0 = await at(70, 60);
      const e1 = await at(118, 60);
      await page.mouse.move(e0.x, e0.y);
      await page.mouse.down();
      await page.mouse.move(e1.x, e1.y, { steps: 10 });
      await page.mouse.up();
      const erased = await send(root, 'Send editor', 'Editor received');
      expect(erased.layers[0]!.red).toBeLessThan(drawn.layers[0]!.red * 0.75);
      expect(erased.layers[0]!.red).toBeGreaterThan(drawn.layers[0]!.red * 0.25);

      // Crop to the white top-left quarter plus the stroke's row: x 0..60, y 0..70.
      await ed.getByRole('button', { name: 'Image', exact: true }).click();
      await ed.getByRole('button', { name: 'Crop' }).click();
      const crop = ed.getByRole('group', { name: 'Crop' });
      await crop.getByLabel('Width').fill('60');
      await crop.getByLabel('Width').press('Tab');
      await crop.getByLabel('Height').fill('70');
      await crop.getByLabel('Height').press('Enter');
      const cropped = await send(root, 'Send editor', 'Editor received');
      expect(cropped.background!.shape).toEqual([70, 60, 4]);
      expect(cropped.layers[0]!.shape).toEqual([70, 60, 4]);
      expect(cropped.composite!.shape).toEqual([70, 60, 4]);
      // White top-left 60×40 is all that is not blue.
      expect(cropped.background!.blue).toBe(60 * 30);
      // The stroke's erased right half was beyond x 60 anyway; what is left is the left part.
      expect(cropped.layers[0]!.red).toBeGreaterThan(0);
      expect(cropped.layers[0]!.red).toBeLessThanOrEqual(erased.layers[0]!.red);

      // Clear: the app's clear listener runs, and the function then receives None.
      await ed.getByRole('button', { name: 'Clear canvas' }).click();
      await expect(root.getByLabel('Editor events', { exact: true })).toHaveValue('upload, clear');
      await root.getByRole('button', { name: 'Send editor', exact: true }).click();
      await expect(root.getByLabel('Editor received', { exact: true })).toHaveValue(
        '{"background": null, "composite": null, "layers": []}',
      );
    },
  );

  test(
    'ImageMask round trip: the mask stroke comes back as a layer over the uploaded picture',
    allVersions,
    async ({ page, gradio, embed, gradioVersion }) => {
      const server = await gradio('imageeditor');
      const root = await open(page, server.url, embed);
      const mask = editor(root, 'Mask');
      // ImageMask: no layer menu (4.x's ImageMask has layers).
      await expect(mask.locator('.layers-toggle')).toHaveCount(gradioVersion >= 5 ? 0 : 1);
      await mask
        .locator('input.picker')
        .setInputFiles({ name: 'm.png', mimeType: 'image/png', buffer: await png(page, 80, 60) });
      await expect(mask.getByRole('button', { name: 'Brush', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await drag(page, mask.locator('.stage'), 0.5, 0.3, 0.7);
      const got = await send(root, 'Send mask', 'Mask received');
      expect(got.background!.shape).toEqual([60, 80, 4]);
      expect(got.background!.blue).toBe(80 * 60 - 40 * 30);
      expect(got.layers).toHaveLength(1);
      expect(got.layers[0]!.shape).toEqual([60, 80, 4]);
      expect(got.layers[0]!.black).toBeGreaterThan(100);
      expect(got.layers[0]!.painted - got.layers[0]!.black).toBeLessThan(got.layers[0]!.black);

      // The webcam (Chromium's fake camera) as the mask's background: a new picture, the camera's size.
      await mask.getByRole('button', { name: 'Clear canvas' }).click();
      await mask.getByRole('button', { name: 'Webcam', exact: true }).click();
      // Nothing touches the camera until the user asks.
      await mask.getByRole('button', { name: 'Click to Access Webcam' }).click();
      // The shutter takes a picture once the camera shows one.
      await expect
        .poll(() => mask.locator('gr-webcam video').evaluate((v) => (v as HTMLVideoElement).videoWidth))
        .toBeGreaterThan(0);
      await mask.getByRole('button', { name: 'Capture photo' }).click();
      await expect(mask.getByRole('button', { name: 'Brush', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const shot = await send(root, 'Send mask', 'Mask received');
      expect(shot.background!.shape[0]).toBeGreaterThan(100);
      expect(shot.background!.shape).not.toEqual(got.background!.shape);
      expect(shot.layers[0]!.painted).toBe(0);

      // gr.Paint with fixed colours and a `change` listener: a stroke in its first colour (green)
      // runs the function by itself.
      const live = editor(root, 'Live');
      await drag(page, live.locator('.stage'), 0.5, 0.3, 0.7);
      const output = root.getByLabel('Live received', { exact: true });
      await expect(output).toHaveValue(/^\{/);
      const painted = JSON.parse(await output.inputValue()) as Received;
      expect(painted.layers[0]!.green).toBeGreaterThan(100);
      // On the white composite the stroke's faint anti-aliased rim is no longer pure green.
      expect(painted.composite!.green).toBeLessThanOrEqual(painted.layers[0]!.green);
      expect(painted.composite!.green).toBeGreaterThan(painted.layers[0]!.green * 0.9);
    },
  );
});
