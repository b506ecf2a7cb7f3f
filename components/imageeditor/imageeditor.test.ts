import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { FileData } from '../../src/base/file-data.js';
import { drawImage, fileFrom, imagesLoaded, solidImage } from '../common/test-images.js';
import { renderExample } from './example.js';
import type { GrImageeditor } from './imageeditor.js';

/** 40×20: green left half, blue right half. */
const BACKGROUND = drawImage(40, 20, (c) => {
  c.fillStyle = '#00ff00';
  c.fillRect(0, 0, 20, 20);
  c.fillStyle = '#0000ff';
  c.fillRect(20, 0, 20, 20);
});
/** 40×20 transparent with a red 10×10 square at (5, 5). */
const LAYER = drawImage(40, 20, (c) => {
  c.fillStyle = '#ff0000';
  c.fillRect(5, 5, 10, 10);
});
const file = (url: string, name: string): FileData => ({
  path: `/tmp/${name}`,
  url,
  orig_name: name,
  size: 10,
});

runBlockContract('imageeditor', {
  background: file(BACKGROUND, 'bg.png'),
  layers: [],
  composite: file(BACKGROUND, 'composite.png'),
});

/** Every trigger the block reports, in order. */
function record(root: ShadowRoot): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of ['upload', 'input', 'change', 'clear', 'apply', 'select', 'value'])
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as GrTriggerEvent).data }),
    );
  return seen;
}

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** An upload that keeps what it was sent and answers with FileData pointing at the files. */
function fakeUpload() {
  const sent: File[][] = [];
  const upload = vi.fn(async (files: readonly File[]) => {
    sent.push([...files]);
    return Promise.all(
      files.map(async (f) => ({
        path: `/tmp/up/${f.name}`,
        url: URL.createObjectURL(f),
        orig_name: f.name,
        size: f.size,
        mime_type: f.type,
      })),
    );
  });
  return { upload, sent };
}

/** Pixels of a PNG file or URL: size and counts by colour (alpha > 0 as painted). */
async function pixels(source: Blob | string) {
  const blob = typeof source === 'string' ? await (await fetch(source)).blob() : source;
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  let painted = 0,
    red = 0,
    green = 0,
    blue = 0,
    black = 0,
    white = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    if (a === 0) continue;
    painted++;
    if (r > 150 && g < 110 && b < 110) red++;
    if (g > 150 && r < 110 && b < 110) green++;
    if (b > 150 && r < 110 && g < 110) blue++;
    if (r < 60 && g < 60 && b < 60) black++;
    if (r > 240 && g > 240 && b > 240) white++;
  }
  return { width: bitmap.width, height: bitmap.height, painted, red, green, blue, black, white };
}

type Value = { background: FileData | null; layers: FileData[]; composite: FileData | null };
const valueOf = (el: GrImageeditor) => el.value as Value;

/** Drags the pointer over the canvas through canvas pixels. */
function stroke(el: GrImageeditor, points: [number, number][]): void {
  const stage = el.querySelector<HTMLElement>('.stage')!;
  const at = (x: number, y: number) => el.clientPoint(x, y);
  const fire = (type: string, [x, y]: [number, number]) => {
    const p = at(x, y);
    stage.dispatchEvent(
      new PointerEvent(type, {
        clientX: p.x,
        clientY: p.y,
        pointerId: 7,
        button: 0,
        buttons: type === 'pointerup' ? 0 : 1,
        bubbles: true,
        cancelable: true,
      }),
    );
  };
  fire('pointerdown', points[0]!);
  for (const point of points.slice(1)) fire('pointermove', point);
  fire('pointerup', points[points.length - 1]!);
}

const button = (el: HTMLElement, name: string): HTMLButtonElement => {
  const found = [...el.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

const SKETCHPAD = {
  interactive: true,
  sources: [],
  transforms: ['crop'],
  brush: { default_size: 4, colors: ['#000000'], default_color: '#000000', color_mode: 'fixed' },
  eraser: { default_size: 6 },
  layers: { allow_additional_layers: true, layers: ['Layer 1'], disabled: false },
  canvas_size: [60, 40],
};

async function mountEditor(props: Record<string, unknown> = {}) {
  const { upload, sent } = fakeUpload();
  const services = testServices({ upload, ...((props.services as object) ?? {}) });
  const { el, root } = await mountBlock<GrImageeditor>('imageeditor', {
    label: 'Editor',
    ...SKETCHPAD,
    canvasSize: [60, 40],
    ...props,
    services,
  });
  await until(() => el.zoom > 0 && el.viewCanvas!.width > 0);
  return { el, root, upload, sent };
}

describe('<gr-imageeditor>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('a sketchpad starts with the brush; a stroke sends background, layer and composite, then input and change', async () => {
    const { el, root, upload, sent } = await mountEditor();
    const seen = record(root);
    expect(button(el, 'Brush').getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('[aria-label="Image"]')).toBeNull();
    stroke(el, [
      [10, 20],
      [30, 20],
      [50, 20],
    ]);
    // The upload starts in the same task as the pointer up: an event fired now waits for it.
    expect(upload).toHaveBeenCalledTimes(1);
    expect(sent[0]!.map((f) => f.name)).toEqual(['background.png', 'layer_0.png', 'composite.png']);
    await until(() => seen.length === 2);
    expect(seen.map((s) => s.trigger)).toEqual(['input', 'change']);
    const value = valueOf(el);
    const bg = await pixels(value.background!.url!);
    const layer = await pixels(value.layers[0]!.url!);
    const composite = await pixels(value.composite!.url!);
    expect([bg.width, bg.height, bg.painted, bg.white]).toEqual([60, 40, 2400, 2400]);
    expect([layer.width, layer.height]).toEqual([60, 40]);
    // A 4 px radius brush along 40 px: about 8 × 48 px of black.
    expect(layer.black).toBeGreaterThan(250);
    expect(layer.painted).toBeLessThan(500);
    // The composite is on white: the stroke's faint anti-aliased rim is no longer near black.
    expect(composite.black).toBeLessThanOrEqual(layer.black);
    expect(composite.black).toBeGreaterThan(layer.black * 0.9);
    expect(composite.painted).toBe(2400);
  });

  it('events the app reads wait for the upload: the value is set once the files are up', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { upload } = fakeUpload();
    const slow = vi.fn(async (files: readonly File[], _options?: unknown) => {
      await gate;
      return upload(files);
    });
    const { el, root } = await mountEditor({ services: { upload: slow } });
    const seen = record(root);
    stroke(el, [
      [10, 10],
      [20, 10],
    ]);
    expect(slow).toHaveBeenCalledTimes(1);
    expect(slow.mock.calls[0]![1]).toMatchObject({ blockId: el.blockId });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([]);
    release();
    await until(() => seen.length === 2);
    expect(valueOf(el).composite?.orig_name).toBe('composite.png');
  });

  it('in an app, events wait from the first edit; strokes until a pause are encoded and sent once', async () => {
    const holds: Promise<unknown>[] = [];
    const { el, root, upload, sent } = await mountEditor({
      sources: ['upload'],
      services: { hold: (_id: number, work: Promise<unknown>) => void holds.push(work) },
    });
    const seen = record(root);
    await userEvent.upload(
      el.querySelector<HTMLInputElement>('input.picker')!,
      await fileFrom(BACKGROUND, 'bg.png'),
    );
    await until(() => holds.length === 1);
    stroke(el, [
      [5, 5],
      [30, 5],
    ]);
    stroke(el, [
      [5, 15],
      [30, 15],
    ]);
    expect(holds).toHaveLength(1);
    expect(upload).not.toHaveBeenCalled();
    let released = false;
    void holds[0]!.then(() => (released = true));
    await until(() => released);
    // One upload of everything; the value was set before the held events go on.
    expect(upload).toHaveBeenCalledTimes(1);
    expect(sent[0]!.map((f) => f.name)).toEqual(['background.png', 'layer_0.png', 'composite.png']);
    expect(seen.map((s) => s.trigger)).toEqual(['upload', 'input', 'change']);
    expect((await pixels(valueOf(el).layers[0]!.url!)).black).toBeGreaterThan(100);
  });

  it('the eraser clears the active layer where it passes; undo and redo take it back and forth', async () => {
    const { el, root } = await mountEditor();
    const seen = record(root);
    stroke(el, [
      [5, 20],
      [55, 20],
    ]);
    await until(() => seen.length === 2);
    const drawn = (await pixels(valueOf(el).layers[0]!.url!)).black;
    await userEvent.click(button(el, 'Erase'));
    stroke(el, [
      [30, 5],
      [30, 35],
    ]);
    await until(() => seen.length === 4);
    const erased = (await pixels(valueOf(el).layers[0]!.url!)).black;
    // A 6 px radius eraser across the line: about 12 of its ~56 columns are gone.
    expect(erased).toBeLessThan(drawn - 50);
    expect(erased).toBeGreaterThan(drawn / 2);
    await userEvent.click(button(el, 'Undo erase'));
    await until(() => seen.length === 6);
    expect((await pixels(valueOf(el).layers[0]!.url!)).black).toBe(drawn);
    await userEvent.click(button(el, 'Redo erase'));
    await until(() => seen.length === 8);
    expect((await pixels(valueOf(el).layers[0]!.url!)).black).toBe(erased);
    // Keyboard: Control+Z undoes.
    el.querySelector<HTMLElement>('.stage')!.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await until(() => seen.length === 10);
    expect((await pixels(valueOf(el).layers[0]!.url!)).black).toBe(drawn);
  });

  it('draws from the keyboard: arrows move the brush, Space puts the pen down and lifts it', async () => {
    const { el, root } = await mountEditor();
    const seen = record(root);
    const stage = el.querySelector<HTMLElement>('.stage')!;
    stage.focus();
    expect(stage.getAttribute('role')).toBe('application');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    await userEvent.keyboard(' ');
    await until(() => seen.length === 2);
    const layer = await pixels(valueOf(el).layers[0]!.url!);
    // From the centre 5 steps of 1 px right with a 4 px brush: a short fat line.
    expect(layer.black).toBeGreaterThan(50);
    expect(el.querySelector('[role="status"][aria-live]')!.textContent).toContain('Pen up');
  });

  it('layers: add, pick, hide (left out of the composite, still sent), move and delete', async () => {
    const { el, root, sent } = await mountEditor();
    const seen = record(root);
    stroke(el, [
      [10, 10],
      [10, 30],
    ]);
    await until(() => seen.length === 2);
    await userEvent.click(button(el, 'Show Layers (current: Layer 1)'));
    await userEvent.click(button(el, 'Add Layer'));
    await until(() => seen.length === 4);
    expect(valueOf(el).layers).toHaveLength(2);
    expect(el.querySelector('.layers-toggle')!.textContent).toContain('Layers');
    // The new layer is the current one: a stroke lands on it.
    stroke(el, [
      [50, 10],
      [50, 30],
    ]);
    await until(() => seen.length === 6);
    const [first, second] = await Promise.all(valueOf(el).layers.map((l) => pixels(l.url!)));
    expect(first!.black).toBeGreaterThan(50);
    expect(second!.black).toBeGreaterThan(50);
    const bothComposite = (await pixels(valueOf(el).composite!.url!)).black;
    await userEvent.click(button(el, 'Show Layers (current: Layer 2)'));
    await userEvent.click(button(el, 'Hide Layer 1'));
    await until(() => seen.length === 8);
    const hidden = await pixels(valueOf(el).composite!.url!);
    expect(hidden.black).toBeLessThanOrEqual(second!.black);
    expect(hidden.black).toBeGreaterThan(second!.black * 0.9);
    expect(hidden.black).toBeLessThan(bothComposite);
    expect(valueOf(el).layers).toHaveLength(2);
    // A hidden layer cannot be drawn on.
    await userEvent.click(el.querySelector<HTMLButtonElement>('[data-layer] .layer-name')!);
    const uploads = sent.length;
    stroke(el, [
      [30, 10],
      [30, 30],
    ]);
    expect(sent.length).toBe(uploads);
    await el.updateComplete;
    expect(el.querySelector('.notice')!.textContent).toContain('Layer 1 is hidden');
    await userEvent.click(button(el, 'Show Layers (current: Layer 1)'));
    await userEvent.click(button(el, 'Show Layer 1'));
    await until(() => seen.length === 10);
    // Move Layer 2 up (to the start of the list, the bottom of the stack): the order sent changes.
    await userEvent.click(button(el, 'Move Layer 2 up'));
    await until(() => seen.length === 12);
    const names = [...el.querySelectorAll('.layer-name')].map((b) => b.textContent!.trim());
    expect(names).toEqual(['Layer 2', 'Layer 1']);
    expect((await pixels(valueOf(el).layers[0]!.url!)).black).toBe(second!.black);
    // Only a layer the user added can be deleted.
    expect(el.querySelector('[aria-label="Delete Layer 1"]')).toBeNull();
    await userEvent.click(button(el, 'Delete Layer 2'));
    await until(() => seen.length === 14);
    expect(valueOf(el).layers).toHaveLength(1);
  });

  it('opens the app value: background at its size, layers on it; crop cuts both and sends the crop', async () => {
    const { el, root } = await mountEditor({
      sources: ['upload'],
      transforms: ['crop', 'resize'],
      value: { background: file(BACKGROUND, 'bg.png'), layers: [file(LAYER, 'layer.png')], composite: null },
    });
    const seen = record(root);
    // Opening re-encodes the value as Gradio's page sends it (with a composite), reporting no change.
    await until(() => seen.length === 1);
    expect(seen[0]!.trigger).toBe('value');
    expect([el.document.width, el.document.height]).toEqual([40, 20]);
    const opened = await pixels(valueOf(el).composite!.url!);
    expect([opened.green, opened.blue, opened.red]).toEqual(
      [100 + 200 - 100, 400, 100].map((n, i) => (i === 0 ? 300 : n)),
    );
    expect(button(el, 'Brush').getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(button(el, 'Image'));
    await userEvent.click(button(el, 'Crop'));
    const fields = [...el.querySelectorAll<HTMLInputElement>('.mode-bar input')];
    await userEvent.fill(fields[2]!, '15');
    fields[2]!.dispatchEvent(new Event('change'));
    await userEvent.fill(fields[3]!, '12');
    fields[3]!.dispatchEvent(new Event('change'));
    await userEvent.click(button(el, 'Confirm crop'));
    await until(() => seen.length === 3);
    expect(seen.slice(1).map((s) => s.trigger)).toEqual(['input', 'change']);
    expect([el.document.width, el.document.height]).toEqual([15, 12]);
    const bg = await pixels(valueOf(el).background!.url!);
    const layer = await pixels(valueOf(el).layers[0]!.url!);
    expect([bg.width, bg.height, bg.green]).toEqual([15, 12, 180]);
    // The red square (5..15, 5..15) cut at 12 rows: 10 × 7.
    expect([layer.width, layer.height, layer.red]).toEqual([15, 12, 70]);
    // Undo restores the whole picture.
    await userEvent.click(button(el, 'Undo crop'));
    await until(() => seen.length === 5);
    expect([el.document.width, el.document.height]).toEqual([40, 20]);
  });

  it('resize moves and scales the background inside the canvas (typed numbers), and undoes', async () => {
    const { el, root } = await mountEditor({
      sources: ['upload'],
      transforms: ['resize'],
      value: { background: file(BACKGROUND, 'bg.png'), layers: [], composite: null },
    });
    const seen = record(root);
    await until(() => seen.length === 1);
    await userEvent.click(button(el, 'Image'));
    await userEvent.click(button(el, 'Resize'));
    const bar = el.querySelector<HTMLElement>('.mode-bar[aria-label="Image position and size"]')!;
    const [x, , width, height] = [...bar.querySelectorAll<HTMLInputElement>('input')];
    expect([width!.value, height!.value]).toEqual(['40', '20']);
    const changes = () => seen.filter((s) => s.trigger === 'change').length;
    for (const [field, text] of [
      [width!, '20'],
      [height!, '10'],
      [x!, '20'],
    ] as const) {
      const before = changes();
      await userEvent.fill(field, text);
      field.dispatchEvent(new Event('change'));
      await until(() => changes() > before);
    }
    // The canvas keeps its size; the picture is a quarter of it, at the right, on white.
    expect([el.document.width, el.document.height]).toEqual([40, 20]);
    const bg = await pixels(valueOf(el).background!.url!);
    expect([bg.width, bg.height, bg.green + bg.blue, bg.white]).toEqual([40, 20, 200, 600]);
    await userEvent.click(button(el, 'Done'));
    // Each typed number was an edit of its own: three undos give the whole picture back.
    for (let i = 0; i < 3; i++) {
      const before = changes();
      await userEvent.click(button(el, 'Undo resize image'));
      await until(() => changes() > before);
    }
    const restored = await pixels(valueOf(el).background!.url!);
    expect([restored.green, restored.blue, restored.white]).toEqual([400, 400, 0]);
  });

  it('a fixed canvas fits the background in, centred; the layers keep the canvas size', async () => {
    const { el, root } = await mountEditor({
      canvasSize: [80, 80],
      fixedCanvas: true,
      value: { background: file(BACKGROUND, 'bg.png'), layers: [], composite: null },
    });
    const seen = record(root);
    await until(() => seen.length === 1);
    expect([el.document.width, el.document.height]).toEqual([80, 80]);
    expect(el.document.placement).toEqual({ x: 0, y: 20, width: 80, height: 40 });
    const bg = await pixels(valueOf(el).background!.url!);
    expect([bg.width, bg.height, bg.green, bg.blue, bg.white]).toEqual([80, 80, 1600, 1600, 3200]);
  });

  it('a background from a picked file sends upload, input and change; Clear canvas sends clear and the empty value', async () => {
    const { el, root } = await mountEditor({ sources: ['upload', 'clipboard'], transforms: ['crop'] });
    const seen = record(root);
    expect(button(el, 'Image').getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('.empty')!.textContent).toContain('Upload an image');
    await userEvent.upload(
      el.querySelector<HTMLInputElement>('input.picker')!,
      await fileFrom(BACKGROUND, 'bg.png'),
    );
    await until(() => seen.length === 3);
    expect(seen.map((s) => s.trigger)).toEqual(['upload', 'input', 'change']);
    expect([el.document.width, el.document.height]).toEqual([40, 20]);
    expect(button(el, 'Brush').getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(button(el, 'Clear canvas'));
    await until(() => seen.length === 6);
    expect(seen.slice(3).map((s) => s.trigger)).toEqual(['clear', 'input', 'change']);
    expect(el.value).toEqual({ background: null, layers: [], composite: null });
    expect([el.document.width, el.document.height]).toEqual([60, 40]);
  });

  it('a pasted image becomes the background', async () => {
    const { el, root } = await mountEditor({ sources: ['clipboard'] });
    const seen = record(root);
    const data = new DataTransfer();
    data.items.add(await fileFrom(solidImage('#ff0000', 10, 10), 'red.png'));
    el.querySelector('.stage')!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await until(() => seen.length === 3);
    expect((await pixels(valueOf(el).background!.url!)).red).toBe(100);
  });

  it('colours: the app palette as radio buttons; "fixed" offers nothing else; "defaults" adds a custom colour and opacity', async () => {
    const { el, root } = await mountEditor({
      brush: {
        default_size: 3,
        colors: ['#ff0000', ['#0000ff', 0.5]],
        default_color: '#ff0000',
        color_mode: 'fixed',
      },
    });
    const seen = record(root);
    await userEvent.click(el.querySelector<HTMLButtonElement>('.color-button')!);
    const swatches = [...el.querySelectorAll<HTMLButtonElement>('.swatch')];
    expect(swatches.map((s) => s.getAttribute('aria-label'))).toEqual(['#ff0000', '#0000ff, 50% opacity']);
    expect(swatches[0]!.getAttribute('aria-checked')).toBe('true');
    expect(el.querySelector('input[type=color]')).toBeNull();
    await userEvent.click(swatches[1]!);
    stroke(el, [
      [10, 20],
      [50, 20],
    ]);
    await until(() => seen.length === 2);
    const blob = await (await fetch(valueOf(el).layers[0]!.url!)).blob();
    const bitmap = await createImageBitmap(blob);
    const c = document.createElement('canvas');
    c.width = bitmap.width;
    c.height = bitmap.height;
    c.getContext('2d')!.drawImage(bitmap, 0, 0);
    const [r, g, b, a] = c.getContext('2d')!.getImageData(30, 20, 1, 1).data;
    expect([r, g, b]).toEqual([0, 0, 255]);
    expect(a).toBeGreaterThan(120);
    expect(a).toBeLessThan(135);

    const other = await mountEditor({
      brush: { default_size: 3, colors: ['rgb(204, 50, 50)'], default_color: 'auto', color_mode: 'defaults' },
    });
    await userEvent.click(other.el.querySelector<HTMLButtonElement>('.color-button')!);
    expect(other.el.querySelector('input[type=color]')).not.toBeNull();
    expect(other.el.querySelector('.swatch')!.getAttribute('aria-label')).toBe('#cc3232');
  });

  it('brush size from the slider and the bracket keys', async () => {
    const { el } = await mountEditor();
    await userEvent.click(button(el, 'Brush Size'));
    const slider = el.querySelector<HTMLInputElement>('.panel input[type=range]')!;
    expect(slider.value).toBe('4');
    el.querySelector<HTMLElement>('.stage')!.focus();
    await userEvent.keyboard(']]');
    await until(() => el.querySelector('.size-value')?.textContent === '6');
  });

  it('Save changes appears when the app listens to apply, and reports it', async () => {
    const plain = await mountEditor();
    expect(plain.el.querySelector('[aria-label="Save changes"]')).toBeNull();
    const { el, root } = await mountEditor({
      services: { listens: (_: number, t: string) => t === 'apply' },
    });
    const seen = record(root);
    await userEvent.click(button(el, 'Save changes'));
    expect(seen.map((s) => s.trigger)).toEqual(['apply']);
  });

  it('zoom: the menu, the buttons and the keys; the hand pans a zoomed canvas', async () => {
    const { el } = await mountEditor();
    const fit = el.zoom;
    await userEvent.click(button(el, 'Zoom in'));
    expect(el.zoom).toBeGreaterThan(fit);
    expect(button(el, 'Pan').disabled).toBe(false);
    await userEvent.click(button(el, `Zoom ${Math.round(el.zoom * 100)}%`));
    await userEvent.click(
      [...el.querySelectorAll<HTMLButtonElement>('.zoom-menu button')].find((b) =>
        b.textContent!.includes('Fit'),
      )!,
    );
    expect(el.zoom).toBeCloseTo(fit, 5);
    expect(button(el, 'Pan').disabled).toBe(true);
    el.querySelector<HTMLElement>('.stage')!.focus();
    await userEvent.keyboard('+');
    expect(el.zoom).toBeGreaterThan(fit);
    await userEvent.keyboard('h');
    expect(button(el, 'Pan').getAttribute('aria-pressed')).toBe('true');
    const before = el.clientPoint(0, 0);
    await userEvent.keyboard('{ArrowRight}');
    expect(el.clientPoint(0, 0).x).toBeLessThan(before.x);
    await userEvent.keyboard('0');
    expect(el.zoom).toBeCloseTo(fit, 5);
  });

  it('a static editor shows the composite and reports the picked pixel', async () => {
    const { el, root } = await mountBlock<GrImageeditor>('imageeditor', {
      label: 'Out',
      selectable: true,
      value: { background: file(LAYER, 'bg.png'), layers: [], composite: file(BACKGROUND, 'c.png') },
    });
    const seen = record(root);
    await imagesLoaded(el);
    const img = el.querySelector('img')!;
    expect(img.src).toBe(BACKGROUND);
    expect(el.querySelector('.tools')).toBeNull();
    const box = img.getBoundingClientRect();
    img.dispatchEvent(
      new MouseEvent('click', { clientX: box.left + box.width * 0.75, clientY: box.top + 2, bubbles: true }),
    );
    const y = Math.floor((2 * 20) / box.height);
    expect(seen).toEqual([{ trigger: 'select', data: { index: [30, y], value: null } }]);
  });

  it('a value that is not an editor value is a message in the block', async () => {
    const { el } = await mountBlock<GrImageeditor>('imageeditor', {
      label: 'E',
      interactive: true,
      value: 42,
    });
    expect(el.querySelector('.value-error')!.textContent).toContain('not an editor value');
  });

  it('a value whose image cannot load says so and leaves a blank canvas', async () => {
    const { el } = await mountEditor({
      value: { background: file('data:image/png;base64,AAAA', 'bad.png'), layers: [], composite: null },
    });
    await until(() => el.querySelector('.notice') !== null);
    expect(el.querySelector('.notice')!.textContent).toContain('could not open its image');
  });

  it('ImageMask (layers disabled): no layer panel; Paint with no eraser: no eraser', async () => {
    const mask = await mountEditor({
      layers: { allow_additional_layers: true, layers: ['Layer 1'], disabled: true },
    });
    expect(mask.el.querySelector('.layers')).toBeNull();
    const paint = await mountEditor({ eraser: false });
    expect(paint.el.querySelector('[aria-label="Erase"]')).toBeNull();
  });

  it('the example form shows the composite', () => {
    const out = renderExample(
      { background: file(LAYER, 'bg.png'), layers: [], composite: file(BACKGROUND, 'c.png') },
      {},
      { fileUrl: (f: unknown) => (f as FileData).url ?? null, layout: 'table' } as never,
    );
    const host = document.createElement('div');
    document.body.append(host);
    void import('lit').then(({ render }) => render(out, host));
    return until(() => host.querySelector('img') !== null).then(() =>
      expect(host.querySelector('img')!.getAttribute('src')).toBe(BACKGROUND),
    );
  });
});
