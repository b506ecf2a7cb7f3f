import { css } from 'lit';

export const rowStyles = css`
  @layer gr.components {
    gr-row {
      display: block;
      position: relative;
      width: 100%;
    }
    gr-row > .row {
      display: flex;
      flex-flow: row wrap;
      align-items: flex-start;
      gap: var(--layout-gap);
      width: 100%;
    }
    gr-row[equal-height] > .row {
      align-items: stretch;
    }
    gr-row > .row > * {
      flex: 1 1 0%;
    }
    gr-row[variant='panel'] > .row {
      padding: var(--spacing-lg);
      border-radius: var(--block-radius);
      background: var(--panel-background-fill);
    }
    gr-row[variant='compact'] > .row {
      gap: 0;
      border-radius: var(--block-radius);
      overflow: hidden;
    }
    gr-row[variant='compact'] > .row > * > .block {
      border-radius: 0;
    }
  }
`;
