import { css } from 'lit';

export const columnStyles = css`
  @layer gr.components {
    gr-column {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-column > .column {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
      height: 100%;
    }
    gr-column[variant='panel'] > .column {
      padding: var(--spacing-lg);
      border: var(--panel-border-width, 0) solid var(--panel-border-color, transparent);
      border-radius: var(--block-radius);
      background: var(--panel-background-fill);
    }
    gr-column[variant='compact'] > .column {
      gap: 0;
    }
  }
`;
