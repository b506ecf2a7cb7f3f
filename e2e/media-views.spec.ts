import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

/** Python's json.dumps of what the function received. */
const dumps = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/,"/g, ', "')
    .replace(/":/g, '": ')
    .replace(/,(?=[\d\-[{tfn"])/g, ', ');

async function open(page: Page, embed: (body: string) => Promise<void>, url: string): Promise<Locator> {
  await embed(`<gradio-app src="${url}"></gradio-app>`);
  const app = page.locator('gradio-app');
  await expect(app.locator('gr-fileexplorer [role=tree]')).toBeVisible();
  return app;
}

async function png(page: Page, w: number, h: number, fill: string): Promise<Buffer> {
  const data = await page.evaluate(
    ([w, h, fill]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w as number;
      canvas.height = h as number;
      const c = canvas.getContext('2d')!;
      c.fillStyle = fill as string;
      c.fillRect(0, 0, w as number, h as number);
      return canvas.toDataURL('image/png').split(',')[1]!;
    },
    [w, h, fill] as const,
  );
  return Buffer.from(data, 'base64');
}

const byLabel = (app: Locator, type: string, label: string): Locator =>
  app.locator(`gr-${type}`).filter({ has: app.page().locator(`.block-label:text-is("${label}")`) });

test.describe('media views', () => {
  test('gallery: select reports its index and {image, caption}; preview opens and closes by keyboard', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_views');
    const app = await open(page, embed, server.url);
    const gallery = byLabel(app, 'gallery', 'Colours');
    await gallery.getByRole('button', { name: 'Thumbnail 2 of 3' }).click();
    const picked = app.getByLabel('Gallery picked');
    await expect(picked).toHaveValue(/"index": 1/);
    const seen = JSON.parse(await picked.inputValue());
    expect(seen.index).toBe(1);
    expect(seen.selected).toBe(true);
    expect(seen.value.caption).toBe('Green');
    expect(seen.value.image.orig_name).toBe('green.png');
    await expect(app.getByLabel('Events')).toHaveValue('open;');
    await page.keyboard.press('ArrowRight');
    await expect(picked).toHaveValue(/"index": 2/);
    expect(JSON.parse(await picked.inputValue()).value.caption).toBeNull();
    await page.keyboard.press('Escape');
    await expect(app.getByLabel('Events')).toHaveValue('open;close;');
    await expect(gallery.locator('.preview')).toHaveCount(0);
    // The app opens the preview on an item after the user has moved around in it.
    await gallery.getByRole('button', { name: 'Thumbnail 1 of 3: Red' }).click();
    await expect(gallery.locator('.preview .caption')).toHaveText('Red');
    await app.getByRole('button', { name: 'Show the third colour' }).click();
    await expect(gallery.getByRole('dialog', { name: 'Preview of item 3 of 3' })).toBeVisible();
    // ... and the user's next pick still wins over that update on later syncs.
    await gallery.locator('.preview').getByRole('button', { name: 'Thumbnail 1 of 3' }).click();
    await expect(app.getByLabel('Gallery picked')).toHaveValue(/"index": 0/);
    await expect(gallery.getByRole('dialog', { name: 'Preview of item 1 of 3' })).toBeVisible();
    await expect(gallery.locator('.preview .caption')).toHaveText('Red');
  });

  test('gallery: uploaded images reach the function; delete reports the index', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_views');
    const app = await open(page, embed, server.url);
    const uploads = byLabel(app, 'gallery', 'Uploads');
    await uploads.locator('input[type=file]').setInputFiles([
      { name: 'one.png', mimeType: 'image/png', buffer: await png(page, 10, 10, '#f00') },
      { name: 'two.png', mimeType: 'image/png', buffer: await png(page, 10, 10, '#0f0') },
    ]);
    await expect(app.getByLabel('Uploads received')).toHaveValue(
      dumps([
        ['.png', null],
        ['.png', null],
      ]),
    );
    await uploads.getByRole('button', { name: 'Delete item 2' }).click();
    await expect(app.getByLabel('Deleted')).toHaveValue(dumps({ name: 'two.png', index: 1 }));
    await expect(uploads.locator('.grid .thumbnail')).toHaveCount(1);
  });

  test('annotated image: legend select reaches Python; hovering a label shows its mask', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_views');
    const app = await open(page, embed, server.url);
    const annotated = byLabel(app, 'annotatedimage', 'Annotated');
    await expect(annotated.locator('img.mask')).toHaveCount(2);
    await annotated.getByRole('button', { name: 'blob' }).hover();
    await expect(annotated.locator('img.mask.active')).toHaveAttribute('alt', 'Mask of blob');
    await annotated.getByRole('button', { name: 'blob' }).click();
    await expect(app.getByLabel('Annotation picked')).toHaveValue(
      dumps({ index: 1, value: 'blob', selected: true }),
    );
  });

  test('image slider: both images upload and reach the function; the divider moves by keyboard', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_views');
    const app = await open(page, embed, server.url);
    const slider = byLabel(app, 'imageslider', 'Before and after');
    await slider
      .locator('input[type=file]')
      .first()
      .setInputFiles([
        { name: 'a.png', mimeType: 'image/png', buffer: await png(page, 12, 8, '#f00') },
        { name: 'b.png', mimeType: 'image/png', buffer: await png(page, 6, 4, '#00f') },
      ]);
    await expect(app.getByLabel('Slider received')).toHaveValue(
      dumps([
        [8, 12, 3],
        [4, 6, 3],
      ]),
    );
    const compare = byLabel(app, 'imageslider', 'Compare');
    const divider = compare.getByRole('slider');
    await expect(divider).toHaveAttribute('aria-valuenow', '25');
    await divider.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', '35');
    const box = (await compare.locator('.slider-wrap').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(divider).toHaveAttribute('aria-valuenow', '80');
  });

  test('model3d: a generated .glb and .obj load in the viewer; an uploaded model reaches Python', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_views');
    const app = await open(page, embed, server.url);
    const glb = byLabel(app, 'model3d', 'Tetrahedron');
    await expect(glb.getByRole('button', { name: 'Reset camera' })).toBeVisible();
    await expect(glb.locator('.model-overlay')).toHaveCount(0);
    await expect(byLabel(app, 'model3d', 'OBJ').getByRole('button', { name: 'Reset camera' })).toBeVisible();
    // Something is drawn: the canvas, as shown on screen, is not all one colour.
    const shot = (await glb.locator('canvas').screenshot()).toString('base64');
    const drawn = await page.evaluate(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size;
    }, shot);
    expect(drawn).toBeGreaterThan(1);
    const obj = await page.evaluate(() => 'v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n');
    await byLabel(app, 'model3d', 'Your model')
      .locator('input[type=file]')
      .setInputFiles({ name: 'tri.obj', mimeType: 'text/plain', buffer: Buffer.from(obj) });
    await expect(app.getByLabel('Model received')).toHaveValue(dumps({ suffix: '.obj', size: obj.length }));
  });

  test('file explorer: checks reach Python as paths; select reports the item; ignore_glob applies', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('media_views');
    const app = await open(page, embed, server.url);
    const tree = app.locator('gr-fileexplorer').getByRole('tree');
    await expect(tree.getByRole('treeitem', { name: 'notes.md' })).toBeVisible();
    await expect(tree.getByRole('treeitem', { name: 'skip.log' })).toHaveCount(0);
    // Check the whole docs folder from the keyboard.
    await tree.getByRole('treeitem', { name: 'docs' }).focus();
    await page.keyboard.press('Space');
    await expect(app.getByLabel('Files received')).toHaveValue(dumps(['docs/a.txt', 'docs/deep/b.txt']));
    await tree.getByRole('treeitem', { name: 'notes.md' }).locator('.row').click();
    await expect(app.getByLabel('File picked')).toHaveValue(
      dumps({ index: [1], value: 'notes.md', selected: true }),
    );
    await tree.getByRole('treeitem', { name: 'notes.md' }).locator('input').click();
    await expect(app.getByLabel('Files received')).toHaveValue(
      dumps(['docs/a.txt', 'docs/deep/b.txt', 'notes.md']),
    );
  });

  test('a page without media blocks loads no media code; three.js loads only with a model', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('interface');
    const chunks: string[] = [];
    page.on('request', (r) => r.url().includes('/cdn/') && chunks.push(r.url()));
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    await expect(page.locator('gradio-app').getByRole('button', { name: 'Submit' })).toBeVisible();
    const names = chunks.map((c) => c.split('/').pop()!);
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((n) => /^(image|gallery|model3d|viewer|webcam|fullscreen|three)/.test(n))).toEqual(
      [],
    );
  });
});
