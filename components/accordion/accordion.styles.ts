import { css } from 'lit';

export const accordionStyles = css`
  @layer gr.components {
    gr-accordion {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-accordion > .accordion {
      box-sizing: border-box;
      padding: var(--block-padding);
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-background-fill);
      box-shadow: var(--block-shadow);
    }
    /* Gradio's class name for the toggle, kept for app CSS; not the block title's column. */
    gr-accordion .label-wrap {
      display: flex;
      flex-direction: row;
      gap: var(--spacing-md);
      justify-content: space-between;
      align-items: center;
      width: 100%;
      margin: 0;
      padding: 0;
      border: none;
      background: none;
      color: var(--accordion-text-color, var(--body-text-color));
      font-family: inherit;
      font-size: var(--section-header-text-size, var(--text-md));
      font-weight: var(--section-header-text-weight, 400);
      text-align: start;
      cursor: pointer;
    }
    gr-accordion .label-wrap.open {
      margin-bottom: var(--size-2, 0.5rem);
    }
    gr-accordion .label-wrap:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-accordion .label-wrap > .icon {
      transform: rotate(90deg);
      transition: transform 0.15s;
    }
    gr-accordion .label-wrap.open > .icon {
      transform: rotate(0);
    }
    gr-accordion .accordion-content.scrollable {
      overflow-y: auto;
    }
    gr-accordion .accordion-content > .column {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
    }
  }
`;
