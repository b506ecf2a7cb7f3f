import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { cssLength } from '../../src/base/css-length.js';

/** The internal notice a tab sends its tabs when what the tab bar shows of it changes. */
export const TAB_UPDATE_EVENT = 'tabitem-update';

/**
 * One panel of a tab set, the base of `gr-tabitem` and `gr-walkthroughstep`. Its tab set draws
 * the tab button from its label, `visible`, `interactive` and id, and shows the panel while it is
 * the selected one.
 * @event gr-select - The user selected this panel; SelectData `{index, value: label, selected: true}`.
 */
export class TabPanel extends GradioElement {
  /** Gradio's `id` of the tab (what `Tabs(selected=...)` names); the block id when unset. */
  @property({ attribute: false }) tabId: string | number | null = null;
  /** `left` or `right`: the side of the tab bar its button sits on. */
  @property() alignment: string | null = 'left';
  /** Content height (px number or CSS length); the content scrolls beyond it. */
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) maxHeight: number | string | null = null;
  /** Whether a `select` listener is bound (from the config's `_selectable`). */
  @property({ type: Boolean }) selectable = false;
  /** Whether this is the selected tab; set by its tabs. */
  @property({ type: Boolean, reflect: true }) active = false;
  /** visible=False from the renderer; reactive here so the tab bar hears of it. */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  override interactive = true;

  /** The id its tabs selects it by: Gradio falls back to the block id. */
  get tabKey(): string | number {
    return this.tabId ?? this.blockId;
  }

  /** The id of this tab's button in the tab bar (Gradio: `<elem_id>-button`). */
  get buttonId(): string {
    return this.id ? `${this.id}-button` : `gr-${this.blockId}-tab`;
  }

  get panelId(): string {
    return `gr-${this.blockId}-panel`;
  }

  /** Reports the user's selection of this tab; called by its tabs. */
  reportSelected(index: number): void {
    this.emit('select', { index, value: this.label, selected: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      changed.has('label') ||
      changed.has('hidden') ||
      changed.has('interactive') ||
      changed.has('tabId') ||
      changed.has('alignment') ||
      changed.has('blockId')
    ) {
      // Not a trigger (no gr- prefix): it stays between a tab and its tabs.
      this.dispatchEvent(new Event(TAB_UPDATE_EVENT, { bubbles: true }));
    }
  }

  protected override renderContent(): unknown {
    const style = { height: cssLength(this.height), 'max-height': cssLength(this.maxHeight) };
    const scrollable = this.height !== null || this.maxHeight !== null;
    return html`<div
      class="tabitem ${scrollable ? 'scrollable' : ''}"
      role="tabpanel"
      id=${this.panelId}
      aria-labelledby=${this.buttonId}
      style=${styleMap(style)}
    >
      <div class="column">${this.renderChildren()}</div>
    </div>`;
  }
}
