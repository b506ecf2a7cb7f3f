/** Samples per channel at one rate: what a WAV file holds. */
export interface PcmAudio {
  sampleRate: number;
  /** One Float32Array per channel, samples in [-1, 1], all the same length. */
  channels: Float32Array[];
}

/**
 * A 16-bit PCM WAV file of these samples (what Gradio's page sends for a recording, a trimmed
 * clip or a streamed microphone chunk).
 */
export function encodeWav({ sampleRate, channels }: PcmAudio): Blob {
  const count = channels.length;
  const length = channels[0]?.length ?? 0;
  const dataBytes = length * count * 2;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const text = (offset: number, value: string): void => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, count, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * count * 2, true);
  view.setUint16(32, count * 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  let offset = 44;
  for (let i = 0; i < length; i++) {
    for (let c = 0; c < count; c++) {
      const sample = Math.max(-1, Math.min(1, channels[c]![i]!));
      view.setInt16(offset, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
      offset += 2;
    }
  }
  return new Blob([buffer], { type: 'audio/wav' });
}

/** The samples of an AudioBuffer between two times (seconds; the whole buffer by default). */
export function sliceAudio(buffer: AudioBuffer, start = 0, end = buffer.duration): PcmAudio {
  const from = Math.max(0, Math.min(buffer.length, Math.round(start * buffer.sampleRate)));
  const to = Math.max(from, Math.min(buffer.length, Math.round(end * buffer.sampleRate)));
  const channels: Float32Array[] = [];
  for (let c = 0; c < buffer.numberOfChannels; c++) channels.push(buffer.getChannelData(c).slice(from, to));
  return { sampleRate: buffer.sampleRate, channels };
}

/** Decodes an audio file (any format the browser plays) at `sampleRate`. */
export async function decodeAudio(data: Blob | ArrayBuffer, sampleRate?: number): Promise<AudioBuffer> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const context = new AudioContext(sampleRate ? { sampleRate } : undefined);
  try {
    return await context.decodeAudioData(bytes);
  } finally {
    void context.close().catch(() => undefined);
  }
}
