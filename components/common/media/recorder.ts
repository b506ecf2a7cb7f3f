import { stopStream, watchDevice } from './devices.js';

/** Containers MediaRecorder is asked for, in order (Chromium and Firefox: WebM; Safari: MP4). */
export const AUDIO_RECORDING_TYPES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/mp4',
  'audio/ogg;codecs=opus',
];
export const VIDEO_RECORDING_TYPES = ['video/webm', 'video/mp4'];

/** The file extension for a recording's MIME type (`video/webm;codecs=vp8` -> `webm`). */
export function extensionFor(mimeType: string): string {
  const subtype = mimeType.split(';')[0]!.split('/')[1] ?? 'webm';
  return subtype === 'mpeg' ? 'mp3' : subtype;
}

/**
 * One recording of a microphone or camera stream with MediaRecorder: start, pause, resume, stop.
 * Data is gathered as it comes, so a device that disappears mid-recording (unplugged, permission
 * revoked) still leaves what was recorded; `onDeviceLost` is told, and `stop()` resolves it.
 */
export class Recording {
  readonly mimeType: string;
  readonly #recorder: MediaRecorder;
  readonly #chunks: Blob[] = [];
  readonly #stopped: Promise<Blob>;
  readonly #unwatch: () => void;

  constructor(
    readonly stream: MediaStream,
    types: readonly string[],
    onDeviceLost?: () => void,
  ) {
    if (typeof MediaRecorder === 'undefined') throw new Error('This browser cannot record media.');
    const type = types.find((t) => MediaRecorder.isTypeSupported(t));
    this.#recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    this.mimeType = (this.#recorder.mimeType || type || types[0]!).split(';')[0]!;
    this.#recorder.addEventListener('dataavailable', (e) => {
      if (e.data.size) this.#chunks.push(e.data);
    });
    this.#stopped = new Promise((resolve) => {
      this.#recorder.addEventListener(
        'stop',
        () => resolve(new Blob(this.#chunks, { type: this.mimeType })),
        {
          once: true,
        },
      );
    });
    this.#unwatch = watchDevice(stream, () => onDeviceLost?.());
  }

  get state(): RecordingState {
    return this.#recorder.state;
  }

  /** Starts recording; data arrives every 200 ms so little is lost if the device goes. */
  start(): void {
    this.#recorder.start(200);
  }

  pause(): void {
    if (this.#recorder.state === 'recording') this.#recorder.pause();
  }

  resume(): void {
    if (this.#recorder.state === 'paused') this.#recorder.resume();
  }

  /** Stops, releases the devices, and resolves the recording (what there is of it). */
  async stop(): Promise<Blob> {
    this.#unwatch();
    if (this.#recorder.state !== 'inactive') {
      try {
        this.#recorder.stop();
      } catch {
        // Already stopping: the stop event still comes.
      }
    }
    const blob = await this.#stopped;
    stopStream(this.stream);
    return blob;
  }
}
