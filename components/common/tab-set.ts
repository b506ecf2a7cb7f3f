import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { TAB_UPDATE_EVENT, type TabPanel } from './tab-panel.js';

/** Room kept for the "More tabs" button when tabs overflow. */
const MENU_BUTTON_WIDTH = 48;

/** What the tab bar needs of one rendered tab. */
export interface TabEntry {
  readonly item: TabPanel;
  /** Position among the tabs' children, hidden ones included (Gradio's SelectData index). */
  readonly index: number;
  readonly key: string | number;
  readonly label: string;
  readonly active: boolean;
  readonly disabled: boolean;
}

/**
 * A tab bar drawn from its panel children, which it shows one at a time (WAI-ARIA tabs). The
 * base of `gr-tabs` and `gr-walkthrough`, which differ in the panel tag and how the bar looks.
 * @event gr-change - The user switched tabs.
 * @event gr-select - The user selected a tab; SelectData `{index, value: label, id, selected}`.
 */
export class TabSet extends GradioElement {
  static override userProps = ['selected'];
  /** The tag of the child blocks that make the tab bar. */
  protected itemTag = 'gr-tabitem';

  /** The selected tab's id (or block id); null for the first tab. */
  @property({ attribute: false }) selected: string | number | null = null;
  /** `menu` or `wrap`: what happens to tabs wider than the bar. */
  @property({ reflect: true, attribute: 'overflow-behavior' }) overflowBehavior = 'menu';

  /** The key of the tab shown. */
  #current: string | number | null = null;
  /** `selected` changed and has not been resolved against the rendered tabs yet. */
  #selectPending = true;
  #items: TabPanel[] = [];
  #focusAfterUpdate = false;
  /** Measured tab button widths by key, and the bar's width, for the overflow menu. */
  readonly #widths = new Map<string, number>();
  #barWidth = 0;
  #menuOpen = false;
  readonly #resize = new ResizeObserver(() => {
    if (this.clientWidth !== this.#barWidth) this.requestUpdate();
  });
  readonly #onOutsideClick = (event: Event): void => {
    if (!this.#menuOpen) return;
    const path = event.composedPath();
    const parts = this.querySelectorAll(
      ':scope > .tabs > .tab-wrapper > .overflow-menu, :scope > .tabs > .overflow-dropdown',
    );
    if (![...parts].some((part) => path.includes(part))) {
      this.#menuOpen = false;
      this.requestUpdate();
    }
  };

  constructor() {
    super();
    this.addEventListener(TAB_UPDATE_EVENT, (event) => {
      const item = event.target as Element;
      if (item.localName !== this.itemTag || item.parentElement?.closest(this.localName) !== this) return;
      event.stopPropagation();
      this.requestUpdate();
    });
  }

  /**
   * The root the outside-click listener is on. Once disconnected, `getRootNode()` is this
   * element's own detached tree, not that root: the listener must come off the root it went on,
   * or the app's shadow root (which outlives a `src` change) keeps every removed tab set alive.
   */
  #clickRoot: Node | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
    this.#clickRoot = this.getRootNode();
    this.#clickRoot.addEventListener('click', this.#onOutsideClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#clickRoot?.removeEventListener('click', this.#onOutsideClick);
    this.#clickRoot = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected')) this.#selectPending = true;
  }

  #collect(): TabPanel[] {
    const panels = this.querySelector(':scope > .tabs > .tab-panels');
    if (!panels) return [];
    return [...panels.children].filter((el): el is TabPanel => el.localName === this.itemTag);
  }

  #find(items: readonly TabPanel[], key: string | number | null): TabPanel | undefined {
    if (key === null || key === undefined) return undefined;
    const byId = items.find((item) => item.tabKey === key);
    if (byId) return byId;
    // Older apps name tabs by position.
    return typeof key === 'number' && Number.isInteger(key) ? items[key] : undefined;
  }

  /** Whether the user may select this tab. */
  protected canSelect(item: TabPanel, _index: number, _currentIndex: number): boolean {
    return item.interactive && !item.hidden;
  }

  /** Resolves which tab shows: `selected` if it names a visible tab, else the one shown, else the first. */
  #resolve(items: readonly TabPanel[]): void {
    if (this.#selectPending && items.length) {
      this.#selectPending = false;
      const wanted = this.#find(items, this.selected);
      if (wanted && !wanted.hidden) this.#current = wanted.tabKey;
    }
    const current = items.find((item) => item.tabKey === this.#current);
    if (!current || current.hidden) {
      const first =
        items.find((item) => !item.hidden && item.interactive) ?? items.find((item) => !item.hidden);
      this.#current = first?.tabKey ?? null;
    }
  }

  protected entries(): TabEntry[] {
    const currentIndex = this.#items.findIndex((item) => item.tabKey === this.#current);
    return this.#items.map((item, index) => ({
      item,
      index,
      key: item.tabKey,
      label: item.label ?? `Tab ${index + 1}`,
      active: item.tabKey === this.#current,
      disabled: !this.canSelect(item, index, currentIndex),
    }));
  }

  /** Selects a tab as the user asked: switches, then reports change and select. */
  protected selectEntry(entry: TabEntry, focus = false): void {
    if (entry.disabled) return;
    this.#focusAfterUpdate = focus;
    if (entry.active) {
      if (focus) this.requestUpdate();
      return;
    }
    this.#current = entry.key;
    this.selected = entry.key;
    this.emit('change');
    this.emit('select', { index: entry.index, value: entry.label, id: entry.key, selected: true });
    entry.item.reportSelected(entry.index);
  }

  /** Arrow keys, Home and End move between tabs and select them (WAI-ARIA tabs, automatic activation). */
  protected onBarKeydown(event: KeyboardEvent): void {
    const shown = this.entries().filter((entry) => !entry.item.hidden && !entry.disabled);
    if (!shown.length) return;
    const from = shown.findIndex((entry) => entry.item.buttonId === (event.target as Element).id);
    let to: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        to = (from + 1) % shown.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        to = (from - 1 + shown.length) % shown.length;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = shown.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.selectEntry(shown[to], true);
  }

  protected renderTab(entry: TabEntry): TemplateResult {
    return html`<button
      role="tab"
      id=${entry.item.buttonId}
      class=${entry.active ? 'selected' : ''}
      aria-selected=${entry.active ? 'true' : 'false'}
      aria-controls=${entry.item.panelId}
      tabindex=${entry.active ? 0 : -1}
      ?disabled=${entry.disabled}
      data-tab-id=${String(entry.key)}
      @click=${() => this.selectEntry(entry)}
    >
      ${entry.label}
    </button>`;
  }

  /**
   * The tabs that do not fit the bar, for the "More tabs" menu (overflow_behavior="menu"). The
   * selected tab always stays in the bar; the rest keep their order until one does not fit.
   */
  #overflowing(shown: readonly TabEntry[]): Set<TabEntry> {
    const out = new Set<TabEntry>();
    if (this.overflowBehavior !== 'menu' || !this.#barWidth) return out;
    const width = (entry: TabEntry): number => this.#widths.get(String(entry.key)) ?? 0;
    if (shown.reduce((sum, entry) => sum + width(entry), 0) <= this.#barWidth) return out;
    let budget =
      this.#barWidth - MENU_BUTTON_WIDTH - shown.filter((e) => e.active).reduce((n, e) => n + width(e), 0);
    let full = false;
    for (const entry of shown) {
      if (entry.active) continue;
      if (!full && width(entry) <= budget) {
        budget -= width(entry);
      } else {
        full = true;
        out.add(entry);
      }
    }
    return out;
  }

  #renderMenu(): unknown {
    return html`<span class="overflow-menu">
      <button
        type="button"
        class="overflow-button"
        aria-label="More tabs"
        aria-haspopup="true"
        aria-expanded=${this.#menuOpen ? 'true' : 'false'}
        @click=${() => {
          this.#menuOpen = !this.#menuOpen;
          this.requestUpdate();
        }}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="2.5" cy="8" r="1.5" fill="currentColor" />
          <circle cx="8" cy="8" r="1.5" fill="currentColor" />
          <circle cx="13.5" cy="8" r="1.5" fill="currentColor" />
        </svg>
      </button>
    </span>`;
  }

  // In the flow under the bar, not floating: an embed clips what overflows its box.
  #renderDropdown(hidden: readonly TabEntry[]): unknown {
    return html`<div class="overflow-dropdown" ?hidden=${!this.#menuOpen}>
      ${hidden.map(
        (entry) =>
          html`<button
            type="button"
            ?disabled=${entry.disabled}
            @click=${() => {
              this.#menuOpen = false;
              this.selectEntry(entry);
              this.requestUpdate();
            }}
          >
            ${entry.label}
          </button>`,
      )}
    </div>`;
  }

  protected renderBar(entries: readonly TabEntry[]): unknown {
    const visible = entries.filter((entry) => !entry.item.hidden);
    const overflow = this.#overflowing(visible);
    const shown = visible.filter((entry) => !overflow.has(entry));
    const left = shown.filter((entry) => entry.item.alignment !== 'right');
    const right = shown.filter((entry) => entry.item.alignment === 'right');
    return html`<div class="tab-wrapper">
        <div class="tab-container" role="tablist" @keydown=${this.onBarKeydown}>
          ${left.map((entry) => this.renderTab(entry))}
          ${
            right.length
              ? html`<div class="right-tab-group ${left.length ? 'with-left-tabs' : ''}" role="presentation">
                  ${right.map((entry) => this.renderTab(entry))}
                </div>`
              : nothing
          }
        </div>
        ${overflow.size ? this.#renderMenu() : nothing}
      </div>
      ${overflow.size ? this.#renderDropdown([...overflow]) : nothing}`;
  }

  protected override renderContent(): unknown {
    this.#items = this.#collect();
    this.#resolve(this.#items);
    const entries = this.entries();
    return html`<div class="tabs">
      ${entries.length ? this.renderBar(entries) : nothing}
      <div class="tab-panels">${this.renderChildren()}</div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const items = this.#collect();
    if (items.length !== this.#items.length || items.some((item, i) => item !== this.#items[i])) {
      // Tabs that arrived with this render: draw the bar for them.
      this.requestUpdate();
      return;
    }
    for (const item of items) item.active = item.tabKey === this.#current;
    if (this.#measure()) this.requestUpdate();
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      const current = items.find((item) => item.tabKey === this.#current);
      if (current) this.querySelector<HTMLElement>(`[id="${CSS.escape(current.buttonId)}"]`)?.focus();
    }
  }

  /** Records the bar's and the drawn tabs' widths; returns whether the overflow may differ. */
  #measure(): boolean {
    if (this.overflowBehavior !== 'menu') return false;
    let changed = false;
    const bar = this.querySelector<HTMLElement>(':scope > .tabs > .tab-wrapper');
    if (bar && bar.clientWidth !== this.#barWidth) {
      this.#barWidth = bar.clientWidth;
      changed = true;
    }
    for (const button of this.querySelectorAll<HTMLElement>(':scope > .tabs > .tab-wrapper [role="tab"]')) {
      const key = button.dataset.tabId ?? '';
      const width = Math.ceil(button.getBoundingClientRect().width);
      if (this.#widths.get(key) !== width) {
        this.#widths.set(key, width);
        changed = true;
      }
    }
    return changed;
  }
}
