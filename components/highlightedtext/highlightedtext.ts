import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { icons } from '../common/icons.js';
import {
  isScores,
  isTransparent,
  mergeEqual,
  readTokens,
  resolveColors,
  scoreColor,
  toScore,
  type ColorPair,
  type Token,
} from './internal/tokens.js';
import { highlightedtextStyles } from './highlightedtext.styles.js';

const highlightIcon = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M4 7V5h16v2"/><path d="M12 5v14"/><path d="M9 19h6"/></svg>`;

/**
 * @summary A Gradio `HighlightedText`: text whose spans carry a category (coloured, with an
 * inline chip or a legend) or a confidence (a purple-to-red scale). Interactive, the user tags a
 * span by selecting its text, renames a tag in place, or removes it.
 * @event gr-select - The user picked a span (`{index, value: [token, class]}`).
 * @event gr-input - The user tagged, renamed or untagged a span.
 * @event gr-change - Same, as Gradio reports it.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('highlightedtext')
export class GrHighlightedtext extends GradioElement {
  static override css = highlightedtextStyles;

  /** `[{token, class_or_confidence}]`; null when empty. */
  @property({ attribute: false }) value: unknown = null;
  /** Category -> colour (a palette name such as `red`, or any CSS colour). */
  @property({ attribute: false }) colorMap: Record<string, string> | null = null;
  /** Categories in a legend above the text instead of chips beside each span. */
  @property({ type: Boolean, attribute: 'show-legend' }) showLegend = false;
  /** Category chips beside the spans (when there is no legend). */
  @property({ type: Boolean, attribute: 'show-inline-category' }) showInlineCategory = true;
  /** Join neighbouring spans of the same category. */
  @property({ type: Boolean, attribute: 'combine-adjacent' }) combineAdjacent = false;
  /** Show spans made only of white space. */
  @property({ type: Boolean, attribute: 'show-whitespaces' }) showWhitespaces = true;
  /** Right-to-left text. */
  @property({ type: Boolean }) rtl = false;
  /** Whether the app listens to `select`: the spans become buttons. */
  @property({ type: Boolean }) selectable = false;

  /** The category under the pointer or focus in the legend: the others fade. */
  #activeLegend: string | null = null;
  /** The span whose tag is being edited, or -1. */
  #editing = -1;
  /** The last value the user made, as JSON. */
  #userValue = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value from the app ends any edit; the one the user just made (which the app may hand
    // back as an equal copy) keeps its editor open.
    if (
      (changed.has('value') && JSON.stringify(this.value) !== this.#userValue) ||
      changed.has('interactive')
    )
      this.#editing = -1;
  }

  get #tokens(): Token[] | null {
    const tokens = readTokens(this.value);
    return tokens && this.combineAdjacent ? mergeEqual(tokens) : tokens;
  }

  #commit(tokens: Token[]): void {
    this.value = tokens;
    this.#userValue = JSON.stringify(tokens);
    this.emit('input');
    this.emit('change');
  }

  #select(index: number, token: Token): void {
    this.emit('select', { index, value: [token.token, token.class_or_confidence] });
  }

  async #edit(index: number): Promise<void> {
    this.#editing = index;
    this.requestUpdate();
    await this.updateComplete;
    const input = this.querySelector<HTMLInputElement>('.label-input');
    input?.focus();
    input?.select();
  }

  #onTokenActivate(index: number, token: Token, scores: boolean): void {
    if (this.interactive) {
      if (!scores) this.#select(index, token);
      if (token.class_or_confidence !== null) void this.#edit(index);
    } else {
      this.#select(index, token);
    }
  }

  #finishEdit(input: HTMLInputElement, index: number, scores: boolean, keep: boolean): void {
    if (this.#editing !== index) return;
    this.#editing = -1;
    const tokens = this.#tokens ?? [];
    const current = tokens[index];
    const text = input.value.trim();
    const next = text === '' ? null : scores ? Number(text) : text;
    if (!keep || !current || (scores && Number.isNaN(next)) || next === current.class_or_confidence) {
      this.requestUpdate();
      return;
    }
    tokens[index] = { token: current.token, class_or_confidence: next };
    this.#commit(tokens);
  }

  #remove(index: number): void {
    const tokens = this.#tokens ?? [];
    const current = tokens[index];
    if (!current) return;
    tokens[index] = { token: current.token, class_or_confidence: null };
    this.#commit(mergeEqual(tokens));
  }

  /** A selection may end outside the text: its end is heard wherever the button comes up. */
  #watchSelection(scores: boolean): void {
    if (!this.interactive) return;
    window.addEventListener('mouseup', () => this.#onMouseUp(scores), { once: true });
  }

  /** After a mouse selection inside one span: that part becomes a new tagged span. */
  #onMouseUp(scores: boolean): void {
    if (!this.interactive) return;
    const root = this.getRootNode();
    const selection = document.getSelection();
    if (!selection?.rangeCount) return;
    // Inside a shadow root the document's selection is retargeted to the host (and may look
    // collapsed); composed ranges see the nodes themselves.
    const [range] =
      'getComposedRanges' in selection && root instanceof ShadowRoot
        ? selection.getComposedRanges({ shadowRoots: [root] })
        : [selection.getRangeAt(0)];
    if (!range || range.collapsed) return;
    const startSpan = range.startContainer.parentElement?.closest<HTMLElement>('.text[data-index]');
    const endSpan = range.endContainer.parentElement?.closest<HTMLElement>('.text[data-index]');
    if (!startSpan || startSpan !== endSpan || !this.contains(startSpan)) return;
    const index = Number(startSpan.dataset.index);
    const tokens = this.#tokens ?? [];
    const current = tokens[index];
    if (!current) return;
    const [start, end] = [range.startOffset, range.endOffset].sort((a, b) => a - b) as [number, number];
    const picked = current.token.slice(start, end);
    if (!picked || (!this.showWhitespaces && !picked.trim())) return;
    const parts: Token[] = [
      { token: current.token.slice(0, start), class_or_confidence: current.class_or_confidence },
      { token: picked, class_or_confidence: scores ? 1 : 'label' },
      { token: current.token.slice(end), class_or_confidence: current.class_or_confidence },
    ];
    const inserted = parts[0]!.token ? index + 1 : index;
    tokens.splice(index, 1, ...parts.filter((p) => p.token !== ''));
    selection.removeAllRanges();
    this.#commit(tokens);
    void this.#edit(inserted);
  }

  #renderEditor(
    index: number,
    token: Token,
    scores: boolean,
    colors: Map<string, ColorPair>,
  ): TemplateResult {
    const category = token.class_or_confidence;
    const background = scores ? scoreColor(toScore(category)) : (colors.get(String(category))?.primary ?? '');
    const text = category === null ? '' : String(category);
    return html`<input
      class="label-input"
      type=${scores ? 'number' : 'text'}
      step=${scores ? '0.1' : nothing}
      placeholder=${scores ? nothing : 'label'}
      aria-label=${`${scores ? 'Score' : 'Label'} for “${token.token}”`}
      .value=${text}
      style=${styleMap({ backgroundColor: background, width: scores ? '7ch' : `${(text.length || 4) + 4}ch` })}
      @input=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        if (!scores) input.style.width = `${(input.value.length || 4) + 4}ch`;
      }}
      @click=${(e: Event) => e.stopPropagation()}
      @mousedown=${(e: Event) => e.stopPropagation()}
      @keydown=${(e: KeyboardEvent) => {
        e.stopPropagation();
        if (e.key === 'Enter') this.#finishEdit(e.target as HTMLInputElement, index, scores, true);
        if (e.key === 'Escape') this.#finishEdit(e.target as HTMLInputElement, index, scores, false);
      }}
      @blur=${(e: FocusEvent) => {
        // The window losing focus (another tab, a dialog) is not the user leaving the field.
        if (document.hasFocus() || e.relatedTarget)
          this.#finishEdit(e.target as HTMLInputElement, index, scores, true);
      }}
    />`;
  }

  #renderToken(index: number, token: Token, scores: boolean, colors: Map<string, ColorPair>): unknown {
    const text = token.token;
    if (text === '' || (!this.showWhitespaces && !text.trim())) return nothing;
    const category = token.class_or_confidence;
    const labelled = category !== null;
    const dimmed = labelled && !scores && this.#activeLegend !== null && this.#activeLegend !== category;
    const pair = labelled && !scores ? colors.get(String(category)) : undefined;
    const background = scores ? scoreColor(toScore(category)) : dimmed ? '' : (pair?.secondary ?? '');
    const transparent = labelled && !scores && isTransparent(background || 'transparent');
    // Categories: only tagged spans can be picked; scores: every span.
    const pickable = (scores || labelled) && (this.selectable || this.interactive);
    const editing = this.interactive && this.#editing === index && labelled;
    const chip =
      !scores && !this.showLegend && this.showInlineCategory && labelled && !editing
        ? html`<span
            class="category"
            style=${styleMap({ backgroundColor: dimmed ? '' : (pair?.primary ?? '') })}
            ><span class="gr-visually-hidden"> (</span>${category}<span class="gr-visually-hidden"
              >)</span
            ></span
          >`
        : nothing;
    const name = labelled ? `${text.trim()} (${category})` : text.trim();
    return html`<span class="token-container"
      ><span
        class="token ${labelled ? 'highlighted' : ''} ${scores ? 'score-token' : ''} ${transparent ? 'transparent' : ''} ${
          dimmed ? 'dimmed' : ''
        }"
        style=${styleMap({ backgroundColor: background, color: !scores && labelled && !transparent && !dimmed ? 'black' : '' })}
        role=${pickable ? 'button' : nothing}
        tabindex=${pickable ? 0 : nothing}
        aria-label=${pickable ? name : nothing}
        @click=${pickable ? () => this.#onTokenActivate(index, token, scores) : nothing}
        @keydown=${
          pickable
            ? (e: KeyboardEvent) => {
                if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
                e.preventDefault();
                this.#onTokenActivate(index, token, scores);
              }
            : nothing
        }
        ><span class="text ${labelled ? '' : 'unlabeled'}" data-index=${index}>${text}</span>${chip}${
          editing ? this.#renderEditor(index, token, scores, colors) : nothing
        }</span
      >${
        this.interactive && labelled
          ? html`<button
              type="button"
              class="remove-btn"
              aria-label=${`Remove label from “${text.trim()}”`}
              @click=${() => this.#remove(index)}
            >
              ${icons.close}
            </button>`
          : nothing
      }</span
    >`;
  }

  #renderLegend(scores: boolean, colors: Map<string, ColorPair>): unknown {
    if (!this.showLegend) return nothing;
    if (scores)
      return html`<div class="score-legend" aria-hidden="true">
        <span>-1</span><span>0</span><span>+1</span>
      </div>`;
    const hover = (category: string | null) => () => {
      this.#activeLegend = category;
      this.requestUpdate();
    };
    return html`<div class="legend" role="list" aria-label="Categories">
      ${[...colors].map(
        ([category, pair]) =>
          html`<span
            role="listitem"
            class="legend-item"
            tabindex="0"
            style=${styleMap({ backgroundColor: pair.secondary })}
            @mouseenter=${hover(category)}
            @mouseleave=${hover(null)}
            @focus=${hover(category)}
            @blur=${hover(null)}
            >${category}</span
          >`,
      )}
    </div>`;
  }

  protected override renderContent(): unknown {
    const tokens = this.#tokens;
    const scores = tokens ? isScores(tokens) : false;
    const colors = tokens && !scores ? resolveColors(tokens, this.colorMap) : new Map<string, ColorPair>();
    const titleId = `gr-${this.blockId}-label`;
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${this.interactive ? 'dashed' : ''}"
      dir=${this.rtl ? 'rtl' : 'ltr'}
      role="group"
      aria-labelledby=${titleId}
    >
      ${renderBlockLabel({
        label: this.label ?? 'Highlighted text',
        show: this.showLabel && Boolean(this.label),
        icon: highlightIcon,
        float: false,
        id: titleId,
        rtl: this.rtl,
        container: this.container,
      })}
      ${
        tokens === null
          ? renderEmptyState(highlightIcon, this.interactive ? 'small' : 'large')
          : html`<div class="container">
              ${this.#renderLegend(scores, colors)}
              <div class="textfield" @mousedown=${() => this.#watchSelection(scores)}>
                ${tokens.map((token, i) => this.#renderToken(i, token, scores, colors))}
              </div>
            </div>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-highlightedtext': GrHighlightedtext;
  }
}
