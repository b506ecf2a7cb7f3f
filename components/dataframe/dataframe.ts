import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { guard } from 'lit/directives/guard.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { cssLength } from '../../src/base/css-length.js';
import { icons } from '../common/icons.js';
import { copyText } from '../common/copy-button.js';
import { downloadFile } from '../common/download.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import type { LatexDelimiter } from '../common/markdown/parse.js';
import type * as MarkdownModuleNs from '../common/markdown/markdown.js';
import {
  EMPTY_TABLE,
  alignTypes,
  asBool,
  cellText,
  columnTypes,
  parseInput,
  readTable,
  truncate,
  type Datatype,
  type Table,
} from './internal/value.js';
import {
  MAX_SORT_KEYS,
  NUMBER_FILTERS,
  STRING_FILTERS,
  SearchIndex,
  buildView,
  type ColumnFilter,
  type SortKey,
  type View,
} from './internal/view.js';
import { parseTsv, toCsv, toHtmlTable, toTsv } from './internal/clipboard.js';
import {
  BOOL_WIDTH,
  IMAGE_WIDTH,
  MIN_WIDTH,
  layoutColumns,
  longestTexts,
  offsets,
} from './internal/widths.js';
import { VirtualAxis, type VirtualItem } from './internal/virtual.js';
import { clamp, readCount, readLimits, span, type Cell, type Rect } from './internal/geometry.js';
import { dfIcons } from './internal/icons.js';
import { dataframeStyles } from './dataframe.styles.js';

type MarkdownModule = typeof MarkdownModuleNs;

/** The shared Markdown renderer, loaded the first time a table has a markdown or html column. */
let markdownModule: MarkdownModule | null = null;
let markdownLoading: Promise<MarkdownModule> | null = null;

let instances = 0;

interface Editing extends Cell {
  draft: string;
}

/** What every drawn row shares (see #layout). */
interface RowLayout {
  drawn: number[];
  starts: number[];
  gapBefore: Set<number>;
  template: string;
  classes: string[];
  virtualCols: boolean;
  key: string;
}

/** A spacer standing for the columns not drawn (a track of the grid template). */
const GAP = html`<div class="df-gap" aria-hidden="true"></div>`;

interface Menu extends Cell {
  x: number;
  y: number;
}

/** A column's text width, measured with the font its cells use. */
type Measure = (text: string, header: boolean) => number;

const DEFAULT_LATEX: LatexDelimiter[] = [{ left: '$$', right: '$$', display: true }];

/**
 * @summary A Gradio `Dataframe`: a table that may hold 100,000 rows (rows and columns are
 * virtualized: only what is in view is drawn), with a sticky header, pinned columns, row
 * numbers, sorting (several columns with Shift), search and filters, copy, CSV export and
 * fullscreen; interactive, it edits like a spreadsheet (arrows, Enter, Tab, Escape, F2, typing),
 * adds and deletes rows and columns within the app's limits, and copies and pastes blocks of
 * cells (tab-separated, as spreadsheets do).
 * @event gr-change - The user changed the table (the value is the new table).
 * @event gr-input - Same moment as change, for a user action.
 * @event gr-select - The user picked a cell: `{index: [row, col], value, row_value, col_value}`.
 * @event gr-edit - The user changed a cell: `{index: [row, col], value, previous_value}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('dataframe')
export class GrDataframe extends GradioElement {
  static override css = dataframeStyles;

  /** `{headers, data, metadata}` (metadata: a Styler's `display_value` and `styling`). */
  @property({ attribute: false }) value: unknown = null;
  /** The config's header names: datatypes follow them when the value's columns differ. */
  @property({ attribute: false }) headers: unknown = null;
  /** One datatype for every column, or one per column. */
  @property({ attribute: false }) datatype: unknown = 'str';
  /** `[n, "fixed" | "dynamic"]`: whether the user may add and delete rows. */
  @property({ attribute: false }) rowCount: unknown = null;
  /** `[n, "fixed" | "dynamic"]`: whether the user may add and delete columns (5.x `col_count`). */
  @property({ attribute: false }) columnCount: unknown = null;
  /** 6.x `[min, max]` rows the user may leave. */
  @property({ attribute: false }) rowLimits: unknown = null;
  /** 6.x `[min, max]` columns the user may leave. */
  @property({ attribute: false }) columnLimits: unknown = null;
  /** TeX delimiters for markdown cells. */
  @property({ attribute: false }) latexDelimiters: LatexDelimiter[] | null = DEFAULT_LATEX;
  /** The table's tallest (px number or CSS length); it scrolls inside. */
  @property({ attribute: false }) maxHeight: number | string | null = 500;
  /** Text wraps inside its cell (rows grow) instead of being cut. */
  @property({ type: Boolean }) wrap = false;
  /** Single newlines in markdown cells are line breaks. */
  @property({ type: Boolean, attribute: 'line-breaks' }) lineBreaks = true;
  /** Widths per column: px numbers, "120px", "20%" (of the table's width) or "auto". */
  @property({ attribute: false }) columnWidths: unknown[] | null = null;
  /** 6.x built-in buttons (`["copy", "fullscreen"]`) and custom gr.Buttons; null shows all. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 5.x spelling of the copy button. */
  @property({ attribute: false }) showCopyButton: boolean | null = null;
  /** 5.x spelling of the fullscreen button. */
  @property({ attribute: false }) showFullscreenButton: boolean | null = null;
  /** A column of row numbers on the left. */
  @property({ type: Boolean, attribute: 'show-row-numbers' }) showRowNumbers = false;
  /** Cells show at most this many characters (the active cell shows all). */
  @property({ type: Number, attribute: 'max-chars' }) maxChars: number | null = null;
  /** "search": a box that filters the rows shown; "filter": the same, and it can keep them. */
  @property({ attribute: 'show-search' }) showSearch: 'none' | 'search' | 'filter' = 'none';
  /** How many columns stay at the left while the table scrolls sideways. */
  @property({ type: Number, attribute: 'pinned-columns' }) pinnedColumns: number | null = null;
  /** Columns (by index or header) the user may not edit. */
  @property({ attribute: false }) staticColumns: readonly unknown[] | null = null;

  readonly #id = `df${++instances}`;
  #table: Table = EMPTY_TABLE;
  #error: string | null = null;
  #types: Datatype[] = [];
  /** The value the table was read from, and the last value this element set itself. */
  #readValue: unknown = undefined;
  /** Bumped whenever a property changes: drawn rows are redrawn then. */
  #epoch = 0;
  #ownValue: unknown = undefined;

  #sort: SortKey[] = [];
  #search = '';
  #filters: ColumnFilter[] = [];
  #view: View = { order: null, position: null, length: 0 };
  #viewDeps: readonly unknown[] = [];
  readonly #searchIndex = new SearchIndex();

  /** The cell keyboard actions start from (row -1: a header); the anchor is a range's other end. */
  #active: Cell | null = null;
  #anchor: Cell | null = null;
  #editing: Editing | null = null;
  #menu: Menu | null = null;
  #filterCol: number | null = null;
  #filterKind: 'string' | 'number' = 'string';
  #copied = false;

  #natural: number[] = [];
  #naturalKey = '';
  #widths: number[] = [];
  #viewport = 0;
  #rowHeight = 37;
  #headerHeight = 37;
  readonly #rows = new VirtualAxis(this, false);
  readonly #cols = new VirtualAxis(this, true);
  #grid: HTMLElement | null = null;
  #resize: ResizeObserver | null = null;
  #fullscreen = false;
  #dragging = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    document.fonts.addEventListener('loadingdone', this.#onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    document.fonts.removeEventListener('loadingdone', this.#onFontsLoaded);
    window.removeEventListener('mouseup', this.#endDrag);
    this.#resize?.disconnect();
    this.#resize = null;
  }

  /** The theme's fonts arrive after the first draw: columns are measured again with them. */
  readonly #onFontsLoaded = (): void => {
    this.#naturalKey = '';
    this.requestUpdate();
  };

  // ---- reading the value --------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.size) this.#epoch++;
    if (this.value !== this.#readValue) this.#read();
    else if (this.#isEmptyValue && (changed.has('headers') || changed.has('columnCount')))
      this.#table = this.#blank();
    this.#types = columnTypes(
      alignTypes(this.datatype, this.headers, this.#table.headers),
      this.#table.columns,
    );
    if (!markdownModule && this.#types.some((t) => t === 'markdown' || t === 'html')) this.#loadMarkdown();
    this.#updateView();
    this.#updateWidths();
    this.#configureAxes();
  }

  #read(): void {
    const own = this.value === this.#ownValue;
    const before = this.#table;
    this.#readValue = this.value;
    try {
      this.#table = this.#isEmptyValue ? this.#blank() : readTable(this.value);
      this.#error = null;
    } catch (error) {
      this.#table = EMPTY_TABLE;
      this.#error = (error as Error).message;
    }
    if (own) return;
    // A new value from the app: the user's edit, menu and stale positions go; sorting and
    // filters stay while the columns do.
    this.#editing = null;
    this.#menu = null;
    this.#naturalKey = '';
    if (
      before.columns !== this.#table.columns ||
      before.headers.join('\u0000') !== this.#table.headers.join('\u0000')
    ) {
      this.#sort = [];
      this.#filters = [];
    }
    const fits = (c: Cell | null): Cell | null =>
      c && c.row < this.#table.data.length && c.col < this.#table.columns ? c : null;
    this.#active = fits(this.#active);
    this.#anchor = fits(this.#anchor);
  }

  get #isEmptyValue(): boolean {
    return this.value === null || this.value === undefined || this.value === '';
  }

  /** No value (a cleared input): the config's headers, as many as its column count, no rows. */
  #blank(): Table {
    const n = readCount(this.columnCount).n;
    const names = Array.isArray(this.headers) ? this.headers.map((h) => String(h ?? '')) : [];
    const columns = Math.max(n, names.length);
    for (let i = names.length; i < columns; i++) names.push(String(i + 1));
    return { ...EMPTY_TABLE, headers: names.slice(0, columns), columns };
  }

  #loadMarkdown(): void {
    markdownLoading ??= import('../common/markdown/markdown.js').then((m) => (markdownModule = m));
    void markdownLoading.then(() => this.requestUpdate());
  }

  #updateView(): void {
    const deps = [this.#table.data, this.#sort, this.#search, this.#filters, this.#types.join()];
    if (deps.every((d, i) => d === this.#viewDeps[i])) return;
    this.#viewDeps = deps;
    this.#view = buildView(
      this.#table.data,
      { sort: this.#sort, search: this.#search, filters: this.#filters, types: this.#types },
      this.#searchIndex,
    );
  }

  /** Where a data row is shown (-1: filtered out). */
  #viewRow(row: number): number {
    if (row < 0) return row;
    const position = this.#view.position;
    return position ? position[row]! : row < this.#view.length ? row : -1;
  }

  /** The data row shown at a view row. */
  #dataRow(viewRow: number): number {
    const order = this.#view.order;
    return order ? order[viewRow]! : viewRow;
  }

  // ---- sizes ----------------------------------------------------------------------------------

  get #pinned(): number {
    return clamp(this.pinnedColumns ?? 0, 0, this.#table.columns);
  }

  get #rowNumberWidth(): number {
    if (!this.showRowNumbers) return 0;
    return Math.max(48, String(this.#table.data.length).length * 9 + 24);
  }

  /** Rows of unequal height (wrapped text, rich cells) are measured once drawn. */
  get #measuredRows(): boolean {
    return this.wrap || this.#types.some((t) => t === 'markdown' || t === 'html' || t === 'image');
  }

  #measure(): Measure {
    const probe = this.querySelector<HTMLElement>('.df-probe');
    const context = document.createElement('canvas').getContext('2d');
    if (!probe || !context) return (text, header) => text.length * (header ? 8.6 : 8.4) + (header ? 56 : 16);
    const fontOf = (selector: string): { font: string; pad: number } => {
      const el = probe.querySelector<HTMLElement>(selector)!;
      const style = getComputedStyle(el);
      const cell = getComputedStyle(el.parentElement!);
      return {
        font: style.font,
        pad: parseFloat(cell.paddingLeft) + parseFloat(cell.paddingRight),
      };
    };
    const head = fontOf('.df-th-text');
    const body = fontOf('.df-text');
    // Room in a header for the sort and menu buttons beside its name.
    const headerExtra = 48;
    return (text, header) => {
      const f = header ? head : body;
      context.font = f.font;
      return Math.ceil(context.measureText(text).width) + f.pad + (header ? headerExtra : 0);
    };
  }

  #updateWidths(): void {
    const table = this.#table;
    const key = [
      table.columns,
      table.headers.join('\u0000'),
      this.#types.join(),
      this.maxChars,
      this.interactive,
      this.querySelector('.df-probe') ? 'measured' : 'estimated',
    ].join('|');
    if (key !== this.#naturalKey) {
      this.#naturalKey = key;
      const measure = this.#measure();
      const display =
        !this.interactive && table.displayValue ? (r: number, c: number) => this.#displayText(r, c) : null;
      const longest = longestTexts(table.data, table.columns, this.#types, this.maxChars, display);
      this.#natural = Array.from({ length: table.columns }, (_, c) => {
        const type = this.#types[c];
        const header = measure(table.headers[c] ?? '', true);
        const content =
          type === 'bool' ? BOOL_WIDTH : type === 'image' ? IMAGE_WIDTH : measure(longest[c]!, false);
        return Math.max(MIN_WIDTH, header, content);
      });
    }
    if (!this.#viewport) this.#viewport = this.clientWidth || 600;
    this.#widths = layoutColumns({
      natural: this.#natural,
      specs: this.columnWidths ?? [],
      available: Math.max(0, this.#viewport - this.#rowNumberWidth),
      wrap: this.wrap,
    });
  }

  #configureAxes(): void {
    const widths = this.#widths;
    const pinned = this.#pinned;
    const pinnedWidth = widths.slice(0, pinned).reduce((a, b) => a + b, 0);
    const active = this.#active;
    this.#cols.configure(
      {
        horizontal: true,
        count: Math.max(0, this.#table.columns - pinned),
        size: (i) => widths[pinned + i] ?? MIN_WIDTH,
        margin: this.#rowNumberWidth + pinnedWidth,
        overscan: 2,
        keep: active && active.col >= pinned ? active.col - pinned : null,
        measured: false,
      },
      widths.join(','),
    );
    const measured = this.#measuredRows;
    const keepRow = active && active.row >= 0 ? this.#viewRow(active.row) : -1;
    const rowHeight = this.#rowHeight;
    this.#rows.configure(
      {
        horizontal: false,
        count: this.#view.length,
        size: () => rowHeight,
        margin: this.#headerHeight,
        overscan: 10,
        keep: keepRow >= 0 ? keepRow : null,
        measured,
      },
      `${rowHeight}|${measured}|${measured ? widths.join(',') : ''}`,
    );
  }

  protected override firstUpdated(): void {
    // Widths were estimated before the fonts could be read from the drawn probe.
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const grid = this.querySelector<HTMLElement>('.df-grid');
    if (grid !== this.#grid) {
      this.#grid = grid;
      this.#rows.scroller = grid;
      this.#cols.scroller = grid;
    }
    this.#observeSizes();
    this.#placeMenu();
    if (this.#editing) this.#focusEditor();
  }

  #observed: Element[] = [];

  /**
   * The table's width, the header's height and a row's height (they follow the theme's sizes and
   * the header's text) come from a ResizeObserver: read after layout, never forcing one.
   */
  #observeSizes(): void {
    const targets = [
      this.#grid,
      this.querySelector('.df-header'),
      this.querySelector('.df-probe .df-td'),
    ].filter((t): t is HTMLElement => t !== null);
    if (targets.length === this.#observed.length && targets.every((t, i) => t === this.#observed[i])) return;
    this.#observed = targets;
    this.#resize?.disconnect();
    this.#resize = new ResizeObserver((entries) => this.#onResize(entries));
    for (const t of targets) this.#resize.observe(t);
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      const box = entry.borderBoxSize[0];
      if (!box) continue;
      if (el === this.#grid) {
        const width = Math.floor(entry.contentRect.width);
        if (width && width !== this.#viewport) {
          this.#viewport = width;
          changed = true;
        }
      } else if (el.classList.contains('df-header')) {
        const height = Math.round(box.blockSize);
        if (height && height !== this.#headerHeight) {
          this.#headerHeight = height;
          changed = true;
        }
      } else {
        const height = Math.round(box.blockSize);
        if (height && height !== this.#rowHeight) {
          this.#rowHeight = height;
          changed = true;
        }
      }
    }
    // Redrawn on the next frame: a redraw inside the observer's callback would resize what it
    // observes in the same frame (a "ResizeObserver loop" error).
    if (changed) requestAnimationFrame(() => this.requestUpdate());
  }

  // ---- permissions ----------------------------------------------------------------------------

  #isStatic(col: number): boolean {
    if (!this.interactive) return true;
    const list = this.staticColumns ?? [];
    return list.includes(col) || list.includes(this.#table.headers[col]);
  }

  #canEdit(col: number): boolean {
    return !this.#isStatic(col);
  }

  get #rowRules(): { dynamic: boolean; min: number; max: number } {
    const { fixed } = readCount(this.rowCount);
    const { min, max } = readLimits(this.rowLimits);
    return { dynamic: this.interactive && !fixed, min: Math.max(min ?? 1, 0), max: max ?? Infinity };
  }

  get #columnRules(): { dynamic: boolean; min: number; max: number } {
    const { fixed } = readCount(this.columnCount);
    const { min, max } = readLimits(this.columnLimits);
    const locked = (this.staticColumns ?? []).length > 0;
    return {
      dynamic: this.interactive && !fixed && !locked,
      min: Math.max(min ?? 1, 1),
      max: max ?? Infinity,
    };
  }

  get #canAddRow(): boolean {
    const r = this.#rowRules;
    return r.dynamic && this.#table.data.length < r.max;
  }

  get #canDeleteRow(): boolean {
    const r = this.#rowRules;
    return r.dynamic && this.#table.data.length > r.min;
  }

  get #canAddColumn(): boolean {
    const c = this.#columnRules;
    return c.dynamic && this.#table.columns < c.max;
  }

  get #canDeleteColumn(): boolean {
    const c = this.#columnRules;
    return c.dynamic && this.#table.columns > c.min;
  }

  #showButton(name: 'copy' | 'fullscreen'): boolean {
    if (Array.isArray(this.buttons)) return this.buttons.includes(name);
    const legacy = name === 'copy' ? this.showCopyButton : this.showFullscreenButton;
    return legacy ?? true;
  }

  // ---- changing the value ---------------------------------------------------------------------

  /** Sets the table the user made and reports it: `edit` (for one cell), `change`, `input`. */
  #commit(data: unknown[][], headers: readonly string[] = this.#table.headers, edit?: unknown): void {
    const value = { headers: [...headers], data, metadata: null };
    this.#ownValue = value;
    this.value = value;
    if (edit) this.emit('edit', edit);
    this.emit('change');
    this.emit('input');
  }

  #setCell(row: number, col: number, next: unknown, typed: string | null): void {
    const data = this.#table.data;
    const previous = data[row]?.[col];
    const same = typed === null ? previous === next : cellText(previous) === typed;
    if (same) return;
    const copy = data.slice();
    const cells = (copy[row] ?? []).slice();
    while (cells.length < this.#table.columns) cells.push('');
    cells[col] = next;
    copy[row] = cells;
    this.#commit(copy, undefined, {
      index: [row, col],
      value: typed ?? next,
      previous_value: cellText(previous),
    });
  }

  #selectCell(row: number, col: number): void {
    const data = this.#table.data;
    this.emit('select', {
      index: [row, col],
      value: data[row]?.[col],
      row_value: data[row] ?? [],
      col_value: data.map((r) => r[col]),
    });
  }

  // ---- selection and focus --------------------------------------------------------------------

  get #selection(): Rect | null {
    const a = this.#active;
    if (!a || a.row < 0) return null;
    const anchor = this.#anchor && this.#anchor.row >= 0 ? this.#anchor : a;
    const ar = this.#viewRow(anchor.row);
    const br = this.#viewRow(a.row);
    if (ar < 0 || br < 0) return span({ row: br, col: a.col }, { row: br, col: a.col });
    return span({ row: ar, col: anchor.col }, { row: br, col: a.col });
  }

  /** The selected cells as data rows of values, in view order. */
  #selectedRows(): unknown[][] {
    const rect = this.#selection;
    if (!rect) return [];
    const rows: unknown[][] = [];
    for (let v = rect.top; v <= rect.bottom; v++) {
      const row = this.#table.data[this.#dataRow(v)] ?? [];
      const cells: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) cells.push(this.#shownValue(this.#dataRow(v), c, row[c]));
      rows.push(cells);
    }
    return rows;
  }

  /** What a copy takes from a cell: the Styler's text where the table shows it. */
  #shownValue(row: number, col: number, value: unknown): unknown {
    if (!this.interactive && this.#table.displayValue?.[row]?.[col] != null)
      return this.#table.displayValue[row]![col];
    return value;
  }

  #moveTo(cell: Cell, extend = false): void {
    this.#active = cell;
    if (!extend) this.#anchor = cell;
    this.requestUpdate();
    this.#reveal(cell);
  }

  /** Scrolls a cell into view (under the sticky header, right of pinned columns). */
  #reveal(cell: Cell): void {
    const viewRow = this.#viewRow(cell.row);
    if (viewRow >= 0) this.#rows.virtualizer.scrollToIndex(viewRow, { align: 'auto' });
    const pinned = this.#pinned;
    if (cell.col >= pinned) this.#cols.virtualizer.scrollToIndex(cell.col - pinned, { align: 'auto' });
  }

  #focusGrid(): void {
    this.#grid?.focus({ preventScroll: true });
  }

  #cellId(row: number, col: number): string {
    return row < 0 ? `${this.#id}-h${col}` : `${this.#id}-r${row}-c${col}`;
  }

  // ---- editing --------------------------------------------------------------------------------

  #startEdit(cell: Cell, text?: string): void {
    if (cell.row < 0) {
      if (!this.#columnRules.dynamic || this.#isStatic(cell.col)) return;
    } else if (!this.#canEdit(cell.col) || this.#types[cell.col] === 'bool') return;
    const current = cell.row < 0 ? this.#table.headers[cell.col] : this.#table.data[cell.row]?.[cell.col];
    this.#active = cell;
    this.#anchor = cell;
    this.#editing = { ...cell, draft: text ?? cellText(current) };
    this.#reveal(cell);
    this.requestUpdate();
  }

  #focusEditor(): void {
    const editor = this.querySelector<HTMLTextAreaElement>('.df-editor');
    if (!editor || this.getRootNode() === null || (this.getRootNode() as ShadowRoot).activeElement === editor)
      return;
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(editor.value.length, editor.value.length);
    this.#fitEditor(editor);
  }

  #fitEditor(editor: HTMLTextAreaElement): void {
    editor.style.height = 'auto';
    editor.style.height = `${editor.scrollHeight}px`;
  }

  /** Ends the edit; keeps the text unless `cancel`. */
  #endEdit(cancel = false): void {
    const editing = this.#editing;
    if (!editing) return;
    this.#editing = null;
    if (!cancel) {
      if (editing.row < 0) {
        const headers = [...this.#table.headers];
        if (headers[editing.col] !== editing.draft) {
          headers[editing.col] = editing.draft;
          this.#commit(this.#table.data, headers);
        }
      } else {
        const previous = this.#table.data[editing.row]?.[editing.col];
        const next = parseInput(editing.draft, this.#types[editing.col] ?? 'str', previous);
        this.#setCell(editing.row, editing.col, next, editing.draft);
      }
    }
    this.requestUpdate();
  }

  #onEditorKeyDown(event: KeyboardEvent): void {
    event.stopPropagation();
    const editing = this.#editing;
    if (!editing) return;
    const key = event.key;
    if (key === 'Escape') {
      event.preventDefault();
      this.#endEdit(true);
      this.#focusGrid();
    } else if (key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      this.#endEdit();
      this.#focusGrid();
      if (editing.row >= 0) this.#step(1, 0, false);
    } else if (key === 'Tab') {
      event.preventDefault();
      this.#endEdit();
      this.#focusGrid();
      this.#tab(event.shiftKey);
    }
  }

  #onEditorInput(event: Event): void {
    const editor = event.target as HTMLTextAreaElement;
    if (this.#editing) this.#editing.draft = editor.value;
    this.#fitEditor(editor);
  }

  #onEditorBlur(): void {
    // Focus left the cell for somewhere else (another block, a click outside): keep the text.
    if (this.#editing) this.#endEdit();
  }

  #toggleBool(row: number, col: number): void {
    if (!this.#canEdit(col)) return;
    const previous = this.#table.data[row]?.[col];
    this.#setCell(row, col, !(asBool(previous) ?? false), null);
  }

  // ---- keyboard -------------------------------------------------------------------------------

  /** Moves the active cell by rows and columns (in view order), within the table. */
  #step(dRow: number, dCol: number, extend: boolean): void {
    const active = this.#active ?? this.#firstCell();
    if (!active) return;
    const columns = this.#table.columns;
    let viewRow = active.row < 0 ? -1 : this.#viewRow(active.row);
    // The active row was filtered out of view: moving starts again from the top.
    if (active.row >= 0 && viewRow < 0) viewRow = 0;
    const nextRow = clamp(viewRow + dRow, extend ? 0 : -1, this.#view.length - 1);
    const nextCol = clamp(active.col + dCol, 0, columns - 1);
    this.#moveTo({ row: nextRow < 0 ? -1 : this.#dataRow(nextRow), col: nextCol }, extend);
  }

  #tab(back: boolean): void {
    const active = this.#active;
    if (!active) return;
    const columns = this.#table.columns;
    const viewRow = this.#viewRow(active.row);
    let col = active.col + (back ? -1 : 1);
    let row = viewRow;
    if (col >= columns) {
      col = 0;
      row++;
    } else if (col < 0) {
      col = columns - 1;
      row--;
    }
    if (row < 0 || row >= this.#view.length) return;
    this.#moveTo({ row: this.#dataRow(row), col });
  }

  #firstCell(): Cell | null {
    if (!this.#table.columns) return null;
    return this.#view.length ? { row: this.#dataRow(0), col: 0 } : { row: -1, col: 0 };
  }

  #onGridFocus(): void {
    if (!this.#active) {
      this.#active = this.#firstCell();
      this.#anchor = this.#active;
      this.requestUpdate();
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.target !== this.#grid) return;
    const active = this.#active ?? this.#firstCell();
    if (!active) return;
    const mod = event.ctrlKey || event.metaKey;
    const pageRows = Math.max(
      1,
      Math.floor(((this.#grid?.clientHeight ?? 0) - this.#headerHeight) / this.#rowHeight) - 1,
    );
    const last = this.#view.length - 1;
    const header = active.row < 0;
    let handled = true;
    switch (event.key) {
      case 'ArrowUp':
        this.#step(-1, 0, event.shiftKey);
        break;
      case 'ArrowDown':
        this.#step(1, 0, event.shiftKey);
        break;
      case 'ArrowLeft':
        this.#step(0, -1, event.shiftKey);
        break;
      case 'ArrowRight':
        this.#step(0, 1, event.shiftKey);
        break;
      case 'PageUp':
        this.#step(-pageRows, 0, event.shiftKey);
        break;
      case 'PageDown':
        this.#step(pageRows, 0, event.shiftKey);
        break;
      case 'Home':
        if (mod && last >= 0) this.#moveTo({ row: this.#dataRow(0), col: 0 }, event.shiftKey);
        else this.#moveTo({ row: active.row, col: 0 }, event.shiftKey);
        break;
      case 'End':
        if (mod && last >= 0)
          this.#moveTo({ row: this.#dataRow(last), col: this.#table.columns - 1 }, event.shiftKey);
        else this.#moveTo({ row: active.row, col: this.#table.columns - 1 }, event.shiftKey);
        break;
      case 'Enter':
        if (header) this.#toggleSort(active.col, event.shiftKey);
        else {
          this.#selectCell(active.row, active.col);
          this.#startEdit(active);
        }
        break;
      case 'F2':
        this.#startEdit(active);
        break;
      case ' ':
        if (header) {
          if (this.#types[active.col] === 'bool' && this.#canEdit(active.col))
            this.#setColumnBools(active.col);
        } else {
          if (this.#types[active.col] === 'bool') this.#toggleBool(active.row, active.col);
          this.#selectCell(active.row, active.col);
        }
        break;
      case 'Escape':
        if (this.#anchor !== this.#active) this.#moveTo(active);
        else handled = false;
        break;
      case 'Delete':
      case 'Backspace':
        if (!header) this.#clearSelection();
        break;
      case 'ContextMenu':
        this.#openMenuAt(active);
        break;
      case 'F10':
        if (event.shiftKey) this.#openMenuAt(active);
        else handled = false;
        break;
      default:
        if (mod && event.key.toLowerCase() === 'a') this.#selectAll();
        else if (!mod && !event.altKey && event.key.length === 1) {
          // Typing replaces the cell's text, as in a spreadsheet.
          if (header || this.#types[active.col] === 'bool' || !this.#canEdit(active.col)) handled = false;
          else this.#startEdit(active, event.key);
        } else handled = false;
    }
    if (handled) event.preventDefault();
  }

  #selectAll(): void {
    if (!this.#view.length || !this.#table.columns) return;
    this.#anchor = { row: this.#dataRow(0), col: 0 };
    this.#active = { row: this.#dataRow(this.#view.length - 1), col: this.#table.columns - 1 };
    this.requestUpdate();
  }

  /** Delete/Backspace: empties the selected cells the user may edit. */
  #clearSelection(): void {
    const rect = this.#selection;
    if (!rect || !this.interactive) return;
    let data: unknown[][] | null = null;
    for (let v = rect.top; v <= rect.bottom; v++) {
      const row = this.#dataRow(v);
      for (let c = rect.left; c <= rect.right; c++) {
        if (!this.#canEdit(c)) continue;
        const type = this.#types[c];
        const empty = type === 'bool' ? false : type === 'number' ? null : '';
        const current = this.#table.data[row]?.[c];
        if (current === empty || current === '' || current === null || current === undefined) continue;
        data ??= this.#table.data.slice();
        const cells = (data[row] ?? []).slice();
        cells[c] = empty;
        data[row] = cells;
      }
    }
    if (data) this.#commit(data);
  }

  #setColumnBools(col: number): void {
    const data = this.#table.data;
    const all = data.length > 0 && data.every((r) => asBool(r[col]) === true);
    this.#commit(
      data.map((r) => {
        const cells = r.slice();
        cells[col] = !all;
        return cells;
      }),
    );
  }

  // ---- clipboard ------------------------------------------------------------------------------

  #onCopy(event: ClipboardEvent): void {
    if (event.target !== this.#grid || !this.#active || this.#active.row < 0) return;
    const rows = this.#selectedRows();
    if (!rows.length || !event.clipboardData) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', toTsv(rows));
    event.clipboardData.setData('text/html', toHtmlTable(rows));
    this.#flashCopied();
  }

  #onCut(event: ClipboardEvent): void {
    this.#onCopy(event);
    if (event.defaultPrevented) this.#clearSelection();
  }

  #onPaste(event: ClipboardEvent): void {
    if (event.target !== this.#grid || !this.interactive) return;
    const text = event.clipboardData?.getData('text/plain');
    const active = this.#active;
    if (text === undefined || !active || active.row < 0) return;
    event.preventDefault();
    this.#paste(parseTsv(text));
  }

  /**
   * Writes a block of cells from the active cell down and right (a single value fills the whole
   * selection). Rows are added while the row rules allow; columns beyond the table are dropped
   * unless columns may be added; static columns keep their cells.
   */
  #paste(block: string[][]): void {
    const rect = this.#selection;
    if (!rect || !block.length) return;
    const fill =
      block.length === 1 && block[0]!.length === 1 && (rect.bottom > rect.top || rect.right > rect.left);
    const height = fill ? rect.bottom - rect.top + 1 : block.length;
    const width = fill ? rect.right - rect.left + 1 : Math.max(...block.map((r) => r.length));
    let data = this.#table.data.slice();
    const headers = [...this.#table.headers];
    let columns = this.#table.columns;
    const rules = this.#columnRules;
    while (rect.left + width > columns && rules.dynamic && columns < rules.max) {
      headers.push(`Header ${headers.length + 1}`);
      data = data.map((r) => [...r, '']);
      columns++;
    }
    const rowRules = this.#rowRules;
    const targets: number[] = [];
    for (let i = 0; i < height; i++) {
      const viewRow = rect.top + i;
      if (viewRow < this.#view.length) targets.push(this.#dataRow(viewRow));
      else if (rowRules.dynamic && data.length < rowRules.max) {
        data.push(Array.from({ length: columns }, () => ''));
        targets.push(data.length - 1);
      }
    }
    targets.forEach((row, i) => {
      const source = fill ? block[0]! : block[i]!;
      const cells = (data[row] ?? []).slice();
      while (cells.length < columns) cells.push('');
      for (let j = 0; j < width; j++) {
        const col = rect.left + j;
        const text = fill ? source[0] : source[j];
        if (col >= columns || text === undefined || this.#isStatic(col)) continue;
        cells[col] = parseInput(text, this.#types[col] ?? 'str', cells[col]);
      }
      data[row] = cells;
    });
    this.#commit(data, headers);
    const lastRow = targets.at(-1);
    if (lastRow !== undefined) {
      this.#anchor = { row: targets[0]!, col: rect.left };
      this.#active = { row: lastRow, col: Math.min(columns - 1, rect.left + width - 1) };
    }
  }

  #flashCopied(): void {
    this.#copied = true;
    this.requestUpdate();
    setTimeout(() => {
      this.#copied = false;
      this.requestUpdate();
    }, 800);
  }

  /** The toolbar's copy: the selection if several cells are picked, else the table with headers. */
  async #copyButton(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const rect = this.#selection;
    const several = rect && (rect.bottom > rect.top || rect.right > rect.left);
    const rows = several ? this.#selectedRows() : this.#shownTable();
    if (!(await copyText(toTsv(rows), this))) return;
    if (several) this.#flashCopied();
    button.dataset.copied = '';
    button.setAttribute('aria-label', 'Copied');
    setTimeout(() => {
      delete button.dataset.copied;
      button.setAttribute('aria-label', 'Copy table');
    }, 1500);
  }

  /** The table as shown (order, search, filters, Styler text), headers first. */
  #shownTable(): unknown[][] {
    const rows: unknown[][] = [this.#table.headers];
    for (let v = 0; v < this.#view.length; v++) {
      const r = this.#dataRow(v);
      const row = this.#table.data[r] ?? [];
      rows.push(Array.from({ length: this.#table.columns }, (_, c) => this.#shownValue(r, c, row[c])));
    }
    return rows;
  }

  #exportCsv(): void {
    const blob = new Blob([`\ufeff${toCsv(this.#shownTable())}`], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const name = `${(this.label || 'dataframe').replace(/[\\/:*?"<>|]+/g, '_')}.csv`;
    void downloadFile(url, name, this).finally(() => setTimeout(() => URL.revokeObjectURL(url), 1000));
  }

  // ---- sort, search, filters ------------------------------------------------------------------

  /** A header's sort goes none -> ascending -> descending -> none; with Shift it joins the others. */
  #toggleSort(col: number, multi: boolean): void {
    const current = this.#sort.find((s) => s.col === col);
    const next: SortKey | null = !current ? { col, desc: false } : !current.desc ? { col, desc: true } : null;
    const others = multi ? this.#sort.filter((s) => s.col !== col) : [];
    this.#setSort(next ? [...others, next] : others);
  }

  #setSort(sort: SortKey[]): void {
    this.#sort = sort.slice(-MAX_SORT_KEYS);
    this.requestUpdate();
  }

  #sortBy(col: number, desc: boolean): void {
    const current = this.#sort.find((s) => s.col === col);
    if (current && current.desc === desc) this.#setSort(this.#sort.filter((s) => s.col !== col));
    else this.#setSort([...this.#sort.filter((s) => s.col !== col), { col, desc }]);
  }

  #onSearch(event: Event): void {
    this.#search = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  }

  /** "filter" mode: the rows the search leaves become the table's value. */
  #applyFilter(): void {
    if (!this.#search.trim()) return;
    const data: unknown[][] = [];
    for (let v = 0; v < this.#view.length; v++) data.push(this.#table.data[this.#dataRow(v)]!);
    this.#search = '';
    this.#active = null;
    this.#anchor = null;
    this.#commit(data);
  }

  // ---- rows and columns -----------------------------------------------------------------------

  #addRow(at: number): void {
    if (!this.#canAddRow) return;
    const data = this.#table.data.slice();
    data.splice(
      at,
      0,
      Array.from({ length: this.#table.columns || 1 }, () => ''),
    );
    this.#commit(data);
    this.#active = { row: at, col: this.#active?.col ?? 0 };
    this.#anchor = this.#active;
    this.#reveal(this.#active);
    this.#focusGrid();
  }

  #deleteRow(row: number): void {
    if (!this.#canDeleteRow) return;
    const data = this.#table.data.slice();
    data.splice(row, 1);
    this.#commit(data);
    const next = Math.min(row, data.length - 1);
    this.#active = next >= 0 ? { row: next, col: this.#active?.col ?? 0 } : null;
    this.#anchor = this.#active;
    this.#focusGrid();
  }

  #addColumn(at: number): void {
    if (!this.#canAddColumn) return;
    const headers = [...this.#table.headers];
    headers.splice(at, 0, `Header ${headers.length + 1}`);
    const data = this.#table.data.map((r) => {
      const cells = r.slice();
      while (cells.length < at) cells.push('');
      cells.splice(at, 0, '');
      return cells;
    });
    this.#sort = [];
    this.#filters = [];
    this.#commit(data, headers);
    this.#active = { row: this.#active?.row ?? -1, col: at };
    this.#anchor = this.#active;
    this.#focusGrid();
  }

  #deleteColumn(col: number): void {
    if (!this.#canDeleteColumn) return;
    const headers = this.#table.headers.filter((_, i) => i !== col);
    const data = this.#table.data.map((r) => r.filter((_, i) => i !== col));
    this.#sort = [];
    this.#filters = [];
    this.#commit(data, headers);
    this.#active = { row: this.#active?.row ?? -1, col: Math.max(0, Math.min(col, headers.length - 1)) };
    this.#anchor = this.#active;
    this.#focusGrid();
  }

  // ---- menus ----------------------------------------------------------------------------------

  #openMenuAt(cell: Cell, x?: number, y?: number): void {
    let px = x;
    let py = y;
    if (px === undefined || py === undefined) {
      const el = this.querySelector(`#${CSS.escape(this.#cellId(cell.row, cell.col))}`);
      const box = el?.getBoundingClientRect();
      px = box ? box.right - 8 : 0;
      py = box ? box.bottom : 0;
    }
    if (!this.#menuItems(cell).length) return;
    this.#menu = { ...cell, x: px, y: py };
    this.requestUpdate();
  }

  #menuItems(cell: Cell): { label: string; run: () => void; danger?: boolean }[] {
    const items: { label: string; run: () => void; danger?: boolean }[] = [];
    const col = cell.col;
    if (cell.row < 0) {
      const sorted = this.#sort.find((s) => s.col === col);
      items.push({
        label: sorted && !sorted.desc ? 'Sort ascending ✓' : 'Sort ascending',
        run: () => this.#sortBy(col, false),
      });
      items.push({
        label: sorted?.desc ? 'Sort descending ✓' : 'Sort descending',
        run: () => this.#sortBy(col, true),
      });
      if (this.#sort.length) items.push({ label: 'Clear sort', run: () => this.#setSort([]) });
      items.push({ label: 'Filter…', run: () => this.#openFilter(col) });
      if (this.#filters.length) items.push({ label: 'Clear filters', run: () => this.#setFilters([]) });
      if (this.#columnRules.dynamic && !this.#isStatic(col))
        items.push({ label: 'Rename column', run: () => this.#startEdit(cell) });
    } else if (this.interactive && !this.#isStatic(col)) {
      if (this.#canAddRow) {
        items.push({ label: 'Add row above', run: () => this.#addRow(cell.row) });
        items.push({ label: 'Add row below', run: () => this.#addRow(cell.row + 1) });
      }
      if (this.#canDeleteRow)
        items.push({ label: 'Delete row', run: () => this.#deleteRow(cell.row), danger: true });
    }
    if (this.interactive && (cell.row < 0 || !this.#isStatic(col))) {
      if (this.#canAddColumn) {
        items.push({ label: 'Add column left', run: () => this.#addColumn(col) });
        items.push({ label: 'Add column right', run: () => this.#addColumn(col + 1) });
      }
      if (this.#canDeleteColumn)
        items.push({ label: 'Delete column', run: () => this.#deleteColumn(col), danger: true });
    }
    return items;
  }

  #placeMenu(): void {
    const menu = this.querySelector<HTMLElement>('.df-menu');
    if (!menu || !this.#menu) return;
    if (!menu.matches(':popover-open')) {
      menu.showPopover();
      menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    }
    const box = menu.getBoundingClientRect();
    const x = Math.max(4, Math.min(this.#menu.x, window.innerWidth - box.width - 4));
    const y =
      this.#menu.y + box.height > window.innerHeight ? Math.max(4, this.#menu.y - box.height) : this.#menu.y;
    menu.style.left = `${x}px`;
    menu.style.top = `${y}px`;
  }

  #closeMenu(refocus = true): void {
    if (!this.#menu) return;
    this.#menu = null;
    this.requestUpdate();
    if (refocus) this.#focusGrid();
  }

  #onMenuToggle(event: ToggleEvent): void {
    if (event.newState === 'closed' && this.#menu) {
      this.#menu = null;
      this.requestUpdate();
    }
  }

  #onMenuKeyDown(event: KeyboardEvent): void {
    const items = [
      ...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="menuitem"]'),
    ];
    const index = items.indexOf(event.target as HTMLElement);
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = items[(index + 1) % items.length];
    else if (event.key === 'ArrowUp') next = items[(index - 1 + items.length) % items.length];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items.at(-1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      this.#closeMenu();
      return;
    } else return;
    event.preventDefault();
    next?.focus();
  }

  #openFilter(col: number): void {
    this.#filterCol = col;
    const current = this.#filters.find((f) => f.col === col);
    const first = this.#table.data.find((r) => r[col] !== null && r[col] !== undefined && r[col] !== '')?.[
      col
    ];
    const numeric = this.#types[col] === 'number' || typeof first === 'number';
    this.#filterKind = current ? current.kind : numeric ? 'number' : 'string';
    this.#menu = null;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const dialog = this.querySelector<HTMLElement>('.df-filter');
      if (dialog && !dialog.matches(':popover-open')) {
        dialog.showPopover();
        dialog.querySelector<HTMLElement>('select')?.focus();
      }
    });
  }

  #setFilters(filters: ColumnFilter[]): void {
    this.#filters = filters;
    this.requestUpdate();
  }

  #onFilterSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const col = this.#filterCol;
    if (col === null) return;
    const data = new FormData(event.target as HTMLFormElement);
    const filter: ColumnFilter = {
      col,
      kind: this.#filterKind,
      op: String(data.get('op') ?? ''),
      value: String(data.get('value') ?? ''),
    };
    this.#setFilters([...this.#filters.filter((f) => f.col !== col), filter]);
    this.#closeFilter();
  }

  #closeFilter(): void {
    this.querySelector<HTMLElement>('.df-filter')?.hidePopover();
    this.#filterCol = null;
    this.requestUpdate();
    this.#focusGrid();
  }

  // ---- pointer --------------------------------------------------------------------------------

  /** The cell under a pointer event, from the `data-row` / `data-col` of its element. */
  #cellAt(event: Event): Cell | null {
    const el = (event.target as Element).closest<HTMLElement>('[data-col]');
    const row = el?.closest<HTMLElement>('[data-row]');
    if (!el || !row || !this.contains(el)) return null;
    return { row: Number(row.dataset.row), col: Number(el.dataset.col) };
  }

  #onMouseDown(event: MouseEvent): void {
    if (event.button !== 0) return;
    const target = event.target as Element;
    if (target.closest('.df-editor')) return;
    const cell = this.#cellAt(event);
    if (!cell) return;
    if (this.#editing) this.#endEdit();
    // No text selection, and focus stays on the grid, which holds the keyboard.
    event.preventDefault();
    this.#focusGrid();
    if (target.closest('.df-th-button')) return;
    const extend = event.shiftKey && this.#active !== null && this.#active.row >= 0 && cell.row >= 0;
    this.#active = cell;
    if (!extend) this.#anchor = cell;
    this.requestUpdate();
    if (cell.row >= 0) {
      this.#selectCell(cell.row, cell.col);
      this.#dragging = true;
      window.addEventListener('mouseup', this.#endDrag);
    }
  }

  #onMouseOver(event: MouseEvent): void {
    if (!this.#dragging) return;
    const cell = this.#cellAt(event);
    if (!cell || cell.row < 0) return;
    if (cell.row !== this.#active?.row || cell.col !== this.#active.col) {
      this.#active = cell;
      this.requestUpdate();
    }
  }

  readonly #endDrag = (): void => {
    this.#dragging = false;
    window.removeEventListener('mouseup', this.#endDrag);
  };

  #onDoubleClick(event: MouseEvent): void {
    const cell = this.#cellAt(event);
    if (!cell || (event.target as Element).closest('.df-th-button, .df-editor')) return;
    this.#startEdit(cell);
  }

  #onContextMenu(event: MouseEvent): void {
    const cell = this.#cellAt(event);
    if (!cell || (event.target as Element).closest('.df-editor')) return;
    if (!this.#menuItems(cell).length) return;
    event.preventDefault();
    this.#active = cell;
    this.#anchor = cell;
    this.#openMenuAt(cell, event.clientX, event.clientY);
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const button = target.closest<HTMLElement>('.df-th-button');
    const cell = this.#cellAt(event);
    if (button && cell) {
      if (button.dataset.action === 'sort') this.#toggleSort(cell.col, event.shiftKey);
      else {
        const box = button.getBoundingClientRect();
        this.#active = cell;
        this.#anchor = cell;
        this.#openMenuAt(cell, box.left, box.bottom);
      }
      return;
    }
    if (target instanceof HTMLInputElement && target.type === 'checkbox' && cell) {
      // The box toggles itself; the redraw that follows agrees with it.
      if (cell.row >= 0) this.#toggleBool(cell.row, cell.col);
      else if (this.#canEdit(cell.col)) this.#setColumnBools(cell.col);
    }
  }

  // ---- fullscreen -----------------------------------------------------------------------------

  readonly #onFullscreenChange = (): void => {
    const on = this.matches(':fullscreen');
    if (on !== this.#fullscreen && !this.classList.contains('df-fullscreen-fallback')) {
      this.#fullscreen = on;
      this.requestUpdate();
    }
  };

  async #toggleFullscreen(): Promise<void> {
    if (this.#fullscreen) {
      if (this.matches(':fullscreen')) await document.exitFullscreen().catch(() => undefined);
      this.classList.remove('df-fullscreen-fallback');
      this.#fullscreen = false;
    } else {
      try {
        await this.requestFullscreen();
      } catch {
        // Not allowed here (an iframe without allowfullscreen): cover the window instead.
        this.classList.add('df-fullscreen-fallback');
      }
      this.#fullscreen = true;
    }
    this.requestUpdate();
  }

  // ---- rendering ------------------------------------------------------------------------------

  #displayText(row: number, col: number): string {
    const shown = !this.interactive ? this.#table.displayValue?.[row]?.[col] : null;
    return shown ?? cellText(this.#table.data[row]?.[col]);
  }

  #renderContent(row: number, col: number, active: boolean): unknown {
    const type = this.#types[col] ?? 'str';
    const value = this.#table.data[row]?.[col];
    if (type === 'bool') {
      const checked = asBool(value);
      if (checked !== null)
        return html`<input
          type="checkbox"
          class="df-check"
          tabindex="-1"
          .checked=${live(checked)}
          ?disabled=${!this.#canEdit(col)}
          aria-label=${this.#table.headers[col] ?? ''}
        />`;
    }
    const full = this.#displayText(row, col);
    const text = active ? full : truncate(full, this.maxChars);
    if (type === 'image' && full) {
      const src = /^(https?:|data:|blob:)/.test(full) ? full : (this.services?.fileUrl(full) ?? full);
      return html`<img class="df-img" src=${src} alt="" loading="lazy" />`;
    }
    if ((type === 'markdown' || type === 'html') && markdownModule)
      return html`<div
        class="df-md md ${type === 'markdown' ? 'prose' : 'plain'}"
        ${markdownModule.markdown(text, {
          latexDelimiters: this.latexDelimiters ?? [],
          lineBreaks: this.lineBreaks,
          renderMarkdown: type === 'markdown',
          copyCodeButtons: false,
        })}
      ></div>`;
    return html`<span class="df-text">${text}</span>`;
  }

  #renderEditor(): TemplateResult {
    return html`<textarea
      class="df-editor"
      rows="1"
      aria-label="Edit cell"
      .value=${live(this.#editing?.draft ?? '')}
      @keydown=${this.#onEditorKeyDown}
      @input=${this.#onEditorInput}
      @blur=${this.#onEditorBlur}
      @mousedown=${(e: Event) => e.stopPropagation()}
    ></textarea>`;
  }

  /**
   * What every drawn row shares: the columns drawn (the pinned ones, then the scrolling ones in
   * view), the grid template that places them (spacers stand for columns not drawn), each
   * column's classes, and a key that changes whenever any of it, or anything else every row
   * shows, changes (rows whose own data did not change are then not redrawn while scrolling).
   */
  #layout(): RowLayout {
    const pinned = this.#pinned;
    const rn = this.#rowNumberWidth;
    const widths = this.#widths;
    const { starts } = offsets(widths);
    const drawn: number[] = [];
    for (let c = 0; c < pinned; c++) drawn.push(c);
    for (const item of this.#cols.items()) drawn.push(item.index + pinned);
    const gapBefore = new Set<number>();
    const tracks: string[] = rn ? [`${rn}px`] : [];
    let x = 0;
    for (const c of drawn) {
      if (starts[c]! > x) {
        tracks.push(`${starts[c]! - x}px`);
        gapBefore.add(c);
      }
      tracks.push(`${widths[c]}px`);
      x = starts[c]! + widths[c]!;
    }
    const editable = this.interactive;
    const classes = this.#types.map((type, c) => {
      let cls = `df-td df-${type}`;
      if (c < pinned) cls += ' pinned';
      if (c === pinned - 1) cls += ' pin-edge';
      if (this.#isStatic(c)) cls += ' static';
      return cls;
    });
    const virtualCols = drawn.length < this.#table.columns;
    const key = [
      this.#epoch,
      tracks.join(' '),
      drawn.join(','),
      this.#types.join(),
      editable,
      Boolean(markdownModule),
      this.#rowHeight,
      this.#headerHeight,
      this.#copied,
    ].join('|');
    return { drawn, starts, gapBefore, template: tracks.join(' '), classes, virtualCols, key };
  }

  #renderHeader(layout: RowLayout, width: number): unknown {
    const active = this.#active;
    const editing = this.#editing;
    const sorts = this.#sort;
    const deps = [
      layout.key,
      this.#table.headers,
      this.#table.data,
      sorts,
      this.#filters,
      active?.row === -1 ? active.col : -1,
      editing?.row === -1 ? editing.col : -1,
    ];
    return guard(deps, () => {
      const rn = this.#rowNumberWidth;
      const pinned = this.#pinned;
      const header = (c: number): TemplateResult => {
        const sort = sorts.findIndex((s) => s.col === c);
        const key = sort >= 0 ? sorts[sort]! : null;
        const isActive = active?.row === -1 && active.col === c;
        const isEditing = editing?.row === -1 && editing.col === c;
        const filtered = this.#filters.some((f) => f.col === c);
        const name = this.#table.headers[c] ?? '';
        return html`<div
          role="columnheader"
          id=${this.#cellId(-1, c)}
          class="df-th ${c < pinned ? 'pinned' : ''} ${isActive ? 'active' : ''} ${c === pinned - 1 ? 'pin-edge' : ''}"
          aria-colindex=${c + 1 + (rn ? 1 : 0)}
          aria-sort=${key ? (key.desc ? 'descending' : 'ascending') : 'none'}
          data-col=${c}
          style=${c < pinned ? `left:${rn + layout.starts[c]!}px` : nothing}
          title=${name}
        >
          ${this.#types[c] === 'bool' && this.#canEdit(c) ? this.#renderToggleAll(c, name) : nothing}
          ${isEditing ? this.#renderEditor() : html`<span class="df-th-text">${name}</span>`}
          ${
            this.#isStatic(c) && this.interactive
              ? html`<span class="df-lock" title="Read-only column">${dfIcons.lock}</span>`
              : nothing
          }
          ${filtered ? html`<span class="df-filtered" title="Filtered">${dfIcons.filter}</span>` : nothing}
          <button
            type="button"
            class="df-th-button df-sort ${key ? 'sorted' : ''}"
            tabindex="-1"
            data-action="sort"
            aria-label="Sort by ${name}"
            title="Sort (Shift: by several columns)"
          >
            ${key ? (key.desc ? dfIcons.sortDesc : dfIcons.sortAsc) : dfIcons.sortable}${
              key && sorts.length > 1 ? html`<span class="df-sort-rank">${sort + 1}</span>` : nothing
            }
          </button>
          <button
            type="button"
            class="df-th-button df-more"
            tabindex="-1"
            data-action="menu"
            aria-label="Column menu for ${name}"
            aria-haspopup="menu"
          >
            ${dfIcons.more}
          </button>
        </div>`;
      };
      return html`<div class="df-header" role="rowgroup" style="width:${width}px">
        <div class="df-row df-header-row" role="row" aria-rowindex="1" data-row="-1">
          ${
            rn
              ? html`<div role="columnheader" class="df-rownum" aria-colindex="1">
                  <span class="gr-visually-hidden">Row</span>
                </div>`
              : nothing
          }
          ${layout.drawn.map((c) => (layout.gapBefore.has(c) ? [GAP, header(c)] : header(c)))}
        </div>
      </div>`;
    });
  }

  #slotCount = 0;

  /**
   * The drawn rows by slot: a row keeps its slot (its element) while it stays in view, and a row
   * scrolling in takes the slot of one that left. Scrolling then only rewrites the text of the
   * rows that came in (no element created, removed or moved); rows are placed by their
   * transform and numbered by aria-rowindex, so their order in the document does not matter.
   */
  #slots(items: readonly VirtualItem[]): (VirtualItem | null)[] {
    // An even count keeps each slot on rows of one parity: its odd/even class never changes.
    this.#slotCount = Math.max(this.#slotCount, items.length + 4 + (items.length % 2));
    const n = this.#slotCount;
    const slots: (VirtualItem | null)[] = new Array<VirtualItem | null>(n + 1).fill(null);
    // The row kept drawn out of view (the one being edited) is placed first: it keeps its slot.
    const keep = this.#active && this.#active.row >= 0 ? this.#viewRow(this.#active.row) : -1;
    const ordered =
      keep >= 0
        ? [...items.filter((i) => i.index === keep), ...items.filter((i) => i.index !== keep)]
        : items;
    for (const item of ordered) {
      const slot = item.index % n;
      slots[slots[slot] ? n : slot] = item;
    }
    return slots;
  }

  /** A bool column's header checkbox: checks or clears the whole column. */
  #renderToggleAll(col: number, name: string): TemplateResult {
    const data = this.#table.data;
    const on = data.reduce((n, r) => n + (asBool(r[col]) === true ? 1 : 0), 0);
    return html`<input
      type="checkbox"
      class="df-check"
      tabindex="-1"
      .checked=${live(data.length > 0 && on === data.length)}
      .indeterminate=${on > 0 && on < data.length}
      aria-label="Toggle all: ${name}"
    />`;
  }

  #renderRow(item: VirtualItem, layout: RowLayout, selection: Rect | null, measured: boolean): unknown {
    const viewRow = item.index;
    const row = this.#dataRow(viewRow);
    const active = this.#active;
    const editing = this.#editing;
    const inSelection = selection !== null && viewRow >= selection.top && viewRow <= selection.bottom;
    const selKey = `${inSelection ? `${selection.left}-${selection.right}` : ''}|${active?.row === row ? active.col : -1}|${
      editing?.row === row ? editing.col : -1
    }`;
    const deps = [this.#table.data[row], row, viewRow, item.start, layout.key, selKey];
    return guard(deps, () => {
      const styling = this.#table.styling?.[row];
      const rn = this.#rowNumberWidth;
      const pinned = this.#pinned;
      const editable = this.interactive;
      const cell = (c: number): TemplateResult => {
        const isActive = active?.row === row && active.col === c;
        const isEditing = editing?.row === row && editing.col === c;
        const selected = inSelection && c >= selection.left && c <= selection.right;
        let cls = layout.classes[c]!;
        if (selected) cls += ' selected';
        if (isActive) cls += ' active';
        if (isEditing) cls += ' editing';
        const own = styling?.[c];
        const left = c < pinned ? `left:${rn + layout.starts[c]!}px` : '';
        return html`<div
          role="gridcell"
          class=${cls}
          data-col=${c}
          id=${isActive ? this.#cellId(row, c) : nothing}
          aria-selected=${selected ? 'true' : nothing}
          aria-colindex=${layout.virtualCols ? c + 1 + (rn ? 1 : 0) : nothing}
          aria-readonly=${editable && this.#isStatic(c) ? 'true' : nothing}
          style=${own || left ? `${own ?? ''};${left}` : nothing}
        >
          ${isEditing ? this.#renderEditor() : this.#renderContent(row, c, isActive)}
        </div>`;
      };
      const flash = this.#copied && inSelection;
      return html`<div
        role="row"
        class="df-row ${viewRow % 2 ? 'odd' : 'even'}${flash ? ' flash' : ''}"
        aria-rowindex=${viewRow + 2}
        data-index=${viewRow}
        data-row=${row}
        style="transform:translateY(${item.start - this.#headerHeight}px)${measured ? '' : `;height:${this.#rowHeight}px`}"
        ${measured ? ref((el) => el && this.#rows.virtualizer.measureElement(el as HTMLElement)) : nothing}
      >
        ${rn ? html`<div role="rowheader" class="df-rownum">${row + 1}</div>` : nothing}
        ${layout.drawn.map((c) => (layout.gapBefore.has(c) ? [GAP, cell(c)] : cell(c)))}
      </div>`;
    });
  }

  #renderToolbar(): unknown {
    const search =
      this.showSearch === 'search' || this.showSearch === 'filter'
        ? html`<span class="df-search">
            ${icons.search}
            <input
              type="search"
              class="input"
              placeholder=${this.showSearch === 'filter' ? 'Filter...' : 'Search...'}
              aria-label=${this.showSearch === 'filter' ? 'Filter the rows' : 'Search the table'}
              .value=${live(this.#search)}
              @input=${this.#onSearch}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Enter' && this.showSearch === 'filter') this.#applyFilter();
              }}
            />
            ${
              this.showSearch === 'filter' && this.#search.trim()
                ? html`<button
                    type="button"
                    class="icon-button"
                    aria-label="Apply filter"
                    title="Keep only these rows in the table"
                    @click=${this.#applyFilter}
                  >
                    ${dfIcons.apply}
                  </button>`
                : nothing
            }
          </span>`
        : nothing;
    const copy = this.#showButton('copy');
    const fullscreen = this.#showButton('fullscreen');
    return html`<div class="df-toolbar" role="toolbar" aria-label="Table actions">
      ${search} ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
      ${
        copy
          ? html`<button
                type="button"
                class="icon-button copy-button"
                aria-label="Copy table"
                title="Copy"
                @click=${this.#copyButton}
              >
                <span class="when-idle">${icons.copy}</span><span class="when-copied">${icons.check}</span>
              </button>
              <button
                type="button"
                class="icon-button"
                aria-label="Download CSV"
                title="Download CSV"
                @click=${this.#exportCsv}
              >
                ${icons.download}
              </button>`
          : nothing
      }
      ${
        fullscreen
          ? html`<button
              type="button"
              class="icon-button"
              aria-label=${this.#fullscreen ? 'Exit fullscreen' : 'Fullscreen'}
              aria-pressed=${this.#fullscreen ? 'true' : 'false'}
              @click=${this.#toggleFullscreen}
            >
              ${this.#fullscreen ? icons.minimize : icons.maximize}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderMenu(): unknown {
    const menu = this.#menu;
    if (!menu) return nothing;
    const items = this.#menuItems(menu);
    return html`<div
      class="df-menu"
      role="menu"
      popover="auto"
      aria-label=${menu.row < 0 ? 'Column' : 'Cell'}
      @toggle=${this.#onMenuToggle}
      @keydown=${this.#onMenuKeyDown}
    >
      ${items.map(
        (item) =>
          html`<button
            type="button"
            role="menuitem"
            tabindex="-1"
            class=${item.danger ? 'danger' : ''}
            @click=${() => {
              this.#closeMenu(false);
              this.#focusGrid();
              item.run();
            }}
          >
            ${item.label}
          </button>`,
      )}
    </div>`;
  }

  #renderFilter(): unknown {
    const col = this.#filterCol;
    if (col === null) return nothing;
    const current = this.#filters.find((f) => f.col === col);
    const kind = this.#filterKind;
    const ops = kind === 'number' ? NUMBER_FILTERS : STRING_FILTERS;
    return html`<form
      class="df-filter"
      role="dialog"
      aria-label="Filter ${this.#table.headers[col] ?? ''}"
      popover="auto"
      @submit=${this.#onFilterSubmit}
      @toggle=${(e: ToggleEvent) => {
        if (e.newState === 'closed' && this.#filterCol !== null) {
          this.#filterCol = null;
          this.requestUpdate();
        }
      }}
    >
      <label
        >Compare as
        <select
          class="input"
          @change=${(e: Event) => {
            this.#filterKind = (e.target as HTMLSelectElement).value === 'number' ? 'number' : 'string';
            this.requestUpdate();
          }}
        >
          <option value="string" ?selected=${kind === 'string'}>text</option>
          <option value="number" ?selected=${kind === 'number'}>numbers</option>
        </select></label
      >
      <label
        >Condition
        <select name="op" class="input">
          ${ops.map((op) => html`<option ?selected=${current?.op === op && current.kind === kind}>${op}</option>`)}
        </select></label
      >
      <label>Value <input name="value" class="input" .value=${current?.value ?? ''} /></label>
      <div class="df-filter-actions">
        <button type="button" class="gr-button secondary sm" @click=${this.#closeFilter}>Cancel</button>
        <button type="submit" class="gr-button primary sm">Apply</button>
      </div>
    </form>`;
  }

  protected override renderContent(): unknown {
    const labelId = `${this.#id}-label`;
    const showLabel = Boolean(this.label) && this.showLabel;
    const title = html`<span id=${labelId} class="label ${showLabel ? '' : 'gr-visually-hidden'}"
      >${this.label ?? ''}</span
    >`;
    if (this.#error)
      return html`<div class="block no-container df">
        <div class="df-head">${title}</div>
        ${renderValueError(`This table cannot show its value: ${this.#error}.`)}
      </div>`;
    const table = this.#table;
    const { total } = offsets(this.#widths);
    const width = this.#rowNumberWidth + total;
    const layout = this.#layout();
    const selection = this.#selection;
    const measured = this.#measuredRows;
    const items = this.#rows.items();
    const active = this.#active;
    const activeId =
      active && (active.row < 0 || this.#viewRow(active.row) >= 0)
        ? this.#cellId(active.row, active.col)
        : nothing;
    const maxHeight = this.#fullscreen ? undefined : cssLength(this.maxHeight);
    const empty = table.data.length === 0;
    return html`<div
      class="block no-container df ${this.wrap ? 'wrap' : ''} ${this.#fullscreen ? 'fullscreen' : ''}"
    >
      <div class="df-head">${title}${this.#renderToolbar()}</div>
      <div
        class="df-grid"
        role="grid"
        tabindex="0"
        aria-labelledby=${labelId}
        aria-rowcount=${this.#view.length + 1}
        aria-colcount=${table.columns + (this.#rowNumberWidth ? 1 : 0)}
        aria-multiselectable="true"
        aria-readonly=${this.interactive ? 'false' : 'true'}
        aria-activedescendant=${activeId}
        style=${maxHeight ? `max-height:${maxHeight}` : ''}
        @keydown=${this.#onKeyDown}
        @focus=${this.#onGridFocus}
        @mousedown=${this.#onMouseDown}
        @mouseover=${this.#onMouseOver}
        @dblclick=${this.#onDoubleClick}
        @contextmenu=${this.#onContextMenu}
        @click=${this.#onClick}
        @copy=${this.#onCopy}
        @cut=${this.#onCut}
        @paste=${this.#onPaste}
      >
        <div class="df-canvas" style="width:${width}px;--_cols:${layout.template}">
          ${this.#renderHeader(layout, width)}
          <div class="df-body" role="rowgroup" style="height:${this.#rows.total()}px;width:${width}px">
            ${this.#slots(items).map((item) => (item ? this.#renderRow(item, layout, selection, measured) : nothing))}
          </div>
        </div>
      </div>
      ${
        empty && this.#canAddRow
          ? html`<button
              type="button"
              class="gr-button secondary sm df-add-row"
              @click=${() => this.#addRow(0)}
            >
              ${icons.plus} Add row
            </button>`
          : nothing
      }
      ${empty && !this.#canAddRow && !table.columns ? html`<p class="df-empty">No data</p>` : nothing}
      <div class="df-row df-probe" aria-hidden="true">
        <div class="df-th"><span class="df-th-text">M</span></div>
        <div class="df-td"><span class="df-text">M</span></div>
      </div>
      ${this.#renderMenu()} ${this.#renderFilter()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-dataframe': GrDataframe;
  }
}
