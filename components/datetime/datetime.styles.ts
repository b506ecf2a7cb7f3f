import { css } from 'lit';

export const datetimeStyles = css`
  @layer gr.components {
    gr-datetime {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-datetime .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
    }
    gr-datetime .timebox {
      position: relative;
      display: flex;
      align-items: stretch;
    }
    gr-datetime .time {
      flex: 1 1 auto;
      min-width: 0;
    }
    gr-datetime .timebox > :not(:last-child) {
      border-right: none;
      border-top-right-radius: 0;
      border-bottom-right-radius: 0;
    }
    gr-datetime .time.invalid {
      border-color: var(--error-border-color);
    }
    /* The server's time zone, as an add-on at the end of the field. */
    gr-datetime .zone {
      display: flex;
      flex: none;
      align-items: center;
      padding: 0 var(--spacing-lg);
      border: var(--input-border-width) solid var(--input-border-color);
      border-left: none;
      background: var(--input-background-fill);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-datetime .zone:last-child {
      border-top-right-radius: var(--input-radius);
      border-bottom-right-radius: var(--input-radius);
    }
    gr-datetime .calendar-wrap {
      position: relative;
      display: flex;
    }
    gr-datetime .calendar {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      margin: 0;
      padding: var(--size-2, 8px);
      border: var(--input-border-width) solid var(--input-border-color);
      border-top-right-radius: var(--input-radius);
      border-bottom-right-radius: var(--input-radius);
      background: var(--button-secondary-background-fill);
      color: var(--button-secondary-text-color);
      font-size: 18px;
      cursor: pointer;
      transition: var(--button-transition);
    }
    gr-datetime .calendar:hover {
      background: var(--button-secondary-background-fill-hover);
    }
    gr-datetime .calendar:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    /* The browser's own picker opens from this input, under the button. */
    gr-datetime .native {
      position: absolute;
      inset: auto 0 0 auto;
      width: 100%;
      height: 100%;
      margin: 0;
      padding: 0;
      border: 0;
      opacity: 0;
      pointer-events: none;
    }
  }
`;
