import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type WaveSurfer from 'wavesurfer.js';
import type Regions from 'wavesurfer.js/dist/plugins/regions.js';
import type { Region } from 'wavesurfer.js/dist/plugins/regions.js';

type RegionsPlugin = ReturnType<(typeof Regions)['create']>;
import { registerStyles } from '../../../src/base/style-registry.js';
import { attachHls } from './hls.js';
import { mediaIcons } from './media-icons.js';
import { cueAt, cueList, loadSubtitles, type Cue } from './subtitles.js';
import { formatTime } from './time.js';
import { encodeWav, sliceAudio } from './wav.js';
import { audioPlayerStyles } from './audio-player.styles.js';

registerStyles(audioPlayerStyles);

/** A player's report to the block that holds it (not a Gradio trigger: the block decides). */
export class PlayerEvent extends Event {
  constructor(
    type: 'player-play' | 'player-pause' | 'player-stop' | 'player-undo' | 'player-error',
    readonly message = '',
  ) {
    super(type);
  }
}

/** The clip the user trimmed, as a WAV file at the waveform's sample rate. */
export class TrimEvent extends Event {
  constructor(
    readonly clip: Blob,
    readonly start: number,
    readonly end: number,
  ) {
    super('player-trim');
  }
}

const SPEEDS = [0.5, 1, 1.5, 2];

/**
 * An audio player as Gradio draws it: a waveform (wavesurfer.js, loaded on first use) with
 * play/pause, skip, volume, playback speed and subtitles, and, when editable, trimming to a
 * selected region (the trimmed clip is handed back as a WAV file). Streams (`stream`: an HLS
 * playlist) and `waveform = false` play in the browser's own player. Shared by audio, chatbot
 * and gallery blocks; it reports play/pause/stop/trim as `player-*` events.
 */
export class GrAudioPlayer extends LitElement {
  /** The audio's URL. */
  @property() src: string | null = null;
  /** `src` is an HLS playlist that grows as the app yields (streaming output). */
  @property({ type: Boolean }) stream = false;
  @property({ type: Boolean }) autoplay = false;
  @property({ type: Boolean }) loop = false;
  /** Draw a waveform (Gradio's `show_recording_waveform`); off: the browser's player. */
  @property({ type: Boolean }) waveform = true;
  @property({ attribute: false }) waveColor: string | null = null;
  @property({ attribute: false }) progressColor: string | null = null;
  @property({ attribute: false }) trimColor: string | null = null;
  /** Skip buttons move by this percentage of the duration (Gradio's `skip_length`). */
  @property({ type: Number }) skipLength = 5;
  /** Rate of a trimmed clip (Gradio's `sample_rate`). */
  @property({ type: Number }) sampleRate = 44100;
  /** Offer trimming. */
  @property({ type: Boolean }) editable = false;
  /** Offer undoing the last trim or recording. */
  @property({ type: Boolean }) canUndo = false;
  /** Cues (`[{start, end, text}]`) or the URL of a WebVTT/SRT file. */
  @property({ attribute: false }) subtitles: readonly Cue[] | string | null = null;
  /** What the controls are named after. */
  @property() label = 'Audio';
  /** Seek here (Gradio's `playback_position`). */
  @property({ type: Number }) position: number | null = null;

  @state() private playing = false;
  @state() private current = 0;
  @state() private duration = 0;
  @state() private volume = 1;
  @state() private showVolume = false;
  @state() private rate = 1;
  @state() private trimming = false;
  @state() private trimStart = 0;
  @state() private trimEnd = 0;
  @state() private cues: readonly Cue[] = [];
  @state() private captions = true;
  /** The waveform could not load: the browser's player plays instead. */
  @state() private fallback = false;
  @state() private error: string | null = null;

  readonly #audio = createRef<HTMLAudioElement>();
  readonly #wave = createRef<HTMLDivElement>();
  #surfer: WaveSurfer | null = null;
  #regions: RegionsPlugin | null = null;
  #region: Region | null = null;
  #detachStream: (() => void) | null = null;
  #loads = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The media element that plays (for tests and for blocks that need its state). */
  get media(): HTMLAudioElement | undefined {
    return this.#audio.value;
  }

  get #usesWaveform(): boolean {
    return this.waveform && !this.stream && !this.fallback;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('stream') || changed.has('waveform')) void this.#load();
    if (changed.has('loop') && this.#audio.value) this.#audio.value.loop = this.loop;
    if (changed.has('subtitles')) void this.#loadCues();
    if (changed.has('position') && this.position !== null && this.#audio.value) {
      const audio = this.#audio.value;
      if (Math.abs(audio.currentTime - this.position) > 0.25) audio.currentTime = this.position;
    }
    if ((changed.has('waveColor') || changed.has('progressColor')) && this.#surfer) {
      this.#surfer.setOptions(this.#colors());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#teardown();
    this.#audio.value?.pause();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (a re-rendered parent): load again what the teardown released.
    if (this.hasUpdated) void this.#load();
  }

  #teardown(): void {
    this.#detachStream?.();
    this.#detachStream = null;
    this.#surfer?.destroy();
    this.#surfer = null;
    this.#regions = null;
    this.#region = null;
    this.trimming = false;
  }

  async #load(): Promise<void> {
    const audio = this.#audio.value;
    if (!audio) return;
    const load = ++this.#loads;
    this.#teardown();
    this.fallback = false;
    this.error = null;
    this.current = 0;
    this.duration = 0;
    audio.loop = this.loop;
    // load() also empties currentSrc, which a new waveform would otherwise load again.
    audio.removeAttribute('src');
    audio.load();
    if (!this.src) return;
    if (this.stream) {
      const detach = await attachHls(audio, this.src, { onFatal: (message) => (this.error = message) });
      if (load !== this.#loads) return detach();
      this.#detachStream = detach;
      if (this.autoplay) this.#autoplay(audio);
      return;
    }
    if (!this.waveform) {
      audio.src = this.src;
      if (this.autoplay) this.#autoplay(audio);
      return;
    }
    let WaveSurferClass: typeof WaveSurfer;
    try {
      WaveSurferClass = (await import('wavesurfer.js')).default;
    } catch (error) {
      return this.#fallBack(load, error);
    }
    if (load !== this.#loads || !this.#wave.value) return;
    // Given the URL up front: a waveform made on a media element that played something before
    // would otherwise load that element's old source on its own.
    const surfer = WaveSurferClass.create({
      container: this.#wave.value,
      media: audio,
      url: this.src,
      height: 50,
      barWidth: 2,
      barGap: 3,
      barRadius: 10,
      cursorWidth: 2,
      cursorColor: '#ddd5e9',
      dragToSeek: true,
      normalize: true,
      minPxPerSec: 20,
      sampleRate: this.sampleRate,
      ...this.#colors(),
    });
    this.#surfer = surfer;
    surfer.on('decode', (duration) => (this.duration = duration));
    surfer.on('ready', () => {
      if (this.autoplay) this.#autoplay(audio);
    });
    surfer.on('error', (error) => this.#fallBack(load, error));
  }

  /**
   * The file could not be fetched or decoded for a waveform (no CORS, an odd codec): the
   * browser's own player may still manage.
   */
  #fallBack(load: number, error: unknown): void {
    if (load !== this.#loads || (error as Error)?.name === 'AbortError' || this.fallback) return;
    console.warn('[gradio-app] The waveform could not load; using the browser player:', error);
    this.#surfer?.destroy();
    this.#surfer = null;
    this.fallback = true;
    const audio = this.#audio.value;
    if (audio && this.src) audio.src = this.src;
  }

  #colors(): { waveColor: string; progressColor: string } {
    const accent = getComputedStyle(this).getPropertyValue('--color-accent').trim();
    return {
      waveColor: this.waveColor || '#9ca3af',
      progressColor: this.progressColor || accent || 'darkorange',
    };
  }

  /** Starts playback on load; a browser that refuses (no user gesture yet) just waits. */
  #autoplay(audio: HTMLAudioElement): void {
    const start = (): void => void audio.play().catch(() => undefined);
    if (audio.readyState >= 2) start();
    else audio.addEventListener('canplay', start, { once: true });
  }

  async #loadCues(): Promise<void> {
    const list = cueList(this.subtitles);
    if (list || !this.subtitles) {
      this.cues = list ?? [];
      return;
    }
    try {
      this.cues = await loadSubtitles(this.subtitles as string);
    } catch {
      this.cues = [];
    }
  }

  #onMediaEvent(event: Event): void {
    const audio = event.target as HTMLAudioElement;
    switch (event.type) {
      case 'play':
        this.playing = true;
        this.dispatchEvent(new PlayerEvent('player-play'));
        break;
      case 'pause':
        this.playing = false;
        this.dispatchEvent(new PlayerEvent('player-pause'));
        break;
      case 'ended':
        this.playing = false;
        this.dispatchEvent(new PlayerEvent('player-stop'));
        break;
      case 'timeupdate':
        this.current = audio.currentTime;
        break;
      case 'durationchange':
      case 'loadedmetadata':
        if (Number.isFinite(audio.duration)) this.duration = audio.duration;
        break;
      case 'error':
        // An error while a waveform load is being replaced is not the user's concern.
        if (!audio.getAttribute('src') || this.#surfer) return;
        this.error =
          'This audio could not be played: the file is missing, has expired, or is in a format the browser does not play.';
        this.dispatchEvent(new PlayerEvent('player-error', this.error));
        break;
    }
  }

  #togglePlay(): void {
    const audio = this.#audio.value;
    if (!audio) return;
    if (audio.paused) void audio.play().catch((e: Error) => (this.error = `Playback failed: ${e.message}`));
    else audio.pause();
  }

  get #skipAmount(): number {
    return (this.duration / 100) * (this.skipLength || 5) || 5;
  }

  #seek(time: number): void {
    const audio = this.#audio.value;
    if (!audio) return;
    const end = this.duration || audio.duration || 0;
    audio.currentTime = Math.max(0, Math.min(end, time));
    this.current = audio.currentTime;
  }

  #onWaveKey(event: KeyboardEvent): void {
    const step = event.shiftKey ? 10 : 1;
    const keys: Record<string, () => void> = {
      ArrowRight: () => this.#seek(this.current + step),
      ArrowLeft: () => this.#seek(this.current - step),
      Home: () => this.#seek(0),
      End: () => this.#seek(this.duration),
      ' ': () => this.#togglePlay(),
      Enter: () => this.#togglePlay(),
    };
    const action = keys[event.key];
    if (!action || this.trimming) return;
    event.preventDefault();
    action();
  }

  #setVolume(value: number): void {
    this.volume = value;
    if (this.#audio.value) this.#audio.value.volume = value;
  }

  #nextSpeed(): void {
    this.rate = SPEEDS[(SPEEDS.indexOf(this.rate) + 1) % SPEEDS.length]!;
    if (this.#audio.value) this.#audio.value.playbackRate = this.rate;
  }

  async #startTrim(): Promise<void> {
    const surfer = this.#surfer;
    if (!surfer || !this.duration) return;
    if (!this.#regions) {
      const { default: RegionsClass } = await import('wavesurfer.js/dist/plugins/regions.js');
      this.#regions = surfer.registerPlugin(RegionsClass.create());
      this.#regions.on('region-updated', (region: Region) => {
        this.trimStart = region.start;
        this.trimEnd = region.end;
      });
    }
    const regions = this.#regions;
    regions.clearRegions();
    const color =
      this.trimColor || getComputedStyle(this).getPropertyValue('--color-accent').trim() || 'darkorange';
    this.#region = regions.addRegion({
      start: this.duration / 4,
      end: this.duration / 2,
      color: `color-mix(in srgb, ${color} 30%, transparent)`,
      drag: true,
      resize: true,
    });
    this.trimStart = this.#region.start;
    this.trimEnd = this.#region.end;
    this.trimming = true;
  }

  #setTrim(which: 'start' | 'end', value: number): void {
    if (!Number.isFinite(value)) return;
    const start = which === 'start' ? Math.max(0, Math.min(value, this.trimEnd - 0.05)) : this.trimStart;
    const end =
      which === 'end' ? Math.min(this.duration, Math.max(value, this.trimStart + 0.05)) : this.trimEnd;
    this.trimStart = start;
    this.trimEnd = end;
    this.#region?.setOptions({ start, end });
  }

  #cancelTrim(): void {
    this.#regions?.clearRegions();
    this.#region = null;
    this.trimming = false;
  }

  #applyTrim(): void {
    const decoded = this.#surfer?.getDecodedData();
    const { trimStart: start, trimEnd: end } = this;
    this.#cancelTrim();
    if (!decoded || end <= start) return;
    this.dispatchEvent(new TrimEvent(encodeWav(sliceAudio(decoded, start, end)), start, end));
  }

  protected override render(): unknown {
    const waveform = this.#usesWaveform;
    const cue = this.captions ? cueAt(this.cues, this.current) : null;
    const media = (e: Event): void => this.#onMediaEvent(e);
    return html`<audio
        ${ref(this.#audio)}
        class="native-player"
        ?hidden=${waveform}
        ?controls=${!waveform}
        preload="metadata"
        aria-label=${this.label}
        @play=${media}
        @pause=${media}
        @ended=${media}
        @timeupdate=${media}
        @durationchange=${media}
        @loadedmetadata=${media}
        @error=${media}
      ></audio>
      <div class="waveform-wrap" ?hidden=${!waveform}>
        <div
          class="waveform"
          ${ref(this.#wave)}
          role="slider"
          tabindex="0"
          aria-label=${`Seek ${this.label}`}
          aria-valuemin="0"
          aria-valuemax=${Math.round(this.duration)}
          aria-valuenow=${Math.round(this.current)}
          aria-valuetext=${`${formatTime(this.current)} of ${formatTime(this.duration)}`}
          @keydown=${this.#onWaveKey}
        ></div>
        <div class="timestamps">
          <time class="time">${formatTime(this.current)}</time>
          <span>
            ${this.trimming ? html`<time class="trim-duration">${formatTime(this.trimEnd - this.trimStart)}</time>` : nothing}
            <time class="duration">${formatTime(this.duration)}</time>
          </span>
        </div>
      </div>
      ${cue ? html`<div class="subtitle" aria-live="polite">${cue.text}</div>` : nothing}
      ${waveform ? this.#renderControls() : this.#renderCaptionToggle()}
      ${this.error ? html`<div class="media-error" role="alert">${this.error}</div>` : nothing}`;
  }

  #renderCaptionToggle(): unknown {
    if (!this.cues.length) return nothing;
    return html`<div class="controls native">${this.#captionButton()}</div>`;
  }

  #captionButton(): unknown {
    return html`<button
      type="button"
      class="action"
      aria-label="Subtitles"
      aria-pressed=${this.captions ? 'true' : 'false'}
      @click=${() => (this.captions = !this.captions)}
    >
      ${mediaIcons.captions}
    </button>`;
  }

  #renderControls(): unknown {
    const skip = Math.round(this.#skipAmount * 10) / 10;
    const nextRate = SPEEDS[(SPEEDS.indexOf(this.rate) + 1) % SPEEDS.length];
    return html`<div class="controls">
        <div class="group left">
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
              : html`<button
                  type="button"
                  class="action speed"
                  aria-label=${`Adjust playback speed to ${nextRate}x`}
                  @click=${this.#nextSpeed}
                >
                  ${this.rate}x
                </button>`
          }
        </div>
        <div class="group center">
          <button
            type="button"
            class="action"
            aria-label=${`Skip backwards by ${skip} seconds`}
            @click=${() => this.#seek(this.current - this.#skipAmount)}
          >
            ${mediaIcons.back}
          </button>
          <button
            type="button"
            class="action play"
            aria-label=${this.playing ? 'Pause' : 'Play'}
            @click=${this.#togglePlay}
          >
            ${this.playing ? mediaIcons.pause : mediaIcons.play}
          </button>
          <button
            type="button"
            class="action"
            aria-label=${`Skip forward by ${skip} seconds`}
            @click=${() => this.#seek(this.current + this.#skipAmount)}
          >
            ${mediaIcons.forward}
          </button>
        </div>
        <div class="group right">
          ${this.cues.length ? this.#captionButton() : nothing}
          ${this.editable ? this.#renderEditing() : nothing}
        </div>
      </div>
      ${this.trimming ? this.#renderTrimFields() : nothing}`;
  }

  #renderEditing(): unknown {
    if (this.trimming) {
      return html`<button type="button" class="text-button" @click=${this.#applyTrim}>Trim</button>
        <button type="button" class="text-button" @click=${this.#cancelTrim}>Cancel</button>`;
    }
    return html`${
        this.canUndo
          ? html`<button
              type="button"
              class="action"
              aria-label="Reset audio"
              @click=${() => this.dispatchEvent(new PlayerEvent('player-undo'))}
            >
              ${mediaIcons.undo}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="action"
        aria-label="Trim audio to selection"
        ?disabled=${!this.duration}
        @click=${() => void this.#startTrim()}
      >
        ${mediaIcons.trim}
      </button>`;
  }

  /** The selection as numbers too, so it can be set from the keyboard. */
  #renderTrimFields(): unknown {
    const field = (which: 'start' | 'end', value: number) =>
      html`<label
        >${which === 'start' ? 'Trim start' : 'Trim end'}
        <input
          type="number"
          min="0"
          max=${this.duration.toFixed(2)}
          step="0.05"
          .value=${value.toFixed(2)}
          @change=${(e: Event) => this.#setTrim(which, Number((e.target as HTMLInputElement).value))}
        />
        s</label
      >`;
    return html`<div class="trim-fields">
      ${field('start', this.trimStart)} ${field('end', this.trimEnd)}
    </div>`;
  }
}

if (!customElements.get('gr-audio-player')) customElements.define('gr-audio-player', GrAudioPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'gr-audio-player': GrAudioPlayer;
  }
}
