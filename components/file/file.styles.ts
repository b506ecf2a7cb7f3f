import { css } from 'lit';

export const fileStyles = css`
  @layer gr.components {
    gr-file {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-file > .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-md);
      padding: var(--spacing-xxl) var(--spacing-md) var(--spacing-md);
      overflow: hidden;
    }
    gr-file > .block.empty {
      border-style: dashed;
    }
    gr-file > .block.no-container {
      padding: 0;
    }
    gr-file .list {
      overflow: auto;
    }
    gr-file table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
      color: var(--body-text-color);
    }
    gr-file tr.file {
      border-bottom: 1px solid var(--border-color-primary);
    }
    gr-file tr.file:nth-child(odd) {
      background: var(--table-odd-background-fill, transparent);
    }
    gr-file tr.file.selectable {
      cursor: pointer;
    }
    gr-file tr.file.dragging {
      opacity: 0.5;
    }
    gr-file td {
      padding: var(--size-1, 0.25rem) var(--size-2-5, 0.625rem);
      font-size: var(--text-sm);
    }
    gr-file td.name {
      overflow: hidden;
      white-space: nowrap;
    }
    gr-file td.name .stem {
      display: inline-block;
      max-width: calc(100% - 4em);
      overflow: hidden;
      text-overflow: ellipsis;
      vertical-align: bottom;
    }
    gr-file td.download {
      width: 8em;
      text-align: right;
      white-space: nowrap;
    }
    gr-file td.download a {
      color: var(--link-text-color);
      text-decoration: none;
    }
    gr-file td.download a:hover {
      text-decoration: underline;
    }
    gr-file td.order {
      width: 4em;
      white-space: nowrap;
    }
    gr-file td.remove {
      width: 2em;
      text-align: center;
    }
    gr-file td button {
      padding: 0 var(--spacing-xs);
      border: 0;
      background: none;
      color: var(--body-text-color-subdued);
      cursor: pointer;
    }
    gr-file td button:hover:not(:disabled) {
      color: var(--body-text-color);
    }
    gr-file td button:disabled {
      opacity: 0.3;
      cursor: default;
    }
    gr-file gr-upload-zone.more {
      align-self: flex-start;
    }
    gr-file .empty-text {
      display: flex;
      justify-content: center;
      padding: var(--spacing-xxl);
      color: var(--block-label-text-color);
      font-size: var(--text-xxl, 1.5rem);
    }
  }
`;
