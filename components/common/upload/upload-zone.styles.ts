import { css } from 'lit';

export const uploadZoneStyles = css`
  @layer gr.components {
    gr-upload-zone {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-md);
      min-height: 0;
    }
    gr-upload-zone .drop {
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-md);
      min-height: var(--size-40, 10rem);
      padding: var(--spacing-xl);
      border: 1px dashed var(--border-color-primary);
      border-radius: var(--radius-lg);
      color: var(--block-label-text-color);
      text-align: center;
      line-height: var(--line-md);
      cursor: pointer;
    }
    gr-upload-zone[compact] .drop {
      min-height: 0;
      padding: var(--spacing-sm);
      border: 0;
    }
    gr-upload-zone .drop:hover,
    gr-upload-zone .drop.dragging {
      border-color: var(--color-accent);
      color: var(--body-text-color);
    }
    gr-upload-zone .drop:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-upload-zone[disabled] .drop {
      cursor: default;
      opacity: 0.6;
    }
    gr-upload-zone .icon {
      display: inline-flex;
      font-size: var(--text-xxl, 1.5rem);
    }
    gr-upload-zone .text {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
    }
    gr-upload-zone .placeholder-heading {
      font-size: var(--text-xl);
      font-weight: inherit;
    }
    gr-upload-zone .placeholder-heading,
    gr-upload-zone .placeholder-text {
      white-space: pre-line;
    }
    gr-upload-zone .or {
      color: var(--body-text-color-subdued);
    }
    gr-upload-zone .progress {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
      font-size: var(--text-sm);
    }
    gr-upload-zone .transfer {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 40% auto;
      align-items: center;
      gap: var(--spacing-md);
    }
    gr-upload-zone .transfer .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    gr-upload-zone progress {
      width: 100%;
      accent-color: var(--color-accent);
    }
    gr-upload-zone .cancel {
      align-self: flex-end;
      padding: var(--spacing-xs) var(--spacing-md);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--button-secondary-background-fill);
      cursor: pointer;
    }
    gr-upload-zone .error {
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
  }
`;
