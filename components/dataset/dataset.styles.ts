import { css } from 'lit';

export const datasetStyles = css`
  @layer gr.components {
    gr-dataset {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
      color: var(--body-text-color);
    }
    gr-dataset .dataset-label {
      display: flex;
      align-items: center;
      gap: var(--size-1, 0.25rem);
      margin-bottom: var(--size-2, 0.5rem);
      color: var(--block-label-text-color);
      font-weight: var(--block-label-text-weight);
      font-size: var(--block-label-text-size);
      line-height: var(--line-sm);
    }
    gr-dataset .gallery {
      display: flex;
      flex-wrap: wrap;
      gap: var(--spacing-lg);
    }
    gr-dataset .gallery-item {
      overflow: hidden;
      max-width: 100%;
      padding: 0;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--button-large-radius);
      background: none;
      color: inherit;
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    gr-dataset .gallery-item:hover,
    gr-dataset .gallery-item:focus-visible {
      border-color: var(--border-color-accent);
      background: var(--table-row-focus);
    }
    gr-dataset .gallery-item:focus-visible,
    gr-dataset tr.sample:focus-visible,
    gr-dataset .page:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    gr-dataset .sample-label {
      display: block;
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
    }
    gr-dataset .table-wrap {
      overflow-x: auto;
      width: 100%;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--table-radius);
      line-height: var(--line-sm);
      color: var(--table-text-color);
    }
    gr-dataset table {
      width: 100%;
      border-collapse: collapse;
    }
    gr-dataset thead tr {
      box-shadow: var(--shadow-drop-lg);
      border-bottom: 1px solid var(--border-color-primary);
    }
    gr-dataset th {
      padding: var(--size-2, 0.5rem);
      white-space: nowrap;
      font-weight: 600;
    }
    gr-dataset th + th,
    gr-dataset td + td {
      border-left: 1px solid var(--border-color-primary);
    }
    gr-dataset tr.sample {
      border-bottom: 1px solid var(--border-color-primary);
      background: var(--table-even-background-fill);
      cursor: pointer;
    }
    gr-dataset tr.sample:last-child {
      border-bottom: none;
    }
    gr-dataset tr.sample:nth-child(odd) {
      background: var(--table-odd-background-fill);
    }
    gr-dataset tr.sample:hover,
    gr-dataset tr.sample:focus-visible {
      background: var(--table-row-focus);
    }
    gr-dataset tr.sample:hover td + td {
      border-color: var(--border-color-accent);
    }
    gr-dataset td {
      padding: var(--size-2, 0.5rem);
      text-align: center;
    }
    gr-dataset td.textbox {
      max-width: 35ch;
    }
    gr-dataset .paginate {
      display: flex;
      justify-content: center;
      align-items: center;
      gap: var(--spacing-sm);
      margin-top: var(--size-2, 0.5rem);
      color: var(--block-label-text-color);
      font-size: var(--text-sm);
    }
    gr-dataset .page {
      padding: 0 var(--spacing-xs);
      border: none;
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    gr-dataset .page.current-page {
      font-weight: var(--weight-bold, 700);
    }
  }
`;
