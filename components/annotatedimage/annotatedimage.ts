import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import { isFileData, type FileData } from '../../src/base/file-data.js';
import { icons } from '../common/icons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import { FullscreenController } from '../common/fullscreen.js';
import { renderMissingFile } from '../common/missing-file.js';
import { annotatedimageStyles } from './annotatedimage.styles.js';

interface Annotation {
  image: FileData;
  label: string;
}

interface AnnotatedValue {
  image: FileData;
  annotations: Annotation[];
}

function check(value: unknown): AnnotatedValue | null {
  if (value === null || value === undefined) return null;
  const v = value as AnnotatedValue;
  if (
    typeof v !== 'object' ||
    !isFileData(v.image) ||
    !Array.isArray(v.annotations) ||
    !v.annotations.every(
      (a) => a && isFileData(a.image) && (typeof a.label === 'string' || typeof a.label === 'number'),
    )
  )
    throw new Error('it is not an image with annotations');
  return v;
}

/**
 * @summary A Gradio `AnnotatedImage`: a base image with its masks and boxes (images the server
 * draws) laid over it, each in its own colour (`color_map`, else hues spread round the wheel),
 * and a legend: hovering or focusing a label shows only its mask; clicking reports `select`.
 * @event gr-select - The user picked a label in the legend: `{index, value: label}`.
 * @event gr-custom_button_click - One of the app's buttons in the toolbar: `{id}`.
 */
@block('annotatedimage')
export class GrAnnotatedimage extends GradioElement {
  static override css = annotatedimageStyles;

  /** `{image, annotations: [{image, label}]}` or null. */
  @property({ attribute: false }) value: AnnotatedValue | null = null;
  /** Show the legend of labels. */
  @property({ type: Boolean }) showLegend = true;
  /** Colours by label (`{"car": "#ff0000"}`). */
  @property({ attribute: false }) colorMap: Record<string, string> | null = null;
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) width: number | string | null = null;
  /** 6.x toolbar: `fullscreen` and gr.Button entries; null shows fullscreen. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 5.x spelling. */
  @property({ attribute: false }) showFullscreenButton: boolean | null = null;

  /** The label whose mask alone is shown (legend hover or focus). */
  @state() private active: string | null = null;
  @state() private broken = false;

  readonly #fullscreen = new FullscreenController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      this.broken = false;
      this.active = null;
    }
  }

  get #showsFullscreen(): boolean {
    if (this.buttons) return this.buttons.includes('fullscreen');
    return this.showFullscreenButton ?? true;
  }

  /** Gradio's colours: the label's own, else a hue per annotation (masks arrive red). */
  #legendColor(label: string, i: number, n: number): string {
    const own = this.colorMap?.[label];
    if (own) return `${own}88`;
    return `hsla(${Math.round((i * 360) / n)}, 100%, 50%, 0.3)`;
  }

  #maskFilter(label: string, i: number, n: number): string {
    if (this.colorMap && label in this.colorMap) return '';
    return `filter: hue-rotate(${Math.round((i * 360) / n)}deg)`;
  }

  protected override renderContent(): unknown {
    let value: AnnotatedValue | null;
    try {
      value = check(this.value);
    } catch (error) {
      return html`<div class="block">
        ${renderValueError(`This annotated image cannot show its value: ${(error as Error).message}.`)}
      </div>`;
    }
    const label = this.label || 'Annotated Image';
    const style = [
      this.height !== null ? `height:${cssLength(this.height)}` : '',
      this.width !== null ? `width:${cssLength(this.width)}` : '',
    ].join(';');
    const url = (file: FileData) => this.services?.fileUrl(file) ?? file.url ?? '';
    const n = value?.annotations.length ?? 0;
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${this.height !== null ? 'fixed-height' : ''}"
      style=${style}
    >
      ${renderBlockLabel({ label, show: this.showLabel, icon: icons.image, container: this.container })}
      ${
        value
          ? html`<div class="icon-buttons">
              ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
              ${this.#showsFullscreen ? this.#fullscreen.renderButton() : nothing}
            </div>`
          : nothing
      }
      ${
        !value
          ? renderEmptyState(icons.image, 'large')
          : this.broken
            ? renderMissingFile()
            : html`<div class="image-container ${this.active !== null ? 'highlighting' : ''}">
                  <img
                    class="base-image"
                    src=${url(value.image)}
                    alt=${value.image.alt_text ?? ''}
                    @error=${() => (this.broken = true)}
                  />
                  ${value.annotations.map(
                    (a, i) =>
                      html`<img
                        class="mask ${this.active === String(a.label) ? 'active' : ''}"
                        src=${url(a.image)}
                        alt=${`Mask of ${a.label}`}
                        style=${this.#maskFilter(String(a.label), i, n)}
                      />`,
                  )}
                </div>
                ${this.showLegend && n ? this.#renderLegend(value, n) : nothing}`
      }
    </div>`;
  }

  #renderLegend(value: AnnotatedValue, n: number): unknown {
    return html`<div class="legend" role="group" aria-label="Legend">
      ${value.annotations.map((a, i) => {
        const name = String(a.label);
        return html`<button
          type="button"
          class="legend-item"
          style=${`background-color:${this.#legendColor(name, i, n)}`}
          @mouseenter=${() => (this.active = name)}
          @mouseleave=${() => (this.active = null)}
          @focus=${() => (this.active = name)}
          @blur=${() => (this.active = null)}
          @click=${() => this.emit('select', { index: i, value: a.label })}
        >
          ${name}
        </button>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-annotatedimage': GrAnnotatedimage;
  }
}
