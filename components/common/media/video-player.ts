import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { registerStyles } from '../../../src/base/style-registry.js';
import { attachHls } from './hls.js';
import { mediaIcons } from './media-icons.js';
import { cueList, loadSubtitles, toVtt, type Cue } from './subtitles.js';
import { formatTime } from './time.js';
import { PlayerEvent } from './audio-player.js';
import { videoPlayerStyles } from './video-player.styles.js';

registerStyles(videoPlayerStyles);

export { PlayerEvent };

/**
 * A video player as Gradio draws it: the video, then a bar with play/pause (replay at the end),
 * the time, a seek slider, volume and fullscreen; subtitles (WebVTT or SRT, from a file or cue
 * list) as a captions track with a toggle. Streams (`stream`: an HLS playlist) play through
 * hls.js, loaded only for them. Reports `player-play`, `player-pause`, `player-stop` (the end)
 * and `player-error`; shared by video, chatbot and gallery blocks.
 */
export class GrVideoPlayer extends LitElement {
  @property() src: string | null = null;
  /** `src` is an HLS playlist that grows as the app yields (streaming output). */
  @property({ type: Boolean }) stream = false;
  @property({ type: Boolean }) autoplay = false;
  @property({ type: Boolean }) loop = false;
  /** Shown mirrored (a webcam recording, as the user saw themselves). */
  @property({ type: Boolean }) mirror = false;
  /** Cues (`[{start, end, text}]`) or the URL of a WebVTT/SRT file. */
  @property({ attribute: false }) subtitles: readonly Cue[] | string | null = null;
  @property() label = 'Video';
  /** Seek here (Gradio's `playback_position`). */
  @property({ type: Number }) position: number | null = null;

  @state() private playing = false;
  @state() private ended = false;
  @state() private current = 0;
  @state() private duration = 0;
  @state() private volume = 1;
  @state() private showVolume = false;
  @state() private fullscreen = false;
  @state() private trackUrl: string | null = null;
  @state() private captions = true;
  @state() private error: string | null = null;

  readonly #video = createRef<HTMLVideoElement>();
  readonly #wrap = createRef<HTMLDivElement>();
  #detachStream: (() => void) | null = null;
  #loads = 0;
  readonly #onFullscreen = (): void => {
    const root = this.getRootNode() as Document | ShadowRoot;
    this.fullscreen = root.fullscreenElement === this.#wrap.value || document.fullscreenElement === this;
  };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get media(): HTMLVideoElement | undefined {
    return this.#video.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.#onFullscreen);
    if (this.hasUpdated) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
    this.#detachStream?.();
    this.#detachStream = null;
    this.#video.value?.pause();
    if (this.trackUrl) URL.revokeObjectURL(this.trackUrl);
    this.trackUrl = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('stream')) void this.#load();
    if (changed.has('subtitles')) void this.#loadTrack();
    if (changed.has('position') && this.position !== null && this.#video.value) {
      const video = this.#video.value;
      if (Math.abs(video.currentTime - this.position) > 0.25) video.currentTime = this.position;
    }
    const all = changed as Map<string, unknown>;
    if (all.has('captions') || all.has('trackUrl')) this.#showTrack();
  }

  async #load(): Promise<void> {
    const video = this.#video.value;
    if (!video) return;
    const load = ++this.#loads;
    this.#detachStream?.();
    this.#detachStream = null;
    this.error = null;
    this.ended = false;
    this.current = 0;
    this.duration = 0;
    video.removeAttribute('src');
    video.load();
    if (!this.src) return;
    if (!this.stream) {
      video.src = this.src;
      return;
    }
    const detach = await attachHls(video, this.src, { onFatal: (message) => (this.error = message) });
    if (load !== this.#loads) return detach();
    this.#detachStream = detach;
    // As on Gradio's page, a stream plays as soon as it can.
    const start = (): void => void video.play().catch(() => undefined);
    video.addEventListener('canplay', start, { once: true });
  }

  /**
   * Subtitles go in as a WebVTT blob made here: a cross-origin `<track>` would need CORS on
   * the video too, and SRT files (and Gradio's own SRT conversion) need cleaning up.
   */
  async #loadTrack(): Promise<void> {
    if (this.trackUrl) URL.revokeObjectURL(this.trackUrl);
    this.trackUrl = null;
    if (!this.subtitles) return;
    let cues: readonly Cue[] | null = cueList(this.subtitles);
    if (!cues) {
      try {
        cues = await loadSubtitles(this.subtitles as string);
      } catch {
        cues = [];
      }
    }
    if (!cues.length) return;
    this.trackUrl = URL.createObjectURL(new Blob([toVtt(cues)], { type: 'text/vtt' }));
  }

  #showTrack(): void {
    const track = this.#video.value?.textTracks[0];
    if (track) track.mode = this.captions ? 'showing' : 'hidden';
  }

  #onMediaEvent(event: Event): void {
    const video = event.target as HTMLVideoElement;
    switch (event.type) {
      case 'play':
        this.playing = true;
        this.ended = false;
        this.dispatchEvent(new PlayerEvent('player-play'));
        break;
      case 'pause':
        this.playing = false;
        this.dispatchEvent(new PlayerEvent('player-pause'));
        break;
      case 'ended':
        this.playing = false;
        this.ended = true;
        this.dispatchEvent(new PlayerEvent('player-stop'));
        break;
      case 'timeupdate':
        this.current = video.currentTime;
        break;
      case 'durationchange':
      case 'loadedmetadata':
        if (Number.isFinite(video.duration)) this.duration = video.duration;
        this.#showTrack();
        break;
      case 'error':
        if (!video.getAttribute('src') || this.stream) return;
        this.error =
          'This video could not be played: the file is missing, has expired, or is in a format the browser does not play.';
        this.dispatchEvent(new PlayerEvent('player-error', this.error));
        break;
    }
  }

  #togglePlay(): void {
    const video = this.#video.value;
    if (!video) return;
    if (video.paused || video.ended)
      void video.play().catch((e: Error) => (this.error = `Playback failed: ${e.message}`));
    else video.pause();
  }

  #seek(time: number): void {
    const video = this.#video.value;
    if (!video || !Number.isFinite(time)) return;
    video.currentTime = Math.max(0, Math.min(this.duration || 0, time));
    this.current = video.currentTime;
  }

  #setVolume(value: number): void {
    this.volume = value;
    if (this.#video.value) this.#video.value.volume = value;
  }

  async #toggleFullscreen(): Promise<void> {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (root.fullscreenElement || document.fullscreenElement)
      await document.exitFullscreen().catch(() => undefined);
    else await this.#wrap.value?.requestFullscreen().catch(() => undefined);
  }

  protected override render(): unknown {
    const media = (e: Event): void => this.#onMediaEvent(e);
    return html`<div class="video-wrap ${this.fullscreen ? 'fullscreen' : ''}" ${ref(this.#wrap)}>
        <div class="frame ${this.mirror ? 'mirror' : ''}">
          <video
            ${ref(this.#video)}
            preload="auto"
            playsinline
            ?autoplay=${this.autoplay}
            ?loop=${this.loop}
            aria-label=${this.label}
            @click=${this.#togglePlay}
            @play=${media}
            @pause=${media}
            @ended=${media}
            @timeupdate=${media}
            @durationchange=${media}
            @loadedmetadata=${media}
            @error=${media}
          >
            ${this.trackUrl ? html`<track kind="captions" label="Subtitles" src=${this.trackUrl} default />` : nothing}
          </video>
        </div>
        <div class="controls">
          <button
            type="button"
            class="action"
            aria-label=${this.ended ? 'Replay' : this.playing ? 'Pause' : 'Play'}
            @click=${this.#togglePlay}
          >
            ${this.ended ? mediaIcons.replay : this.playing ? mediaIcons.pause : mediaIcons.play}
          </button>
          <span class="time">${formatTime(this.current)} / ${formatTime(this.duration)}</span>
          <input
            class="seek"
            type="range"
            min="0"
            max=${this.duration || 0}
            step="any"
            aria-label=${`Seek ${this.label}`}
            aria-valuetext=${`${formatTime(this.current)} of ${formatTime(this.duration)}`}
            .value=${String(this.current)}
            @input=${(e: Event) => this.#seek(Number((e.target as HTMLInputElement).value))}
          />
          ${
            this.trackUrl
              ? html`<button
                  type="button"
                  class="action"
                  aria-label="Subtitles"
                  aria-pressed=${this.captions ? 'true' : 'false'}
                  @click=${() => (this.captions = !this.captions)}
                >
                  ${mediaIcons.captions}
                </button>`
              : nothing
          }
          <button
            type="button"
            class="action"
            aria-label="Adjust volume"
            aria-expanded=${this.showVolume ? 'true' : 'false'}
            @click=${() => (this.showVolume = !this.showVolume)}
          >
            ${this.volume === 0 ? mediaIcons.muted : this.volume < 0.5 ? mediaIcons.volumeLow : mediaIcons.volume}
          </button>
          ${
            this.showVolume
              ? html`<input
                  class="volume"
                  type="range"
                  min="0"
                  max="1"
                  step="0.01"
                  aria-label="Volume"
                  .value=${String(this.volume)}
                  @input=${(e: Event) => this.#setVolume(Number((e.target as HTMLInputElement).value))}
                />`
              : nothing
          }
          <button
            type="button"
            class="action"
            aria-label=${this.fullscreen ? 'Exit full screen' : 'Full screen'}
            @click=${() => void this.#toggleFullscreen()}
          >
            ${this.fullscreen ? mediaIcons.exitFullscreen : mediaIcons.fullscreen}
          </button>
        </div>
      </div>
      ${this.error ? html`<div class="media-error" role="alert">${this.error}</div>` : nothing}`;
  }
}

if (!customElements.get('gr-video-player')) customElements.define('gr-video-player', GrVideoPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'gr-video-player': GrVideoPlayer;
  }
}
