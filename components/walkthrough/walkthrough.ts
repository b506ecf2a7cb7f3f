import { html, type TemplateResult } from 'lit';
import { block } from '../../src/base/block.js';
import { TabSet, type TabEntry } from '../common/tab-set.js';
import type { TabPanel } from '../common/tab-panel.js';
import { walkthroughStyles } from './walkthrough.styles.js';

/**
 * @summary A Gradio `Walkthrough`: its `gr-walkthroughstep` children shown one at a time, with a
 * stepper for a tab bar. As in Gradio, the user may go back to earlier steps only; an event
 * moves forward by setting `selected`.
 * @event gr-change - The user went to another step.
 * @event gr-select - The user selected a step; SelectData `{index, value: label, id, selected}`.
 */
@block('walkthrough')
export class GrWalkthrough extends TabSet {
  static override css = walkthroughStyles;

  protected override itemTag = 'gr-walkthroughstep';

  protected override canSelect(item: TabPanel, index: number, currentIndex: number): boolean {
    return super.canSelect(item, index, currentIndex) && index <= currentIndex;
  }

  protected override renderBar(entries: readonly TabEntry[]): unknown {
    const shown = entries.filter((entry) => !entry.item.hidden);
    const current = shown.findIndex((entry) => entry.active);
    return html`<div class="stepper-wrapper">
      <div class="stepper-container" role="tablist" @keydown=${this.onBarKeydown}>
        ${shown.map((entry, i) => {
          const state = i < current ? 'completed' : i === current ? 'active' : 'pending';
          return html`<div class="step-item">${this.renderStepButton(entry, i, state)}</div>
            ${
              i < shown.length - 1
                ? html`<div
                    class="step-connector ${i < current ? 'completed' : ''}"
                    aria-hidden="true"
                  ></div>`
                : null
            }`;
        })}
      </div>
    </div>`;
  }

  protected renderStepButton(entry: TabEntry, position: number, state: string): TemplateResult {
    return html`<button
      role="tab"
      id=${entry.item.buttonId}
      class="step-button ${state}"
      aria-selected=${entry.active ? 'true' : 'false'}
      aria-controls=${entry.item.panelId}
      tabindex=${entry.active ? 0 : -1}
      ?disabled=${entry.disabled}
      data-tab-id=${String(entry.key)}
      @click=${() => this.selectEntry(entry)}
    >
      <span class="step-number" aria-hidden="true">${state === 'completed' ? '✓' : position + 1}</span>
      <span class="step-label">${entry.item.label ?? `Step ${position + 1}`}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-walkthrough': GrWalkthrough;
  }
}
