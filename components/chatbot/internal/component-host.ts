import { noChange, render, type TemplateResult } from 'lit';
import { AsyncDirective, directive, PartType, type ElementPart, type PartInfo } from 'lit/async-directive.js';
import type { AppServices } from '../../../src/base/app-services.js';
import type { GradioElement } from '../../../src/base/gradio-element.js';
import { camelCase } from '../../../src/base/prop-names.js';

/** A Gradio component inside a chat message (a ComponentMessage). */
export interface HostedBlock {
  readonly type: string;
  readonly value: unknown;
  /** Its config props as the server sent them (snake_case). */
  readonly props: Readonly<Record<string, unknown>>;
  readonly services: AppServices | null;
  /** Drawn instead when we have no element for the type; `loading` while we do not know yet. */
  readonly fallback: (loading: boolean) => TemplateResult;
}

/** Props the host sets itself, or that belong to the app's layout rather than the element. */
const OWN = new Set([
  'value',
  'label',
  'show_label',
  'container',
  'interactive',
  'visible',
  'elem_id',
  'elem_classes',
  'name',
  'key',
  'preserved_by_key',
  'render',
  'scale',
  'min_width',
]);

/** Block ids of their own, below the app's: such blocks are no app event's target. */
let nextId = -1000;

/**
 * Renders a component message with our own element for its type, loaded through
 * `services.loadBlock`: a static block without its box, its label shown only when it has one
 * (as Gradio's chat does). A type we have no element for gets the fallback, and the chat goes on.
 * Belongs on an element the directive owns: `<div class="component-host" ${hostBlock(...)}></div>`.
 */
class ComponentHostDirective extends AsyncDirective {
  #host: Element | null = null;
  #type: string | null = null;
  #element: GradioElement | null = null;
  /** Holds the fallback while there is no element (Lit renders into a node of its own). */
  #fallback: HTMLElement | null = null;
  #loading = false;
  #latest: HostedBlock | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('hostBlock() belongs on an element');
  }

  render(_block: HostedBlock): unknown {
    return noChange;
  }

  override update(part: ElementPart, [block]: [HostedBlock]): unknown {
    this.#host = part.element;
    this.#latest = block;
    if (block.type !== this.#type) {
      this.#type = block.type;
      this.#element = null;
      this.#fallback = document.createElement('div');
      this.#fallback.className = 'component-fallback';
      this.#host.replaceChildren(this.#fallback);
      this.#loading = true;
      void this.#load(block.type);
    }
    if (this.#element) apply(this.#element, block);
    else if (this.#fallback) render(block.fallback(this.#loading), this.#fallback);
    return noChange;
  }

  async #load(type: string): Promise<void> {
    const tag = await (this.#latest?.services?.loadBlock(type) ?? Promise.resolve(null));
    const block = this.#latest;
    if (type !== this.#type || !this.#host || !block) return;
    this.#loading = false;
    if (!tag) {
      if (this.#fallback) render(block.fallback(false), this.#fallback);
      return;
    }
    const element = document.createElement(tag) as GradioElement;
    element.blockId = nextId--;
    apply(element, block);
    this.#element = element;
    this.#fallback = null;
    this.#host.replaceChildren(element);
  }
}

function apply(element: GradioElement, block: HostedBlock): void {
  const declared = (element.constructor as typeof GradioElement).elementProperties;
  const target = element as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(block.props)) {
    const name = camelCase(key);
    if (!OWN.has(key) && declared.has(name) && target[name] !== value) target[name] = value;
  }
  const label = typeof block.props.label === 'string' ? block.props.label : null;
  element.label = label;
  element.showLabel = Boolean(label) && block.props.show_label !== false;
  element.container = false;
  element.interactive = false;
  element.services = block.services;
  if (target.value !== block.value) target.value = block.value;
}

export const hostBlock = directive(ComponentHostDirective);
