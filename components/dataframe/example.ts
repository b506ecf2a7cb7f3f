import { css, html } from 'lit';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { cellText } from './internal/value.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-dataframe {
      border-collapse: collapse;
      font-family: var(--font-mono);
      font-size: var(--text-sm);
      text-align: start;
    }
    .gr-example-dataframe td {
      max-width: var(--size-40, 10rem);
      padding: var(--size-1) var(--size-2);
      overflow: hidden;
      border: 1px solid var(--table-border-color, var(--border-color-primary));
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  }
`);

/** At most this many rows and columns of a sample are shown, as in Gradio. */
const SHOWN = 3;

/**
 * A table in an examples table: the first rows and columns of its cells ("…" where there are
 * more). The server sends the sample's rows (`process_example`), or `{headers, data}` as given.
 */
export const renderExample: ExampleRenderer = (value) => {
  const rows: unknown = Array.isArray(value) ? value : (value as { data?: unknown } | null)?.data;
  if (typeof value === 'string') return value;
  if (!Array.isArray(rows)) return '';
  if (!rows.length || (Array.isArray(rows[0]) && !rows[0].length))
    return html`<table class="gr-example-dataframe">
      <tr>
        <td>Empty</td>
      </tr>
    </table>`;
  return html`<table class="gr-example-dataframe">
    ${rows.slice(0, SHOWN).map((row: unknown) => {
      const cells = Array.isArray(row) ? row : [row];
      return html`<tr>
        ${cells.slice(0, SHOWN).map((c) => html`<td>${cellText(c)}</td>`)}${
          cells.length > SHOWN ? html`<td>…</td>` : ''
        }
      </tr>`;
    })}
    ${
      rows.length > SHOWN
        ? html`<tr>
            <td colspan=${Math.min(SHOWN + 1, 4)}>…</td>
          </tr>`
        : ''
    }
  </table>`;
};
