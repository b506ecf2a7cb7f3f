import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import type { ExampleContext, ExampleRenderer } from '../../src/base/example.js';
import { datasetStyles } from './dataset.styles.js';
import { visiblePages, GAP } from './internal/pages.js';
import { plainExample } from './internal/plain-example.js';

/** A column's component: `{name, class_id}` (6.x) or its bare name (4.x, 5.x). */
type ColumnComponent = { name: string; class_id?: string } | string;

const nameOf = (c: ColumnComponent): string => (typeof c === 'string' ? c : String(c?.name ?? ''));

/**
 * @summary A Gradio `Dataset`, the table or gallery of `gr.Examples`: each sample drawn with its
 * input component's example form, paginated; clicking a sample (or Enter on it) reports it.
 * @event gr-click - The user picked a sample; `value` is then its index.
 * @event gr-select - The same pick, with SelectData `{index, value: the sample's row}`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('dataset')
export class GrDataset extends GradioElement {
  static override css = datasetStyles;

  /** The index of the sample last picked. */
  @property({ attribute: false }) value: number | null = null;
  /** The component of each column. */
  @property({ attribute: false }) components: readonly ColumnComponent[] = [];
  /** The props of each column's component (its example form reads them). */
  @property({ attribute: false }) componentProps: readonly Record<string, unknown>[] = [];
  /** One row per sample, one value per column. */
  @property({ attribute: false }) samples: unknown = [];
  /** Column titles (the inputs' labels). */
  @property({ attribute: false }) headers: readonly string[] = [];
  /** Labels shown instead of the samples' values. */
  @property({ attribute: false }) sampleLabels: readonly string[] | null = null;
  /** Samples per page. */
  @property({ type: Number, attribute: 'samples-per-page' }) samplesPerPage = 10;
  /** `gallery`, `table`, or null to choose by the number of columns. */
  @property() layout: 'gallery' | 'table' | null = null;

  // A dataset is something to pick from, whatever the engine decided about inputs and outputs.
  override interactive = true;

  @state() private page = 0;
  /** Example forms loaded so far, by component name; null for a type without one. */
  @state() private renderers = new Map<string, ExampleRenderer | null>();
  #requested = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // New samples start again on the first page, as in Gradio.
    if (changed.has('samples') || changed.has('sampleLabels')) this.page = 0;
    if (changed.has('components') || changed.has('services')) this.#loadRenderers();
  }

  #loadRenderers(): void {
    if (!this.services) return;
    for (const name of new Set((this.components ?? []).map(nameOf))) {
      if (!name || this.#requested.has(name)) continue;
      this.#requested.add(name);
      this.services.loadExampleRenderer(name).then(
        (renderer) => (this.renderers = new Map(this.renderers).set(name, renderer)),
        () => this.#requested.delete(name),
      );
    }
  }

  /** The rows shown: the labels when there are any, else the samples. */
  get #rows(): unknown[][] {
    if (this.sampleLabels) return this.sampleLabels.map((label) => [label]);
    if (this.samples === null || this.samples === undefined) return [];
    if (!Array.isArray(this.samples) || !this.samples.every(Array.isArray)) {
      throw new Error('its samples are not a list of rows');
    }
    return this.samples as unknown[][];
  }

  get #gallery(): boolean {
    return ((this.components?.length ?? 0) < 2 || this.sampleLabels !== null) && this.layout !== 'table';
  }

  #pick(index: number, row: unknown[]): void {
    this.value = index;
    this.emit('click');
    this.emit('select', { index, value: row });
  }

  /** Enter or Space picks a table row (gallery cards are buttons); arrows move between rows. */
  #onRowKey(event: KeyboardEvent, index: number, row: unknown[]): void {
    const current = event.currentTarget as HTMLElement;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#pick(index, row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = event.key === 'ArrowDown' ? current.nextElementSibling : current.previousElementSibling;
      if (next instanceof HTMLElement) {
        event.preventDefault();
        next.focus();
      }
    }
  }

  #cell(value: unknown, column: number, layout: ExampleContext['layout']): unknown {
    const name = nameOf(this.components?.[column] ?? '');
    const renderer = this.renderers.get(name);
    if (!renderer || !this.services) return plainExample(value);
    const services = this.services;
    try {
      return renderer(value, this.componentProps?.[column] ?? {}, {
        layout,
        fileUrl: (file) => services.fileUrl(file),
        appTrusted: services.appJs.trusted,
      });
    } catch {
      // One sample the form cannot draw still shows, as text.
      return plainExample(value);
    }
  }

  #renderGallery(rows: unknown[][], start: number): unknown {
    return html`<div class="gallery">
      ${rows.map((row, i) =>
        row[0] === null || row[0] === undefined
          ? nothing
          : html`<button type="button" class="gallery-item" @click=${() => this.#pick(start + i, row)}>
              ${this.sampleLabels ? html`<span class="sample-label">${String(row[0])}</span>` : this.#cell(row[0], 0, 'gallery')}
            </button>`,
      )}
    </div>`;
  }

  #renderTable(rows: unknown[][], start: number): unknown {
    const columns = this.components?.length ?? 0;
    const headers = this.headers ?? [];
    return html`<div class="table-wrap">
      <table aria-label=${this.label || 'Examples'}>
        ${
          headers.length
            ? html`<thead>
                <tr>
                  ${headers.map((header) => html`<th scope="col">${header}</th>`)}
                </tr>
              </thead>`
            : nothing
        }
        <tbody>
          ${rows.map(
            (row, i) =>
              html`<tr
                class="sample"
                tabindex="0"
                @click=${() => this.#pick(start + i, row)}
                @keydown=${(e: KeyboardEvent) => this.#onRowKey(e, start + i, row)}
              >
                ${row.slice(0, columns).map((value, j) => {
                  const name = nameOf(this.components[j]!);
                  return html`<td class=${name}>${this.#cell(value, j, 'table')}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderPages(count: number, perPage: number, current: number): unknown {
    const pageCount = Math.ceil(count / perPage);
    return html`<nav class="paginate" aria-label="Example pages">
      <span>Pages:</span>
      ${visiblePages(current, pageCount).map((page) =>
        page === GAP
          ? html`<span aria-hidden="true">...</span>`
          : html`<button
              type="button"
              class="page ${page === current ? 'current-page' : ''}"
              aria-current=${page === current ? 'page' : 'false'}
              aria-label="Page ${page + 1}"
              @click=${() => (this.page = page)}
            >
              ${page + 1}
            </button>`,
      )}
    </nav>`;
  }

  protected override renderContent(): unknown {
    const label = this.showLabel
      ? html`<div class="dataset-label">
          <svg viewBox="0 0 32 32" width="1em" height="1em" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M10 6h18v2H10zm0 18h18v2H10zm0-9h18v2H10zm-6 0h2v2H4zm0-9h2v2H4zm0 18h2v2H4z"
            />
          </svg>
          ${this.label || 'Examples'}
        </div>`
      : nothing;
    let rows: unknown[][];
    try {
      rows = this.#rows;
    } catch (error) {
      return html`${label}${renderValueError(`This dataset cannot show its samples: ${(error as Error).message}.`)}`;
    }
    const perPage = Math.max(1, Math.floor(this.samplesPerPage) || 10);
    const paginate = rows.length > perPage;
    const page = Math.min(this.page, Math.max(0, Math.ceil(rows.length / perPage) - 1));
    const start = paginate ? page * perPage : 0;
    const shown = paginate ? rows.slice(start, start + perPage) : rows;
    const body = this.#gallery
      ? this.#renderGallery(shown, start)
      : shown.length
        ? this.#renderTable(shown, start)
        : nothing;
    return html`${label}${body}${paginate ? this.#renderPages(rows.length, perPage, page) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-dataset': GrDataset;
  }
}
