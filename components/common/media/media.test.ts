import { describe, expect, it } from 'vitest';
import { formatTime } from './time.js';
import { cueAt, cueList, parseSubtitles, toVtt } from './subtitles.js';
import { encodeWav, sliceAudio } from './wav.js';
import { videoExtension } from './ffmpeg-trim.js';
import { accessError } from './devices.js';
import { extensionFor } from './recorder.js';

describe('media helpers', () => {
  it('formatTime: m:ss, h:mm:ss, rounded once; nothing odd for NaN or a live stream', () => {
    expect(formatTime(0)).toBe('0:00');
    expect(formatTime(59.6)).toBe('1:00');
    expect(formatTime(125)).toBe('2:05');
    expect(formatTime(3725)).toBe('1:02:05');
    expect(formatTime(Number.NaN)).toBe('0:00');
    expect(formatTime(Number.POSITIVE_INFINITY)).toBe('0:00');
  });

  it('parses SRT, WebVTT, and the doubled timing line of Gradio 6 converted SRT', () => {
    const srt =
      '1\r\n00:00:01,000 --> 00:00:02,500\r\nHello\r\nthere\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nBye\r\n';
    expect(parseSubtitles(srt)).toEqual([
      { start: 1, end: 2.5, text: 'Hello\nthere' },
      { start: 3, end: 4, text: 'Bye' },
    ]);
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000 align:start\nShort form\n';
    expect(parseSubtitles(vtt)).toEqual([{ start: 1, end: 2, text: 'Short form' }]);
    const gradio =
      'WEBVTT\n\n00:00:00.000 --> 00:00:01.500 --> 00:00:00.000 --> 00:00:01.500\nfrom the srt file\n';
    expect(parseSubtitles(gradio)).toEqual([{ start: 0, end: 1.5, text: 'from the srt file' }]);
  });

  it('cue lists, the cue at a time, and clean WebVTT out', () => {
    const cues = cueList([{ start: 0, end: 1.5, text: 'a' }])!;
    expect(cueList([{ start: 0, text: 'no end' }])).toBeNull();
    expect(cueAt(cues, 1)).toEqual(cues[0]);
    expect(cueAt(cues, 2)).toBeNull();
    expect(toVtt([{ start: 61.25, end: 3723.5, text: 'x' }])).toBe(
      'WEBVTT\n\n00:01:01.250 --> 01:02:03.500\nx\n',
    );
  });

  it('encodes 16-bit PCM WAV and slices decoded audio by time', async () => {
    const context = new OfflineAudioContext(2, 8000, 8000);
    const buffer = context.createBuffer(2, 8000, 8000);
    buffer.getChannelData(0).fill(0.5);
    buffer.getChannelData(1).fill(-1);
    const clip = sliceAudio(buffer, 0.25, 0.75);
    expect(clip.channels.map((c) => c.length)).toEqual([4000, 4000]);
    const view = new DataView(await encodeWav(clip).arrayBuffer());
    expect(String.fromCharCode(...new Uint8Array(view.buffer, 0, 4))).toBe('RIFF');
    expect(view.getUint16(22, true)).toBe(2);
    expect(view.getUint32(24, true)).toBe(8000);
    expect(view.getUint32(40, true)).toBe(4000 * 2 * 2);
    expect(view.getInt16(44, true)).toBe(16383);
    expect(view.getInt16(46, true)).toBe(-32768);
  });

  it('names files by type, and says why a device could not be used', () => {
    expect(videoExtension('video/webm')).toBe('webm');
    expect(videoExtension('', 'clip.MOV')).toBe('mov');
    expect(videoExtension('video/quicktime')).toBe('mov');
    expect(extensionFor('audio/webm;codecs=opus')).toBe('webm');
    expect(accessError(new DOMException('x', 'NotAllowedError'), 'camera').message).toBe(
      'Camera access was denied. Allow it for this site in your browser, then try again.',
    );
    expect(accessError(new DOMException('x', 'NotFoundError'), 'microphone').kind).toBe('missing');
    expect(accessError(new DOMException('x', 'NotReadableError'), 'microphone').message).toContain(
      'another application',
    );
  });
});
