import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderEmptyState } from '../common/empty-state.js';
import { renderCopyButton } from '../common/copy-button.js';
import { customButtons, renderCustomButtons } from '../common/custom-buttons.js';
import {
  CHUNK,
  childCount,
  initialOpen,
  isBranch,
  pathKey,
  sameJson,
  type Branch,
  type Key,
} from './internal/tree-state.js';
import { jsonStyles } from './json.styles.js';

const jsonIcon = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M8 4H7a2 2 0 0 0-2 2v4l-2 2 2 2v4a2 2 0 0 0 2 2h1"/><path d="M16 4h1a2 2 0 0 1 2 2v4l2 2-2 2v4a2 2 0 0 1-2 2h-1"/></svg>`;

/** What a closed branch says about itself (Gradio's preview). */
const preview = (branch: Branch): string =>
  Array.isArray(branch) ? `Array(${branch.length})` : `Object(${Object.keys(branch).length})`;

const scalarText = (value: unknown): string =>
  typeof value === 'string' || isBranch(value) ? JSON.stringify(value) : String(value);

const isEmptyValue = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === '""' ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * @summary A Gradio `JSON` block: any JSON value as a collapsible tree (a WAI-ARIA tree: arrow
 * keys move, open and close), with line numbers and a copy button. Closed branches are not drawn,
 * large branches are drawn a hundred children at a time, and only the top levels of a huge value
 * start open.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('json')
export class GrJson extends GradioElement {
  static override css = jsonStyles;

  /** Any JSON value. */
  @property({ attribute: false }) value: unknown = null;
  /** Open every level at first (else the first three). */
  @property({ type: Boolean }) open = false;
  /** Show array indices as keys. */
  @property({ type: Boolean, attribute: 'show-indices' }) showIndices = false;
  /** Height, max and min height (px number or CSS length); the tree scrolls inside. */
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) maxHeight: number | string | null = null;
  @property({ attribute: false }) minHeight: number | string | null = null;
  /** 6.x built-in buttons (`["copy"]`); null shows the copy button, as Gradio does. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 4.x/5.x spelling of the copy button, where a server sends it. */
  @property({ attribute: false }) showCopyButton: boolean | null = null;

  /** Open branches by path; reset to the defaults when a different value arrives. */
  #opened = new Set<string>();
  /** How many children each large branch draws, by path. */
  #shown = new Map<string, number>();
  /** The value the tree state belongs to. */
  #shownValue: unknown = undefined;
  /** The tree item that takes Tab focus (roving tabindex), by path. */
  #active = '[]';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The app may hand back an equal copy of the value (each update of the block): the tree stays
    // as the user left it unless the value really changed.
    if ((changed.has('value') && !sameJson(this.value, this.#shownValue)) || changed.has('open')) {
      this.#opened = initialOpen(this.value, this.open);
      this.#shown = new Map();
      this.#active = '[]';
    }
    this.#shownValue = this.value;
  }

  get #copyShown(): boolean {
    if (this.buttons) return this.buttons.includes('copy');
    return this.showCopyButton ?? true;
  }

  #toggle(path: string): void {
    if (this.#opened.has(path)) this.#opened.delete(path);
    else this.#opened.add(path);
    this.#active = path;
    this.requestUpdate();
  }

  /** Draws the next hundred children of a branch; from the keyboard, focus goes to the first. */
  #showMore(parentPath: string, focus: boolean): void {
    const branch = this.#branchAt(parentPath);
    if (!branch) return;
    const before = this.#shown.get(parentPath) ?? CHUNK;
    this.#shown.set(parentPath, before + CHUNK);
    this.requestUpdate();
    if (!focus) return;
    const key = Array.isArray(branch) ? before : Object.keys(branch)[before]!;
    void this.#focusPath(pathKey([...(JSON.parse(parentPath) as Key[]), key]));
  }

  #items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[role="treeitem"]')];
  }

  /** Moves the one Tab stop of the tree (roving tabindex) without redrawing it. */
  #setActive(path: string): void {
    this.#active = path;
    for (const item of this.querySelectorAll<HTMLElement>('[role="treeitem"][tabindex="0"]'))
      item.tabIndex = -1;
    const item = this.#items().find((i) => i.dataset.path === path);
    if (item) item.tabIndex = 0;
  }

  async #focusPath(path: string): Promise<void> {
    await this.updateComplete;
    this.#setActive(path);
    this.#items()
      .find((item) => item.dataset.path === path)
      ?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The Tab stop was inside a branch that closed: the tree must stay reachable.
    const items = this.#items();
    if (items.length && !items.some((i) => i.tabIndex === 0)) {
      const item = items.find((i) => i.dataset.path === this.#active) ?? items[0]!;
      this.#setActive(item.dataset.path!);
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const items = this.#items();
    const index = items.indexOf(item);
    const path = item.dataset.path!;
    const branch = item.dataset.more === undefined ? this.#branchAt(path) : null;
    const expanded = item.getAttribute('aria-expanded');
    let target: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = items[index + 1];
        break;
      case 'ArrowUp':
        target = items[index - 1];
        break;
      case 'Home':
        target = items[0];
        break;
      case 'End':
        target = items.at(-1);
        break;
      case 'ArrowRight':
        if (expanded === 'false' && branch) this.#toggle(path);
        else if (expanded === 'true') target = items[index + 1];
        break;
      case 'ArrowLeft':
        if (expanded === 'true' && branch) this.#toggle(path);
        else target = item.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? undefined;
        break;
      case 'Enter':
      case ' ':
        if (item.dataset.more !== undefined) this.#showMore(item.dataset.more, true);
        else if (branch) this.#toggle(path);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target?.dataset.path) void this.#focusPath(target.dataset.path);
  }

  #branchAt(path: string): Branch | null {
    let node: unknown = this.value;
    for (const key of JSON.parse(path) as Key[]) {
      if (!isBranch(node)) return null;
      node = (node as Record<string, unknown>)[key as string];
    }
    return isBranch(node) ? node : null;
  }

  #renderNode(
    value: unknown,
    key: Key | null,
    path: readonly Key[],
    level: number,
    position: { setSize: number; posInSet: number; last: boolean },
  ): TemplateResult {
    const id = pathKey(path);
    // An empty object or array has nothing to open: it is drawn as a value, `[]` or `{}`.
    const branch = isBranch(value) && childCount(value) > 0 ? value : null;
    const open = branch !== null && this.#opened.has(id);
    const isArray = Array.isArray(value);
    const [openBracket, closeBracket] = isArray ? ['[', ']'] : ['{', '}'];
    const keyLabel = key === null ? '' : typeof key === 'number' ? `${key}: ` : `${JSON.stringify(key)}: `;
    const comma = position.last ? nothing : html`<span class="punctuation">,</span>`;
    const name = `${keyLabel}${branch ? preview(branch) : scalarText(value)}`;
    const keyPart =
      key === null
        ? nothing
        : html`<span class=${typeof key === 'number' ? 'key index' : 'key'}
              >${typeof key === 'number' ? key : JSON.stringify(key)}</span
            ><span class="punctuation colon">:</span>`;
    let body: unknown;
    if (!branch) {
      const type =
        value === null
          ? 'null'
          : Array.isArray(value)
            ? 'bracket square'
            : isBranch(value)
              ? 'bracket'
              : typeof value;
      body = html`<span class="value ${type}">${scalarText(value)}</span>${comma}`;
    } else if (!open) {
      body = html`<span class="bracket ${isArray ? 'square' : ''}">${openBracket}</span
        ><span class="preview" @click=${() => this.#toggle(id)}>${preview(branch)}</span
        ><span class="bracket ${isArray ? 'square' : ''}">${closeBracket}</span>${comma}`;
    } else {
      body = html`<span class="bracket ${isArray ? 'square' : ''}">${openBracket}</span>`;
    }
    return html`<li
      role="treeitem"
      class="node"
      data-path=${id}
      aria-level=${level}
      aria-setsize=${position.setSize}
      aria-posinset=${position.posInSet}
      aria-expanded=${branch ? String(open) : nothing}
      aria-label=${name}
      tabindex=${id === this.#active ? 0 : -1}
      @focus=${(e: FocusEvent) => e.target === e.currentTarget && this.#setActive(id)}
    >
      <div class="line">
        ${
          branch
            ? html`<span class="toggle" aria-hidden="true" @click=${() => this.#toggle(id)}
                >${open ? '▼' : '▶'}</span
              >`
            : nothing
        }${keyPart}${body}
      </div>
      ${open ? this.#renderChildren(branch, path, level, closeBracket, isArray, comma) : nothing}
    </li>`;
  }

  #renderChildren(
    branch: Branch,
    path: readonly Key[],
    level: number,
    closeBracket: string,
    isArray: boolean,
    comma: unknown,
  ): TemplateResult {
    const id = pathKey(path);
    const total = childCount(branch);
    const shown = Math.min(total, this.#shown.get(id) ?? CHUNK);
    const entries: [Key, unknown][] = Array.isArray(branch)
      ? branch.slice(0, shown).map((v, i) => [i, v])
      : Object.entries(branch).slice(0, shown);
    const items = entries.map(([key, child], i) =>
      // Array items show their index only with show_indices.
      this.#renderNode(
        child,
        Array.isArray(branch) && !this.showIndices ? null : key,
        [...path, key],
        level + 1,
        {
          setSize: total,
          posInSet: i + 1,
          last: i === total - 1,
        },
      ),
    );
    const rest = total - shown;
    return html`<ul role="group">
        ${items}
        ${
          rest > 0
            ? html`<li
                role="treeitem"
                class="node more"
                data-path=${`${id}+more`}
                data-more=${id}
                aria-level=${level + 1}
                tabindex=${`${id}+more` === this.#active ? 0 : -1}
                @focus=${(e: FocusEvent) => e.target === e.currentTarget && this.#setActive(`${id}+more`)}
              >
                <div class="line">
                  <button
                    type="button"
                    tabindex="-1"
                    class="show-more"
                    @click=${() => this.#showMore(id, false)}
                  >
                    Show ${Math.min(CHUNK, rest)} more (${rest} hidden)
                  </button>
                </div>
              </li>`
            : nothing
        }
      </ul>
      <div class="line closing" aria-hidden="true">
        <span class="bracket ${isArray ? 'square' : ''}">${closeBracket}</span>${comma}
      </div>`;
  }

  protected override renderContent(): unknown {
    const empty = isEmptyValue(this.value);
    const titleId = `gr-${this.blockId}-label`;
    const style = styleMap({
      height: cssLength(this.height),
      'max-height': cssLength(this.maxHeight),
      'min-height': cssLength(this.minHeight),
    });
    return html`<div class="block ${this.container ? '' : 'no-container'}" style=${style}>
      ${renderBlockLabel({ label: this.label ?? 'JSON', show: this.showLabel && Boolean(this.label), icon: jsonIcon, float: false, id: titleId, container: this.container })}
      ${
        empty
          ? renderEmptyState(jsonIcon)
          : html`${
                this.#copyShown || customButtons(this.buttons).length
                  ? html`<div class="icon-buttons">
                      ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
                      ${
                        this.#copyShown
                          ? renderCopyButton(() => JSON.stringify(this.value, null, 2), {
                              label: 'Copy JSON',
                            })
                          : nothing
                      }
                    </div>`
                  : nothing
              }
              <div class="json-holder">
                <ul role="tree" class="json-tree" aria-labelledby=${titleId} @keydown=${this.#onKeyDown}>
                  ${this.#renderNode(this.value, null, [], 1, { setSize: 1, posInSet: 1, last: true })}
                </ul>
              </div>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-json': GrJson;
  }
}
