/**
 * A media time as players show it: `m:ss`, or `h:mm:ss` from an hour on. Whole seconds, rounded
 * once (so 59.6 s reads 1:00, not 0:00); NaN and infinities (a live stream) read 0:00.
 */
export function formatTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
