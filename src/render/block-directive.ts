import { nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { BlockNode } from '../config/build-tree.js';
import type { AppStore } from '../store/app-store.js';
import type { GradioElement, ChildBlock } from '../base/gradio-element.js';
import type { AppServices } from '../base/app-services.js';
import { applyProps } from './prop-map.js';
import { ensureDefined, isKnownType, tagFor } from './registry.js';

/** What rendering a block needs from the app. */
export interface RenderContext {
  readonly store: AppStore;
  /** Renders types without an element as a placeholder naming the type. */
  readonly placeholder: (node: BlockNode) => unknown;
  /** Resolves i18n tokens in a prop for display. */
  readonly translate: (value: unknown) => unknown;
  /** Handed to every block. */
  readonly services: AppServices;
}

/**
 * Renders one block: creates its `gr-<type>` element once, keeps its properties in step with the
 * store, and hands containers their children. Unsubscribes when the block leaves the page.
 */
class BlockDirective extends AsyncDirective {
  #element: GradioElement | null = null;
  #node: BlockNode | null = null;
  #context: RenderContext | null = null;
  #unsubscribe: (() => void) | null = null;

  render(node: BlockNode, context: RenderContext): unknown {
    if (!isKnownType(node.type)) return context.placeholder(node);
    if (this.#node !== node || !this.#element) this.#mount(node, context);
    return this.#element ?? nothing;
  }

  #mount(node: BlockNode, context: RenderContext): void {
    this.#node = node;
    this.#context = context;
    const tag = tagFor(node.type);
    if (!customElements.get(tag)) {
      // Normally preloaded before the first render; blocks added later load here.
      ensureDefined(node.type).then(
        () => this.isConnected && this.setValue(this.render(node, context)),
        () => this.isConnected && this.setValue(context.placeholder(node)),
      );
      return;
    }
    if (!this.#element || this.#element.localName !== tag) {
      this.#element = document.createElement(tag) as GradioElement;
    }
    this.#element.blockId = node.id;
    this.#element.services = context.services;
    this.#element.renderChild = (child: ChildBlock) => renderBlock(child as BlockNode, context);
    this.#adoptDefaultValue(this.#element, node.id, context.store);
    this.#sync();
    this.#subscribe();
  }

  /**
   * The server leaves out null props, so a block without a value in its config gets the
   * element's own default (a Textbox's ""), as Gradio's frontend does: inputs then send that.
   */
  #adoptDefaultValue(element: GradioElement, id: number, store: AppStore): void {
    if ('value' in store.props(id)) return;
    const fallback = (element as GradioElement & { value?: unknown }).value;
    if (fallback !== undefined) store.patch(id, { value: fallback });
  }

  /** Display props with i18n tokens resolved; the store keeps the raw ones the server sent. */
  #translated(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const translate = this.#context!.translate;
    return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, translate(value)]));
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    if (!this.#node || !this.#context) return;
    this.#unsubscribe = this.#context.store.subscribe(this.#node.id, () => this.#sync());
  }

  #sync(): void {
    const element = this.#element;
    const node = this.#node;
    const store = this.#context?.store;
    if (!element || !node || !store) return;
    const empty = (element.constructor as typeof GradioElement).emptyValue;
    if (empty !== undefined && store.props(node.id).value === null) {
      // As Gradio's frontend: the block holds its empty value, and inputs then send that. Written
      // once this store notification is over, so every listener hears null before "".
      queueMicrotask(() => {
        if (store.props(node.id).value === null) store.setValue(node.id, empty, 'output');
      });
    }
    applyProps(element, this.#translated(store.props(node.id)));
    element.loadingStatus = store.status(node.id);
    element.blocks = store.children(node.id) ?? node.children ?? [];
  }

  protected override disconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  protected override reconnected(): void {
    this.#sync();
    this.#subscribe();
  }
}

const block = directive(BlockDirective);

/**
 * One block of the tree, for a child position of a template (or an array of them). The
 * directive goes straight into the part it is given: a template around it would cost every block
 * one more template instance to clone on the first render.
 */
export function renderBlock(node: BlockNode, context: RenderContext): unknown {
  return block(node, context);
}
