import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { registerStyles } from '../../../src/base/style-registry.js';
import { mediaIcons } from '../media-icons.js';
import { webcamStyles } from './webcam.styles.js';

/** The user took a photo; `blob` is a PNG (mirrored as shown when `mirror` is on, as Gradio does). */
export class WebcamCaptureEvent extends Event {
  constructor(readonly blob: Blob) {
    super('webcam-capture', { bubbles: true, composed: false });
  }
}

/** One frame of a stream, as a JPEG data URL (what Gradio's Image streams). */
export class WebcamFrameEvent extends Event {
  constructor(readonly dataUrl: string) {
    super('webcam-frame', { bubbles: true, composed: false });
  }
}

/** The camera could not start or went away; `message` is written for the user. */
export class WebcamErrorEvent extends Event {
  constructor(readonly message: string) {
    super('webcam-error', { bubbles: true, composed: false });
  }
}

type Phase = 'idle' | 'starting' | 'live' | 'error';

/** A camera error as the person in front of it can act on it. */
export function cameraErrorMessage(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Camera access was denied. Allow the camera for this site in the browser, then try again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera was found.';
    case 'NotReadableError':
    case 'AbortError':
      return 'The camera could not be started; another application may be using it.';
    default:
      return `The camera could not be started: ${(error as Error)?.message || String(error)}`;
  }
}

/**
 * The webcam every image-taking block shares (image, gallery): nothing touches the camera
 * until the user clicks "Click to Access Webcam"; then a live, optionally mirrored preview with
 * a capture button (or start/stop when streaming), a camera chooser when there are several, and
 * a clear message (with a retry) when access is denied, no camera exists, or it goes away
 * mid-use. The camera is released when the element leaves the page.
 * Light DOM, like the blocks; not a block type.
 */
export class GrWebcam extends LitElement {
  /** Show (and capture) the picture mirrored, as a selfie camera. */
  @property({ type: Boolean }) mirror = true;
  /** Gradio's `webcam_constraints` / `webcam_options.constraints` (`{video, audio}`). */
  @property({ attribute: false }) constraints: Record<string, unknown> | null = null;
  /** Stream frames instead of taking one photo. */
  @property({ type: Boolean }) streaming = false;
  /** Seconds between streamed frames. */
  @property({ type: Number, attribute: 'stream-every' }) streamEvery = 0.5;
  /** Seconds a stream may run before it stops by itself; null for no limit. */
  @property({ type: Number, attribute: 'time-limit' }) timeLimit: number | null = null;
  /** What the block calls itself, for the buttons' accessible names. */
  @property() label = 'Camera';

  @state() private phase: Phase = 'idle';
  @state() private message = '';
  @state() private devices: MediaDeviceInfo[] = [];
  @state() private deviceId = '';
  /** Whether frames are being streamed now. */
  @state() private recording = false;

  @query('video') private video!: HTMLVideoElement | null;

  #stream: MediaStream | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;
  #limit: ReturnType<typeof setTimeout> | null = null;
  #canvas: HTMLCanvasElement | null = null;

  static {
    registerStyles(webcamStyles);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Whether frames are being streamed. */
  get isStreaming(): boolean {
    return this.recording;
  }

  /** Whether the camera is on and showing. */
  get isLive(): boolean {
    return this.phase === 'live';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('streamEvery') && this.recording) this.#schedule();
  }

  #videoConstraints(deviceId?: string): MediaTrackConstraints | boolean {
    const custom = (this.constraints?.video ?? null) as MediaTrackConstraints | null;
    if (deviceId) return { ...(custom ?? {}), deviceId: { exact: deviceId } };
    return custom ?? { width: { ideal: 1920 }, height: { ideal: 1440 } };
  }

  /** Asks for the camera (the user clicked); shows it live or says why not. */
  async start(deviceId?: string): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) {
      this.#fail('This page cannot use a camera: the browser offers none here (a camera needs https).');
      return;
    }
    this.phase = 'starting';
    this.message = '';
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: this.#videoConstraints(deviceId),
        audio: false,
      });
    } catch (error) {
      this.#fail(cameraErrorMessage(error));
      return;
    }
    if (!this.isConnected) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this.#release();
    this.#stream = stream;
    for (const track of stream.getVideoTracks()) {
      track.addEventListener('ended', () => {
        if (this.#stream === stream) this.#lost();
      });
    }
    this.phase = 'live';
    await this.updateComplete;
    const video = this.video;
    if (video) {
      video.srcObject = stream;
      video.muted = true;
      await video.play().catch(() => undefined);
    }
    const used = stream.getVideoTracks()[0]?.getSettings().deviceId ?? '';
    try {
      const all = await navigator.mediaDevices.enumerateDevices();
      this.devices = all.filter((d) => d.kind === 'videoinput');
    } catch {
      this.devices = [];
    }
    this.deviceId = used || this.devices[0]?.deviceId || '';
  }

  /** Turns the camera off (and any stream). */
  stop(): void {
    this.stopStreaming();
    this.#release();
    if (this.phase === 'live' || this.phase === 'starting') this.phase = 'idle';
  }

  #release(): void {
    this.#stream?.getTracks().forEach((t) => t.stop());
    this.#stream = null;
    if (this.video) this.video.srcObject = null;
  }

  #fail(message: string): void {
    this.stopStreaming();
    this.#release();
    this.phase = 'error';
    this.message = message;
    this.dispatchEvent(new WebcamErrorEvent(message));
  }

  /** The camera went away (unplugged, revoked) while in use. */
  #lost(): void {
    this.#fail('The camera stopped: it may have been disconnected or its permission withdrawn.');
  }

  /** Draws the current picture (mirrored when shown mirrored) onto a canvas; null if none yet. */
  #frame(): HTMLCanvasElement | null {
    const video = this.video;
    if (!video || !video.videoWidth || !video.videoHeight) return null;
    const canvas = (this.#canvas ??= document.createElement('canvas'));
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.save();
    if (this.mirror) {
      context.translate(canvas.width, 0);
      context.scale(-1, 1);
    }
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    context.restore();
    return canvas;
  }

  /** Takes a photo: resolves the PNG and reports it; null when the camera shows nothing yet. */
  async capture(): Promise<Blob | null> {
    const canvas = this.#frame();
    if (!canvas) return null;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) this.dispatchEvent(new WebcamCaptureEvent(blob));
    return blob;
  }

  /** Starts sending a frame now and every `streamEvery` seconds, until stopped or the time limit. */
  startStreaming(): void {
    if (this.recording || this.phase !== 'live') return;
    this.recording = true;
    this.dispatchEvent(new Event('webcam-stream-start', { bubbles: true }));
    this.#sendFrame();
    this.#schedule();
    if (this.timeLimit && this.timeLimit > 0) {
      this.#limit = setTimeout(() => this.stopStreaming(), this.timeLimit * 1000);
    }
  }

  /** Stops sending frames; the camera stays on. */
  stopStreaming(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    if (this.#limit !== null) clearTimeout(this.#limit);
    this.#timer = this.#limit = null;
    if (!this.recording) return;
    this.recording = false;
    this.dispatchEvent(new Event('webcam-stream-stop', { bubbles: true }));
  }

  #schedule(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    const every = Math.max(0.05, Number(this.streamEvery) || 0.5);
    this.#timer = setInterval(() => this.#sendFrame(), every * 1000);
  }

  #sendFrame(): void {
    const canvas = this.#frame();
    if (canvas) this.dispatchEvent(new WebcamFrameEvent(canvas.toDataURL('image/jpeg')));
  }

  async #onDevice(event: Event): Promise<void> {
    const id = (event.target as HTMLSelectElement).value;
    if (id && id !== this.deviceId) await this.start(id);
  }

  protected override render(): unknown {
    if (this.phase === 'idle' || this.phase === 'starting') {
      return html`<button
        type="button"
        class="access"
        ?disabled=${this.phase === 'starting'}
        @click=${() => void this.start()}
      >
        <span class="access-icon">${mediaIcons.webcam}</span>
        <span>${this.phase === 'starting' ? 'Starting the camera…' : 'Click to Access Webcam'}</span>
      </button>`;
    }
    if (this.phase === 'error') {
      return html`<div class="camera-error" role="alert">
        <span class="access-icon">${mediaIcons.webcam}</span>
        <span>${this.message}</span>
        <button type="button" class="retry" @click=${() => void this.start()}>Try again</button>
      </div>`;
    }
    const limit = this.recording && this.timeLimit ? this.timeLimit : 0;
    return html`<div class="live">
      ${limit ? html`<div class="time-limit" style="--_duration:${limit}s" aria-hidden="true"></div>` : nothing}
      <video playsinline muted aria-label=${`${this.label}: live camera`} ?data-mirror=${this.mirror}></video>
      <div class="controls">
        ${
          this.streaming
            ? html`<button
                type="button"
                class="record"
                aria-label=${this.recording ? 'Stop streaming' : 'Start streaming'}
                aria-pressed=${this.recording ? 'true' : 'false'}
                @click=${() => (this.recording ? this.stopStreaming() : this.startStreaming())}
              >
                <span class="record-icon">${this.recording ? mediaIcons.stop : mediaIcons.record}</span>
                <span>${this.recording ? 'Stop' : 'Record'}</span>
              </button>`
            : html`<button
                type="button"
                class="shutter"
                aria-label="Capture photo"
                title="Capture photo"
                @click=${() => void this.capture()}
              >
                ${mediaIcons.camera}
              </button>`
        }
        ${
          this.devices.length > 1 && !this.recording
            ? html`<select class="device" aria-label="Camera device" @change=${this.#onDevice}>
                ${this.devices.map(
                  (d, i) =>
                    html`<option value=${d.deviceId} ?selected=${d.deviceId === this.deviceId}>
                      ${d.label || `Camera ${i + 1}`}
                    </option>`,
                )}
              </select>`
            : nothing
        }
      </div>
    </div>`;
  }
}

if (!customElements.get('gr-webcam')) customElements.define('gr-webcam', GrWebcam);

declare global {
  interface HTMLElementTagNameMap {
    'gr-webcam': GrWebcam;
  }
  interface HTMLElementEventMap {
    'webcam-capture': WebcamCaptureEvent;
    'webcam-frame': WebcamFrameEvent;
    'webcam-error': WebcamErrorEvent;
  }
}
