const pad = (n: number): string => String(n).padStart(2, '0');

/** A local date as Gradio's text: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`. */
export function formatDate(date: Date, includeTime: boolean): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return includeTime
    ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
    : day;
}

/** Relative times the server understands: `now`, `now - 5m` (d, h, m, s). */
const NOW = /^\s*now\s*(?:-\s*\d+\s*[dmhs])?\s*$/;

/**
 * What the user typed, as the text the server parses, or null when it is no date. Empty text is
 * a cleared value. Forgiving where the meaning is plain: `T` between date and time, a missing
 * `:SS` or (with time) a missing time of day.
 */
export function normalizeDateText(text: string, includeTime: boolean): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (NOW.test(trimmed)) return trimmed;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(trimmed);
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = match;
  if (!includeTime && match[4] !== undefined) return null;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Rejects 2024-02-30, 25:00 and the like, as the server's strptime does.
  if (
    date.getFullYear() !== Number(y) ||
    date.getMonth() !== Number(mo) - 1 ||
    date.getDate() !== Number(d) ||
    date.getHours() !== Number(h) ||
    date.getMinutes() !== Number(mi) ||
    date.getSeconds() !== Number(s)
  )
    return null;
  return includeTime ? `${y}-${mo}-${d} ${h}:${mi}:${s}` : `${y}-${mo}-${d}`;
}

/** Gradio's text to a native `date` / `datetime-local` input's value ("" when it has none). */
export function toNativeValue(text: string, includeTime: boolean): string {
  const normal = normalizeDateText(text, includeTime);
  if (!normal || NOW.test(normal)) return '';
  return includeTime ? normal.replace(' ', 'T') : normal;
}

/** A native input's value back to Gradio's text. */
export function fromNativeValue(value: string, includeTime: boolean): string | null {
  return value ? normalizeDateText(value, includeTime) : null;
}
