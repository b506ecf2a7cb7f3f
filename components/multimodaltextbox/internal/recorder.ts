/** The container types the browser may record to, best first, with the file extension to use. */
const TYPES: readonly [string, string][] = [
  ['audio/webm;codecs=opus', 'webm'],
  ['audio/webm', 'webm'],
  ['audio/ogg;codecs=opus', 'ogg'],
  ['audio/mp4', 'm4a'],
];

/**
 * Records the microphone with the browser's MediaRecorder into one audio file. The microphone is
 * released as soon as the recording stops or is cancelled.
 */
export class AudioRecorder {
  #recorder: MediaRecorder | null = null;
  #stream: MediaStream | null = null;
  #chunks: Blob[] = [];
  #startedAt = 0;

  get recording(): boolean {
    return this.#recorder?.state === 'recording';
  }

  /** Seconds since the recording started. */
  get elapsed(): number {
    return this.recording ? (performance.now() - this.#startedAt) / 1000 : 0;
  }

  /** Asks for the microphone and starts recording; rejects when refused or unavailable. */
  async start(): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      throw new Error('This browser cannot record audio here.');
    }
    this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const type = TYPES.find(([mime]) => MediaRecorder.isTypeSupported(mime));
    this.#recorder = new MediaRecorder(this.#stream, type ? { mimeType: type[0] } : undefined);
    this.#chunks = [];
    this.#recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size) this.#chunks.push(event.data);
    });
    this.#recorder.start();
    this.#startedAt = performance.now();
  }

  /** Stops and resolves with the recording as a file. */
  stop(): Promise<File> {
    const recorder = this.#recorder;
    if (!recorder) return Promise.reject(new Error('Nothing is being recorded.'));
    return new Promise((resolve) => {
      recorder.addEventListener(
        'stop',
        () => {
          const mime = recorder.mimeType || 'audio/webm';
          const extension = TYPES.find(([t]) => mime.startsWith(t.split(';')[0]!))?.[1] ?? 'webm';
          const stamp = new Date().toISOString().replace(/[:.]/g, '-');
          resolve(new File(this.#chunks, `recording-${stamp}.${extension}`, { type: mime.split(';')[0] }));
          this.#release();
        },
        { once: true },
      );
      recorder.stop();
    });
  }

  /** Stops without keeping anything. */
  cancel(): void {
    if (this.#recorder?.state === 'recording') this.#recorder.stop();
    this.#release();
  }

  #release(): void {
    this.#stream?.getTracks().forEach((track) => track.stop());
    this.#stream = null;
    this.#recorder = null;
    this.#chunks = [];
  }
}
