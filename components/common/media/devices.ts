/** Why a microphone or camera could not be used; `message` is written for the user. */
export class MediaAccessError extends Error {
  override name = 'MediaAccessError';
  constructor(
    message: string,
    readonly kind: 'denied' | 'missing' | 'busy' | 'unsupported' | 'failed',
  ) {
    super(message);
  }
}

export type CaptureDevice = 'microphone' | 'camera';

/** The user's words for a failed getUserMedia, for the device asked for. */
export function accessError(error: unknown, device: CaptureDevice): MediaAccessError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return new MediaAccessError(
        `${device === 'camera' ? 'Camera' : 'Microphone'} access was denied. Allow it for this site in your browser, then try again.`,
        'denied',
      );
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new MediaAccessError(`No ${device} was found. Connect one and try again.`, 'missing');
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new MediaAccessError(
        `The ${device} could not be started: another application may be using it.`,
        'busy',
      );
    default:
      return new MediaAccessError(
        `The ${device} could not be used${error instanceof Error && error.message ? `: ${error.message}` : '.'}`,
        'failed',
      );
  }
}

function mediaDevices(device: CaptureDevice): MediaDevices {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new MediaAccessError(
      window.isSecureContext
        ? `This browser cannot use a ${device}.`
        : `This page cannot use a ${device}: browsers allow it only on secure (https) pages.`,
      'unsupported',
    );
  }
  return navigator.mediaDevices;
}

/** Opens a microphone (a chosen one, or the default). */
export async function openMicrophone(deviceId?: string | null): Promise<MediaStream> {
  const devices = mediaDevices('microphone');
  try {
    return await devices.getUserMedia({ audio: deviceId ? { deviceId: { exact: deviceId } } : true });
  } catch (error) {
    throw accessError(error, 'microphone');
  }
}

/** Opens a camera (with its microphone when `audio`), with Gradio's `webcam_options.constraints`. */
export async function openCamera(options: {
  deviceId?: string | null;
  audio?: boolean;
  constraints?: MediaStreamConstraints | null;
}): Promise<MediaStream> {
  const devices = mediaDevices('camera');
  const base = options.constraints ?? {};
  const video: MediaTrackConstraints =
    typeof base.video === 'object' && base.video !== null
      ? { ...base.video }
      : { width: { ideal: 1920 }, height: { ideal: 1440 } };
  if (options.deviceId) video.deviceId = { exact: options.deviceId };
  try {
    return await devices.getUserMedia({ video, audio: options.audio ? (base.audio ?? true) : false });
  } catch (error) {
    throw accessError(error, 'camera');
  }
}

/** The microphones or cameras the browser lists (names appear once access was granted). */
export async function listDevices(kind: 'audioinput' | 'videoinput'): Promise<MediaDeviceInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  try {
    return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === kind && d.deviceId);
  } catch {
    return [];
  }
}

/** Releases a stream's devices (the browser's recording indicator goes off). */
export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Calls `onLost` once when one of the stream's tracks ends without us stopping it: the device
 * was unplugged, its permission revoked, another application took it, or a script stopped the
 * track (which fires no `ended` event, hence the check every half second). Returns a function
 * that stops watching.
 */
export function watchDevice(stream: MediaStream, onLost: () => void): () => void {
  let done = false;
  const tracks = stream.getTracks();
  const check = (): void => {
    if (done || !tracks.some((t) => t.readyState === 'ended')) return;
    stop();
    onLost();
  };
  const timer = setInterval(check, 500);
  const stop = (): void => {
    done = true;
    clearInterval(timer);
    tracks.forEach((t) => t.removeEventListener('ended', check));
  };
  tracks.forEach((t) => t.addEventListener('ended', check));
  return stop;
}
