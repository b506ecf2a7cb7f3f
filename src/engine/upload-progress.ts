/**
 * Reads the server's upload progress stream (`/upload_progress?upload_id=`): server-sent events
 * of `{msg: "update", chunk_size}` until `{msg: "done"}`. Reports the running byte count.
 * Progress is a nicety: a stream that fails or is missing (older servers) is ignored.
 */
export async function watchUploadProgress(
  url: string,
  onBytes: (loaded: number) => void,
  signal: AbortSignal,
  /** The app's request credentials (a bearer token, its cookies). */
  init: RequestInit = {},
): Promise<void> {
  let loaded = 0;
  try {
    const response = await fetch(url, { ...init, signal });
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const events = buffer.split('\n\n');
      buffer = events.pop() ?? '';
      for (const event of events) {
        const data = event.replace(/^data: ?/m, '');
        let message: { msg?: string; chunk_size?: number };
        try {
          message = JSON.parse(data) as typeof message;
        } catch {
          continue;
        }
        if (message.msg === 'done') return;
        if (message.msg === 'update' && typeof message.chunk_size === 'number') {
          loaded += message.chunk_size;
          onBytes(loaded);
        }
      }
    }
  } catch {
    // Aborted once the upload ended, or no stream: the upload itself decides success.
  }
}
