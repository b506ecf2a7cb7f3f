import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CSSResult } from 'lit';
import { GrTriggerEvent, type TriggerName } from './trigger-event.js';
import type { LoadingStatus } from './loading-status.js';
import { renderStatusTracker } from './status-tracker.js';
import { registerStyles } from './style-registry.js';
import { blockStyles } from './block.styles.js';
import { buttonStyles } from './button.styles.js';
import { renderValueError } from './block-title.js';
import type { AppServices } from './app-services.js';

// The chrome every block shares arrives with the base class, before any component's own sheet.
registerStyles(blockStyles);
registerStyles(buttonStyles);

/** A child block as a container receives it: opaque data it hands back to `renderChild`. */
export interface ChildBlock {
  readonly id: number;
  readonly type: string;
}

/** Renders a child block; given to containers by the renderer, so base knows nothing of it. */
export type ChildRenderer = (child: ChildBlock) => unknown;

/**
 * The base of every `gr-<type>` element: light-DOM rendering inside the app's one shadow root,
 * the props every block shares, the status tracker, and `emit()` for user actions.
 */
export class GradioElement extends LitElement {
  /** Stylesheet adopted into every app root when the module loads (see `@block`). */
  static css?: CSSResult;
  /**
   * Config props besides `value` that the user changes in place (an accordion's `open`, a tab
   * set's `selected`): kept in the store after each user action, so the next sync of the block
   * (a status, an update) does not undo them.
   */
  static userProps: readonly string[] = [];
  /**
   * The value the block holds when it is given null, for a type whose Gradio frontend does the
   * same (a Textbox cleared by a ClearButton holds "" and sends ""). Undefined keeps null.
   */
  static emptyValue?: unknown;

  /** The block's id in the app config. */
  @property({ attribute: false }) blockId = -1;
  /** The block's label. */
  @property() label: string | null = null;
  /** Whether the label is shown. */
  @property({ type: Boolean, attribute: 'show-label' }) showLabel = true;
  /** Whether the user may edit the block. */
  @property({ type: Boolean, reflect: true }) interactive = false;
  /** Whether the block draws its labelled box. */
  @property({ type: Boolean, reflect: true }) container = true;
  /** Flex grow inside a row. */
  @property({ type: Number }) scale: number | null = null;
  /** Minimum width in px inside a row. */
  @property({ type: Number, attribute: 'min-width' }) minWidth: number | null = null;
  /** Status of the dependency that outputs here, if any. */
  @property({ attribute: false }) loadingStatus: LoadingStatus | null = null;
  /** Child blocks, for containers. */
  @property({ attribute: false }) blocks: readonly ChildBlock[] = [];
  /** Renders one child block; set by the renderer. */
  @property({ attribute: false }) renderChild: ChildRenderer = () => nothing;
  /** What the block may ask of its app (file URLs, example forms, server functions); set by the renderer. */
  @property({ attribute: false }) services: AppServices | null = null;

  protected override createRenderRoot(): HTMLElement {
    // Light DOM: the app's own css= must reach inside every component, as in Gradio.
    return this;
  }

  #ticker: ReturnType<typeof setInterval> | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loadingStatus')) {
      this.#tickWhilePending();
      this.toggleAttribute('pending', this.loadingStatus?.stage === 'pending');
      this.toggleAttribute('generating', this.loadingStatus?.stage === 'generating');
      this.toggleAttribute('error', this.loadingStatus?.stage === 'error');
    }
    if (changed.has('scale') || changed.has('minWidth')) this.applyFlex();
  }

  /** The status tracker shows elapsed time: redraw it while the block waits. */
  #tickWhilePending(): void {
    const pending = this.loadingStatus?.stage === 'pending' && this.loadingStatus.mode !== 'hidden';
    if (pending && this.#ticker === null) {
      this.#ticker = setInterval(() => this.requestUpdate(), 100);
    } else if (!pending && this.#ticker !== null) {
      clearInterval(this.#ticker);
      this.#ticker = null;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#ticker !== null) clearInterval(this.#ticker);
    this.#ticker = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#tickWhilePending();
  }

  /** Flex sizing inside rows (Gradio's scale and min_width). */
  protected applyFlex(): void {
    if (this.scale !== null) this.style.flexGrow = String(this.scale);
    else this.style.removeProperty('flex-grow');
    if (this.minWidth !== null) this.style.minWidth = `min(${this.minWidth}px, 100%)`;
    else this.style.removeProperty('min-width');
  }

  /** Reports a user action to the app. Never called because a property was set. */
  protected emit(trigger: TriggerName, data: unknown = null): void {
    this.dispatchEvent(new GrTriggerEvent(trigger, data));
  }

  /** The block's content; subclasses implement this instead of `render`. */
  protected renderContent(): unknown {
    return nothing;
  }

  protected renderChildren(): unknown {
    return this.blocks.map((child) => this.renderChild(child));
  }

  protected override render(): TemplateResult {
    return html`${this.#safeContent()}${renderStatusTracker(this.loadingStatus)}`;
  }

  /**
   * A value of a shape the block does not expect (a bad server value, an old format) must not
   * take the rest of the app down: the block says what went wrong and the others go on.
   */
  #safeContent(): unknown {
    try {
      return this.renderContent();
    } catch (error) {
      console.warn(`[gradio-app] <${this.localName}> could not render its value:`, error);
      return html`<div class="block">
        ${this.label ? html`<span class="label">${this.label}</span>` : nothing}
        ${renderValueError(`This ${this.localName.replace(/^gr-/, '')} cannot show its value: ${(error as Error).message}`)}
      </div>`;
    }
  }
}
