import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

const block = (root: Locator, label: string) => root.getByRole('group', { name: label, exact: true });

interface Received {
  name: string;
  size: number;
  seconds: number | null;
}

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
      { timeout: 30_000 },
    )
    .toBe(true);
  return last!;
}

async function open(
  page: Page,
  gradio: (app: string) => Promise<{ url: string }>,
  embed: (body: string) => Promise<void>,
) {
  const app = await gradio('av_video');
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(block(root, 'Upload video')).toBeVisible();
  return root;
}

/** The video element's state, for "is it playable" checks. */
const mediaState = (media: Locator) =>
  media.evaluate((v: HTMLVideoElement) => ({
    readyState: v.readyState,
    duration: v.duration,
    width: v.videoWidth,
    time: v.currentTime,
    buffered: v.buffered.length ? v.buffered.end(v.buffered.length - 1) : 0,
  }));

test.describe('video', () => {
  test.describe.configure({ timeout: 120_000 });

  test('uploads a video, gets it back playable; play, pause, stop and end reach the server', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    // The server's own test clip, made with ffmpeg by the app.
    const sample = await block(root, 'Cue subtitles')
      .locator('video')
      .evaluate((v: HTMLVideoElement) => v.currentSrc || v.src);
    const bytes = Buffer.from(await (await page.request.get(sample)).body());
    await block(root, 'Upload video')
      .locator('input[type=file]')
      .setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: bytes });
    const echo = block(root, 'Echo');
    const media = echo.locator('video');
    await expect.poll(async () => (await mediaState(media)).width, { timeout: 20_000 }).toBe(320);
    expect((await mediaState(media)).duration).toBeCloseTo(5, 0);

    const count = (name: string) => root.getByLabel(`${name} events`);
    await echo.locator('video').hover();
    await echo.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(count('play')).toHaveValue('1');
    await echo.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(count('pause')).toHaveValue('1');
    // Replay, if a slow machine let the clip run to its end before the pause landed.
    await echo.getByRole('button', { name: /^(Play|Replay)$/ }).click();
    await expect(count('end')).toHaveValue('1', { timeout: 15_000 });
    await expect(count('stop')).toHaveValue('1');
    await expect(echo.getByRole('button', { name: 'Replay' })).toBeAttached();

    await root.getByRole('button', { name: 'Send video' }).click();
    expect(await received(root)).toMatchObject({ name: 'clip.mp4', size: bytes.length, seconds: 5 });

    // Download saves the file without leaving the host page.
    const hostUrl = page.url();
    const download = page.waitForEvent('download');
    await echo.getByRole('button', { name: 'Download' }).click();
    const saved = await download;
    expect((await readFile((await saved.path())!)).length).toBe(bytes.length);
    expect(page.url()).toBe(hostUrl);
  });

  test("trims with the server's own ffmpeg (as Gradio's page does): the server receives the cut clip", async ({
    page,
    gradio,
    embed,
  }) => {
    test.setTimeout(240_000);
    const root = await open(page, gradio, embed);
    const sample = await block(root, 'Cue subtitles')
      .locator('video')
      .evaluate((v: HTMLVideoElement) => v.currentSrc || v.src);
    const bytes = Buffer.from(await (await page.request.get(sample)).body());
    const upload = block(root, 'Upload video');
    await upload
      .locator('input[type=file]')
      .setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: bytes });
    await expect
      .poll(async () => (await mediaState(upload.locator('video'))).duration, { timeout: 20_000 })
      .toBeGreaterThan(1.9);
    await upload.getByRole('button', { name: 'Trim video to selection' }).click();
    await upload.getByLabel('Trim start').fill('0.5');
    await upload.getByLabel('Trim start').press('Tab');
    await upload.getByLabel('Trim end').fill('1.5');
    await upload.getByLabel('Trim end').press('Tab');
    await expect(upload.getByLabel('Duration of the selection')).toHaveText('0:01');
    await upload.getByRole('button', { name: 'Trim', exact: true }).click();
    await expect(upload.getByRole('status')).toHaveText('Trimming the video…');
    await expect(upload.getByRole('button', { name: 'Reset video to initial value' })).toBeVisible({
      timeout: 180_000,
    });
    await root.getByRole('button', { name: 'Send video' }).click();
    const got = await received(root, (r) => r.name === 'video.mp4');
    expect(got.seconds).toBeGreaterThanOrEqual(0.9);
    expect(got.seconds).toBeLessThanOrEqual(1.2);
    // Reset brings the uploaded clip back.
    await upload.getByRole('button', { name: 'Reset video to initial value' }).click();
    await root.getByRole('button', { name: 'Send video' }).click();
    expect((await received(root, (r) => r.name === 'clip.mp4')).seconds).toBe(5);
  });

  test('records from the (fake) webcam: the server receives a playable recording of about that length', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    const camera = block(root, 'Webcam');
    await camera.getByRole('button', { name: 'Click to access webcam' }).click();
    await expect(camera.getByRole('button', { name: 'Record' })).toBeEnabled({ timeout: 10_000 });
    await camera.getByRole('button', { name: 'Record' }).click();
    const started = Date.now();
    await page.waitForTimeout(3000);
    await camera.getByRole('button', { name: 'Stop' }).click();
    const length = (Date.now() - started) / 1000;
    const got = await received(root);
    expect(got.name).toBe('sample.webm');
    expect(got.size).toBeGreaterThan(5_000);
    // WebM from MediaRecorder carries no duration in its header; ffprobe estimates it.
    if (got.seconds !== null) expect(got.seconds).toBeLessThanOrEqual(length + 2);
    // The recording is now the value, in the player.
    await expect
      .poll(async () => (await mediaState(camera.locator('video'))).width, { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  test('subtitles: cue lists and SRT files (through the server) show as captions', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    const cueText = (label: string) =>
      block(root, label)
        .locator('video')
        .evaluate((v: HTMLVideoElement) => {
          const track = v.textTracks[0];
          return track && track.mode === 'showing' && track.cues?.length
            ? (track.cues[0] as VTTCue).text
            : null;
        });
    await expect.poll(() => cueText('Cue subtitles'), { timeout: 15_000 }).toBe('hello from cues');
    await expect.poll(() => cueText('SRT subtitles'), { timeout: 15_000 }).toBe('from the srt file');
  });

  test('a streamed generator output plays as its chunks arrive (HLS)', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await root.getByRole('button', { name: 'Stream video' }).click();
    const media = block(root, 'Streamed').locator('video');
    await expect
      .poll(async () => (await mediaState(media)).buffered, { timeout: 30_000 })
      .toBeGreaterThan(0.5);
    await expect.poll(async () => (await mediaState(media)).time, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await mediaState(media)).width).toBe(320);
  });

  test('a denied camera, and a camera that disappears mid-recording, say so; the rest of the app works', async ({
    page,
    gradio,
    embed,
  }) => {
    await page.addInitScript(() => {
      const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      const w = window as unknown as { __streams: MediaStream[]; __deny: boolean };
      w.__streams = [];
      w.__deny = true;
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        if (w.__deny) throw new DOMException('Permission denied', 'NotAllowedError');
        const stream = await real(constraints);
        w.__streams.push(stream);
        return stream;
      };
    });
    const root = await open(page, gradio, embed);
    const camera = block(root, 'Webcam');
    await camera.getByRole('button', { name: 'Click to access webcam' }).click();
    await expect(camera.getByRole('alert')).toHaveText(
      'Camera access was denied. Allow it for this site in your browser, then try again.',
    );
    await root.getByLabel('Notes', { exact: true }).fill('kept');
    await root.getByLabel('Notes', { exact: true }).press('Enter');
    await expect(root.getByLabel('Notes echo')).toHaveValue('kept');

    // Allowed now; the camera goes away while recording: what was recorded is kept.
    await page.evaluate(() => ((window as unknown as { __deny: boolean }).__deny = false));
    await camera.getByRole('button', { name: 'Click to access webcam' }).click();
    await expect(camera.getByRole('button', { name: 'Record' })).toBeEnabled({ timeout: 10_000 });
    await camera.getByRole('button', { name: 'Record' }).click();
    await page.waitForTimeout(3000);
    await page.evaluate(() =>
      (window as unknown as { __streams: MediaStream[] }).__streams.forEach((s) =>
        s.getTracks().forEach((t) => t.stop()),
      ),
    );
    await expect(camera.getByRole('alert')).toContainText('The camera stopped');
    expect((await received(root)).name).toBe('sample.webm');
  });
});
