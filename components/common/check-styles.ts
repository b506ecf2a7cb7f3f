import { css } from 'lit';
import { registerStyles } from '../../src/base/style-registry.js';

/**
 * Gradio's checkbox and radio look, shared by Checkbox, CheckboxGroup and Radio: the box itself
 * (`input.gr-check`) and the framed "pill" label around a choice (`.gr-choice` in `.gr-choices`).
 * Theme variables only, with the default theme's values where a theme.css is not loaded.
 */
export const checkStyles = css`
  @layer gr.components {
    .gr-check {
      appearance: none;
      position: relative;
      display: inline-block;
      flex-shrink: 0;
      width: 1rem;
      height: 1rem;
      margin: 0;
      padding: 0;
      vertical-align: middle;
      border: var(--checkbox-border-width, 1px) solid var(--checkbox-border-color, #d4d4d8);
      border-radius: var(--checkbox-border-radius, var(--radius-sm));
      background-color: var(--checkbox-background-color, var(--background-fill-primary));
      background-origin: border-box;
      background-position: center;
      background-size: 100% 100%;
      background-repeat: no-repeat;
      box-shadow: var(--checkbox-shadow, none);
      cursor: pointer;
      user-select: none;
    }
    .gr-check[type='radio'] {
      border-radius: 9999px;
    }
    .gr-check:hover:not(:disabled) {
      border-color: var(--checkbox-border-color-hover, #d4d4d8);
      background-color: var(--checkbox-background-color-hover, var(--background-fill-primary));
    }
    .gr-check:focus {
      border-color: var(--checkbox-border-color-focus, var(--color-accent));
      outline: none;
    }
    .gr-check:focus-visible {
      outline: 2px solid var(--checkbox-border-color-focus, var(--color-accent));
      outline-offset: 2px;
    }
    .gr-check:checked,
    .gr-check:checked:hover:not(:disabled),
    .gr-check[type='checkbox']:indeterminate {
      border-color: var(--checkbox-border-color-selected, var(--color-accent));
      background-color: var(--checkbox-background-color-selected, var(--color-accent));
    }
    .gr-check[type='checkbox']:checked {
      background-image: var(
        --checkbox-check,
        url("data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' xmlns='http://www.w3.org/2000/svg'%3e%3cpath d='M12.207 4.793a1 1 0 010 1.414l-5 5a1 1 0 01-1.414 0l-2-2a1 1 0 011.414-1.414L6.5 9.086l4.293-4.293a1 1 0 011.414 0z'/%3e%3c/svg%3e")
      );
    }
    .gr-check[type='radio']:checked {
      background-image: var(
        --radio-circle,
        url("data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' xmlns='http://www.w3.org/2000/svg'%3e%3ccircle cx='8' cy='8' r='3'/%3e%3c/svg%3e")
      );
    }
    /* (A radio group with nothing picked is :indeterminate too: only checkboxes show a dash.) */
    .gr-check[type='checkbox']:indeterminate::after {
      content: '';
      position: absolute;
      top: 50%;
      left: 50%;
      width: 60%;
      height: 2px;
      background: white;
      transform: translate(-50%, -50%);
    }
    .gr-check:disabled {
      cursor: not-allowed;
      opacity: 0.75;
    }

    .gr-choices {
      display: flex;
      flex-wrap: wrap;
      gap: var(--checkbox-label-gap, var(--spacing-lg));
    }
    .gr-choice {
      display: flex;
      align-items: center;
      gap: var(--size-2, 8px);
      padding: var(--checkbox-label-padding, var(--spacing-md) calc(2 * var(--spacing-md)));
      border: var(--checkbox-label-border-width, 1px) solid
        var(--checkbox-label-border-color, var(--border-color-primary));
      border-radius: var(--checkbox-border-radius, var(--radius-sm));
      background: var(--checkbox-label-background-fill, var(--background-fill-primary));
      box-shadow: var(--checkbox-label-shadow, none);
      color: var(--checkbox-label-text-color, var(--body-text-color));
      font-size: var(--checkbox-label-text-size, var(--text-md));
      font-weight: var(--checkbox-label-text-weight, 400);
      line-height: var(--line-md, 1.5);
      cursor: pointer;
      transition: var(--button-transition, none);
    }
    .gr-choice:hover:not(.disabled) {
      background: var(--checkbox-label-background-fill-hover, var(--checkbox-label-background-fill));
      box-shadow: var(--checkbox-label-shadow-hover, var(--checkbox-label-shadow, none));
    }
    .gr-choice.selected {
      border-color: var(--checkbox-label-border-color-selected, var(--checkbox-label-border-color));
      background: var(--checkbox-label-background-fill-selected, var(--checkbox-label-background-fill));
      color: var(--checkbox-label-text-color-selected, var(--checkbox-label-text-color));
    }
    .gr-choice.disabled {
      cursor: not-allowed;
    }
  }
`;

registerStyles(checkStyles);
