import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  Virtualizer,
  defaultRangeExtractor,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  type Range,
  type VirtualItem,
} from '@tanstack/virtual-core';

export type { VirtualItem } from '@tanstack/virtual-core';

export interface AxisOptions {
  horizontal: boolean;
  count: number;
  size: (index: number) => number;
  /** Where the list starts inside the scroller (a sticky header above, pinned columns left). */
  margin: number;
  /** Items drawn beyond the visible ones on each side. */
  overscan: number;
  /** An index always drawn, visible or not (the cell being edited keeps its element). */
  keep: number | null;
  /** Rows of unequal height are measured once drawn. */
  measured: boolean;
}

/**
 * One axis of the table (its rows, or its scrolling columns) virtualized with TanStack's
 * virtual-core on the table's own scroller: only what is in view, plus a few on each side, is
 * drawn. The host redraws when the range changes.
 */
export class VirtualAxis implements ReactiveController {
  readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  #host: ReactiveControllerHost;
  #scroller: HTMLElement | null = null;
  #keep: number | null = null;
  #cleanup: (() => void) | null = null;
  #sizeKey = '';

  constructor(host: ReactiveControllerHost, horizontal: boolean) {
    this.#host = host;
    host.addController(this);
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      horizontal,
      getScrollElement: () => this.#scroller,
      estimateSize: () => 36,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      overscan: 8,
      // Sizes observed are handled on the next frame, not inside the observer's callback (where a
      // redraw that resizes the observed element is a "ResizeObserver loop" error).
      useAnimationFrameWithResizeObserver: true,
      rangeExtractor: (range: Range) => this.#range(range),
      onChange: () => this.#host.requestUpdate(),
    });
  }

  #range(range: Range): number[] {
    const indexes = defaultRangeExtractor(range);
    const keep = this.#keep;
    if (keep === null || keep < 0 || keep >= range.count || indexes.includes(keep)) return indexes;
    return keep < indexes[0]! ? [keep, ...indexes] : [...indexes, keep];
  }

  /** Settles the options before a render; `sizeKey` changes when item sizes changed. */
  configure(options: AxisOptions, sizeKey: string): void {
    this.#keep = options.keep;
    const v = this.virtualizer;
    v.setOptions({
      ...v.options,
      count: options.count,
      horizontal: options.horizontal,
      estimateSize: options.size,
      scrollMargin: options.margin,
      // Scrolling an item into view keeps it clear of the sticky header or the pinned columns.
      scrollPaddingStart: options.margin,
      overscan: options.overscan,
      measureElement: options.measured
        ? measureElement
        : (el, _entry, instance) => options.size(instance.indexFromElement(el)),
    });
    if (sizeKey !== this.#sizeKey) {
      this.#sizeKey = sizeKey;
      v.measure();
    }
  }

  /** The scroller this axis reads; set once it is drawn. */
  set scroller(element: HTMLElement | null) {
    this.#scroller = element;
  }

  items(): VirtualItem[] {
    return this.virtualizer.getVirtualItems();
  }

  total(): number {
    return this.virtualizer.getTotalSize();
  }

  hostConnected(): void {
    this.#cleanup = this.virtualizer._didMount();
  }

  hostUpdated(): void {
    this.virtualizer._willUpdate();
  }

  hostDisconnected(): void {
    this.#cleanup?.();
    this.#cleanup = null;
  }
}
