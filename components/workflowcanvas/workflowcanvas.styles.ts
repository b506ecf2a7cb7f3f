import { css } from 'lit';

export const workflowcanvasStyles = css`
  @layer gr.components {
    gr-workflowcanvas {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-workflowcanvas .switch {
      display: flex;
      gap: var(--size-1, 4px);
    }
    gr-workflowcanvas .switch [aria-pressed='true'] {
      background: var(--button-primary-background-fill);
      color: var(--button-primary-text-color);
      border-color: var(--button-primary-border-color);
    }
    gr-workflowcanvas .name {
      font-weight: var(--weight-semibold, 600);
      color: var(--body-text-color);
      margin: var(--size-2, 8px) 0 var(--size-1, 4px);
    }
    gr-workflowcanvas .description,
    gr-workflowcanvas .empty {
      margin: 0 0 var(--size-2, 8px);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-workflowcanvas .canvas {
      overflow: auto;
      max-height: 600px;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-lg, 8px);
      background: var(--background-fill-secondary);
    }
    gr-workflowcanvas .canvas:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-workflowcanvas svg {
      display: block;
    }
    gr-workflowcanvas .edge {
      fill: none;
      stroke: var(--body-text-color-subdued);
      stroke-width: 2;
    }
    gr-workflowcanvas .node rect {
      fill: var(--block-background-fill);
      stroke: var(--border-color-primary);
      stroke-width: 1.5;
    }
    gr-workflowcanvas .role-reference rect {
      stroke: var(--color-accent);
    }
    gr-workflowcanvas .role-subject rect {
      stroke: var(--color-green-500, #22c55e);
    }
    gr-workflowcanvas .node-label {
      fill: var(--body-text-color);
      font-size: 14px;
      font-weight: 600;
    }
    gr-workflowcanvas .node-detail {
      fill: var(--body-text-color-subdued);
      font-size: 12px;
    }
  }
`;
