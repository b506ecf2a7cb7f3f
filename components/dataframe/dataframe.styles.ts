import { css } from 'lit';

export const dataframeStyles = css`
  @layer gr.components {
    gr-dataframe {
      display: block;
      --_border: var(--table-border-color, var(--border-color-primary));
      --_row: var(--table-odd-background-fill, var(--background-fill-secondary));
      --_row-alt: var(--table-even-background-fill, var(--background-fill-primary));
      --_ring: var(--color-accent);
    }
    gr-dataframe .df {
      display: flex;
      flex-direction: column;
      gap: var(--size-2);
      min-width: 0;
    }
    gr-dataframe .df-head {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      gap: var(--size-2);
      min-height: var(--size-6);
    }
    gr-dataframe .df-head .label {
      flex: 1 1 auto;
      margin-right: auto;
      color: var(--block-label-text-color);
      font-size: var(--block-label-text-size);
      line-height: var(--line-sm);
    }
    gr-dataframe .df-toolbar {
      display: flex;
      flex: none;
      align-items: center;
      gap: var(--size-1);
    }
    gr-dataframe .df-search {
      position: relative;
      display: flex;
      align-items: center;
      gap: var(--size-1);
    }
    gr-dataframe .df-search > svg {
      position: absolute;
      left: var(--size-2);
      width: 14px;
      height: 14px;
      color: var(--body-text-color-subdued);
      pointer-events: none;
    }
    gr-dataframe .df-search .input {
      width: 12rem;
      height: var(--size-7, 1.75rem);
      padding: 0 var(--size-2) 0 var(--size-7, 1.75rem);
      font-size: var(--text-sm);
    }

    /* The table: one scroller holding a sticky header and absolutely placed rows. */
    gr-dataframe .df-grid {
      position: relative;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--table-radius, var(--radius-sm));
      background: var(--_row-alt);
      outline: none;
      overscroll-behavior: contain;
      scrollbar-width: thin;
    }
    gr-dataframe .df-grid:focus-visible {
      border-color: var(--_ring);
    }
    gr-dataframe .df-canvas {
      position: relative;
      min-width: 100%;
    }
    gr-dataframe .df-row {
      display: flex;
      box-sizing: border-box;
      color: var(--table-text-color, var(--body-text-color));
      font-family: var(--font-mono);
      font-size: var(--input-text-size);
      line-height: var(--line-md);
      text-align: left;
    }
    /* Every row places its cells on the same tracks (the canvas's --_cols): no width per cell. */
    gr-dataframe .df-grid .df-row {
      display: grid;
      grid-template-columns: var(--_cols);
    }
    gr-dataframe .df-header {
      position: sticky;
      top: 0;
      z-index: 3;
      background: var(--_row-alt);
      box-shadow: inset 0 -1px 0 var(--_border);
    }
    gr-dataframe .df-header-row {
      background: var(--_row-alt);
    }
    gr-dataframe .df-body {
      position: relative;
    }
    gr-dataframe .df-body .df-row {
      position: absolute;
      top: 0;
      left: 0;
      background: var(--_row);
      contain: layout style;
    }
    gr-dataframe .df-body .df-row.odd {
      background: var(--_row-alt);
    }
    gr-dataframe .df-body .df-row:hover {
      background: var(--table-row-focus, var(--_row));
    }
    gr-dataframe .df-td,
    gr-dataframe .df-th,
    gr-dataframe .df-rownum {
      display: flex;
      flex: none;
      align-items: center;
      box-sizing: border-box;
      min-width: 0;
      min-height: var(--size-9);
      padding: var(--size-2);
      overflow: hidden;
      box-shadow: inset 1px 0 0 var(--_border);
    }
    gr-dataframe .df-row > :first-child {
      box-shadow: none;
    }
    gr-dataframe .df-gap {
      min-width: 0;
    }
    gr-dataframe .df-th {
      gap: var(--size-1);
      padding-right: var(--size-1);
      font-weight: var(--weight-bold, 700);
      cursor: default;
    }
    gr-dataframe .df-th-text {
      flex: 1 1 auto;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    gr-dataframe .df-th-button {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      gap: 1px;
      height: var(--size-5, 1.25rem);
      min-width: var(--size-5, 1.25rem);
      padding: 2px;
      border: none;
      border-radius: var(--radius-sm);
      background: none;
      color: var(--body-text-color-subdued);
      font: inherit;
      font-size: 10px;
      cursor: pointer;
      opacity: 0;
    }
    gr-dataframe .df-th-button svg {
      width: 14px;
      height: 14px;
    }
    gr-dataframe .df-th:hover .df-th-button,
    gr-dataframe .df-th.active .df-th-button,
    gr-dataframe .df-th-button.sorted {
      opacity: 1;
    }
    gr-dataframe .df-th-button.sorted {
      color: var(--body-text-color);
    }
    gr-dataframe .df-th-button:hover {
      background: var(--background-fill-secondary);
      color: var(--body-text-color);
    }
    gr-dataframe .df-lock,
    gr-dataframe .df-filtered {
      display: inline-flex;
      flex: none;
      color: var(--body-text-color-subdued);
    }
    gr-dataframe .df-lock svg,
    gr-dataframe .df-filtered svg {
      width: 12px;
      height: 12px;
    }
    gr-dataframe .df-rownum {
      position: sticky;
      left: 0;
      z-index: 2;
      justify-content: center;
      background: var(--_row-alt);
      box-shadow: inset -1px 0 0 var(--_border);
      font-weight: var(--weight-semibold, 600);
    }
    /* Cells show their row's background through them; pinned ones cover what scrolls under. */
    gr-dataframe .pinned {
      position: sticky;
      z-index: 1;
      background: inherit;
    }
    gr-dataframe .df-header .pinned {
      z-index: 2;
    }
    gr-dataframe .pin-edge {
      box-shadow:
        inset 1px 0 0 var(--_border),
        inset -1px 0 0 var(--_border);
    }
    gr-dataframe .df-text {
      flex: 1 1 auto;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    gr-dataframe .df.wrap .df-text,
    gr-dataframe .df.wrap .df-th-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    gr-dataframe .df-md {
      flex: 1 1 auto;
      min-width: 0;
      font-family: var(--font-mono);
      font-size: var(--input-text-size);
    }
    gr-dataframe .df-md > :first-child {
      margin-top: 0;
    }
    gr-dataframe .df-md > :last-child {
      margin-bottom: 0;
    }
    gr-dataframe .df-img {
      max-width: 100%;
      max-height: 100px;
      object-fit: contain;
    }
    gr-dataframe .df-check {
      width: 16px;
      height: 16px;
      margin: 0;
      accent-color: var(--checkbox-background-color-selected, var(--color-accent));
    }

    /* Selection: the range tinted, the active cell ringed, its full text shown over its row. */
    gr-dataframe .df-td.selected {
      background: var(--color-accent-soft);
    }
    gr-dataframe .df-td.active,
    gr-dataframe .df-th.active {
      box-shadow: inset 0 0 0 2px var(--_ring);
    }
    gr-dataframe .df-td.active:not(.pinned),
    gr-dataframe .df-td.editing:not(.pinned) {
      position: relative;
      z-index: 2;
    }
    gr-dataframe .df:not(.wrap) .df-td.active {
      overflow: visible;
    }
    gr-dataframe .df:not(.wrap) .df-td.active > .df-text {
      position: absolute;
      top: 0;
      left: 0;
      z-index: 1;
      box-sizing: border-box;
      width: 100%;
      min-height: 100%;
      padding: var(--size-2);
      background: var(--background-fill-primary);
      box-shadow:
        inset 0 0 0 2px var(--_ring),
        0 6px 12px -4px rgb(0 0 0 / 0.22);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    gr-dataframe .df-row.flash .df-td.selected {
      animation: gr-df-flash 700ms ease-out;
    }
    @keyframes gr-df-flash {
      0%,
      30% {
        background: var(--color-accent);
      }
    }
    gr-dataframe .df-td.editing {
      overflow: visible;
    }
    gr-dataframe .df-editor {
      position: absolute;
      top: 0;
      left: 0;
      z-index: 3;
      box-sizing: border-box;
      width: 100%;
      min-height: 100%;
      margin: 0;
      padding: var(--size-2);
      border: none;
      outline: none;
      resize: none;
      overflow: hidden;
      background: var(--background-fill-primary);
      box-shadow:
        inset 0 0 0 2px var(--_ring),
        0 6px 12px -4px rgb(0 0 0 / 0.22);
      color: var(--body-text-color);
      font: inherit;
    }
    gr-dataframe .df-th .df-editor {
      font-weight: var(--weight-bold, 700);
    }

    gr-dataframe .df-add-row {
      align-self: flex-start;
      gap: var(--size-1);
    }
    gr-dataframe .df-add-row svg {
      width: 14px;
      height: 14px;
    }
    gr-dataframe .df-empty {
      margin: 0;
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-dataframe .df-probe {
      position: absolute;
      top: 0;
      left: 0;
      width: max-content;
      visibility: hidden;
      pointer-events: none;
    }

    /* Menus and the filter dialog live in the top layer: nothing clips them. */
    gr-dataframe .df-menu,
    gr-dataframe .df-filter {
      position: fixed;
      inset: auto;
      z-index: var(--layer-top, 1000);
      box-sizing: border-box;
      margin: 0;
      padding: var(--size-1);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--background-fill-primary);
      box-shadow: var(--shadow-drop-lg);
      color: var(--body-text-color);
      font-size: var(--text-sm);
    }
    gr-dataframe .df-menu:popover-open {
      display: flex;
      flex-direction: column;
      min-width: 10rem;
    }
    gr-dataframe .df-menu button {
      padding: var(--size-1) var(--size-2);
      border: none;
      border-radius: var(--radius-sm);
      background: none;
      color: inherit;
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    gr-dataframe .df-menu button:hover,
    gr-dataframe .df-menu button:focus-visible {
      background: var(--background-fill-secondary);
      outline: none;
    }
    gr-dataframe .df-menu button.danger {
      color: var(--error-text-color, var(--body-text-color));
    }
    gr-dataframe .df-filter {
      inset: 0;
      margin: auto;
      width: min(18rem, 90vw);
      height: max-content;
      padding: var(--size-3, 0.75rem);
    }
    gr-dataframe .df-filter:popover-open {
      display: flex;
      flex-direction: column;
      gap: var(--size-2);
    }
    gr-dataframe .df-filter label {
      display: flex;
      flex-direction: column;
      gap: var(--size-1);
    }
    gr-dataframe .df-filter-actions {
      display: flex;
      justify-content: flex-end;
      gap: var(--size-2);
    }

    gr-dataframe:fullscreen,
    gr-dataframe.df-fullscreen-fallback {
      box-sizing: border-box;
      padding: var(--size-4);
      overflow: hidden;
      background: var(--background-fill-primary);
    }
    gr-dataframe.df-fullscreen-fallback {
      position: fixed;
      inset: 0;
      z-index: var(--layer-top, 1000);
    }
    gr-dataframe .df.fullscreen {
      height: 100%;
    }
    gr-dataframe .df.fullscreen .df-grid {
      flex: 1 1 auto;
      min-height: 0;
    }
  }
`;
