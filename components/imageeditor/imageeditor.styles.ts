import { css } from 'lit';

export const imageeditorStyles = css`
  @layer gr.components {
    gr-imageeditor {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-imageeditor > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-imageeditor > .block.dashed {
      border-style: dashed;
    }
    gr-imageeditor:fullscreen > .block,
    gr-imageeditor[data-expanded] > .block {
      height: 100%;
    }
    gr-imageeditor .editor {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      overflow: hidden;
      border-radius: inherit;
    }
    gr-imageeditor .stage {
      position: absolute;
      inset: 0;
      background: var(--block-background-fill);
      touch-action: none;
      outline: none;
    }
    gr-imageeditor .stage:focus-visible {
      box-shadow: inset 0 0 0 2px var(--color-accent);
    }
    gr-imageeditor .stage canvas {
      display: block;
      width: 100%;
      height: 100%;
    }
    gr-imageeditor .stage.tool-draw,
    gr-imageeditor .stage.tool-erase {
      cursor: crosshair;
    }
    gr-imageeditor .stage.tool-pan {
      cursor: grab;
    }
    gr-imageeditor .stage.tool-pan:active {
      cursor: grabbing;
    }
    gr-imageeditor .empty {
      position: absolute;
      inset: 0;
      z-index: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      color: var(--body-text-color-subdued);
      font-size: var(--text-md);
      line-height: var(--line-md);
      text-align: center;
      pointer-events: none;
    }
    gr-imageeditor .empty h2 {
      margin: 0;
      font-size: var(--text-xl);
    }
    gr-imageeditor .empty p,
    gr-imageeditor .empty h2 {
      white-space: pre-line;
    }
    gr-imageeditor .empty .or {
      opacity: 0.7;
    }
    gr-imageeditor .loading {
      position: absolute;
      inset: 0;
      z-index: 1;
      display: flex;
      align-items: center;
      justify-content: center;
      color: var(--body-text-color-subdued);
      pointer-events: none;
    }

    /* Top right: view and history controls. */
    gr-imageeditor .controls {
      align-items: center;
      padding: 2px;
      border: 1px solid var(--block-border-color);
      border-top: none;
      border-right: none;
      border-radius: 0 0 0 var(--radius-md);
      background: var(--block-background-fill);
      top: 0;
      right: 0;
      gap: 2px;
    }
    gr-imageeditor .controls .icon-button,
    gr-imageeditor .tools .icon-button,
    gr-imageeditor .layers .icon-button {
      border: none;
      background: none;
    }
    gr-imageeditor .icon-button[aria-pressed='true'] {
      color: var(--color-accent);
    }
    gr-imageeditor .icon-button:disabled {
      opacity: 0.4;
      cursor: default;
    }
    gr-imageeditor .controls .apply {
      color: var(--color-accent);
    }
    gr-imageeditor .separator {
      width: 1px;
      height: 10px;
      background: var(--border-color-primary);
    }
    gr-imageeditor .zoom {
      position: relative;
    }
    gr-imageeditor .zoom-level {
      min-width: 3.2em;
      padding: 0 2px;
      border: 0;
      background: none;
      color: var(--block-label-text-color);
      font-size: var(--text-sm);
      cursor: pointer;
    }
    gr-imageeditor .zoom-level:hover {
      color: var(--color-accent);
    }
    gr-imageeditor .zoom-level:focus-visible,
    gr-imageeditor .layers-toggle:focus-visible,
    gr-imageeditor .layer-name:focus-visible,
    gr-imageeditor .swatch:focus-visible,
    gr-imageeditor .zoom-menu button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-imageeditor .zoom-menu {
      position: absolute;
      top: calc(100% + 4px);
      left: -4px;
      z-index: 4;
      width: max-content;
      margin: 0;
      padding: var(--spacing-xxs);
      border: 1px solid var(--block-border-color);
      border-radius: 0 0 var(--radius-sm) var(--radius-sm);
      background: var(--block-background-fill);
      box-shadow: var(--shadow-drop);
      list-style: none;
    }
    gr-imageeditor .zoom-menu li {
      border-bottom: 1px solid var(--border-color-primary);
    }
    gr-imageeditor .zoom-menu li:last-child {
      border-bottom: none;
    }
    gr-imageeditor .zoom-menu button {
      width: 100%;
      padding: var(--spacing-sm) var(--spacing-md);
      border: 0;
      background: none;
      color: var(--block-label-text-color);
      font-size: var(--text-sm);
      text-align: left;
      cursor: pointer;
    }
    gr-imageeditor .zoom-menu button:hover {
      color: var(--color-accent);
      background: var(--background-fill-secondary);
    }

    /* Left: tools, then the current tool's options. */
    gr-imageeditor .tools {
      position: absolute;
      top: 30%;
      left: 15px;
      z-index: 3;
      display: flex;
      flex-direction: column;
      width: 32px;
      border: 1px solid var(--block-border-color);
      border-radius: var(--radius-md);
      background: var(--block-background-fill);
    }
    gr-imageeditor .tool-group {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--spacing-sm);
      padding: var(--spacing-sm) 0;
    }
    gr-imageeditor .tool-group.sub {
      border-top: 1px solid var(--block-border-color);
    }
    gr-imageeditor .tools .icon-button {
      width: 24px;
      height: 24px;
      padding: 3px;
    }
    gr-imageeditor .color-dot {
      display: block;
      width: 16px;
      height: 16px;
      border: 1px solid var(--border-color-primary);
      border-radius: 50%;
    }
    gr-imageeditor .panel {
      position: absolute;
      top: 30%;
      left: 56px;
      z-index: 4;
      display: flex;
      flex-direction: column;
      gap: var(--spacing-md);
      width: min(240px, calc(100% - 70px));
      padding: var(--spacing-md) var(--spacing-lg);
      border: 1px solid var(--block-border-color);
      border-radius: var(--radius-md);
      background: var(--background-fill-secondary);
      box-shadow: var(--shadow-drop);
      color: var(--body-text-color);
      font-size: var(--text-sm);
    }
    gr-imageeditor .panel label {
      display: flex;
      align-items: center;
      gap: var(--spacing-md);
    }
    gr-imageeditor .panel input[type='range'] {
      flex: 1 1 auto;
      min-width: 0;
      accent-color: var(--color-accent);
    }
    gr-imageeditor .size-icon {
      display: inline-flex;
      width: 18px;
    }
    gr-imageeditor .size-value {
      min-width: 2em;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    gr-imageeditor .size-preview {
      display: flex;
      align-items: center;
      justify-content: center;
      height: 68px;
    }
    gr-imageeditor .size-preview span {
      display: block;
      border-radius: 50%;
    }
    gr-imageeditor .swatches {
      display: flex;
      flex-wrap: wrap;
      gap: var(--spacing-sm);
    }
    gr-imageeditor .swatch {
      position: relative;
      width: 22px;
      height: 22px;
      padding: 0;
      border: 1px solid var(--border-color-primary);
      border-radius: 50%;
      background: none;
      cursor: pointer;
    }
    gr-imageeditor .swatch::before {
      content: '';
      position: absolute;
      inset: 2px;
      border-radius: 50%;
      background: var(--swatch);
      opacity: var(--swatch-opacity);
    }
    gr-imageeditor .swatch[aria-checked='true'] {
      box-shadow: 0 0 0 2px var(--color-accent);
    }
    gr-imageeditor .swatch[data-group='recent'] {
      border-style: dashed;
    }
    gr-imageeditor .custom-color {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
    }
    gr-imageeditor .custom-color input[type='color'] {
      width: 32px;
      height: 24px;
      padding: 0;
      border: 1px solid var(--border-color-primary);
      background: none;
    }

    /* Bottom right: layers. */
    gr-imageeditor .layers {
      position: absolute;
      right: 0;
      bottom: 0;
      z-index: 3;
      display: flex;
      flex-direction: column-reverse;
      min-width: 110px;
      max-height: 100%;
      overflow-y: auto;
      border: 1px solid var(--block-border-color);
      border-right: none;
      border-bottom: none;
      border-top-left-radius: var(--radius-md);
      background: var(--block-background-fill);
      font-size: var(--text-sm);
    }
    gr-imageeditor .layers-toggle,
    gr-imageeditor .layer-name {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--spacing-md);
      width: 100%;
      padding: var(--spacing-md) var(--spacing-lg);
      border: 0;
      background: none;
      color: var(--body-text-color);
      font-size: var(--text-sm);
      line-height: var(--line-sm);
      text-align: left;
      cursor: pointer;
    }
    gr-imageeditor .layers-icon {
      display: inline-flex;
      width: 14px;
    }
    gr-imageeditor .layers-toggle:hover .layers-icon {
      color: var(--color-accent);
    }
    gr-imageeditor .layer-list {
      margin: 0;
      padding: var(--spacing-sm);
      border-bottom: 1px solid var(--border-color-primary);
      list-style: none;
    }
    gr-imageeditor .layer-list li {
      display: flex;
      align-items: center;
      gap: 2px;
      border-bottom: 1px solid var(--border-color-primary);
    }
    gr-imageeditor .layer-list li:last-child {
      border-bottom: none;
    }
    gr-imageeditor .layer-list li:hover {
      background: var(--background-fill-secondary);
    }
    gr-imageeditor .layer-list li.active .layer-name {
      color: var(--color-accent);
      font-weight: var(--weight-semibold, 600);
    }
    gr-imageeditor .layer-list .layer-name {
      padding: var(--spacing-sm) var(--spacing-md);
    }
    gr-imageeditor .layer-actions {
      display: flex;
      gap: 1px;
    }
    gr-imageeditor .layer-list .icon-button {
      width: 20px;
      height: 20px;
      padding: 3px;
    }
    gr-imageeditor .add-layer {
      justify-content: center;
      padding-top: var(--spacing-sm);
    }
    gr-imageeditor .add-layer .icon-button {
      width: 100%;
    }

    /* Crop and resize: fields and confirmation at the bottom. */
    gr-imageeditor .mode-bar {
      position: absolute;
      bottom: 8px;
      left: 50%;
      z-index: 4;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-sm) var(--spacing-md);
      width: max-content;
      max-width: calc(100% - 16px);
      padding: var(--spacing-sm) var(--spacing-md);
      border: 1px solid var(--block-border-color);
      border-radius: var(--radius-md);
      background: var(--block-background-fill);
      box-shadow: var(--shadow-drop);
      color: var(--body-text-color);
      font-size: var(--text-sm);
      transform: translateX(-50%);
    }
    gr-imageeditor .mode-bar label {
      display: flex;
      align-items: center;
      gap: var(--spacing-xs);
    }
    gr-imageeditor .mode-bar .input {
      width: 4.5em;
      padding: 2px var(--spacing-xs);
    }
    gr-imageeditor .mode-bar .confirm svg {
      width: 1em;
      height: 1em;
    }
    gr-imageeditor .editor.mode-crop .stage {
      background: #333333;
    }

    gr-imageeditor .webcam-modal {
      position: absolute;
      inset: 0;
      z-index: 5;
      display: flex;
      background: var(--block-background-fill);
    }
    gr-imageeditor .webcam-modal gr-webcam {
      flex: 1 1 auto;
    }
    gr-imageeditor .webcam-modal .close-webcam {
      position: absolute;
      top: var(--block-label-margin);
      right: var(--block-label-margin);
      z-index: 6;
    }
    gr-imageeditor .notice {
      position: absolute;
      bottom: 0;
      left: 0;
      z-index: 3;
      max-width: calc(100% - 130px);
      padding: var(--spacing-sm) var(--spacing-md);
      border-top-right-radius: var(--radius-md);
      background: var(--block-background-fill);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-imageeditor .notice[role='alert'] {
      color: var(--error-text-color);
    }

    /* Static: the composite image. */
    gr-imageeditor .block.static {
      min-height: var(--size-64, 16rem);
    }
    gr-imageeditor .static-frame {
      display: flex;
      flex: 1 1 auto;
      align-items: center;
      justify-content: center;
      min-height: 0;
    }
    gr-imageeditor .static-frame img {
      display: block;
      max-width: 100%;
      max-height: 100%;
      object-fit: contain;
    }
    gr-imageeditor .static-frame img.selectable {
      cursor: crosshair;
    }
  }
`;
