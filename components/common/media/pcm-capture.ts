import type { PcmAudio } from './wav.js';

/** Copies each block of input samples to the main thread, a few thousand frames at a time. */
const TAP = `
registerProcessor('gr-pcm-tap', class extends AudioWorkletProcessor {
  constructor() { super(); this.parts = []; this.frames = 0; }
  process(inputs) {
    const input = inputs[0];
    if (input && input.length) {
      this.parts.push(input.map((c) => c.slice(0)));
      this.frames += input[0].length;
      if (this.frames >= 2048) {
        this.port.postMessage(this.parts);
        this.parts = [];
        this.frames = 0;
      }
    }
    return true;
  }
});`;

/**
 * Raw samples from a microphone stream, taken in chunks (streaming microphone input: each chunk
 * becomes a WAV file of its own). An AudioWorklet taps the stream; where a page's policy forbids
 * the worklet's blob: module, a ScriptProcessor does it instead.
 */
export class PcmCapture {
  readonly #context: AudioContext;
  readonly #source: MediaStreamAudioSourceNode;
  readonly #nodes: AudioNode[] = [];
  #parts: Float32Array[][] = [];

  private constructor(stream: MediaStream) {
    this.#context = new AudioContext();
    this.#source = this.#context.createMediaStreamSource(stream);
  }

  /** Starts taking samples from the stream. */
  static async open(stream: MediaStream): Promise<PcmCapture> {
    const capture = new PcmCapture(stream);
    await capture.#connect();
    return capture;
  }

  get sampleRate(): number {
    return this.#context.sampleRate;
  }

  /** Seconds of audio gathered since the last take. */
  get buffered(): number {
    return this.#parts.reduce((sum, part) => sum + (part[0]?.length ?? 0), 0) / this.sampleRate;
  }

  async #connect(): Promise<void> {
    const context = this.#context;
    // Muted: the tap must reach the destination to be pulled, and the user must not hear themselves.
    const sink = context.createGain();
    sink.gain.value = 0;
    sink.connect(context.destination);
    try {
      const url = URL.createObjectURL(new Blob([TAP], { type: 'text/javascript' }));
      try {
        await context.audioWorklet.addModule(url);
      } finally {
        URL.revokeObjectURL(url);
      }
      const tap = new AudioWorkletNode(context, 'gr-pcm-tap');
      tap.port.onmessage = (e: MessageEvent<Float32Array[][]>) => this.#parts.push(...e.data);
      this.#source.connect(tap).connect(sink);
      this.#nodes.push(tap, sink);
    } catch {
      const tap = context.createScriptProcessor(4096, 2, 2);
      tap.onaudioprocess = (e) => {
        const input = e.inputBuffer;
        const part: Float32Array[] = [];
        for (let c = 0; c < input.numberOfChannels; c++) part.push(input.getChannelData(c).slice(0));
        this.#parts.push(part);
      };
      this.#source.connect(tap).connect(sink);
      this.#nodes.push(tap, sink);
    }
    // A context made without a click (`recording=True`) may start suspended.
    if (context.state === 'suspended') await context.resume().catch(() => undefined);
  }

  /** Wakes a context the browser kept suspended until the user interacted. */
  resume(): void {
    if (this.#context.state === 'suspended') void this.#context.resume().catch(() => undefined);
  }

  /** The samples gathered since the last take (null when there are none), as one clip. */
  take(): PcmAudio | null {
    const parts = this.#parts;
    this.#parts = [];
    if (!parts.length) return null;
    const channelCount = Math.min(2, Math.max(...parts.map((p) => p.length)));
    const length = parts.reduce((sum, p) => sum + (p[0]?.length ?? 0), 0);
    const channels = Array.from({ length: channelCount }, () => new Float32Array(length));
    let offset = 0;
    for (const part of parts) {
      channels.forEach((channel, c) => channel.set(part[c] ?? part[0]!, offset));
      offset += part[0]?.length ?? 0;
    }
    return { sampleRate: this.sampleRate, channels };
  }

  close(): void {
    this.#source.disconnect();
    for (const node of this.#nodes) node.disconnect();
    void this.#context.close().catch(() => undefined);
  }
}
