import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { FileData } from '../../src/base/file-data.js';
import { acceptsFile } from '../../src/base/file-types.js';
import { encodeWav } from '../common/media/wav.js';
import type { GrAudio } from './audio.js';

/** A WAV of a sine tone, `seconds` long, served from a blob URL. */
function tone(seconds: number, name = 'tone.wav'): FileData {
  const rate = 8000;
  const samples = new Float32Array(Math.round(seconds * rate));
  samples.forEach((_, i) => (samples[i] = 0.5 * Math.sin((2 * Math.PI * 440 * i) / rate)));
  const url = URL.createObjectURL(encodeWav({ sampleRate: rate, channels: [samples] }));
  return {
    path: `/tmp/${name}`,
    url,
    orig_name: name,
    size: samples.length * 2 + 44,
    meta: { _type: 'gradio.FileData' },
  };
}

/** Seconds of audio in a 16-bit PCM WAV file. */
async function wavSeconds(blob: Blob): Promise<number> {
  const view = new DataView(await blob.arrayBuffer());
  return view.getUint32(40, true) / view.getUint32(28, true);
}

function recordEvents(root: ShadowRoot, names: string[]): string[] {
  const events: string[] = [];
  for (const name of names) root.addEventListener(`gr-${name}`, () => events.push(name));
  return events;
}

const button = (el: Element, name: string | RegExp) =>
  [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof name === 'string'
      ? b.getAttribute('aria-label') === name || b.textContent?.trim() === name
      : name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
  );

runBlockContract('audio', tone(1));

describe('<gr-audio>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('plays a value with a waveform: duration, play/pause/stop events, speed, volume and skip length', async () => {
    const value = tone(1.5);
    const { el, root } = await mountBlock<GrAudio>('audio', {
      label: 'Speech',
      value,
      waveformOptions: { skip_length: 20 },
    });
    const events = recordEvents(root, ['play', 'pause', 'stop']);
    await vi.waitFor(() => expect(el.querySelector('.duration')!.textContent).toBe('0:02'), {
      timeout: 5000,
    });
    expect(el.querySelector('.waveform')!.getAttribute('role')).toBe('slider');
    expect(button(el, 'Skip forward by 0.3 seconds')).toBeTruthy();
    expect(button(el, 'Download')).toBeTruthy();
    expect(button(el, 'Clear')).toBeUndefined();
    expect(button(el, 'Trim audio to selection')).toBeUndefined();

    await userEvent.click(button(el, 'Adjust playback speed to 1.5x')!);
    const media = el.querySelector('gr-audio-player')!.media!;
    expect(media.playbackRate).toBe(1.5);
    await userEvent.click(button(el, 'Adjust volume')!);
    const volume = el.querySelector<HTMLInputElement>('input[aria-label=Volume]')!;
    volume.value = '0.25';
    volume.dispatchEvent(new Event('input'));
    expect(media.volume).toBe(0.25);

    await userEvent.click(button(el, 'Play')!);
    await vi.waitFor(() => expect(events).toContain('play'));
    await userEvent.click(button(el, 'Pause')!);
    await vi.waitFor(() => expect(events).toContain('pause'));
    await userEvent.click(button(el, 'Play')!);
    await vi.waitFor(() => expect(events).toContain('stop'), { timeout: 5000 });
    expect(events.slice(0, 3)).toEqual(['play', 'pause', 'play']);
  });

  it('keyboard: the waveform is a slider that seeks with the arrows and plays with Space', async () => {
    const { el } = await mountBlock<GrAudio>('audio', { label: 'A', value: tone(3) });
    const wave = el.querySelector<HTMLElement>('.waveform')!;
    await vi.waitFor(() => expect(wave.getAttribute('aria-valuemax')).toBe('3'), { timeout: 5000 });
    wave.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(wave.getAttribute('aria-valuenow')).toBe('2');
    await userEvent.keyboard('{Home}');
    expect(wave.getAttribute('aria-valuetext')).toBe('0:00 of 0:03');
  });

  it('uploads a file: upload, input and change, with the uploaded FileData as the value', async () => {
    const uploaded = tone(1, 'voice.wav');
    const upload = vi.fn(async (_files: readonly File[], _request?: unknown) => [uploaded]);
    const { el, root } = await mountBlock<GrAudio>('audio', {
      label: 'In',
      interactive: true,
      services: testServices({ upload }),
    });
    const events = recordEvents(root, ['upload', 'input', 'change']);
    await el
      .querySelector('gr-upload-zone')!
      .uploadFiles([new File(['RIFF'], 'voice.wav', { type: 'audio/wav' })]);
    expect(el.value).toEqual(uploaded);
    expect(events).toEqual(['upload', 'input', 'change']);
    expect(upload.mock.calls[0]![1]).toMatchObject({ blockId: el.blockId });
    await el.updateComplete;

    const cleared = recordEvents(root, ['clear']);
    button(el, 'Clear')!.click();
    expect(el.value).toBeNull();
    expect(cleared).toEqual(['clear']);
    expect(events.slice(3)).toEqual(['input', 'change']);
  });

  it('asks the app to refuse files that are not audio', async () => {
    const upload = vi.fn(async (_files: readonly File[], _request?: { fileTypes?: readonly string[] }) => [
      tone(1),
    ]);
    const { el } = await mountBlock<GrAudio>('audio', {
      label: 'In',
      interactive: true,
      services: testServices({ upload }),
    });
    await el
      .querySelector('gr-upload-zone')!
      .uploadFiles([new File(['RIFF'], 'a.flac', { type: 'audio/flac' })]);
    const types = upload.mock.calls[0]![1]!.fileTypes!;
    expect(acceptsFile(types, { name: 'notes.txt', type: 'text/plain' })).toBe(false);
    expect(acceptsFile(types, { name: 'a.mp3', type: 'audio/mpeg' })).toBe(true);
    expect(acceptsFile(types, { name: 'a.m4a', type: '' })).toBe(true);
  });

  it('trims to the selected region: the server gets the clip as a WAV of that length, and Reset restores', async () => {
    const original = tone(2);
    const upload = vi.fn(async (files: readonly File[]) => [
      {
        path: '/tmp/audio.wav',
        url: URL.createObjectURL(files[0]!),
        orig_name: files[0]!.name,
        meta: { _type: 'gradio.FileData' },
      },
    ]);
    const { el, root } = await mountBlock<GrAudio>('audio', {
      label: 'In',
      value: original,
      interactive: true,
      services: testServices({ upload }),
    });
    const events = recordEvents(root, ['input', 'change']);
    await vi.waitFor(() => expect(button(el, 'Trim audio to selection')?.disabled).toBe(false), {
      timeout: 5000,
    });
    button(el, 'Trim audio to selection')!.click();
    await vi.waitFor(() => expect(el.querySelector('.trim-fields')).toBeTruthy());
    const [start, end] = el.querySelectorAll<HTMLInputElement>('.trim-fields input');
    expect(Number(start!.value)).toBeCloseTo(0.5, 2);
    start!.value = '0.25';
    start!.dispatchEvent(new Event('change'));
    end!.value = '1.25';
    end!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Trim')!.click();
    await vi.waitFor(() => expect(upload).toHaveBeenCalled());
    const clip = upload.mock.calls[0]![0][0]!;
    expect(clip.name).toBe('audio.wav');
    expect(await wavSeconds(clip)).toBeCloseTo(1, 2);
    await vi.waitFor(() => expect(el.value?.orig_name).toBe('audio.wav'));
    expect(events).toEqual(['input', 'change']);

    await el.updateComplete;
    await vi.waitFor(() => expect(button(el, 'Reset audio')).toBeTruthy());
    button(el, 'Reset audio')!.click();
    expect(el.value).toBe(original);
    expect(events).toEqual(['input', 'change', 'input', 'change']);
  });

  it('records from the microphone: start_recording, then on Stop a WAV reaches the server and is the value', async () => {
    const upload = vi.fn(async (files: readonly File[]) => [
      {
        path: '/tmp/audio.wav',
        url: URL.createObjectURL(files[0]!),
        orig_name: files[0]!.name,
        meta: { _type: 'gradio.FileData' },
      },
    ]);
    const { el, root } = await mountBlock<GrAudio>('audio', {
      label: 'Mic',
      sources: ['microphone'],
      interactive: true,
      services: testServices({ upload }),
    });
    const events = recordEvents(root, ['start_recording', 'stop_recording', 'input', 'change']);
    expect(el.querySelector<HTMLSelectElement>('select[aria-label=Microphone]')).toBeTruthy();
    button(el, 'Record')!.click();
    await vi.waitFor(() => expect(events).toEqual(['start_recording']), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1200));
    button(el, 'Stop')!.click();
    await vi.waitFor(() => expect(events).toEqual(['start_recording', 'stop_recording', 'input', 'change']), {
      timeout: 5000,
    });
    const file = upload.mock.calls[0]![0][0]!;
    expect(file.name).toBe('audio.wav');
    const seconds = await wavSeconds(file);
    expect(seconds).toBeGreaterThan(0.8);
    expect(seconds).toBeLessThan(3);
    expect(el.value?.orig_name).toBe('audio.wav');
  });

  it('a denied microphone says so in the block; upload still works', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    const upload = vi.fn(async () => [tone(1)]);
    const { el } = await mountBlock<GrAudio>('audio', {
      label: 'Mic',
      interactive: true,
      services: testServices({ upload }),
    });
    button(el, 'Record audio')!.click();
    await el.updateComplete;
    button(el, 'Record')!.click();
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')?.textContent).toContain('Microphone access was denied'),
    );
    expect(button(el, 'Record')!.disabled).toBe(false);
    button(el, 'Upload file')!.click();
    await el.updateComplete;
    await el
      .querySelector('gr-upload-zone')!
      .uploadFiles([new File(['RIFF'], 'a.wav', { type: 'audio/wav' })]);
    expect(el.value).not.toBeNull();
  });

  it('a microphone that goes away mid-recording: a clear message, and what was recorded is kept', async () => {
    const streams: MediaStream[] = [];
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockImplementation(async (c) => {
      const stream = await real(c);
      streams.push(stream);
      return stream;
    });
    const upload = vi.fn(async (files: readonly File[]) => [
      {
        path: '/tmp/audio.wav',
        url: URL.createObjectURL(files[0]!),
        orig_name: files[0]!.name,
        meta: { _type: 'gradio.FileData' },
      },
    ]);
    const { el, root } = await mountBlock<GrAudio>('audio', {
      label: 'Mic',
      sources: ['microphone'],
      interactive: true,
      services: testServices({ upload }),
    });
    const events = recordEvents(root, ['stop_recording']);
    button(el, 'Record')!.click();
    await vi.waitFor(() => expect(button(el, 'Stop')).toBeTruthy(), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 800));
    streams[0]!.getAudioTracks()[0]!.stop();
    await vi.waitFor(
      () => expect(el.querySelector('[role=alert]')?.textContent).toContain('The microphone stopped'),
      {
        timeout: 5000,
      },
    );
    await vi.waitFor(() => expect(events).toEqual(['stop_recording']), { timeout: 5000 });
    expect(await wavSeconds(upload.mock.calls[0]![0][0]!)).toBeGreaterThan(0.3);
    expect(el.value).not.toBeNull();
  });

  it('streams: a WAV chunk every stream_every seconds becomes the value with `stream`; none while the server is not ready; closed by the app stops it', async () => {
    let n = 0;
    const upload = vi.fn(async (files: readonly File[]) => [
      {
        path: `/tmp/chunk${n++}.wav`,
        size: files[0]!.size,
        orig_name: files[0]!.name,
        meta: { _type: 'gradio.FileData' },
      },
    ]);
    const { el, root } = await mountBlock<GrAudio>('audio', {
      label: 'Live',
      sources: ['microphone'],
      streaming: true,
      streamEvery: 0.2,
      timeLimit: 30,
      interactive: true,
      services: testServices({ upload }),
    });
    const streamed: FileData[] = [];
    root.addEventListener('gr-stream', () => streamed.push(el.value!));
    const events = recordEvents(root, ['start_recording', 'stop_recording', 'clear']);
    button(el, 'Record')!.click();
    await vi.waitFor(() => expect(streamed.length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    expect(streamed[0]).toMatchObject({ path: '/tmp/chunk0.wav', is_stream: true });
    const chunk = upload.mock.calls[0]![0][0]!;
    expect(chunk.name).toBe('audio.wav');
    expect(await wavSeconds(chunk)).toBeGreaterThan(0.1);

    // The engine opened the stream and waits for the server: samples gather, nothing is sent.
    el.streamState = 'waiting';
    await el.updateComplete;
    const sent = upload.mock.calls.length;
    await new Promise((r) => setTimeout(r, 600));
    expect(upload.mock.calls.length).toBe(sent);
    el.streamState = 'open';
    await vi.waitFor(() => expect(upload.mock.calls.length).toBeGreaterThan(sent));
    // What gathered while waiting goes in the next chunk.
    expect(await wavSeconds(upload.mock.calls[sent]![0][0]!)).toBeGreaterThan(0.5);

    el.streamState = 'closed';
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')?.textContent).toContain('The app ended the stream'),
    );
    expect(button(el, 'Record')).toBeTruthy();
    expect(events).toEqual(['start_recording']);
    const after = upload.mock.calls.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(upload.mock.calls.length).toBe(after);

    // The user stops a stream: stop_recording and clear.
    el.streamState = null;
    button(el, 'Record')!.click();
    await vi.waitFor(() => expect(button(el, 'Stop')).toBeTruthy(), { timeout: 5000 });
    button(el, 'Stop')!.click();
    expect(events).toEqual(['start_recording', 'start_recording', 'stop_recording', 'clear']);
  });

  it('recording=True starts recording at once', async () => {
    const { el, root } = await mountBlock<GrAudio>('audio', {
      label: 'Mic',
      recording: true,
      interactive: true,
      services: testServices({ upload: vi.fn(async () => [tone(1)]) }),
    });
    const events = recordEvents(root, ['start_recording']);
    await vi.waitFor(() => expect(button(el, 'Stop')).toBeTruthy(), { timeout: 5000 });
    expect(events).toEqual(['start_recording']);
    await new Promise((r) => setTimeout(r, 500));
    el.recording = false;
    await vi.waitFor(() => expect(el.value).not.toBeNull(), { timeout: 5000 });
  });

  it('subtitles: cues show under the waveform at their time, with a toggle', async () => {
    const { el } = await mountBlock<GrAudio>('audio', {
      label: 'A',
      value: tone(2),
      subtitles: [{ start: 0, end: 1, text: 'hello there' }],
    });
    await vi.waitFor(() => expect(el.querySelector('.subtitle')?.textContent).toBe('hello there'), {
      timeout: 5000,
    });
    button(el, 'Subtitles')!.click();
    await el.updateComplete;
    await el.querySelector('gr-audio-player')!.updateComplete;
    expect(el.querySelector('.subtitle')).toBeNull();
  });

  it('without a waveform (show_recording_waveform=False) it uses the browser player', async () => {
    const { el } = await mountBlock<GrAudio>('audio', {
      label: 'A',
      value: tone(1),
      waveformOptions: { show_recording_waveform: false },
    });
    const media = el.querySelector('gr-audio-player')!.media!;
    expect(media.hidden).toBe(false);
    expect(media.controls).toBe(true);
    expect(media.getAttribute('aria-label')).toBe('A');
  });

  it('a file that cannot be played says so; a value that is not a file shows a message', async () => {
    const { el } = await mountBlock<GrAudio>('audio', {
      label: 'A',
      value: { path: '/gone.wav', url: 'http://127.0.0.1:9/gone.wav' },
    });
    await vi.waitFor(
      () => expect(el.querySelector('[role=alert]')?.textContent).toContain('could not be played'),
      {
        timeout: 8000,
      },
    );
    el.value = 42 as never;
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')!.textContent).toContain('not an audio file');
  });
});
