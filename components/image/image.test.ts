import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import { fileFrom, halvesImage, imagesLoaded, solidImage } from '../common/test-images.js';
import type { GrImage } from './image.js';

const HALVES = halvesImage(40, 20);
const file = (url: string, name = 'halves.png') => ({
  path: `/tmp/${name}`,
  url,
  orig_name: name,
  size: 100,
});

runBlockContract('image', file(HALVES));

/** Every trigger the block reports, with its payload, in order. */
function record(root: ShadowRoot): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of [
    'upload',
    'input',
    'change',
    'clear',
    'select',
    'stream',
    'stop_recording',
    'close_stream',
  ])
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

describe('<gr-image>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('shows a static image with download and fullscreen; the built-in share button is left out', async () => {
    const { el } = await mountBlock<GrImage>('image', { label: 'Out', value: file(HALVES) });
    await imagesLoaded(el);
    const img = el.querySelector('img')!;
    expect(img.src).toBe(HALVES);
    expect(img.naturalWidth).toBe(40);
    const names = [...el.querySelectorAll('.icon-buttons button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Fullscreen', 'Download']);
    expect(el.querySelector('gr-upload-zone')).toBeNull();
    el.buttons = ['download'];
    await el.updateComplete;
    expect([...el.querySelectorAll('.icon-buttons button')].map((b) => b.getAttribute('aria-label'))).toEqual(
      ['Download'],
    );
  });

  it('an empty static image shows the empty state; an interactive one the drop zone with its placeholder', async () => {
    const { el } = await mountBlock<GrImage>('image', { label: 'Out', value: null });
    expect(el.querySelector('[aria-label="Empty value"]')).not.toBeNull();
    el.interactive = true;
    el.placeholder = '# Drop a cat\nor click';
    await el.updateComplete;
    await el.uploadZone!.updateComplete;
    expect(el.querySelector('.placeholder-heading')!.textContent).toBe('Drop a cat');
    expect(el.querySelector('.placeholder-text')!.textContent).toBe('or click');
  });

  it('uploads a picked image: upload, input, change; Remove Image clears: clear, input, change', async () => {
    const uploaded = file(solidImage('#0f0'), 'green.png');
    const upload = vi.fn(async () => [uploaded]);
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'In',
      interactive: true,
      sources: ['upload'],
      services: testServices({ upload }),
    });
    const seen = record(root);
    await el.uploadZone!.updateComplete;
    await userEvent.upload(
      el.querySelector<HTMLInputElement>('input[type=file]')!,
      await fileFrom(solidImage('#0f0'), 'green.png'),
    );
    await until(() => el.value !== null);
    expect(el.value).toEqual(uploaded);
    expect(upload.mock.calls[0]).toMatchObject([
      [{ name: 'green.png' }],
      { fileTypes: ['image'], blockId: el.blockId },
    ]);
    expect(seen.map((s) => s.trigger)).toEqual(['upload', 'input', 'change']);
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label="Remove Image"]')!.click();
    expect(el.value).toBeNull();
    expect(seen.slice(3).map((s) => s.trigger)).toEqual(['clear', 'input', 'change']);
  });

  it('an image dropped onto the shown one replaces it; a pasted image uploads too', async () => {
    const green = file(solidImage('#0f0'), 'green.png');
    const upload = vi.fn(async () => [green]);
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'In',
      interactive: true,
      value: file(HALVES),
      services: testServices({ upload }),
    });
    const seen = record(root);
    const data = new DataTransfer();
    data.items.add(await fileFrom(solidImage('#0f0'), 'green.png'));
    el.querySelector('.image-frame')!.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    await until(() => el.value === green);
    expect(seen.map((s) => s.trigger)).toEqual(['upload', 'input', 'change']);
    const paste = new DataTransfer();
    paste.items.add(await fileFrom(solidImage('#00f'), 'blue.png'));
    el.querySelector('.image-frame')!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: paste, bubbles: true, cancelable: true }),
    );
    await until(() => upload.mock.calls.length === 2);
  });

  it('select reports the clicked pixel in the image’s own pixels, and nothing outside the picture', async () => {
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'Pick',
      value: file(HALVES),
      selectable: true,
      height: 200,
      width: 400,
    });
    const seen = record(root);
    await imagesLoaded(el);
    await el.updateComplete;
    const img = el.querySelector('img')!;
    const box = img.getBoundingClientRect();
    // scale-down: a 40×20 picture centred in its box at natural size.
    const left = box.left + (box.width - 40) / 2;
    const top = box.top + (box.height - 20) / 2;
    const frame = el.querySelector<HTMLElement>('.image-frame')!;
    frame.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: left + 10.2, clientY: top + 5.1 }));
    frame.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: left + 35, clientY: top + 19 }));
    frame.dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: box.left + 2, clientY: box.top + 2 }),
    );
    expect(seen).toEqual([
      { trigger: 'select', data: { index: [10, 5], value: null } },
      { trigger: 'select', data: { index: [35, 19], value: null } },
    ]);
  });

  it('select from the keyboard: arrows move a cross-hair, Enter picks its pixel', async () => {
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'Pick',
      value: file(HALVES),
      selectable: true,
    });
    const seen = record(root);
    await imagesLoaded(el);
    const frame = el.querySelector<HTMLElement>('.image-frame')!;
    expect(frame.getAttribute('role')).toBe('button');
    frame.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{Shift>}{ArrowDown}{/Shift}{Enter}');
    expect(seen.map((s) => s.data)).toEqual([
      { index: [20, 10], value: null },
      { index: [18, 12], value: null },
    ]);
    expect(el.querySelector('.crosshair')).not.toBeNull();
  });

  it('a missing or expired file says so in the block', async () => {
    const { el } = await mountBlock<GrImage>('image', {
      label: 'Gone',
      value: file('http://127.0.0.1:9/gradio_api/file=/tmp/none.png', 'none.png'),
    });
    await until(() => el.querySelector('.gr-missing-file') !== null);
    expect(el.querySelector('[role=alert]')!.textContent).toContain('missing or has expired');
  });

  it('a value that is not an image shows a message instead of breaking', async () => {
    const { el } = await mountBlock<GrImage>('image', { label: 'Bad', value: 42 as never });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not an image');
  });

  it('the source buttons switch between upload, webcam and clipboard', async () => {
    const { el } = await mountBlock<GrImage>('image', { label: 'In', interactive: true });
    const buttons = [...el.querySelectorAll('.gr-source-select button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Upload file',
      'Capture from camera',
      'Paste from clipboard',
    ]);
    expect(buttons[0]!.getAttribute('aria-pressed')).toBe('true');
    (buttons[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.querySelector('gr-webcam')).not.toBeNull();
    expect(el.querySelector('gr-upload-zone')).toBeNull();
    expect(el.webcam!.textContent).toContain('Click to Access Webcam');
  });

  it('a webcam photo (fake camera) is uploaded and becomes the value: input, change', async () => {
    const upload = vi.fn(async (files: readonly File[]) => [
      { path: '/tmp/image.png', url: HALVES, orig_name: files[0]!.name, size: files[0]!.size },
    ]);
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'Camera',
      interactive: true,
      sources: ['webcam'],
      webcamOptions: { mirror: false, constraints: null },
      services: testServices({ upload }),
    });
    const seen = record(root);
    await userEvent.click(el.querySelector<HTMLButtonElement>('gr-webcam .access')!);
    await until(() => (el.querySelector('video')?.videoWidth ?? 0) > 0);
    expect(el.querySelector('video')!.hasAttribute('data-mirror')).toBe(false);
    await userEvent.click(el.querySelector<HTMLButtonElement>('[aria-label="Capture photo"]')!);
    await until(() => el.value !== null);
    const sent = upload.mock.calls[0]![0][0]!;
    expect([sent.name, sent.type]).toEqual(['image.png', 'image/png']);
    expect(sent.size).toBeGreaterThan(100);
    expect(seen.map((s) => s.trigger)).toEqual(['input', 'change']);
    await el.updateComplete;
    expect(el.querySelector('gr-webcam')).toBeNull();
    expect(el.querySelector('.image-frame img')).not.toBeNull();
  });

  it('streams webcam frames: each frame is the value ({url: JPEG data URL}) and a stream event; stop ends it', async () => {
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'Live',
      interactive: true,
      streaming: true,
      sources: ['webcam'],
      streamEvery: 0.1,
    });
    const seen = record(root);
    expect(el.querySelector('.gr-source-select')).toBeNull();
    await userEvent.click(el.querySelector<HTMLButtonElement>('gr-webcam .access')!);
    await until(() => (el.querySelector('video')?.videoWidth ?? 0) > 0);
    await userEvent.click(el.querySelector<HTMLButtonElement>('[aria-label="Start streaming"]')!);
    await until(() => seen.filter((s) => s.trigger === 'stream').length >= 3);
    await userEvent.click(el.querySelector<HTMLButtonElement>('[aria-label="Stop streaming"]')!);
    const streams = seen.filter((s) => s.trigger === 'stream');
    const last = streams.at(-1)!.data as { value: { url: string }; is_value_data: boolean };
    expect(last.is_value_data).toBe(true);
    expect(Object.keys(last.value)).toEqual(['url']);
    expect(last.value.url).toMatch(/^data:image\/jpeg;base64,/);
    expect(el.value).toBe(last.value);
    expect(seen.slice(-2).map((s) => s.trigger)).toEqual(['stop_recording', 'close_stream']);
    const count = streams.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.filter((s) => s.trigger === 'stream').length).toBe(count);
    // Still the live camera, not the last frame as a still image.
    expect(el.querySelector('video')).not.toBeNull();
  });

  it('the stream stops by itself at the time limit', async () => {
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'Live',
      interactive: true,
      streaming: true,
      sources: ['webcam'],
      streamEvery: 0.1,
      timeLimit: 0.5,
    });
    const seen = record(root);
    await userEvent.click(el.querySelector<HTMLButtonElement>('gr-webcam .access')!);
    await until(() => (el.querySelector('video')?.videoWidth ?? 0) > 0);
    await userEvent.click(el.querySelector<HTMLButtonElement>('[aria-label="Start streaming"]')!);
    expect(el.querySelector('.time-limit')).not.toBeNull();
    await until(() => seen.some((s) => s.trigger === 'stop_recording'), 3000);
    expect(el.querySelector('[aria-label="Start streaming"]')).not.toBeNull();
  });

  it('with two cameras the user picks one; the camera asked for follows; constraints pass through', async () => {
    const media = navigator.mediaDevices;
    const original = media.getUserMedia.bind(media);
    const asked: MediaStreamConstraints[] = [];
    vi.spyOn(media, 'getUserMedia').mockImplementation(async (constraints) => {
      asked.push(constraints!);
      return original({ video: true });
    });
    vi.spyOn(media, 'enumerateDevices').mockResolvedValue([
      { deviceId: 'front', kind: 'videoinput', label: 'Front camera', groupId: 'a' } as MediaDeviceInfo,
      { deviceId: 'back', kind: 'videoinput', label: 'Back camera', groupId: 'b' } as MediaDeviceInfo,
      { deviceId: 'mic', kind: 'audioinput', label: 'Microphone', groupId: 'c' } as MediaDeviceInfo,
    ]);
    const { el } = await mountBlock<GrImage>('image', {
      label: 'Camera',
      interactive: true,
      sources: ['webcam'],
      webcamOptions: { mirror: true, constraints: { video: { width: { ideal: 320 } } } },
    });
    await userEvent.click(el.querySelector<HTMLButtonElement>('gr-webcam .access')!);
    await until(() => el.querySelector('select.device') !== null);
    expect(asked[0]).toEqual({ video: { width: { ideal: 320 } }, audio: false });
    expect(el.querySelector('video')!.hasAttribute('data-mirror')).toBe(true);
    const select = el.querySelector<HTMLSelectElement>('select.device')!;
    expect([...select.options].map((o) => o.textContent!.trim())).toEqual(['Front camera', 'Back camera']);
    await userEvent.selectOptions(select, 'back');
    await until(() => asked.length === 2);
    expect(asked[1]).toEqual({ video: { width: { ideal: 320 }, deviceId: { exact: 'back' } }, audio: false });
  });

  it('a denied camera shows a clear message and a retry, and nothing else breaks', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(
      new DOMException('Permission denied', 'NotAllowedError'),
    );
    const { el } = await mountBlock<GrImage>('image', {
      label: 'Camera',
      interactive: true,
      sources: ['webcam'],
    });
    await userEvent.click(el.querySelector<HTMLButtonElement>('gr-webcam .access')!);
    await until(() => el.querySelector('gr-webcam [role=alert]') !== null);
    expect(el.querySelector('gr-webcam [role=alert]')!.textContent).toContain('Camera access was denied');
    expect(el.querySelector('gr-webcam .retry')).not.toBeNull();
    expect(el.value).toBeNull();
  });

  it('a camera that disappears mid-stream stops the stream with a message', async () => {
    const { el, root } = await mountBlock<GrImage>('image', {
      label: 'Live',
      interactive: true,
      streaming: true,
      sources: ['webcam'],
      streamEvery: 0.1,
    });
    const seen = record(root);
    await userEvent.click(el.querySelector<HTMLButtonElement>('gr-webcam .access')!);
    await until(() => (el.querySelector('video')?.videoWidth ?? 0) > 0);
    await userEvent.click(el.querySelector<HTMLButtonElement>('[aria-label="Start streaming"]')!);
    const track = (el.querySelector('video')!.srcObject as MediaStream).getVideoTracks()[0]!;
    track.dispatchEvent(new Event('ended'));
    await until(() => el.querySelector('gr-webcam [role=alert]') !== null);
    expect(el.querySelector('gr-webcam [role=alert]')!.textContent).toContain('camera stopped');
    expect(seen.some((s) => s.trigger === 'stop_recording')).toBe(true);
  });

  it('fullscreen goes to the block itself and back, never the host page', async () => {
    const { el } = await mountBlock<GrImage>('image', { label: 'Out', value: file(HALVES) });
    await userEvent.click(el.querySelector<HTMLButtonElement>('[aria-label="Fullscreen"]')!);
    await until(() => el.querySelector('[aria-label="Exit fullscreen mode"]') !== null);
    const root = el.getRootNode() as ShadowRoot;
    expect(root.fullscreenElement === el || el.hasAttribute('data-expanded')).toBe(true);
    await userEvent.click(el.querySelector<HTMLButtonElement>('[aria-label="Exit fullscreen mode"]')!);
    await until(() => el.querySelector('[aria-label="Fullscreen"]') !== null);
    expect(root.fullscreenElement).toBeNull();
    expect(el.hasAttribute('data-expanded')).toBe(false);
  });

  it('example form: a thumbnail of the image', async () => {
    const { renderExample } = await import('./example.js');
    const div = document.createElement('div');
    const { render } = await import('lit');
    render(
      renderExample(file(HALVES), {}, { layout: 'table', fileUrl: (f) => (f as { url: string }).url }),
      div,
    );
    expect(div.querySelector('img')!.src).toBe(HALVES);
  });

  it('5.x props: mirror_webcam and show_download_button', async () => {
    const { el } = await mountBlock<GrImage>('image', {
      label: 'Old',
      value: file(HALVES),
      showDownloadButton: false,
    });
    expect([...el.querySelectorAll('.icon-buttons button')].map((b) => b.getAttribute('aria-label'))).toEqual(
      ['Fullscreen'],
    );
  });
});
