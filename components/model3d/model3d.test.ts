import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import { glbModel, objModel, splatModel, stlModel } from './internal/test-models.js';
import type { GrModel3d } from './model3d.js';

const model = (url: string, name: string) => ({ path: `/tmp/${name}`, url, orig_name: name });

runBlockContract('model3d', model(objModel(), 'tetra.obj'));

async function shown(el: GrModel3d): Promise<void> {
  await vi.waitFor(
    () => {
      if (el.querySelector('[role=alert]')) throw new Error(el.querySelector('[role=alert]')!.textContent!);
      expect(el.viewer?.hasModel && !el.querySelector('.model-overlay')).toBe(true);
    },
    { timeout: 10_000 },
  );
}

describe('<gr-model3d>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  for (const [name, url] of [
    ['tetra.glb', glbModel()],
    ['tetra.obj', objModel()],
    ['tetra.stl', stlModel()],
  ] as const) {
    it(`shows a ${name.split('.')[1]} model in the orbit viewer`, async () => {
      const { el } = await mountBlock<GrModel3d>('model3d', { label: '3D', value: model(url, name) });
      await shown(el);
      expect(el.querySelector('canvas')!.getAttribute('aria-label')).toContain(`3D model ${name}`);
      expect(el.querySelector('[aria-label="Reset camera"]')).not.toBeNull();
    });
  }

  it('Gaussian splats (.splat) show through three.js’s own splat renderer', async () => {
    const { el } = await mountBlock<GrModel3d>('model3d', {
      label: '3D',
      value: model(splatModel(), 'cloud.splat'),
    });
    await shown(el);
  });

  it('taken off the page and put back, it shows the model again (the viewer is released meanwhile)', async () => {
    const { el } = await mountBlock<GrModel3d>('model3d', {
      label: '3D',
      value: model(objModel(), 'tetra.obj'),
    });
    await shown(el);
    const parent = el.parentElement!;
    el.remove();
    expect(el.viewer).toBeNull();
    parent.append(el);
    await shown(el);
  });

  it('the camera moves from the keyboard; Reset camera brings it back', async () => {
    const { el } = await mountBlock<GrModel3d>('model3d', {
      label: '3D',
      value: model(objModel(), 'tetra.obj'),
      cameraPosition: [45, 60, 5],
      zoomSpeed: 2,
      clearColor: [0.2, 0.2, 0.2, 1],
      displayMode: 'wireframe',
    });
    await shown(el);
    const reset = () => el.querySelector<HTMLButtonElement>('[aria-label="Reset camera"]')!;
    expect(reset().disabled).toBe(true);
    el.querySelector<HTMLCanvasElement>('canvas')!.focus();
    await userEvent.keyboard('{ArrowLeft}{+}');
    await el.updateComplete;
    expect(reset().disabled).toBe(false);
    reset().click();
    await el.updateComplete;
    expect(reset().disabled).toBe(true);
    el.displayMode = 'point_cloud';
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')).toBeNull();
  });

  it('a missing file, an unknown format and a broken file each say so in the block', async () => {
    const { el } = await mountBlock<GrModel3d>('model3d', {
      label: '3D',
      value: model('http://127.0.0.1:9/gradio_api/file=/tmp/gone.glb', 'gone.glb'),
    });
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')!.textContent).toContain('missing or has expired'),
    );
    el.value = model(objModel(), 'tetra.fbx');
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')!.textContent).toContain('not a 3D format'),
    );
    el.value = model('data:model/gltf-binary;base64,AAAA', 'bad.glb');
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')!.textContent).toContain('could not be read'),
    );
  });

  it('without WebGL: a clear message, and the download button stays', async () => {
    const original = HTMLCanvasElement.prototype.getContext;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest) as RenderingContext;
    } as typeof original);
    const { el } = await mountBlock<GrModel3d>('model3d', {
      label: '3D',
      value: model(objModel(), 'tetra.obj'),
    });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('WebGL is not available');
    expect(el.querySelector('[aria-label=Download]')).not.toBeNull();
    expect(el.querySelector('canvas')).toBeNull();
  });

  it('interactive: upload a model (upload, change), Clear removes it (clear, change)', async () => {
    const upload = vi.fn(async (_files: readonly File[], _request?: unknown) => [
      model(objModel(), 'tetra.obj'),
    ]);
    const { el, root } = await mountBlock<GrModel3d>('model3d', {
      label: '3D',
      interactive: true,
      services: testServices({ upload }),
    });
    const seen: string[] = [];
    for (const t of ['gr-upload', 'gr-change', 'gr-clear'])
      root.addEventListener(t, (e) => seen.push(e.type));
    await el.uploadZone!.uploadFiles([new File(['v 0 0 0'], 'tetra.obj')]);
    expect(upload.mock.calls[0]![1]).toMatchObject({
      fileTypes: expect.arrayContaining(['.glb', '.obj', '.splat']),
    });
    await shown(el);
    el.querySelector<HTMLButtonElement>('[aria-label=Clear]')!.click();
    expect(el.value).toBeNull();
    expect(seen).toEqual(['gr-upload', 'gr-change', 'gr-clear', 'gr-change']);
  });

  it('example form: the file name', async () => {
    const { renderExample } = await import('./example.js');
    expect(renderExample(model('x', 'duck.glb'), {}, { layout: 'table', fileUrl: () => null })).toBe(
      'duck.glb',
    );
  });

  it('a value that is not a file shows a message', async () => {
    const { el } = await mountBlock<GrModel3d>('model3d', { label: '3D', value: 5 as never });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not a file');
  });
});
