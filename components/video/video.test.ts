import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { FileData } from '../../src/base/file-data.js';
import type { GrVideo } from './video.js';

/** A short WebM recorded from a canvas here, so the tests need no fixture file. */
async function recordClip(seconds: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 120;
  const ctx = canvas.getContext('2d')!;
  const stream = canvas.captureStream(25);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((r) => (recorder.onstop = r));
  recorder.start(100);
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const draw = (): void => {
      const t = performance.now() - started;
      ctx.fillStyle = `hsl(${t / 5}, 80%, 50%)`;
      ctx.fillRect(0, 0, 160, 120);
      if (t < seconds * 1000) requestAnimationFrame(draw);
      else resolve();
    };
    draw();
  });
  recorder.stop();
  await stopped;
  return new Blob(chunks, { type: 'video/webm' });
}

let clip: Blob;
const file = (name = 'clip.webm'): FileData => ({
  path: `/tmp/${name}`,
  url: URL.createObjectURL(clip),
  orig_name: name,
  meta: { _type: 'gradio.FileData' },
});
const vtt = (text: string): FileData => ({
  path: '/tmp/subs.vtt',
  url: URL.createObjectURL(
    new Blob([`WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n${text}\n`], { type: 'text/vtt' }),
  ),
  meta: { _type: 'gradio.FileData' },
});

function recordEvents(root: ShadowRoot, names: string[]): string[] {
  const events: string[] = [];
  for (const name of names) root.addEventListener(`gr-${name}`, () => events.push(name));
  return events;
}

const button = (el: Element, name: string) =>
  [...el.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name,
  );

beforeAll(async () => {
  clip = await recordClip(1);
});

runBlockContract('video', { path: '/tmp/v.mp4', url: 'http://app.test/gradio_api/file=/tmp/v.mp4' });

describe('<gr-video>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('plays a value with its own controls: play, pause, then stop and end at the end', async () => {
    const { el, root } = await mountBlock<GrVideo>('video', { label: 'Clip', value: file() });
    const events = recordEvents(root, ['play', 'pause', 'stop', 'end']);
    const player = el.querySelector('gr-video-player')!;
    await vi.waitFor(() => expect(player.media!.readyState).toBeGreaterThan(0), { timeout: 5000 });
    expect(button(el, 'Download')).toBeTruthy();
    expect(button(el, 'Clear')).toBeUndefined();
    expect(el.querySelector('input[aria-label="Seek Clip"]')).toBeTruthy();
    await userEvent.click(button(el, 'Play')!);
    await vi.waitFor(() => expect(events).toContain('play'));
    await userEvent.click(button(el, 'Pause')!);
    await vi.waitFor(() => expect(events).toContain('pause'));
    await userEvent.click(button(el, 'Play')!);
    await vi.waitFor(() => expect(events).toContain('end'), { timeout: 5000 });
    expect(events.slice(-2)).toEqual(['stop', 'end']);
    await vi.waitFor(() => expect(button(el, 'Replay')).toBeTruthy());
  });

  it('subtitles (6.x prop) become a captions track, with a toggle', async () => {
    const { el } = await mountBlock<GrVideo>('video', {
      label: 'Clip',
      value: file(),
      subtitles: vtt('hello'),
    });
    const player = el.querySelector('gr-video-player')!;
    await vi.waitFor(() => expect(el.querySelector('track')).toBeTruthy(), { timeout: 5000 });
    await vi.waitFor(() => expect(player.media!.textTracks[0]?.mode).toBe('showing'), { timeout: 5000 });
    await vi.waitFor(() => expect(player.media!.textTracks[0]?.cues?.length).toBe(1), { timeout: 5000 });
    expect((player.media!.textTracks[0]!.cues![0] as VTTCue).text).toBe('hello');
    button(el, 'Subtitles')!.click();
    await player.updateComplete;
    expect(player.media!.textTracks[0]!.mode).toBe('hidden');
  });

  it('reads the 4.x/5.x value {video, subtitles}, and sends that shape back when told to', async () => {
    const upload = vi.fn(async () => [file('new.webm')]);
    const { el } = await mountBlock<GrVideo>('video', {
      label: 'Old',
      value: { video: file(), subtitles: vtt('from the value') },
      interactive: true,
      videoDataValue: true,
      services: testServices({ upload }),
    });
    await vi.waitFor(() => expect(el.querySelector('track')).toBeTruthy(), { timeout: 5000 });
    button(el, 'Clear')!.click();
    await el.updateComplete;
    await el
      .querySelector('gr-upload-zone')!
      .uploadFiles([new File([clip], 'new.webm', { type: 'video/webm' })]);
    expect(el.value).toEqual({ video: expect.objectContaining({ orig_name: 'new.webm' }), subtitles: null });
  });

  it('uploads a video: upload, input, change; clear empties it', async () => {
    const uploaded = file('up.webm');
    const upload = vi.fn(async (_files: readonly File[], _request?: unknown) => [uploaded]);
    const { el, root } = await mountBlock<GrVideo>('video', {
      label: 'In',
      interactive: true,
      services: testServices({ upload }),
    });
    const events = recordEvents(root, ['upload', 'clear', 'input', 'change']);
    await el
      .querySelector('gr-upload-zone')!
      .uploadFiles([new File([clip], 'up.webm', { type: 'video/webm' })]);
    expect(el.value).toEqual(uploaded);
    expect(upload.mock.calls[0]![1]).toMatchObject({ blockId: el.blockId });
    expect(events).toEqual(['upload', 'input', 'change']);
    await el.updateComplete;
    button(el, 'Clear')!.click();
    expect(el.value).toBeNull();
    expect(events.slice(3)).toEqual(['clear', 'input', 'change']);
  });

  it("trimming: start/end fields and the selection's length; a server without ffmpeg says so and keeps the value", async () => {
    const value = file();
    const upload = vi.fn();
    const { el } = await mountBlock<GrVideo>('video', {
      label: 'Cut',
      value,
      interactive: true,
      services: testServices({ upload }),
    });
    const player = el.querySelector('gr-video-player')!;
    await vi.waitFor(() => expect(Number.isFinite(player.media!.duration)).toBe(true), { timeout: 5000 });
    button(el, 'Trim video to selection')!.click();
    await el.updateComplete;
    const [start, end] = el.querySelectorAll<HTMLInputElement>('.trim-panel input');
    start!.value = '0.2';
    start!.dispatchEvent(new Event('change'));
    end!.value = '0.1';
    end!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The end cannot come before the start.
    expect(Number(end!.value)).toBeCloseTo(0.3, 5);
    button(el, 'Trim')!.click();
    await vi.waitFor(
      () => expect(el.querySelector('[role=alert]')?.textContent).toContain('does not offer video trimming'),
      { timeout: 10_000 },
    );
    expect(upload).not.toHaveBeenCalled();
    expect(el.value).toBe(value);
    expect(el.querySelector('.trim-panel')).toBeNull();
  });

  it('records from the (fake) webcam: a WebM reaches the server and is the value, with start/stop_recording', async () => {
    const upload = vi.fn(async (files: readonly File[]) => [
      { path: `/tmp/${files[0]!.name}`, url: URL.createObjectURL(files[0]!), orig_name: files[0]!.name },
    ]);
    const { el, root } = await mountBlock<GrVideo>('video', {
      label: 'Cam',
      sources: ['webcam'],
      // A small frame keeps the browser's software encoder quick on a busy machine.
      webcamOptions: { mirror: true, constraints: { video: { width: 320, height: 240 } } },
      interactive: true,
      services: testServices({ upload }),
    });
    const events = recordEvents(root, ['start_recording', 'stop_recording', 'input', 'change']);
    button(el, 'Click to access webcam')!.click();
    await vi.waitFor(() => expect(button(el, 'Record')?.disabled).toBe(false), { timeout: 5000 });
    const preview = el.querySelector<HTMLVideoElement>('video.preview')!;
    expect(preview.classList.contains('mirror')).toBe(true);
    await vi.waitFor(() => expect(preview.videoWidth).toBe(320), { timeout: 5000 });
    button(el, 'Record')!.click();
    expect(events).toEqual(['start_recording']);
    // Long enough for a software encoder on a busy machine to produce its first frames.
    await new Promise((r) => setTimeout(r, 2500));
    button(el, 'Stop')!.click();
    await vi.waitFor(() => expect(events).toEqual(['start_recording', 'stop_recording', 'input', 'change']), {
      timeout: 5000,
    });
    const sent = upload.mock.calls[0]![0][0]!;
    expect(sent.name).toBe('sample.webm');
    expect(sent.size).toBeGreaterThan(1000);
    expect((el.value as FileData).orig_name).toBe('sample.webm');
    // The camera is off once the recording is the value.
    expect(preview.srcObject).toBeNull();
  });

  it('a denied camera says so in the block', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(
      new DOMException('no', 'NotAllowedError'),
    );
    const { el } = await mountBlock<GrVideo>('video', {
      label: 'Cam',
      sources: ['webcam', 'upload'],
      interactive: true,
    });
    button(el, 'Click to access webcam')!.click();
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')?.textContent).toContain('Camera access was denied'),
    );
    button(el, 'Upload file')!.click();
    await el.updateComplete;
    expect(el.querySelector('gr-upload-zone')).toBeTruthy();
    expect(el.querySelector('[role=alert]')).toBeNull();
  });

  it('a value that is not a video shows a message', async () => {
    const { el } = await mountBlock<GrVideo>('video', { label: 'V', value: { nope: 1 } as never });
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not a video file');
  });
});
