import { css } from 'lit';

/**
 * The chrome of a running app: info footer, banner, iframe, placeholders, the toasts' region
 * (the toasts' own look loads with them: src/internal/toast-stack.ts), status.
 */
export const appStyles = css`
  @layer gr.base {
    .main {
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      padding: var(--size-4, 16px);
    }
    .gradio-container:not(.embed-container) .main {
      padding: 0;
    }
    .gr-root {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
    }
    .gr-info {
      display: flex;
      justify-content: center;
      gap: var(--spacing-lg);
      padding: var(--spacing-md) var(--spacing-lg);
      border-top: 1px solid var(--border-color-primary);
      font-size: var(--text-sm);
      color: var(--body-text-color-subdued);
    }
    .gr-info a,
    .gr-screen a {
      color: var(--link-text-color);
    }
    .gr-banner {
      margin-bottom: var(--spacing-lg);
      padding: var(--spacing-md) var(--spacing-lg);
      border: 1px solid var(--error-border-color);
      border-radius: var(--radius-sm);
      background: var(--error-background-fill);
      color: var(--error-text-color);
    }
    .gradio-container.fill-height {
      height: 100%;
    }
    .fill-height .main,
    .fill-height .gr-root {
      flex: 1 1 auto;
      min-height: 0;
    }
    .fill-height .gr-root > * {
      min-height: 0;
    }
    .gr-iframe {
      display: block;
      width: 100%;
      border: 0;
    }
    .gr-unsupported {
      padding: var(--spacing-lg);
      border: 1px dashed var(--border-color-primary);
      border-radius: var(--radius-sm);
      color: var(--body-text-color-subdued);
    }
    .gr-toasts {
      position: absolute;
      top: var(--spacing-lg);
      right: var(--spacing-lg);
      z-index: 10;
      display: flex;
      flex-direction: column;
      gap: var(--spacing-md);
      max-width: min(360px, calc(100% - 2 * var(--spacing-lg)));
    }
    .gr-status {
      position: absolute;
      inset: 0;
      z-index: 2;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-sm);
      border-radius: inherit;
      font-size: var(--text-sm);
      color: var(--body-text-color-subdued);
      pointer-events: none;
    }
    .gr-status-full {
      background: color-mix(in srgb, var(--block-background-fill) 85%, transparent);
    }
    .gr-status-minimal {
      inset: auto 0 0 auto;
      padding: var(--spacing-sm);
      background: none;
    }
    .gr-status-error {
      inset: 0 0 auto auto;
      padding: var(--spacing-sm);
      background: none;
    }
    .gr-status-badge {
      padding: 0 var(--spacing-md);
      border: 1px solid var(--error-border-color);
      border-radius: var(--radius-sm);
      background: var(--error-background-fill);
      color: var(--error-text-color);
    }
    .gr-progress {
      width: 80%;
    }
    .gr-progress-bar {
      height: 6px;
      border-radius: 3px;
      background: var(--border-color-primary);
      overflow: hidden;
    }
    .gr-progress-fill {
      height: 100%;
      background: var(--loader-color);
      transition: width 0.15s;
    }
    .gr-progress-text {
      display: flex;
      justify-content: center;
      gap: var(--spacing-md);
    }
  }
`;
