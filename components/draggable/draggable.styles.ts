import { css } from 'lit';

export const draggableStyles = css`
  @layer gr.components {
    gr-draggable {
      display: block;
      position: relative;
      width: 100%;
    }
    gr-draggable > .draggable {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
      width: 100%;
    }
    gr-draggable > .draggable.framed {
      gap: var(--form-gap-width);
      overflow: hidden;
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-border-color);
      box-shadow: var(--block-shadow);
    }
    gr-draggable > .draggable.framed > .draggable-item > * > .block {
      border-width: 0;
      border-radius: 0;
      box-shadow: none;
    }
    gr-draggable[orientation='row'] > .draggable {
      flex-flow: row wrap;
    }
    gr-draggable > .draggable > .draggable-item {
      position: relative;
      transition:
        transform 0.2s ease,
        opacity 0.2s ease;
    }
    gr-draggable[orientation='row'] > .draggable > .draggable-item {
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-draggable > .draggable > .draggable-item.dragging {
      opacity: 0.5;
    }
    gr-draggable > .draggable > .draggable-item.drop-target {
      outline: 2px dashed var(--border-color-primary);
      outline-offset: 2px;
      border-radius: var(--block-radius);
      transform: scale(0.98);
    }
    gr-draggable .drag-handle {
      position: absolute;
      top: 4px;
      left: 4px;
      z-index: 100;
      display: flex;
      align-items: center;
      justify-content: center;
      width: 20px;
      height: 20px;
      padding: 0;
      border: 1px solid var(--border-color-primary);
      border-radius: 4px;
      background: var(--background-fill-secondary);
      color: var(--body-text-color-subdued);
      font-size: 10px;
      line-height: 1;
      cursor: grab;
      opacity: 0;
      transition: opacity 0.2s ease;
      user-select: none;
    }
    gr-draggable .draggable-item:hover > .drag-handle,
    gr-draggable .drag-handle:focus-visible {
      opacity: 1;
    }
    gr-draggable .drag-handle:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-draggable .drag-handle:active {
      cursor: grabbing;
    }
  }
`;
