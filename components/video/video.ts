import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { cssLength } from '../../src/base/css-length.js';
import { fileName, isFileData, type FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { downloadFile } from '../common/download.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import '../common/upload/upload-zone.js';
import type { UploadedEvent } from '../common/upload/upload-zone.js';
import '../common/media/video-player.js';
import type { PlayerEvent } from '../common/media/video-player.js';
import { mediaIcons } from '../common/media/media-icons.js';
import { renderSourceSelect, type MediaSource } from '../common/media/source-select.js';
import { listDevices, openCamera, stopStream } from '../common/media/devices.js';
import { Recording, VIDEO_RECORDING_TYPES, extensionFor } from '../common/media/recorder.js';
import { formatTime } from '../common/media/time.js';
import { trimVideo, videoExtension } from '../common/media/ffmpeg-trim.js';
import { videoStyles } from './video.styles.js';

/** Gradio's `webcam_options` (gr.WebcamOptions; 4.x/5.x `mirror_webcam`, `webcam_constraints`). */
export interface WebcamOptions {
  mirror?: boolean;
  constraints?: MediaStreamConstraints | null;
}

/** 4.x/5.x send and take a video as `{video, subtitles}`; 6.x as the FileData itself. */
interface VideoData {
  video: FileData | null;
  subtitles?: FileData | null;
}

type VideoValue = FileData | VideoData | null;

type Mode = 'idle' | 'starting' | 'live' | 'recording' | 'saving';

const isVideoData = (value: unknown): value is VideoData =>
  typeof value === 'object' && value !== null && 'video' in value && !('path' in value);

/**
 * @summary A Gradio `Video` (also `PlayableVideo`): a player with its own controls, subtitles
 * and HLS streams; when interactive, upload and webcam recording (with the camera's microphone
 * when `include_audio`), with a choice of camera.
 * @event gr-play - Playback started.
 * @event gr-pause - Playback paused.
 * @event gr-stop - Playback reached the end.
 * @event gr-end - Playback reached the end.
 * @event gr-start_recording - Webcam recording started.
 * @event gr-stop_recording - Webcam recording stopped (the recording is the value).
 * @event gr-upload - An uploaded file is the value.
 * @event gr-clear - The user cleared the value.
 * @event gr-change - The value changed through the user.
 * @event gr-input - The value changed through the user.
 */
@block('video')
export class GrVideo extends GradioElement {
  static override css = videoStyles;

  /** FileData (6.x) or `{video, subtitles}` (4.x/5.x), or null. */
  @property({ attribute: false }) value: VideoValue = null;
  @property({ attribute: false }) sources: readonly string[] | null = null;
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) width: number | string | null = null;
  @property({ type: Boolean }) autoplay = false;
  @property({ type: Boolean }) loop = false;
  /** Record the camera's microphone too. */
  @property({ attribute: false }) includeAudio: boolean | null = null;
  @property({ attribute: false }) webcamOptions: WebcamOptions | null = null;
  /** 4.x/5.x: `mirror_webcam`. */
  @property({ attribute: false }) mirrorWebcam: boolean | null = null;
  /** 4.x/5.x: `webcam_constraints`. */
  @property({ attribute: false }) webcamConstraints: MediaStreamConstraints | null = null;
  /** 6.x: the subtitle file (WebVTT; the server converts SRT and JSON). */
  @property({ attribute: false }) subtitles: FileData | null = null;
  @property({ attribute: false }) playbackPosition: number | null = null;
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 4.x/5.x: `show_download_button` (6.x: `buttons`). */
  @property({ attribute: false }) showDownloadButton: boolean | null = null;
  /**
   * The server takes a video back as `{video, subtitles}` (4.x/5.x; set by the config
   * normalizer), not as the FileData.
   */
  @property({ type: Boolean }) videoDataValue = false;

  @state() private source: MediaSource = 'upload';
  @state() private mode: Mode = 'idle';
  @state() private message: string | null = null;
  @state() private elapsed = 0;
  @state() private devices: MediaDeviceInfo[] = [];
  @state() private deviceId = '';
  @state() private trimming = false;
  @state() private trimStart = 0;
  @state() private trimEnd = 0;
  @state() private processing = false;
  /** The value before the last trim, for "Reset video". */
  @state() private previous: VideoValue = null;

  readonly #preview = createRef<HTMLVideoElement>();
  #stream: MediaStream | null = null;
  #recording: Recording | null = null;
  #ticker: ReturnType<typeof setInterval> | null = null;
  #startedAt = 0;
  #session = 0;
  #sourceChosen = false;

  get #sources(): MediaSource[] {
    const list = (this.sources ?? ['upload', 'webcam']).filter(
      (s): s is MediaSource => s === 'upload' || s === 'webcam',
    );
    return list.length ? list : ['upload'];
  }

  get #mirror(): boolean {
    return this.webcamOptions?.mirror ?? this.mirrorWebcam ?? true;
  }

  get #constraints(): MediaStreamConstraints | null {
    return this.webcamOptions?.constraints ?? this.webcamConstraints ?? null;
  }

  get #withAudio(): boolean {
    return this.includeAudio ?? this.#sources.includes('upload');
  }

  /** The video file of either value shape. */
  get #video(): FileData | null {
    const value = this.value;
    if (value === null || value === undefined) return null;
    if (isFileData(value)) return value;
    if (isVideoData(value) && (value.video === null || isFileData(value.video))) return value.video;
    throw new Error('it is not a video file');
  }

  /** The subtitles: the 6.x prop, or the 4.x/5.x value's own. */
  get #subtitleFile(): FileData | null {
    if (isVideoData(this.value) && this.value.subtitles) return this.value.subtitles;
    return this.subtitles;
  }

  get #capturing(): boolean {
    return this.mode !== 'idle' && this.mode !== 'saving';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sources') || !this.#sourceChosen) this.source = this.#sources[0]!;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The camera is on only while the block waits for a webcam recording (it opens on a click).
    const wantsCamera = this.interactive && this.source === 'webcam' && this.value === null;
    if (!wantsCamera && this.#capturing) this.#closeCamera();
    if (changed.has('height') || changed.has('width')) {
      this.style.setProperty(
        '--video-height',
        this.height !== null ? (cssLength(this.height) ?? null) : null,
      );
      this.style.setProperty('--video-width', this.width !== null ? (cssLength(this.width) ?? null) : null);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#closeCamera();
  }

  // --- value changes the user makes ---------------------------------------------------------

  /** A file the user gave, in the shape the server takes back. */
  #wrap(file: FileData | null): VideoValue {
    if (file === null) return null;
    return this.videoDataValue || isVideoData(this.value) ? { video: file, subtitles: null } : file;
  }

  #onUploaded(event: UploadedEvent): void {
    const file = event.files[0];
    if (!file) return;
    this.message = null;
    this.value = this.#wrap(file);
    this.emit('upload', file);
    this.emit('input');
    this.emit('change');
  }

  #clear(): void {
    this.#closeCamera();
    this.value = null;
    this.previous = null;
    this.trimming = false;
    this.message = null;
    this.emit('clear');
    this.emit('input');
    this.emit('change');
  }

  #selectSource(source: MediaSource): void {
    if (source === this.source) return;
    this.#sourceChosen = true;
    this.#closeCamera();
    this.message = null;
    this.source = source;
    if (this.value !== null) this.#clear();
  }

  // --- trimming ----------------------------------------------------------------------------

  get #duration(): number {
    const duration = this.querySelector('gr-video-player')?.media?.duration ?? 0;
    return Number.isFinite(duration) ? duration : 0;
  }

  #startTrim(): void {
    const duration = this.#duration;
    if (!duration) {
      this.message = 'The video has not loaded yet; try trimming again in a moment.';
      return;
    }
    this.message = null;
    this.trimStart = 0;
    this.trimEnd = duration;
    this.trimming = true;
  }

  #setTrim(which: 'start' | 'end', value: number): void {
    if (!Number.isFinite(value)) return;
    if (which === 'start') this.trimStart = Math.max(0, Math.min(value, this.trimEnd - 0.1));
    else this.trimEnd = Math.min(this.#duration, Math.max(value, this.trimStart + 0.1));
  }

  /**
   * Cuts the video with the server's own ffmpeg (as Gradio's page does) and sends the clip up;
   * the clip is then the value.
   */
  async #applyTrim(video: FileData): Promise<void> {
    const url = this.services?.fileUrl(video) ?? video.url;
    if (!url || !this.services) return;
    const { trimStart: start, trimEnd: end } = this;
    this.trimming = false;
    this.processing = true;
    this.message = null;
    try {
      const source = await (await fetch(url, { credentials: 'omit' })).blob();
      const clip = await trimVideo(source, start, end, { root: this.services.root, name: fileName(video) });
      const name = `video.${videoExtension(clip.type)}`;
      const [file] = await this.services.upload([new File([clip], name, { type: clip.type })], {
        blockId: this.blockId,
      });
      if (!file) return;
      this.previous = this.value;
      this.value = this.#wrap(file);
      this.emit('input');
      this.emit('change');
    } catch (error) {
      this.message = (error as Error).message;
    } finally {
      this.processing = false;
    }
  }

  #reset(): void {
    if (this.previous === null) return;
    this.value = this.previous;
    this.previous = null;
    this.emit('input');
    this.emit('change');
  }

  // --- webcam -------------------------------------------------------------------------------

  async #openCamera(): Promise<void> {
    const session = ++this.#session;
    this.mode = 'starting';
    this.message = null;
    let stream: MediaStream;
    try {
      stream = await openCamera({
        deviceId: this.deviceId || null,
        audio: this.#withAudio,
        constraints: this.#constraints,
      });
    } catch (error) {
      if (session !== this.#session) return;
      this.mode = 'idle';
      this.message = (error as Error).message;
      return;
    }
    if (session !== this.#session) return stopStream(stream);
    this.#stream = stream;
    this.mode = 'live';
    this.devices = await listDevices('videoinput');
    await this.updateComplete;
    const preview = this.#preview.value;
    if (preview) {
      preview.srcObject = stream;
      void preview.play().catch(() => undefined);
    }
  }

  #closeCamera(): void {
    this.#session++;
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = null;
    void this.#recording?.stop();
    this.#recording = null;
    stopStream(this.#stream);
    this.#stream = null;
    if (this.#preview.value) this.#preview.value.srcObject = null;
    if (this.mode !== 'saving') this.mode = 'idle';
  }

  async #switchCamera(deviceId: string): Promise<void> {
    this.deviceId = deviceId;
    if (this.mode !== 'live') return;
    this.#closeCamera();
    await this.#openCamera();
  }

  #startRecording(): void {
    const stream = this.#stream;
    if (!stream || this.mode !== 'live') return;
    try {
      this.#recording = new Recording(stream, VIDEO_RECORDING_TYPES, () => this.#deviceLost());
      this.#recording.start();
    } catch (error) {
      this.message = `Recording could not start: ${(error as Error).message}`;
      return;
    }
    this.mode = 'recording';
    this.#startedAt = performance.now();
    this.elapsed = 0;
    this.#ticker = setInterval(() => (this.elapsed = (performance.now() - this.#startedAt) / 1000), 250);
    this.emit('start_recording');
  }

  #deviceLost(): void {
    if (!this.#capturing) return;
    this.message =
      'The camera stopped (it was disconnected, or its permission was withdrawn). What was recorded so far is kept.';
    if (this.mode === 'recording') void this.#stopRecording();
    else this.#closeCamera();
  }

  async #stopRecording(): Promise<void> {
    const recording = this.#recording;
    if (!recording || this.mode !== 'recording') return;
    this.#recording = null;
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = null;
    this.mode = 'saving';
    const session = this.#session;
    const blob = await recording.stop();
    stopStream(this.#stream);
    this.#stream = null;
    if (this.#preview.value) this.#preview.value.srcObject = null;
    let file: FileData | null = null;
    if (blob.size && this.services) {
      try {
        const name = `sample.${extensionFor(blob.type || recording.mimeType)}`;
        [file = null] = await this.services.upload([new File([blob], name, { type: blob.type })], {
          blockId: this.blockId,
        });
      } catch (error) {
        this.message = (error as Error).message;
      }
    }
    if (session !== this.#session) return;
    this.mode = 'idle';
    if (!blob.size) this.message = 'Nothing was recorded: the camera delivered no video. Try again.';
    if (file) this.value = this.#wrap(file);
    this.emit('stop_recording');
    if (file) {
      this.emit('input');
      this.emit('change');
    }
  }

  // --- rendering ------------------------------------------------------------------------------

  async #download(file: FileData): Promise<void> {
    const url = this.services?.fileUrl(file) ?? file.url;
    if (!url) return;
    await downloadFile(
      file.is_stream ? url.replace('playlist.m3u8', 'playlist-file') : url,
      fileName(file),
      this,
    );
  }

  protected override renderContent(): unknown {
    let video: FileData | null;
    try {
      video = this.#video;
    } catch (error) {
      return html`<div class="block">
        ${renderValueError(`This video block cannot show its value: ${(error as Error).message}.`)}
      </div>`;
    }
    const label = this.label || 'Video';
    const interactive = this.interactive;
    const subtitles = this.#subtitleFile;
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${!video && interactive && this.source === 'upload' ? 'dashed' : ''}"
      role="group"
      aria-label=${label}
    >
      ${renderBlockLabel({ label, show: this.showLabel, icon: mediaIcons.video, container: this.container })}
      ${this.#renderToolbar(video)}
      <div class="video-content">
        ${
          video
            ? html`<gr-video-player
                .src=${this.services?.fileUrl(video) ?? video.url ?? null}
                .stream=${video.is_stream === true}
                .autoplay=${this.autoplay}
                .loop=${this.loop}
                .mirror=${interactive && this.source === 'webcam' && this.#mirror}
                .subtitles=${subtitles ? (this.services?.fileUrl(subtitles) ?? null) : null}
                .position=${this.playbackPosition}
                label=${label}
                @player-play=${() => this.emit('play')}
                @player-pause=${() => this.emit('pause')}
                @player-stop=${() => {
                  this.emit('stop');
                  this.emit('end');
                }}
                @player-error=${(e: PlayerEvent) => (this.message = e.message)}
              ></gr-video-player>`
            : interactive
              ? this.source === 'webcam'
                ? this.#renderWebcam()
                : html`<gr-upload-zone
                    .services=${this.services}
                    .blockId=${this.blockId}
                    .fileTypes=${['video', '.mkv', '.m4v', '.mov', '.avi']}
                    prompt="Drop Video Here"
                    label=${`Upload video to ${label}`}
                    @upload-zone-uploaded=${this.#onUploaded}
                  ></gr-upload-zone>`
              : renderEmptyState(mediaIcons.video, 'large')
        }
      </div>
      ${video && this.trimming ? this.#renderTrimPanel(video) : nothing}
      ${this.processing ? html`<div class="trim-status" role="status">Trimming the video…</div>` : nothing}
      ${this.message ? html`<div class="media-message" role="alert">${this.message}</div>` : nothing}
      ${interactive ? renderSourceSelect(this.#sources, this.source, (s) => this.#selectSource(s)) : nothing}
    </div>`;
  }

  #renderToolbar(video: FileData | null): unknown {
    const download =
      video && (this.buttons ? this.buttons.includes('download') : this.showDownloadButton !== false);
    const clear = this.interactive && video;
    const edit = this.interactive && video && !video.is_stream && !this.trimming;
    const custom = renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }));
    if (!download && !clear && custom === nothing) return nothing;
    return html`<div class="icon-buttons">
      ${
        edit && this.previous !== null
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Reset video to initial value"
              title="Reset video"
              ?disabled=${this.processing}
              @click=${this.#reset}
            >
              ${mediaIcons.undo}
            </button>`
          : nothing
      }
      ${
        edit
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Trim video to selection"
              title="Trim video"
              ?disabled=${this.processing}
              @click=${this.#startTrim}
            >
              ${mediaIcons.trim}
            </button>`
          : nothing
      }
      ${
        download
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Download"
              title="Download"
              @click=${() => void this.#download(video)}
            >
              ${icons.download}
            </button>`
          : nothing
      }
      ${custom}
      ${
        clear
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Clear"
              title="Clear"
              @click=${this.#clear}
            >
              ${icons.close}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderTrimPanel(video: FileData): unknown {
    const field = (which: 'start' | 'end', value: number) =>
      html`<label
        >${which === 'start' ? 'Trim start' : 'Trim end'}
        <input
          type="number"
          min="0"
          max=${this.#duration.toFixed(2)}
          step="0.1"
          .value=${value.toFixed(2)}
          @change=${(e: Event) => this.#setTrim(which, Number((e.target as HTMLInputElement).value))}
        />
        s</label
      >`;
    return html`<div class="trim-panel" role="group" aria-label="Trim video">
      ${field('start', this.trimStart)} ${field('end', this.trimEnd)}
      <time class="trim-duration" aria-label="Duration of the selection"
        >${formatTime(this.trimEnd - this.trimStart)}</time
      >
      <button type="button" class="text-button" @click=${() => void this.#applyTrim(video)}>Trim</button>
      <button type="button" class="text-button" @click=${() => (this.trimming = false)}>Cancel</button>
    </div>`;
  }

  #renderWebcam(): unknown {
    const mode = this.mode;
    return html`<div class="webcam">
      <video
        class="preview ${this.#mirror ? 'mirror' : ''}"
        ${ref(this.#preview)}
        muted
        playsinline
        aria-label="Camera preview"
        ?hidden=${mode === 'idle'}
      ></video>
      ${
        mode === 'idle'
          ? html`<button type="button" class="camera-button" @click=${() => void this.#openCamera()}>
              ${mediaIcons.camera} Click to access webcam
            </button>`
          : html`<div class="webcam-controls">
              ${
                mode === 'recording'
                  ? html`<button
                        type="button"
                        class="record-button recording"
                        @click=${() => void this.#stopRecording()}
                      >
                        <span class="dot">${mediaIcons.stop}</span>Stop
                      </button>
                      <time class="elapsed" aria-label="Recording time">${formatTime(this.elapsed)}</time>`
                  : mode === 'saving'
                    ? html`<span class="saving" role="status">Saving the recording…</span>`
                    : html`<button
                        type="button"
                        class="record-button"
                        ?disabled=${mode !== 'live'}
                        @click=${this.#startRecording}
                      >
                        <span class="dot">${mediaIcons.record}</span>Record
                      </button>`
              }
              <select
                class="device-select"
                aria-label="Camera"
                ?disabled=${mode !== 'live'}
                @change=${(e: Event) => void this.#switchCamera((e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${!this.deviceId}>Default camera</option>
                ${this.devices.map(
                  (d, i) =>
                    html`<option value=${d.deviceId} ?selected=${d.deviceId === this.deviceId}>
                      ${d.label || `Camera ${i + 1}`}
                    </option>`,
                )}
              </select>
            </div>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-video': GrVideo;
  }
}
