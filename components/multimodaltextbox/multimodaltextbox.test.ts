import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'lit';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { FileData } from '../../src/base/file-data.js';
import type { UploadRequest } from '../../src/base/upload.js';
import { UploadError } from '../../src/base/upload.js';
import type { GrMultimodaltextbox, MultimodalValue } from './multimodaltextbox.js';
import { renderExample } from './example.js';
import { encodeWav } from './internal/recorder.js';

runBlockContract('multimodaltextbox', { text: 'hello', files: [] });

const uploaded = (name: string, mime: string): FileData => ({
  path: `/tmp/up/${name}`,
  url: `http://app.test/gradio_api/file=/tmp/up/${name}`,
  orig_name: name,
  mime_type: mime,
  size: 3,
  meta: { _type: 'gradio.FileData' },
});

/** A fake server upload: FileData named after each file, recorded. */
function fakeUpload() {
  const calls: { files: File[]; request?: UploadRequest }[] = [];
  const upload = vi.fn(async (files: readonly File[], request?: UploadRequest) => {
    calls.push({ files: [...files], request });
    return files.map((f) => uploaded(f.name, f.type));
  });
  return { calls, services: testServices({ upload }) };
}

function record(root: ShadowRoot): string[] {
  const events: string[] = [];
  for (const name of [
    'input',
    'change',
    'submit',
    'stop',
    'upload',
    'focus',
    'blur',
    'select',
    'stop_recording',
  ]) {
    root.addEventListener(`gr-${name}`, (e) => events.push((e as GrTriggerEvent).trigger));
  }
  return events;
}

function drop(target: Element, files: File[]): void {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
  target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

describe('<gr-multimodaltextbox>', () => {
  afterEach(() => document.body.replaceChildren());

  it('typing sets {text, files} and reports input and change; a plain string value is read as text', async () => {
    const { el, root } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', {
      label: 'Chat',
      interactive: true,
      value: 'start',
    });
    const events = record(root);
    const area = el.querySelector('textarea')!;
    expect(area.value).toBe('start');
    await userEvent.clear(area);
    await userEvent.type(area, 'hi');
    expect(el.value).toEqual({ text: 'hi', files: [] });
    expect(events.filter((e) => e === 'input')).toHaveLength(3);
    expect(events.filter((e) => e === 'change')).toHaveLength(3);
  });

  it('Enter submits a one-line box, Shift+Enter adds a line; lines > 1 swaps them', async () => {
    const { el, root } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', { interactive: true });
    const events = record(root);
    const area = el.querySelector('textarea')!;
    await userEvent.type(area, 'a{Shift>}{Enter}{/Shift}b');
    expect((el.value as MultimodalValue).text).toBe('a\nb');
    expect(events).not.toContain('submit');
    await userEvent.keyboard('{Enter}');
    expect(events.filter((e) => e === 'submit')).toHaveLength(1);
    el.lines = 3;
    await el.updateComplete;
    await userEvent.keyboard('{Enter}');
    expect(events.filter((e) => e === 'submit')).toHaveLength(1);
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(events.filter((e) => e === 'submit')).toHaveLength(2);
  });

  it('submit and stop buttons; a box the user cannot edit still offers stop', async () => {
    const { el, root } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', {
      interactive: true,
      stopBtn: true,
    });
    const events = record(root);
    el.querySelector<HTMLButtonElement>('.submit-button')!.click();
    el.querySelector<HTMLButtonElement>('.stop-button')!.click();
    expect(events).toEqual(['submit', 'stop']);
    el.interactive = false;
    el.submitBtn = 'Send';
    await el.updateComplete;
    expect(el.querySelector<HTMLButtonElement>('.submit-button')!.disabled).toBe(true);
    expect(el.querySelector('.submit-button')!.textContent!.trim()).toBe('Send');
    expect(el.querySelector<HTMLButtonElement>('.stop-button')!.disabled).toBe(false);
    expect(el.querySelector('textarea')!.disabled).toBe(true);
  });

  it('dropped files upload through the app, show as previews, and can be removed; a refused type says why', async () => {
    const { calls, services } = fakeUpload();
    const { el, root } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', {
      interactive: true,
      fileCount: 'multiple',
      fileTypes: ['image', '.txt'],
      services,
      blockId: 7,
    });
    const events = record(root);
    drop(el.querySelector('.mm-block')!, [
      new File(['png'], 'pic.png', { type: 'image/png' }),
      new File(['csv'], 'data.csv', { type: 'text/csv' }),
      new File(['txt'], 'notes.txt', { type: 'text/plain' }),
    ]);
    await vi.waitFor(() => expect((el.value as MultimodalValue).files).toHaveLength(2));
    expect(calls[0]!.files.map((f) => f.name)).toEqual(['pic.png', 'notes.txt']);
    expect(calls[0]!.request?.blockId).toBe(7);
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')!.textContent).toContain(
      '1 file(s) were rejected. Accepted formats: image, .txt',
    );
    expect(el.querySelectorAll('.thumbnail-wrapper img')).toHaveLength(1);
    expect(events).toEqual(['upload', 'input', 'change']);
    el.querySelector<HTMLButtonElement>('[aria-label="Remove pic.png"]')!.click();
    await el.updateComplete;
    expect((el.value as MultimodalValue).files.map((f) => f.orig_name)).toEqual(['notes.txt']);
    // Focus goes back to the text (the removed button is gone).
    expect(events.slice(3)).toEqual(['input', 'change', 'focus']);
  });

  it('a single-file box hides its upload button once it holds a file', async () => {
    const { el } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', { interactive: true });
    expect(el.querySelector('[aria-label="Upload a file"]')).not.toBeNull();
    el.value = { text: '', files: [uploaded('a.txt', 'text/plain')] };
    await el.updateComplete;
    expect(el.querySelector('button[aria-label="Upload a file"]')).toBeNull();
  });

  it('pasting text longer than max_plain_text_length attaches it as pasted_text.txt; pasted files upload', async () => {
    const { calls, services } = fakeUpload();
    const { el } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', {
      interactive: true,
      fileCount: 'multiple',
      maxPlainTextLength: 10,
      services,
    });
    const area = el.querySelector('textarea')!;
    const paste = (data: DataTransfer) =>
      area.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    const long = new DataTransfer();
    long.setData('text', 'x'.repeat(11));
    paste(long);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.files[0]!.name).toBe('pasted_text.txt');
    expect(await calls[0]!.files[0]!.text()).toBe('x'.repeat(11));
    expect(area.value).toBe('');
    const image = new DataTransfer();
    image.items.add(new File(['img'], 'shot.png', { type: 'image/png' }));
    paste(image);
    await vi.waitFor(() => expect((el.value as MultimodalValue).files).toHaveLength(2));
  });

  it('an upload the app refuses (too large) says so and adds nothing', async () => {
    const services = testServices({
      upload: () =>
        Promise.reject(new UploadError('"big.bin" is 2 MB; this app accepts files up to 1 MB.', 'too-large')),
    });
    const { el } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', {
      interactive: true,
      services,
    });
    drop(el.querySelector('.mm-block')!, [new File(['x'], 'big.bin')]);
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')?.textContent).toContain('accepts files up to 1 MB'),
    );
    expect((el.value as MultimodalValue).files).toEqual([]);
  });

  it('records the microphone to a WAV file, uploads it, and attaches it on submit', async () => {
    const { calls, services } = fakeUpload();
    const { el, root } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', {
      interactive: true,
      sources: ['upload', 'microphone'],
      services,
    });
    const events = record(root);
    el.querySelector<HTMLButtonElement>('[aria-label="Record audio"]')!.click();
    await vi.waitFor(() => expect(el.querySelector('[role=timer]')).not.toBeNull(), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    el.querySelector<HTMLButtonElement>('[aria-label="Stop recording"]')!.click();
    await vi.waitFor(() => expect(el.querySelector('[aria-label="Attach audio"]')).not.toBeNull(), {
      timeout: 5000,
    });
    const file = calls[0]!.files[0]!;
    expect(file.name).toMatch(/^recording-.*\.wav$/);
    expect(file.type).toBe('audio/wav');
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 4))).toBe('RIFF');
    el.querySelector<HTMLButtonElement>('.submit-button')!.click();
    expect((el.value as MultimodalValue).files.map((f) => f.orig_name)).toEqual([file.name]);
    expect(events).toEqual(['stop_recording', 'input', 'change', 'submit']);
  });

  it('a value that is not {text, files} shows a message', async () => {
    const { el } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', { value: [1, 2] });
    expect(el.querySelector('.value-error')!.textContent).toContain('not {text, files}');
  });

  it('autofocus focuses the box without scrolling the page', async () => {
    const tall = document.createElement('div');
    tall.style.height = '3000px';
    document.body.prepend(tall);
    const { el } = await mountBlock<GrMultimodaltextbox>('multimodaltextbox', {
      interactive: true,
      autofocus: true,
    });
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(el.querySelector('textarea'));
    expect(window.scrollY).toBe(0);
  });
});

describe('multimodaltextbox example form and WAV encoding', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the text and a picture for each image file, the name of others', () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      renderExample(
        { text: 'describe', files: [uploaded('a.png', 'image/png'), uploaded('b.pdf', 'application/pdf')] },
        {},
        { layout: 'table', fileUrl: (f) => (f as FileData).url ?? null },
      ),
      host,
    );
    expect(host.textContent).toContain('describe');
    expect(host.querySelector('img')!.getAttribute('src')).toBe(uploaded('a.png', '').url);
    expect(host.textContent).toContain('b.pdf');
  });

  it('encodes audio as 16-bit PCM WAV', async () => {
    const context = new OfflineAudioContext(1, 800, 8000);
    const buffer = context.createBuffer(1, 800, 8000);
    buffer.getChannelData(0).fill(0.5);
    const wav = new DataView(await encodeWav(buffer).arrayBuffer());
    expect(wav.byteLength).toBe(44 + 1600);
    expect(wav.getUint32(24, true)).toBe(8000);
    expect(wav.getInt16(44, true)).toBe(Math.round(0.5 * 0x7fff - 0.5));
  });
});
