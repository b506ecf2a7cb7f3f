/** What a streamed playback reports: a fatal error it could not recover from. */
export interface StreamHandlers {
  onFatal?(message: string): void;
}

/**
 * Plays an HLS playlist (Gradio's streaming audio and video outputs, `is_stream: true`) in a
 * media element: natively where the browser plays HLS (Safari), else through hls.js, loaded
 * only now. Returns a function that detaches it.
 */
export async function attachHls(
  media: HTMLMediaElement,
  url: string,
  handlers: StreamHandlers = {},
): Promise<() => void> {
  if (media.canPlayType('application/vnd.apple.mpegurl')) {
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
