import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { timerStyles } from './timer.styles.js';

/**
 * @summary A Gradio `Timer`: no UI; fires `tick` every `value` seconds while active.
 * @event gr-tick - The interval elapsed.
 */
@block('timer')
export class GrTimer extends GradioElement {
  static override css = timerStyles;

  /** Seconds between ticks. */
  @property({ type: Number }) value = 1;
  /** Whether it ticks. */
  @property({ type: Boolean }) active = true;

  #interval: ReturnType<typeof setInterval> | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value') || changed.has('active')) this.#restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#restart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  #restart(): void {
    this.#stop();
    if (!this.active || !(this.value > 0) || !this.isConnected) return;
    this.#interval = setInterval(() => this.emit('tick'), this.value * 1000);
  }

  #stop(): void {
    if (this.#interval !== null) clearInterval(this.#interval);
    this.#interval = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-timer': GrTimer;
  }
}
