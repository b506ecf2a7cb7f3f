/** What a streamed playback reports: a fatal error it could not recover from. */
export interface StreamHandlers {
  onFatal?(message: string): void;
}

/**
 * Plays an HLS playlist (Gradio's streaming audio and video outputs, `is_stream: true`) in a
 * media element: through hls.js (loaded only now) where the browser has Media Source
 * Extensions, else natively where it plays HLS itself (iOS Safari). Some Chromium builds answer
 * "maybe" to the HLS MIME type yet cannot play the playlist, so hls.js comes first, as on
 * Gradio's page. Returns a function that detaches it.
 */
export async function attachHls(
  media: HTMLMediaElement,
  url: string,
  handlers: StreamHandlers = {},
): Promise<() => void> {
  const mse = 'MediaSource' in window || 'ManagedMediaSource' in window;
  if (!mse && media.canPlayType('application/vnd.apple.mpegurl')) {
    media.src = url;
    return () => {
      media.removeAttribute('src');
      media.load();
    };
  }
  const { default: Hls } = await import('hls.js/light');
  if (!Hls.isSupported()) {
    handlers.onFatal?.('This browser cannot play streamed media.');
    return () => undefined;
  }
  // Low latency: play what arrived rather than wait for a long buffer (the playlist grows as
  // the app yields).
  const hls = new Hls({ maxBufferLength: 1, maxMaxBufferLength: 1, lowLatencyMode: true });
  let recoveries = 0;
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (!data.fatal) return;
    if (recoveries++ < 3 && data.type === Hls.ErrorTypes.NETWORK_ERROR) hls.startLoad();
    else if (recoveries <= 3 && data.type === Hls.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError();
    else {
      hls.destroy();
      handlers.onFatal?.('The stream could not be played.');
    }
  });
  hls.loadSource(url);
  hls.attachMedia(media);
  return () => hls.destroy();
}
