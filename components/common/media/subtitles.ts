/** One subtitle: from `start` to `end` seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const TIME = /(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/g;

function seconds(match: RegExpMatchArray): number {
  const [, h, m, s, ms] = match;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms!.padEnd(3, '0')) / 1000;
}

/**
 * Cues from a WebVTT or SRT file. A timing line counts by its first two times, so files with
 * extra text there still read (Gradio 6's SRT-to-VTT conversion writes the timing twice).
 */
export function parseSubtitles(text: string): Cue[] {
  const cues: Cue[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('-->')) continue;
    const times = [...line.matchAll(TIME)];
    if (times.length < 2) continue;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ''; j++) body.push(lines[j]!.trim());
    if (body.length) cues.push({ start: seconds(times[0]!), end: seconds(times[1]!), text: body.join('\n') });
  }
  return cues;
}

/** Cues given as data (`[{start, end, text}]`, Gradio's processed JSON subtitles); null if not. */
export function cueList(value: unknown): Cue[] | null {
  if (!Array.isArray(value)) return null;
  const cues = value.filter(
    (c): c is Cue =>
      typeof c === 'object' &&
      c !== null &&
      typeof c.start === 'number' &&
      typeof c.end === 'number' &&
      typeof c.text === 'string',
  );
  return cues.length === value.length ? cues : null;
}

/** The cue showing at `time`, if any. */
export function cueAt(cues: readonly Cue[], time: number): Cue | null {
  return cues.find((c) => time >= c.start && time <= c.end) ?? null;
}

function vttTime(value: number): string {
  const ms = Math.round(value * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A clean WebVTT file of these cues (for a `<track>`). */
export function toVtt(cues: readonly Cue[]): string {
  return `WEBVTT\n\n${cues.map((c) => `${vttTime(c.start)} --> ${vttTime(c.end)}\n${c.text}`).join('\n\n')}\n`;
}

/** Fetches a subtitle file and reads its cues; an unreadable file gives no cues. */
export async function loadSubtitles(url: string): Promise<Cue[]> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseSubtitles(await response.text());
}
