import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle } from '../../src/base/block-title.js';
import { fallbackStyles } from './fallback.styles.js';

/** Block ids of their own, below the app's: the inner view is no app event's target. */
let nextId = -2000;

/**
 * @summary Gradio's `Fallback` component (`gradio.components.Fallback`, the class a `gradio cc`
 * template starts from): its value shown read-only as JSON, as Gradio's page does. The tree is
 * our JSON component's (loaded through `services.loadBlock`); until it is there, or without an
 * app, the value is printed as indented JSON.
 */
@block('fallback')
export class GrFallback extends GradioElement {
  static override css = fallbackStyles;

  /** Any JSON value. */
  @property({ attribute: false }) value: unknown = null;

  @state() private tag: string | null = null;
  #requested = false;
  #view: GradioElement | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#requested && this.services) {
      this.#requested = true;
      void this.services.loadBlock('json').then((tag) => (this.tag = tag));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const host = this.querySelector('.fallback-view');
    if (!this.tag || !host) return;
    if (!this.#view || this.#view.localName !== this.tag) {
      this.#view = document.createElement(this.tag) as GradioElement;
      this.#view.blockId = nextId--;
      host.replaceChildren(this.#view);
    }
    const view = this.#view;
    view.showLabel = false;
    view.container = false;
    view.interactive = false;
    view.services = this.services;
    (view as unknown as { value: unknown }).value = this.value;
  }

  protected override renderContent(): unknown {
    const label = this.label ?? '';
    return html`<div
      class="block ${this.container ? '' : 'no-container'}"
      role="group"
      aria-label=${label || 'Value'}
    >
      ${renderBlockTitle({ label, show: this.showLabel })}
      ${this.tag ? html`<div class="fallback-view"></div>` : html`<pre class="fallback-json">${json(this.value)}</pre>`}
    </div>`;
  }
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? 'null';
  } catch {
    return String(value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-fallback': GrFallback;
  }
}
