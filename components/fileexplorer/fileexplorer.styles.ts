import { css } from 'lit';

export const fileexplorerStyles = css`
  @layer gr.components {
    gr-fileexplorer {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-fileexplorer > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-fileexplorer .file-wrap {
      flex: 1 1 auto;
      min-height: 0;
      padding: var(--spacing-sm) 0 var(--spacing-md);
      overflow-y: auto;
    }
    gr-fileexplorer ul {
      margin: 0 0 0 26px;
      padding: 0;
      list-style: none;
    }
    gr-fileexplorer ul.root {
      margin-left: var(--size-2, 0.5rem);
    }
    gr-fileexplorer [role='treeitem'] {
      outline: none;
    }
    gr-fileexplorer .row {
      display: flex;
      align-items: center;
      gap: var(--spacing-md);
      padding: var(--size-1, 0.25rem) var(--spacing-sm);
      border-radius: var(--radius-sm);
      color: var(--body-text-color);
      font-size: var(--text-md);
      line-height: var(--line-sm);
    }
    gr-fileexplorer [role='treeitem']:focus-visible > .row {
      box-shadow: inset 0 0 0 2px var(--color-accent);
    }
    gr-fileexplorer .row.selectable {
      cursor: pointer;
    }
    gr-fileexplorer .row.selectable:hover {
      background: var(--background-fill-secondary);
    }
    gr-fileexplorer .row.selected {
      background: var(--color-accent-soft);
    }
    gr-fileexplorer .row input[type='checkbox'] {
      width: 16px;
      height: 16px;
      margin: 0;
      accent-color: var(--checkbox-background-color-selected, var(--color-accent));
      cursor: pointer;
    }
    gr-fileexplorer .no-checkbox {
      width: 16px;
      height: 16px;
    }
    gr-fileexplorer .toggle {
      display: inline-flex;
      color: var(--body-text-color-subdued);
      cursor: pointer;
      transition: transform 0.15s;
    }
    gr-fileexplorer .toggle.open {
      color: var(--color-accent);
      transform: rotate(90deg);
    }
    gr-fileexplorer .icon {
      display: inline-flex;
      color: var(--body-text-color-subdued);
    }
    gr-fileexplorer .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    gr-fileexplorer .tree-status {
      padding: var(--spacing-sm) var(--spacing-lg);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-fileexplorer .tree-status.error {
      color: var(--error-text-color);
    }
    gr-fileexplorer .retry {
      margin-left: var(--spacing-md);
      padding: 0 var(--spacing-md);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--button-secondary-background-fill);
      cursor: pointer;
    }
  }
`;
