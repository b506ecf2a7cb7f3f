import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { readLabelValue, type Confidence } from './internal/label-value.js';
import { labelStyles } from './label.styles.js';

const labelIcon = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" aria-hidden="true" focusable="false"><path d="M4 20h16"/><path d="M7 16V9"/><path d="M12 16V5"/><path d="M17 16v-4"/></svg>`;

const percent = (confidence: number): number => Math.round(confidence * 100);

/**
 * @summary A Gradio `Label`: the top class as a heading, and the top classes' confidences as
 * bars. Reads `{label, confidences}`, a plain string or number, or a `{class: confidence}` map.
 * @event gr-select - The user picked a class's bar (`{index, value: class}`), when selectable.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('label')
export class GrLabel extends GradioElement {
  static override css = labelStyles;

  /** `{label, confidences: [{label, confidence}]}`, or `{}` / null when empty. */
  @property({ attribute: false }) value: unknown = null;
  /** How many classes to show (applied by the server; here only to a raw mapping). */
  @property({ type: Number, attribute: 'num-top-classes' }) numTopClasses: number | null = null;
  /** Background of the heading (any CSS colour). */
  @property() color: string | null = null;
  /** Whether the top class is shown as a heading above the bars. */
  @property({ type: Boolean, attribute: 'show-heading' }) showHeading = true;
  /** Whether the app listens to `select`: the bars become buttons. */
  @property({ type: Boolean }) selectable = false;

  #select(index: number, item: Confidence): void {
    this.emit('select', { index, value: item.label });
  }

  #renderBar(item: Confidence, index: number): unknown {
    const pct = percent(item.confidence);
    const row = html`<span class="bar-track" aria-hidden="true"
        ><span class="bar" style="width:${Math.max(0, Math.min(100, item.confidence * 100))}%"></span></span
      ><span class="row"
        ><span class="text">${item.label}</span><span class="line" aria-hidden="true"></span
        ><span class="confidence">${pct}%</span></span
      >`;
    return html`<li class="confidence-set">
      ${
        this.selectable
          ? html`<button
              type="button"
              class="confidence-button"
              aria-label="${item.label} ${pct}%"
              @click=${() => this.#select(index, item)}
            >
              ${row}
            </button>`
          : html`<div
              class="confidence-button"
              role="meter"
              aria-label=${item.label}
              aria-valuenow=${pct}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuetext="${pct}%"
            >
              ${row}
            </div>`
      }
    </li>`;
  }

  protected override renderContent(): unknown {
    const value = readLabelValue(this.value, this.numTopClasses);
    const titleId = `gr-${this.blockId}-label`;
    const confidences = value?.confidences ?? null;
    const heading = value !== null && (this.showHeading || !confidences);
    return html`<div
      class="block ${this.container ? '' : 'no-container'}"
      role="group"
      aria-labelledby=${titleId}
    >
      ${renderBlockLabel({
        label: this.label ?? 'Label',
        show: this.showLabel,
        icon: labelIcon,
        float: this.showHeading,
        container: this.container,
        id: titleId,
      })}
      ${
        value === null
          ? renderEmptyState(labelIcon)
          : html`<div class="container">
              ${
                heading
                  ? html`<h2
                      class="output-class ${confidences ? '' : 'no-confidence'}"
                      style=${this.color ? `background-color:${this.color}` : nothing}
                    >
                      ${value.label}
                    </h2>`
                  : nothing
              }
              ${
                confidences?.length
                  ? html`<ul class="confidences" aria-label="Confidences">
                      ${confidences.map((item, i) => this.#renderBar(item, i))}
                    </ul>`
                  : nothing
              }
            </div>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-label': GrLabel;
  }
}
