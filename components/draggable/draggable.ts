import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { GradioElement, type ChildBlock } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { draggableStyles } from './draggable.styles.js';

/** A child as the renderer hands it: a container's (a form's) own children come with it. */
type Child = ChildBlock & { readonly children?: readonly ChildBlock[] };

/**
 * @summary A Gradio `Draggable`: its children in a column (or a row), each reorderable by
 * dragging its handle, or from the keyboard: the handle is a button, and the arrow keys (Home,
 * End) move its item. The order lives in the page only, as in Gradio: no event, nothing sent.
 * @cssproperty --layout-gap - Space between items.
 */
@block('draggable')
export class GrDraggable extends GradioElement {
  static override css = draggableStyles;

  /** `column` (items stacked) or `row` (side by side, wrapping). */
  @property({ reflect: true }) orientation: 'row' | 'column' = 'column';

  /** Item ids in their current order. */
  @state() private order: number[] = [];
  @state() private dragging: number | null = null;
  @state() private dropTarget: number | null = null;
  @state() private announcement = '';

  /**
   * The items: each child, except that a form (which Gradio puts around consecutive inputs)
   * gives its children, as in Gradio, so each input moves on its own.
   */
  get #items(): Map<number, ChildBlock> {
    const items = new Map<number, ChildBlock>();
    for (const child of this.blocks as readonly Child[]) {
      if (child.type === 'form' && child.children?.length) {
        for (const inner of child.children) items.set(inner.id, inner);
      } else items.set(child.id, child);
    }
    return items;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('blocks')) {
      // Items already placed keep their place; new ones go last; gone ones leave.
      const ids = [...this.#items.keys()];
      const kept = this.order.filter((id) => ids.includes(id));
      this.order = [...kept, ...ids.filter((id) => !kept.includes(id))];
    }
  }

  #move(id: number, to: number): void {
    const from = this.order.indexOf(id);
    const target = Math.max(0, Math.min(this.order.length - 1, to));
    if (from < 0 || from === target) return;
    const order = [...this.order];
    order.splice(from, 1);
    order.splice(target, 0, id);
    this.order = order;
    this.announcement = `Moved to position ${target + 1} of ${order.length}.`;
  }

  #onHandleKey(event: KeyboardEvent, id: number): void {
    const index = this.order.indexOf(id);
    const earlier = this.orientation === 'row' ? 'ArrowLeft' : 'ArrowUp';
    const later = this.orientation === 'row' ? 'ArrowRight' : 'ArrowDown';
    const to =
      event.key === earlier
        ? index - 1
        : event.key === later
          ? index + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? this.order.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    this.#move(id, to);
    // The handle keeps the focus as its item moves.
    void this.updateComplete.then(() =>
      this.querySelector<HTMLElement>(`.draggable-item[data-id="${id}"] > .drag-handle`)?.focus(),
    );
  }

  #onDragStart(event: DragEvent, id: number): void {
    event.stopPropagation();
    this.dragging = id;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(id));
      const item = (event.currentTarget as HTMLElement).parentElement;
      if (item) event.dataTransfer.setDragImage(item, 10, 10);
    }
  }

  #onDragOver(event: DragEvent, id: number): void {
    if (this.dragging === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (this.dropTarget !== id) this.dropTarget = id === this.dragging ? null : id;
  }

  #onDrop(event: DragEvent, id: number): void {
    if (this.dragging === null) return;
    event.preventDefault();
    event.stopPropagation();
    // The dragged item takes the target's place.
    this.#move(this.dragging, this.order.indexOf(id));
    this.#endDrag();
  }

  #endDrag(): void {
    this.dragging = null;
    this.dropTarget = null;
  }

  protected override renderContent(): unknown {
    const items = this.#items;
    const count = this.order.length;
    const keys = this.orientation === 'row' ? 'Left and Right' : 'Up and Down';
    const describedBy = `gr-${this.blockId}-drag-help`;
    // A Draggable of inputs only (one form) keeps the form's single frame, as in Gradio.
    const framed = this.blocks.length === 1 && this.blocks[0]!.type === 'form';
    return html`<div class="draggable ${framed ? 'framed' : ''}" role="list" aria-label="Reorderable items">
        ${repeat(
          this.order.filter((id) => items.has(id)),
          (id) => id,
          (id, index) =>
            html`<div
              class="draggable-item ${this.dragging === id ? 'dragging' : ''} ${
                this.dropTarget === id ? 'drop-target' : ''
              }"
              role="listitem"
              data-id=${id}
              @dragover=${(e: DragEvent) => this.#onDragOver(e, id)}
              @drop=${(e: DragEvent) => this.#onDrop(e, id)}
            >
              ${this.renderChild(items.get(id)!)}
              <button
                type="button"
                class="drag-handle"
                draggable="true"
                aria-label="Move item ${index + 1} of ${count}"
                aria-describedby=${describedBy}
                title="Drag to reorder"
                @dragstart=${(e: DragEvent) => this.#onDragStart(e, id)}
                @dragend=${() => this.#endDrag()}
                @keydown=${(e: KeyboardEvent) => this.#onHandleKey(e, id)}
              >
                <span aria-hidden="true">⋮⋮</span>
              </button>
            </div>`,
        )}
      </div>
      <span id=${describedBy} hidden>Press ${keys} arrow keys to move this item.</span>
      <span class="gr-visually-hidden" role="status" aria-live="polite"
        >${this.announcement || nothing}</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-draggable': GrDraggable;
  }
}
