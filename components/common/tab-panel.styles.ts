import { css, unsafeCSS, type CSSResult } from 'lit';

/** A tab panel's sheet for its tag (gr-tabitem; gr-walkthroughstep shares it). */
export const panelStyles = (tag: string): CSSResult => {
  const t = unsafeCSS(tag);
  return css`
    @layer gr.components {
      ${t} {
        display: block;
        position: relative;
        min-width: 0;
      }
      ${t}:not([active]) {
        display: none;
      }
      ${t} > .tabitem {
        box-sizing: border-box;
        width: 100%;
      }
      ${t} > .tabitem.scrollable {
        overflow-y: auto;
      }
      ${t} > .tabitem > .column {
        display: flex;
        flex-direction: column;
        gap: var(--layout-gap);
      }
    }
  `;
};
