import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

/** A mono 16-bit WAV of a sine tone, built here so the test knows exactly what it sends. */
function toneWav(seconds: number, rate = 16000, freq = 440): Buffer {
  const samples = Math.round(seconds * rate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    buffer.writeInt16LE(Math.round(0.4 * 32767 * Math.sin((2 * Math.PI * freq * i) / rate)), 44 + i * 2);
  }
  return buffer;
}

const block = (root: Locator, label: string) => root.getByRole('group', { name: label, exact: true });

interface Received {
  name: string;
  size: number;
  seconds: number;
  rate: number;
}

/** What the server said it received (the app's describe()), once it satisfies `ready`. */
async function received(root: Locator, ready: (r: Received) => boolean = () => true): Promise<Received> {
  const box = root.getByLabel('Received');
  let last: Received | null = null;
  await expect
    .poll(
      async () => {
        const text = await box.inputValue();
        last = text.startsWith('{') ? (JSON.parse(text) as Received) : null;
        return last !== null && ready(last);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return last!;
}

/** The app's stream report, a newer one than `after`. */
async function streamReport(
  root: Locator,
  after = 0,
): Promise<{ report: number; chunks: number; span: number; nonempty: boolean }> {
  await root.getByRole('button', { name: 'Report stream' }).click();
  const box = root.getByLabel('Stream report');
  await expect
    .poll(async () =>
      (await box.inputValue()).startsWith('{') ? JSON.parse(await box.inputValue()).report : 0,
    )
    .toBeGreaterThan(after);
  return JSON.parse(await box.inputValue());
}

async function open(
  page: Page,
  gradio: (app: string) => Promise<{ url: string }>,
  embed: (body: string) => Promise<void>,
) {
  const app = await gradio('av_audio');
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(block(root, 'Recorder')).toBeVisible();
  return root;
}

test.describe('audio', () => {
  // Media work on a shared two-core machine: recordings, decoding and streams take their time.
  test.describe.configure({ timeout: 120_000 });

  test("records from the (fake) microphone: the server receives a non-empty WAV of about the recording's length", async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    const recorder = block(root, 'Recorder');
    await recorder.getByRole('button', { name: 'Record' }).click();
    await expect(recorder.getByRole('button', { name: 'Stop' })).toBeVisible();
    const started = Date.now();
    await page.waitForTimeout(2000);
    await recorder.getByRole('button', { name: 'Stop' }).click();
    const length = (Date.now() - started) / 1000;
    const got = await received(root);
    expect(got.name).toBe('audio.wav');
    expect(got.size).toBeGreaterThan(10_000);
    expect(got.seconds).toBeGreaterThanOrEqual(1.5);
    // Chromium's fake microphone runs on timers: on a busy machine it can deliver a little more
    // audio than wall time; a plausible length, not a stopwatch.
    expect(got.seconds).toBeLessThanOrEqual(length + 2);
    expect(got.rate).toBe(44100);
    // The recording is now the block's value, in a player.
    await expect(recorder.getByRole('slider', { name: 'Seek Recorder' })).toBeVisible();
  });

  test('uploads audio, gets it back playable; play, pause and stop reach the server; a trim is what the server receives', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    const upload = block(root, 'Upload');
    await upload
      .locator('input[type=file]')
      .setInputFiles({ name: 'tone.wav', mimeType: 'audio/wav', buffer: toneWav(2) });
    const echo = block(root, 'Echo');
    await expect(echo.locator('.duration')).toHaveText('0:02', { timeout: 15_000 });
    const count = (name: string) => root.getByLabel(`${name} events`);
    await echo.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(count('play')).toHaveValue('1');
    await echo.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(count('pause')).toHaveValue('1');
    await echo.getByRole('button', { name: 'Play', exact: true }).click();
    // At the end: paused, and stopped.
    await expect(count('stop')).toHaveValue('1', { timeout: 10_000 });
    await expect(count('play')).toHaveValue('2');
    await expect(count('pause')).toHaveValue('2');

    await root.getByRole('button', { name: 'Send audio' }).click();
    expect(await received(root)).toMatchObject({ name: 'tone.wav', seconds: 2, rate: 16000 });

    // Trim to 0.5 s .. 1.5 s: the server gets a 1 s clip.
    await upload.getByRole('button', { name: 'Trim audio to selection' }).click();
    await upload.getByLabel('Trim start').fill('0.5');
    await upload.getByLabel('Trim start').press('Tab');
    await upload.getByLabel('Trim end').fill('1.5');
    await upload.getByLabel('Trim end').press('Tab');
    await upload.getByRole('button', { name: 'Trim', exact: true }).click();
    await expect(upload.locator('.duration')).toHaveText('0:01', { timeout: 10_000 });
    await root.getByRole('button', { name: 'Send audio' }).click();
    expect(await received(root, (r) => r.name === 'audio.wav')).toMatchObject({ seconds: 1, rate: 44100 });
  });

  test('a streamed generator output plays as its chunks arrive (HLS)', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    const playlists: string[] = [];
    page.on('request', (r) => r.url().includes('playlist.m3u8') && playlists.push(r.url()));
    await root.getByRole('button', { name: 'Stream tones' }).click();
    const media = block(root, 'Streamed').locator('audio');
    await expect
      .poll(
        () =>
          media.evaluate((audio: HTMLAudioElement) =>
            audio.buffered.length ? audio.buffered.end(audio.buffered.length - 1) : 0,
          ),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0.4);
    expect(playlists.length).toBeGreaterThan(0);
    // autoplay=True: it plays once data is there.
    await expect
      .poll(() => media.evaluate((audio: HTMLAudioElement) => audio.currentTime), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });

  test('a streaming microphone reaches the Python handler several times, and stops at time_limit', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    const live = block(root, 'Live');
    await live.getByRole('button', { name: 'Record' }).click();
    await expect(root.getByLabel('Chunks')).toHaveValue(/^[3-9] chunks/, { timeout: 15_000 });
    await expect(live.getByRole('alert')).toContainText('the app allows 10 s per stream', {
      timeout: 25_000,
    });
    await expect(live.getByRole('button', { name: 'Record' })).toBeVisible();
    const first = await streamReport(root);
    expect(first.chunks).toBeGreaterThanOrEqual(3);
    // The last chunk may still be processed just after the limit; it is the stop that matters.
    expect(first.span).toBeLessThanOrEqual(11.5);
    expect(first.nonempty).toBe(true);
    // Nothing more reaches the server once the limit stopped the stream.
    await page.waitForTimeout(1500);
    expect((await streamReport(root, first.report)).chunks).toBe(first.chunks);
  });

  test('a denied microphone says so in the block; the rest of the app works', async ({
    page,
    gradio,
    embed,
  }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    const root = await open(page, gradio, embed);
    const recorder = block(root, 'Recorder');
    await recorder.getByRole('button', { name: 'Record' }).click();
    await expect(recorder.getByRole('alert')).toHaveText(
      'Microphone access was denied. Allow it for this site in your browser, then try again.',
    );
    await root.getByLabel('Notes', { exact: true }).fill('still here');
    await root.getByLabel('Notes', { exact: true }).press('Enter');
    await expect(root.getByLabel('Notes echo')).toHaveValue('still here');
  });

  test('a microphone that disappears mid-recording: a clear message, and what was recorded reaches the server', async ({
    page,
    gradio,
    embed,
  }) => {
    await page.addInitScript(() => {
      const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      const streams: MediaStream[] = [];
      (window as unknown as { __streams: MediaStream[] }).__streams = streams;
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await real(constraints);
        streams.push(stream);
        return stream;
      };
    });
    const root = await open(page, gradio, embed);
    const recorder = block(root, 'Recorder');
    await recorder.getByRole('button', { name: 'Record' }).click();
    await expect(recorder.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.waitForTimeout(1500);
    await page.evaluate(() =>
      (window as unknown as { __streams: MediaStream[] }).__streams.forEach((s) =>
        s.getTracks().forEach((t) => t.stop()),
      ),
    );
    await expect(recorder.getByRole('alert')).toContainText('The microphone stopped');
    const got = await received(root);
    expect(got.seconds).toBeGreaterThanOrEqual(1);
    await root.getByLabel('Notes', { exact: true }).fill('fine');
    await root.getByLabel('Notes', { exact: true }).press('Enter');
    await expect(root.getByLabel('Notes echo')).toHaveValue('fine');
  });

  test('subtitles given as cues show under the player', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await expect(block(root, 'Sample').locator('.subtitle')).toHaveText('a tone', { timeout: 10_000 });
    await expect(block(root, 'Sample').getByRole('button', { name: 'Download' })).toBeVisible();
  });
});
