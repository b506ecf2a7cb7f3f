/** The container types the browser may record to, best first, with the file extension to use. */
const TYPES: readonly [string, string][] = [
  ['audio/webm;codecs=opus', 'webm'],
  ['audio/webm', 'webm'],
  ['audio/ogg;codecs=opus', 'ogg'],
  ['audio/mp4', 'm4a'],
];

/** 16-bit PCM WAV of decoded audio (what Gradio's own recorder uploads). */
export function encodeWav(audio: AudioBuffer): Blob {
  const channels = Math.min(audio.numberOfChannels, 2);
  const frames = audio.length;
  const bytes = frames * channels * 2;
  const view = new DataView(new ArrayBuffer(44 + bytes));
  const text = (offset: number, value: string): void =>
    [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + bytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, bytes, true);
  const data = Array.from({ length: channels }, (_, c) => audio.getChannelData(c));
  let offset = 44;
  for (let i = 0; i < frames; i++) {
    for (const channel of data) {
      const sample = Math.max(-1, Math.min(1, channel[i]!));
      view.setInt16(offset, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
      offset += 2;
    }
  }
  return new Blob([view], { type: 'audio/wav' });
}

/**
 * Records the microphone with the browser's MediaRecorder into one WAV file, as Gradio's own
 * recorder does: servers check and read audio by its type, and a `.webm` counts as video there.
 * The microphone is released as soon as the recording stops or is cancelled.
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

  /** Stops and resolves with the recording as a WAV file. */
  stop(): Promise<File> {
    const recorder = this.#recorder;
    if (!recorder) return Promise.reject(new Error('Nothing is being recorded.'));
    return new Promise<Blob>((resolve) => {
      recorder.addEventListener(
        'stop',
        () => {
          resolve(new Blob(this.#chunks, { type: recorder.mimeType || 'audio/webm' }));
          this.#release();
        },
        { once: true },
      );
      recorder.stop();
    }).then(async (recorded) => {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const context = new AudioContext();
      try {
        const audio = await context.decodeAudioData(await recorded.arrayBuffer());
        return new File([encodeWav(audio)], `recording-${stamp}.wav`, { type: 'audio/wav' });
      } catch {
        // A container the browser cannot decode back: send it as recorded.
        const type = recorded.type.split(';')[0]!;
        const extension = TYPES.find(([t]) => t.startsWith(type))?.[1] ?? 'webm';
        return new File([recorded], `recording-${stamp}.${extension}`, { type });
      } finally {
        void context.close();
      }
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
