import { css } from 'lit';

export const dropdownStyles = css`
  @layer gr.components {
    gr-dropdown {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-dropdown .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
      height: 100%;
    }
    gr-dropdown .wrap {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--checkbox-label-gap, var(--spacing-lg));
      padding: var(--checkbox-label-padding, var(--spacing-md) calc(2 * var(--spacing-md)));
      border: var(--input-border-width) solid var(--border-color-primary);
      border-radius: var(--input-radius);
      background: var(--input-background-fill);
      box-shadow: var(--input-shadow);
      cursor: text;
    }
    gr-dropdown .block.no-container .wrap {
      border: none;
      box-shadow: none;
    }
    gr-dropdown .wrap:focus-within {
      border-color: var(--input-border-color-focus);
      box-shadow: var(--input-shadow-focus);
      background: var(--input-background-fill-focus, var(--input-background-fill));
    }
    gr-dropdown .wrap.disabled {
      cursor: not-allowed;
    }
    gr-dropdown .combobox {
      flex: 1 1 4rem;
      min-width: 4rem;
      margin: var(--spacing-sm);
      padding: 0;
      border: none;
      background: inherit;
      color: var(--body-text-color);
      font-size: var(--input-text-size);
      line-height: var(--line-sm, 1.4);
      outline: none;
    }
    gr-dropdown .combobox[readonly] {
      cursor: pointer;
    }
    gr-dropdown .combobox:disabled {
      -webkit-text-fill-color: var(--body-text-color);
      opacity: 1;
      cursor: not-allowed;
    }
    gr-dropdown .arrow {
      display: flex;
      flex: none;
      margin-right: var(--size-1, 4px);
      color: var(--body-text-color);
      font-size: var(--text-lg);
      pointer-events: none;
      transition: transform 0.15s;
    }
    gr-dropdown .wrap.open .arrow {
      transform: rotate(180deg);
    }
    gr-dropdown .token {
      display: flex;
      align-items: center;
      gap: var(--size-2, 8px);
      padding: var(--checkbox-label-padding, var(--spacing-md) calc(2 * var(--spacing-md)));
      border: var(--checkbox-label-border-width, 1px) solid
        var(--checkbox-label-border-color, var(--border-color-primary));
      border-radius: var(--button-small-radius, var(--radius-sm));
      background: var(--checkbox-label-background-fill, var(--background-fill-primary));
      box-shadow: var(--checkbox-label-shadow, none);
      color: var(--checkbox-label-text-color, var(--body-text-color));
      font-size: var(--checkbox-label-text-size, var(--text-md));
      font-weight: var(--checkbox-label-text-weight, 400);
      line-height: var(--line-md, 1.5);
      word-break: break-word;
    }
    gr-dropdown .token-remove,
    gr-dropdown .clear {
      display: flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: 16px;
      height: 16px;
      margin: 0;
      padding: 2px;
      border: var(--checkbox-border-width, 1px) solid var(--border-color-primary);
      border-radius: 9999px;
      background: var(--background-fill-primary);
      color: var(--body-text-color);
      font-size: 10px;
      cursor: pointer;
    }
    gr-dropdown .clear {
      width: 20px;
      height: 20px;
      font-size: 12px;
    }
    gr-dropdown .token-remove:focus-visible,
    gr-dropdown .clear:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-dropdown .token-remove svg,
    gr-dropdown .clear svg {
      width: 100%;
      height: 100%;
    }

    /* The list lives in the top layer (a popover): no block or embed overflow clips it. */
    gr-dropdown .options {
      position: fixed;
      inset: auto;
      z-index: var(--layer-top, 1000);
      box-sizing: border-box;
      margin: 0;
      padding: var(--spacing-sm) 0;
      overflow: auto;
      overscroll-behavior: contain;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--container-radius, var(--radius-sm));
      background: var(--background-fill-primary);
      box-shadow: var(--shadow-drop-lg, 0 4px 12px rgb(0 0 0 / 0.12));
      color: var(--body-text-color);
      font-family: var(--font);
      font-size: var(--input-text-size);
      line-height: var(--line-sm, 1.4);
      list-style: none;
    }
    gr-dropdown .option {
      display: flex;
      align-items: baseline;
      gap: var(--size-1, 4px);
      padding: var(--size-2, 8px);
      cursor: pointer;
      word-break: break-word;
    }
    gr-dropdown .option:hover,
    gr-dropdown .option.active {
      background: var(--background-fill-secondary);
    }
    gr-dropdown .option.active {
      outline: 1px solid var(--color-accent);
      outline-offset: -1px;
    }
    gr-dropdown .option[aria-disabled='true'] {
      color: var(--body-text-color-subdued);
      cursor: not-allowed;
    }
    gr-dropdown .check {
      display: inline-flex;
      flex: none;
      width: 1em;
      color: var(--color-accent);
    }
    gr-dropdown[generating] .block {
      border-color: var(--color-accent);
    }
  }
`;
