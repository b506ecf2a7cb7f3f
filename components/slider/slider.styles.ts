import { css } from 'lit';

export const sliderStyles = css`
  @layer gr.components {
    gr-slider {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-slider .block {
      display: flex;
      flex-direction: column;
      gap: var(--size-2, 8px);
    }
    gr-slider .head {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--spacing-sm);
    }
    gr-slider .head > .label-wrap {
      flex: 1 1 auto;
    }
    gr-slider .number-wrap {
      display: flex;
      align-items: stretch;
      height: var(--size-6, 24px);
      margin-left: auto;
      overflow: hidden;
      border: 1px solid var(--input-border-color);
      border-radius: var(--radius-sm);
      background: var(--input-background-fill);
    }
    gr-slider .number {
      width: var(--size-16, 64px);
      min-width: var(--size-14, 56px);
      height: 100%;
      margin: 0;
      padding: var(--size-1, 4px) var(--size-2, 8px);
      border: none;
      border-radius: 0;
      background: none;
      color: var(--body-text-color);
      font-size: var(--text-sm);
      line-height: var(--line-sm, 1.4);
      text-align: center;
      outline: none;
    }
    gr-slider .number:focus {
      box-shadow: inset 0 0 0 1px var(--color-accent);
    }
    /* A typed number outside the range is held back until the commit brings it within. */
    gr-slider .number:out-of-range {
      box-shadow: inset 0 0 0 1px var(--error-border-color);
    }
    gr-slider .number:disabled {
      -webkit-text-fill-color: var(--body-text-color);
      opacity: 1;
      cursor: not-allowed;
    }
    gr-slider .reset {
      display: flex;
      align-items: center;
      justify-content: center;
      min-width: var(--size-6, 24px);
      margin: 0;
      padding: 0 var(--size-1-5, 6px);
      border: none;
      border-left: 1px solid var(--input-border-color);
      background: none;
      color: var(--body-text-color);
      font-size: var(--text-sm);
      cursor: pointer;
    }
    gr-slider .reset:hover:not(:disabled) {
      background: var(--background-fill-secondary);
    }
    gr-slider .reset:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    gr-slider .reset:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    gr-slider .track {
      display: flex;
      align-items: center;
      gap: var(--size-2, 8px);
    }
    gr-slider .bound {
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-slider .range {
      --fill: var(--slider-color, var(--color-accent));
      --rail: var(--neutral-200);
      appearance: none;
      flex: 1 1 auto;
      width: 100%;
      min-width: var(--size-28, 112px);
      height: var(--size-4, 16px);
      margin: 0;
      padding: 0;
      background: transparent;
      border-radius: var(--radius-xl, 12px);
      cursor: pointer;
      outline: none;
    }
    gr-slider .range::-webkit-slider-runnable-track {
      height: var(--size-2, 8px);
      border-radius: var(--radius-xl, 12px);
      background: linear-gradient(
        to right,
        var(--fill) var(--range-progress),
        var(--rail) var(--range-progress)
      );
    }
    gr-slider .range::-webkit-slider-thumb {
      appearance: none;
      width: var(--size-4, 16px);
      height: var(--size-4, 16px);
      margin-top: -4px;
      border-radius: 50%;
      background: white;
      box-shadow:
        0 0 0 1px rgba(0, 0, 0, 0.08),
        1px 1px 4px rgba(0, 0, 0, 0.15);
    }
    gr-slider .range::-moz-range-track {
      height: var(--size-2, 8px);
      border-radius: var(--radius-xl, 12px);
      background: var(--rail);
    }
    gr-slider .range::-moz-range-progress {
      height: var(--size-2, 8px);
      border-radius: var(--radius-xl, 12px);
      background: var(--fill);
    }
    gr-slider .range::-moz-range-thumb {
      width: var(--size-4, 16px);
      height: var(--size-4, 16px);
      border: none;
      border-radius: 50%;
      background: white;
      box-shadow:
        0 0 0 1px rgba(0, 0, 0, 0.08),
        1px 1px 4px rgba(0, 0, 0, 0.15);
    }
    gr-slider .range:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
      border-radius: var(--radius-sm);
    }
    gr-slider .range:focus-visible::-webkit-slider-thumb {
      box-shadow: 0 0 0 3px var(--fill);
    }
    gr-slider .range:focus-visible::-moz-range-thumb {
      box-shadow: 0 0 0 3px var(--fill);
    }
    gr-slider .range:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    gr-slider[generating] .block {
      border-color: var(--color-accent);
    }
    @media (max-width: 480px) {
      gr-slider .bound {
        display: none;
      }
    }
  }
`;
