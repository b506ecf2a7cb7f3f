/**
 * Cuts a video to [start, end] seconds with the ffmpeg build the Gradio server itself serves
 * (`{root}/static/ffmpeg/ffmpeg-core.js` and `.wasm`, the ones Gradio's page trims with), in a
 * worker so the page stays responsive. Nothing is fetched until a trim is asked for. The command
 * is Gradio's: the video re-encoded from `start` to `end`, the audio copied.
 */
const WORKER = `
self.onmessage = async ({ data }) => {
  try {
    const { default: createCore } = await import(data.coreURL);
    const core = await createCore({
      mainScriptUrlOrBlob: data.coreURL + '#' + btoa(JSON.stringify({ wasmURL: data.wasmURL, workerURL: '' })),
    });
    core.FS.writeFile(data.input, new Uint8Array(data.bytes));
    core.exec(...data.args);
    const output = core.FS.readFile(data.output);
    if (!output || !output.length) throw new Error('ffmpeg produced no file (exit code ' + core.ret + ')');
    self.postMessage({ ok: true, output }, [output.buffer]);
  } catch (error) {
    self.postMessage({ ok: false, message: String(error && error.message ? error.message : error) });
  }
};`;

/** Why a trim failed, for the user. */
export class TrimError extends Error {
  override name = 'TrimError';
}

/** The container extension for a video's MIME type or file name (mp4 when unknown). */
export function videoExtension(type: string, name = ''): string {
  const fromName = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (fromName && ['mp4', 'webm', 'ogv', 'mov', 'mkv', 'avi', 'm4v'].includes(fromName)) return fromName;
  const subtype = type.split(';')[0]!.split('/')[1];
  return subtype === 'quicktime' ? 'mov' : subtype === 'ogg' ? 'ogv' : subtype || 'mp4';
}

export async function trimVideo(
  source: Blob,
  start: number,
  end: number,
  options: { root: string; name?: string; signal?: AbortSignal },
): Promise<Blob> {
  const ext = videoExtension(source.type, options.name);
  const base = `${options.root}/static/ffmpeg`;
  const url = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
  const worker = new Worker(url, { type: 'module' });
  URL.revokeObjectURL(url);
  try {
    const result = await new Promise<{ ok: boolean; output?: Uint8Array; message?: string }>(
      (resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new TrimError(e.message || 'The trimming worker failed.'));
        options.signal?.addEventListener('abort', () => reject(new TrimError('The trim was cancelled.')), {
          once: true,
        });
        void source.arrayBuffer().then((bytes) =>
          worker.postMessage(
            {
              coreURL: `${base}/ffmpeg-core.js`,
              wasmURL: `${base}/ffmpeg-core.wasm`,
              bytes,
              input: `input.${ext}`,
              output: `output.${ext}`,
              args: [
                '-i',
                `input.${ext}`,
                ...(start > 0 ? ['-ss', start.toFixed(3)] : []),
                '-to',
                end.toFixed(3),
                '-c:a',
                'copy',
                `output.${ext}`,
              ],
            },
            [bytes],
          ),
        );
      },
    );
    if (!result.ok || !result.output) {
      throw new TrimError(
        /fetch|import|module|load/i.test(result.message ?? '')
          ? "This app's server does not offer video trimming (its ffmpeg could not be loaded)."
          : `The video could not be trimmed: ${result.message}`,
      );
    }
    return new Blob([result.output as Uint8Array<ArrayBuffer>], {
      type: `video/${ext === 'ogv' ? 'ogg' : ext}`,
    });
  } finally {
    worker.terminate();
  }
}
