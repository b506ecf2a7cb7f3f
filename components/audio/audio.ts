import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { fileName, isFileData, type FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { downloadFile } from '../common/download.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import '../common/upload/upload-zone.js';
import type { UploadedEvent } from '../common/upload/upload-zone.js';
import '../common/media/audio-player.js';
import type { PlayerEvent, TrimEvent } from '../common/media/audio-player.js';
import { mediaIcons } from '../common/media/media-icons.js';
import { renderSourceSelect, type MediaSource } from '../common/media/source-select.js';
import { listDevices, openMicrophone, stopStream, watchDevice } from '../common/media/devices.js';
import { AUDIO_RECORDING_TYPES, Recording, extensionFor } from '../common/media/recorder.js';
import { PcmCapture } from '../common/media/pcm-capture.js';
import { drawLiveWaveform } from '../common/media/live-waveform.js';
import { decodeAudio, encodeWav, sliceAudio } from '../common/media/wav.js';
import { formatTime } from '../common/media/time.js';
import { cueList, type Cue } from '../common/media/subtitles.js';
import { audioStyles } from './audio.styles.js';

/** Gradio's `waveform_options` (gr.WaveformOptions). */
export interface WaveformOptions {
  waveform_color?: string | null;
  waveform_progress_color?: string | null;
  trim_region_color?: string | null;
  show_recording_waveform?: boolean;
  skip_length?: number;
  sample_rate?: number;
}

type Mode = 'idle' | 'starting' | 'recording' | 'paused' | 'saving';

/** Files the picker offers: any audio, and extensions some systems give no audio MIME type. */
const AUDIO_TYPES = ['audio', '.m4a', '.flac', '.opus', '.aac', '.wma', '.amr', '.aiff', '.mid', '.midi'];

/**
 * @summary A Gradio `Audio` (also `Microphone`): a waveform player with play/pause, skip,
 * volume, speed, subtitles and trimming; when interactive, upload and microphone recording
 * (one file, or a stream of chunks with `streaming=True`), with a choice of microphone.
 * @event gr-play - Playback started.
 * @event gr-pause - Playback paused.
 * @event gr-stop - Playback reached the end.
 * @event gr-start_recording - Recording started.
 * @event gr-pause_recording - Recording paused.
 * @event gr-stop_recording - Recording stopped (the recording is the value).
 * @event gr-stream - A streamed chunk is the value (streaming microphone).
 * @event gr-upload - An uploaded file is the value.
 * @event gr-clear - The user cleared the value (or stopped a stream).
 * @event gr-change - The value changed through the user.
 * @event gr-input - The value changed through the user.
 */
@block('audio')
export class GrAudio extends GradioElement {
  static override css = audioStyles;

  /** FileData or null. */
  @property({ attribute: false }) value: FileData | null = null;
  @property({ attribute: false }) sources: readonly string[] | null = null;
  @property({ type: Boolean }) autoplay = false;
  @property({ type: Boolean }) loop = false;
  /** Trimming (and undo) when interactive. */
  @property({ type: Boolean }) editable = true;
  /** Start recording at once (and stop when it turns off). */
  @property({ type: Boolean }) recording = false;
  @property({ attribute: false }) waveformOptions: WaveformOptions | null = null;
  /** A subtitle file (FileData) or cues (`[{start, end, text}]`). */
  @property({ attribute: false }) subtitles: FileData | readonly Cue[] | null = null;
  @property({ attribute: false }) playbackPosition: number | null = null;
  /** The microphone streams chunks (`.stream()` listeners) instead of recording one file. */
  @property({ type: Boolean }) streaming = false;
  /** Built-in buttons (`download`, `share`) and custom gr.Button entries. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 4.x/5.x: `show_download_button` (6.x: `buttons`). */
  @property({ attribute: false }) showDownloadButton: boolean | null = null;
  /** Seconds between streamed chunks (the `.stream()` event's `stream_every`, set by the engine). */
  @property({ attribute: false }) streamEvery = 0.5;
  /** The `.stream()` event's time limit, in seconds. */
  @property({ attribute: false }) timeLimit: number | null = null;
  /** The engine's word on the stream: `waiting` for the server, `open`, or `closed`. */
  @property({ attribute: false }) streamState: 'waiting' | 'open' | 'closed' | null = null;

  @state() private source: MediaSource = 'upload';
  @state() private mode: Mode = 'idle';
  @state() private message: string | null = null;
  @state() private elapsed = 0;
  @state() private devices: MediaDeviceInfo[] = [];
  @state() private deviceId = '';
  /** The value before the last recording, upload or trim, for "Reset audio". */
  @state() private previous: FileData | null = null;

  readonly #canvas = createRef<HTMLCanvasElement>();
  #recording: Recording | null = null;
  #capture: PcmCapture | null = null;
  #stream: MediaStream | null = null;
  #stopDrawing: (() => void) | null = null;
  #unwatch: (() => void) | null = null;
  #ticker: ReturnType<typeof setInterval> | null = null;
  #chunkTimer: ReturnType<typeof setTimeout> | null = null;
  #chunkUploading = false;
  #startedAt = 0;
  /** Bumped whenever a capture ends, so late work of an old one is dropped. */
  #session = 0;
  #sourceChosen = false;

  get #sources(): MediaSource[] {
    const list = (this.sources ?? (this.streaming ? ['microphone'] : ['upload', 'microphone'])).filter(
      (s): s is MediaSource => s === 'upload' || s === 'microphone',
    );
    return list.length ? list : ['upload'];
  }

  get #options(): WaveformOptions {
    return this.waveformOptions ?? {};
  }

  get #capturing(): boolean {
    return this.mode === 'starting' || this.mode === 'recording' || this.mode === 'paused';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sources') || !this.#sourceChosen) this.source = this.#sources[0]!;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const all = changed as Map<string, unknown>;
    if (all.has('source') && this.source === 'microphone' && this.interactive) void this.#refreshDevices();
    if (changed.has('recording') || changed.has('interactive')) {
      // `recording` asks for the microphone at once (on load, or when an update turns it on).
      if (this.recording && this.interactive && !this.#capturing && this.#sources.includes('microphone')) {
        this.source = 'microphone';
        this.#sourceChosen = true;
        void this.#start();
      } else if (changed.get('recording') === true && !this.recording && this.#capturing) {
        void this.#stop();
      }
    }
    // The engine closed the stream (its time limit, an error): stop capturing, quietly.
    if (changed.has('streamState') && this.streamState === 'closed' && this.streaming && this.#capturing) {
      const seconds = (performance.now() - this.#startedAt) / 1000;
      this.#endCapture();
      this.message =
        this.timeLimit && seconds >= this.timeLimit - 1
          ? `Streaming stopped: the app allows ${this.timeLimit} s per stream. Record again to go on.`
          : 'The app ended the stream. Record again to go on.';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#endCapture();
  }

  // --- value changes the user makes ---------------------------------------------------------

  #setValue(value: FileData | null, keepPrevious = true): void {
    if (keepPrevious) this.previous = this.value;
    this.value = value;
  }

  #onUploaded(event: UploadedEvent): void {
    const file = event.files[0];
    if (!file) return;
    this.message = null;
    this.#setValue(file);
    this.emit('upload', file);
    this.emit('input');
    this.emit('change');
  }

  #clear(): void {
    this.#endCapture();
    this.#setValue(null, false);
    this.previous = null;
    this.message = null;
    this.emit('clear');
    this.emit('input');
    this.emit('change');
  }

  #undo(): void {
    if (!this.previous) return;
    this.value = this.previous;
    this.previous = null;
    this.emit('input');
    this.emit('change');
  }

  #selectSource(source: MediaSource): void {
    if (source === this.source) return;
    this.#sourceChosen = true;
    this.#endCapture();
    this.message = null;
    this.source = source;
    if (this.value !== null) this.#clear();
  }

  /** Uploads a clip the block made itself (a recording, a trim); resolves its FileData. */
  async #uploadClip(blob: Blob, name: string): Promise<FileData | null> {
    if (!this.services) {
      this.message = 'This block is not connected to an app.';
      return null;
    }
    try {
      const [file] = await this.services.upload([new File([blob], name, { type: blob.type })], {
        blockId: this.blockId,
      });
      return file ?? null;
    } catch (error) {
      this.message = (error as Error).message;
      return null;
    }
  }

  async #onTrim(event: TrimEvent): Promise<void> {
    const file = await this.#uploadClip(event.clip, 'audio.wav');
    if (!file) return;
    this.#setValue(file);
    this.emit('input');
    this.emit('change');
  }

  // --- recording ----------------------------------------------------------------------------

  async #refreshDevices(): Promise<void> {
    this.devices = await listDevices('audioinput');
  }

  async #start(): Promise<void> {
    if (this.#capturing || this.mode === 'saving') return;
    const session = ++this.#session;
    this.message = null;
    this.mode = 'starting';
    let stream: MediaStream;
    try {
      stream = await openMicrophone(this.deviceId || null);
    } catch (error) {
      if (session !== this.#session) return;
      this.mode = 'idle';
      this.message = (error as Error).message;
      return;
    }
    if (session !== this.#session) return stopStream(stream);
    this.#stream = stream;
    this.#startedAt = performance.now();
    this.elapsed = 0;
    this.#ticker = setInterval(() => (this.elapsed = (performance.now() - this.#startedAt) / 1000), 250);
    void this.#refreshDevices();
    try {
      if (this.streaming) await this.#startStreaming(stream, session);
      else this.#startRecording(stream);
    } catch (error) {
      this.#endCapture();
      this.message = `Recording could not start: ${(error as Error).message}`;
      return;
    }
    if (session !== this.#session) return;
    this.mode = 'recording';
    await this.updateComplete;
    if (this.#canvas.value && this.#options.show_recording_waveform !== false) {
      const color = getComputedStyle(this).getPropertyValue('--color-accent').trim() || 'darkorange';
      this.#stopDrawing = drawLiveWaveform(this.#canvas.value, stream, color);
    }
    this.emit('start_recording');
  }

  #startRecording(stream: MediaStream): void {
    this.#recording = new Recording(stream, AUDIO_RECORDING_TYPES, () => this.#deviceLost());
    this.#recording.start();
  }

  async #startStreaming(stream: MediaStream, session: number): Promise<void> {
    this.#unwatch = watchDevice(stream, () => this.#deviceLost());
    this.#capture = await PcmCapture.open(stream);
    const every = Math.max(0.05, Number(this.streamEvery) || 0.5) * 1000;
    const tick = (): void => {
      if (session !== this.#session) return;
      this.#chunkTimer = setTimeout(tick, every);
      void this.#sendChunk(session);
    };
    this.#chunkTimer = setTimeout(tick, every);
  }

  /**
   * One streamed chunk: the samples since the last one, as a WAV file, uploaded, then the value,
   * then `stream`. While the server has not started the stream yet, or the last chunk is still
   * uploading, samples keep gathering for the next chunk instead of being lost.
   */
  async #sendChunk(session: number): Promise<void> {
    const capture = this.#capture;
    if (!capture || this.#chunkUploading || this.streamState === 'waiting' || this.mode !== 'recording')
      return;
    const pcm = capture.take();
    if (!pcm || !pcm.channels[0]?.length) return;
    this.#chunkUploading = true;
    try {
      const file = await this.#uploadClip(encodeWav(pcm), 'audio.wav');
      if (!file || session !== this.#session) return;
      this.value = { ...file, is_stream: true };
      this.emit('stream');
    } finally {
      this.#chunkUploading = false;
    }
  }

  #pause(): void {
    if (this.mode !== 'recording' || !this.#recording) return;
    this.#recording.pause();
    this.mode = 'paused';
    this.emit('pause_recording');
  }

  #resume(): void {
    if (this.mode !== 'paused' || !this.#recording) return;
    this.#recording.resume();
    this.mode = 'recording';
  }

  #deviceLost(): void {
    if (!this.#capturing) return;
    this.message = this.streaming
      ? 'The microphone stopped (it was disconnected, or its permission was withdrawn). Streaming ended.'
      : 'The microphone stopped (it was disconnected, or its permission was withdrawn). What was recorded so far is kept.';
    void this.#stop();
  }

  /** The user (or `recording=False`, or a lost device) ends the capture. */
  async #stop(): Promise<void> {
    if (!this.#capturing) return;
    if (this.streaming) {
      this.#endCapture();
      this.emit('stop_recording');
      this.emit('clear');
      return;
    }
    const recording = this.#recording;
    this.#recording = null;
    this.#endCapture();
    if (!recording) return;
    this.mode = 'saving';
    const session = this.#session;
    const blob = await recording.stop();
    const file = blob.size ? await this.#saveRecording(blob) : null;
    if (session !== this.#session) return;
    this.mode = 'idle';
    if (!file) {
      this.emit('stop_recording');
      return;
    }
    this.#setValue(file);
    this.emit('stop_recording');
    this.emit('input');
    this.emit('change');
  }

  /** As Gradio's page: the recording decoded and sent as a 16-bit WAV at the waveform's rate. */
  async #saveRecording(blob: Blob): Promise<FileData | null> {
    try {
      const decoded = await decodeAudio(blob, this.#options.sample_rate || 44100);
      return await this.#uploadClip(encodeWav(sliceAudio(decoded)), 'audio.wav');
    } catch {
      // A container this browser records but cannot decode: the server converts it.
      return this.#uploadClip(blob, `recording.${extensionFor(blob.type || 'audio/webm')}`);
    }
  }

  /** Releases the microphone and timers; the recording in progress (if any) is dropped. */
  #endCapture(): void {
    this.#session++;
    this.#stopDrawing?.();
    this.#stopDrawing = null;
    this.#unwatch?.();
    this.#unwatch = null;
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = null;
    if (this.#chunkTimer) clearTimeout(this.#chunkTimer);
    this.#chunkTimer = null;
    this.#capture?.close();
    this.#capture = null;
    void this.#recording?.stop();
    this.#recording = null;
    stopStream(this.#stream);
    this.#stream = null;
    this.#chunkUploading = false;
    if (this.mode !== 'saving') this.mode = 'idle';
  }

  // --- rendering ------------------------------------------------------------------------------

  #fileUrl(file: FileData): string | null {
    return this.services?.fileUrl(file) ?? file.url ?? null;
  }

  #subtitleSource(): readonly Cue[] | string | null {
    const list = cueList(this.subtitles);
    if (list) return list;
    return this.subtitles ? (this.services?.fileUrl(this.subtitles) ?? null) : null;
  }

  async #download(file: FileData): Promise<void> {
    const url = this.#fileUrl(file);
    if (!url) return;
    // A stream's whole recording is served next to its playlist.
    await downloadFile(
      file.is_stream ? url.replace('playlist.m3u8', 'playlist-file') : url,
      fileName(file),
      this,
    );
  }

  protected override renderContent(): unknown {
    const value = this.value;
    if (value !== null && value !== undefined && !isFileData(value)) {
      return html`<div class="block">
        ${renderValueError('This audio block cannot show its value: it is not an audio file.')}
      </div>`;
    }
    const label = this.label || 'Audio';
    const interactive = this.interactive;
    const showPlayer = value && !(interactive && this.streaming);
    const empty = !value && !(interactive && this.source === 'microphone');
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${empty && interactive ? 'dashed' : ''}"
      role="group"
      aria-label=${label}
    >
      ${renderBlockLabel({
        label,
        show: this.showLabel,
        icon: mediaIcons.music,
        container: this.container,
        // Over the drop zone or the empty state; above a player or recorder, as on Gradio's page.
        float: !showPlayer && !(interactive && this.source === 'microphone'),
      })}
      ${this.#renderToolbar(value)}
      <div class="audio-content ${showPlayer ? 'has-player' : ''} ${empty ? 'empty' : ''}">
        ${
          showPlayer
            ? this.#renderPlayer(value)
            : interactive
              ? this.source === 'microphone'
                ? this.#renderRecorder()
                : this.#renderUpload(label)
              : renderEmptyState(mediaIcons.music)
        }
      </div>
      ${this.message ? html`<div class="media-message" role="alert">${this.message}</div>` : nothing}
      ${interactive ? renderSourceSelect(this.#sources, this.source, (s) => this.#selectSource(s)) : nothing}
    </div>`;
  }

  #renderToolbar(value: FileData | null): unknown {
    const download =
      value && (this.buttons ? this.buttons.includes('download') : this.showDownloadButton !== false);
    const clear = this.interactive && (value || this.#capturing);
    const custom = renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }));
    if (!download && !clear && custom === nothing) return nothing;
    return html`<div class="icon-buttons">
      ${
        download
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Download"
              title="Download"
              @click=${() => void this.#download(value)}
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

  #renderPlayer(value: FileData): unknown {
    const options = this.#options;
    return html`<gr-audio-player
      .src=${this.#fileUrl(value)}
      .stream=${value.is_stream === true}
      .autoplay=${this.autoplay}
      .loop=${this.loop}
      .waveform=${options.show_recording_waveform !== false}
      .waveColor=${options.waveform_color ?? null}
      .progressColor=${options.waveform_progress_color ?? null}
      .trimColor=${options.trim_region_color ?? null}
      .skipLength=${options.skip_length ?? 5}
      .sampleRate=${options.sample_rate || 44100}
      .editable=${this.interactive && this.editable}
      .canUndo=${this.previous !== null}
      .subtitles=${this.#subtitleSource()}
      .position=${this.playbackPosition}
      label=${this.label || 'Audio'}
      @player-play=${() => this.emit('play')}
      @player-pause=${() => this.emit('pause')}
      @player-stop=${() => this.emit('stop')}
      @player-undo=${this.#undo}
      @player-trim=${(e: TrimEvent) => void this.#onTrim(e)}
      @player-error=${(e: PlayerEvent) => (this.message = e.message)}
    ></gr-audio-player>`;
  }

  #renderUpload(label: string): unknown {
    return html`<gr-upload-zone
      .services=${this.services}
      .blockId=${this.blockId}
      .fileTypes=${AUDIO_TYPES}
      prompt="Drop Audio Here"
      label=${`Upload audio to ${label}`}
      @upload-zone-uploaded=${this.#onUploaded}
    ></gr-upload-zone>`;
  }

  #renderRecorder(): unknown {
    const mode = this.mode;
    const waiting = this.streaming && mode === 'recording' && this.streamState === 'waiting';
    const live = mode === 'recording' || mode === 'paused';
    const showWave = this.#options.show_recording_waveform !== false;
    return html`<div class="recorder">
      ${
        this.streaming && live && this.streamState === 'open' && this.timeLimit
          ? html`<div class="streaming-bar" style="animation-duration:${this.timeLimit}s"></div>`
          : nothing
      }
      <canvas
        class="live-wave"
        ${ref(this.#canvas)}
        ?hidden=${!live || !showWave}
        aria-hidden="true"
      ></canvas>
      <div class="recorder-controls">
        <div class="record-buttons">
          ${
            mode === 'idle' || mode === 'starting'
              ? html`<button
                  type="button"
                  class="record-button"
                  ?disabled=${mode === 'starting'}
                  @click=${() => void this.#start()}
                >
                  <span class="dot">${mediaIcons.record}</span>${mode === 'starting' ? 'Starting…' : 'Record'}
                </button>`
              : mode === 'saving'
                ? html`<span class="saving" role="status">Saving the recording…</span>`
                : html`<button
                      type="button"
                      class="stop-button ${mode === 'paused' ? 'paused' : ''}"
                      @click=${() => void this.#stop()}
                    >
                      <span class="dot">${waiting ? nothing : mediaIcons.stop}</span
                      >${waiting ? 'Waiting…' : 'Stop'}
                    </button>
                    ${
                      this.streaming
                        ? nothing
                        : mode === 'paused'
                          ? html`<button type="button" class="resume-button" @click=${this.#resume}>
                              Resume
                            </button>`
                          : html`<button
                              type="button"
                              class="pause-button"
                              aria-label="Pause recording"
                              @click=${this.#pause}
                            >
                              ${mediaIcons.pause}
                            </button>`
                    }
                    <time class="elapsed" aria-label="Recording time">${formatTime(this.elapsed)}</time>`
          }
        </div>
        <select
          class="device-select"
          aria-label="Microphone"
          ?disabled=${this.#capturing}
          @focus=${() => void this.#refreshDevices()}
          @change=${(e: Event) => (this.deviceId = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!this.deviceId}>Default microphone</option>
          ${this.devices.map(
            (d, i) =>
              html`<option value=${d.deviceId} ?selected=${d.deviceId === this.deviceId}>
                ${d.label || `Microphone ${i + 1}`}
              </option>`,
          )}
        </select>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-audio': GrAudio;
  }
}
