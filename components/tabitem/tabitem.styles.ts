import { css } from 'lit';

export const tabitemStyles = css`
  @layer gr.components {
    gr-tabitem {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-tabitem:not([active]) {
      display: none;
    }
    gr-tabitem > .tabitem {
      box-sizing: border-box;
      width: 100%;
      padding: var(--block-padding) 0 0;
    }
    gr-tabitem > .tabitem.scrollable {
      overflow-y: auto;
    }
    gr-tabitem > .tabitem > .column {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
    }
  }
`;
