import { css } from 'lit';

/**
 * What the element needs before its runtime loads: the wrapper, the loading and error screens
 * (Try again too). A running app's layout and the error screen's link come with the runtime
 * (app-session.styles.ts). Inherited properties are set on the wrapper, not only on :host:
 * a host rule like `* { letter-spacing: 5px !important }` matches <gradio-app> itself and beats
 * any :host declaration, but cannot reach inside the root.
 */
export const shellStyles = css`
  @layer gr.base {
    :host {
      display: block;
      position: relative;
      /* paint: nothing the app draws (a fixed or far-off box of its CSS or HTML) reaches past the
         element's box onto the host page; its menus and dialogs use the top layer. */
      contain: layout paint style;
    }
    .gradio-container {
      all: initial;
      display: flex;
      flex-direction: column;
      position: relative;
      box-sizing: border-box;
      width: 100%;
      font-family: var(--font);
      font-size: var(--body-text-size);
      font-weight: var(--body-text-weight, 400);
      font-style: normal;
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-transform: none;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
      visibility: visible;
      cursor: auto;
      direction: ltr;
      color: var(--body-text-color);
      background: var(--body-background-fill);
      -webkit-font-smoothing: antialiased;
    }
    .gradio-container.embed-container {
      border: 1px solid var(--button-secondary-border-color, var(--border-color-primary));
      border-radius: var(--embed-radius);
      overflow: hidden;
    }
    .gr-screen {
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-lg);
      padding: var(--spacing-xxl);
      text-align: center;
    }
    .gr-screen .gr-spinner {
      width: 24px;
      height: 24px;
    }
    .gr-error-title {
      font-weight: 600;
      color: var(--error-text-color);
    }
    .gr-error-message {
      max-width: 60ch;
      overflow-wrap: anywhere;
    }
    .gr-retry {
      padding: var(--spacing-sm) var(--spacing-lg);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-md);
      background: var(--background-fill-primary);
      /* font and colour: inherited, as by every button in the app (base.styles.ts) */
      cursor: pointer;
    }
    .gr-spinner {
      display: inline-block;
      width: 18px;
      height: 18px;
      border: 3px solid var(--border-color-primary);
      border-top-color: var(--loader-color);
      border-radius: 50%;
      animation: gr-spin 0.8s linear infinite;
    }
    @keyframes gr-spin {
      to {
        transform: rotate(360deg);
      }
    }
  }
`;
