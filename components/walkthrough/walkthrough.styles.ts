import { css } from 'lit';

export const walkthroughStyles = css`
  @layer gr.components {
    gr-walkthrough {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-walkthrough > .tabs {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
    }
    gr-walkthrough .stepper-wrapper {
      display: flex;
      align-items: center;
      padding: var(--size-4, 1rem) 0 calc(var(--size-4, 1rem) + 1.25rem);
    }
    gr-walkthrough .stepper-container {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: var(--size-1, 4px);
      width: 100%;
      padding: var(--size-2, 0.5rem);
    }
    gr-walkthrough .step-item {
      display: flex;
      position: relative;
      flex: 0 0 auto;
      justify-content: center;
    }
    gr-walkthrough .step-button {
      display: flex;
      position: relative;
      z-index: 1;
      flex-direction: column;
      align-items: center;
      padding: 0;
      border: none;
      border-radius: var(--radius-md);
      background: none;
      color: var(--body-text-color-subdued);
      font-family: inherit;
      font-size: var(--text-sm);
      white-space: nowrap;
      cursor: pointer;
    }
    gr-walkthrough .step-button:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    gr-walkthrough .step-button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-walkthrough .step-button.active,
    gr-walkthrough .step-button.completed {
      color: var(--body-text-color);
    }
    gr-walkthrough .step-number {
      display: flex;
      justify-content: center;
      align-items: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      background: var(--button-secondary-background-fill);
      color: var(--button-secondary-text-color);
      font-weight: 600;
      transition: background-color 0.2s;
    }
    gr-walkthrough .step-button.active .step-number,
    gr-walkthrough .step-button.completed .step-number {
      background: var(--color-accent);
      color: white;
    }
    gr-walkthrough .step-button.active .step-number {
      box-shadow: 0 0 0 4px color-mix(in srgb, var(--color-accent) 10%, transparent);
    }
    gr-walkthrough .step-label {
      position: absolute;
      top: calc(100% + 4px);
      max-width: 120px;
      font-size: var(--text-md);
      line-height: 1.2;
      text-align: center;
    }
    gr-walkthrough .step-connector {
      flex: 1 1 0;
      height: 2px;
      background: var(--border-color-primary);
      transform: translateY(15px);
      transition: background-color 0.3s;
    }
    gr-walkthrough .step-connector.completed {
      background: var(--color-accent);
    }
  }
`;
