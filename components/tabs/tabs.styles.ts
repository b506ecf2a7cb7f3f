import { css } from 'lit';

export const tabsStyles = css`
  @layer gr.components {
    gr-tabs {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-tabs > .tabs {
      display: flex;
      flex-direction: column;
      position: relative;
    }
    gr-tabs > .tabs > .tab-wrapper {
      display: flex;
      align-items: center;
      position: relative;
      height: var(--size-8, 2rem);
      padding-bottom: var(--size-2, 0.5rem);
      margin-bottom: var(--layout-gap);
    }
    gr-tabs > .tabs > .tab-wrapper > .tab-container {
      display: flex;
      align-items: center;
      position: relative;
      width: 100%;
      height: var(--size-8, 2rem);
      overflow: hidden;
    }
    gr-tabs[overflow-behavior='wrap'] > .tabs > .tab-wrapper {
      height: auto;
    }
    gr-tabs[overflow-behavior='wrap'] > .tabs > .tab-wrapper > .tab-container {
      flex-wrap: wrap;
      height: auto;
      overflow: visible;
    }
    gr-tabs .tab-container::after {
      content: '';
      position: absolute;
      right: 0;
      bottom: 0;
      left: 0;
      height: 1px;
      background: var(--border-color-primary);
    }
    gr-tabs .tab-container [role='tab'] {
      display: flex;
      position: relative;
      flex-shrink: 0;
      align-items: center;
      height: var(--size-8, 2rem);
      margin: 0;
      padding: 0 var(--size-4, 1rem);
      border: none;
      border-radius: 0;
      background: transparent;
      color: var(--body-text-color);
      font-family: inherit;
      font-size: var(--section-header-text-size, var(--text-md));
      font-weight: var(--section-header-text-weight, 400);
      white-space: nowrap;
      cursor: pointer;
      transition:
        background-color 0.2s ease-out,
        color 0.2s ease-out;
    }
    gr-tabs .tab-container [role='tab']:hover:not(:disabled, .selected) {
      background: var(--background-fill-secondary);
    }
    gr-tabs .tab-container [role='tab']:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    gr-tabs .tab-container [role='tab']:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    gr-tabs .tab-container [role='tab'].selected {
      color: var(--color-accent);
    }
    gr-tabs .tab-container [role='tab'].selected::after {
      content: '';
      position: absolute;
      bottom: 0;
      left: 0;
      z-index: 1;
      width: 100%;
      height: 2px;
      background: var(--color-accent);
    }
    gr-tabs .overflow-menu {
      flex-shrink: 0;
      margin-left: var(--size-2, 0.5rem);
    }
    gr-tabs .overflow-button {
      display: flex;
      justify-content: center;
      align-items: center;
      padding: var(--size-1, 4px) var(--size-2, 0.5rem);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: transparent;
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-tabs .overflow-button:hover {
      background: var(--background-fill-secondary);
    }
    gr-tabs > .tabs > .overflow-dropdown {
      align-self: flex-end;
      box-sizing: border-box;
      min-width: 150px;
      max-width: 100%;
      margin: calc(-1 * var(--layout-gap) + var(--size-1, 4px)) 0 var(--layout-gap);
      padding: var(--size-2, 0.5rem);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--background-fill-primary);
      box-shadow: 0 2px 5px rgb(0 0 0 / 0.1);
    }
    gr-tabs > .tabs > .overflow-dropdown > button {
      display: block;
      width: 100%;
      padding: var(--size-2, 0.5rem);
      border: none;
      background: transparent;
      color: var(--body-text-color);
      font-family: inherit;
      font-size: var(--section-header-text-size, var(--text-md));
      text-align: left;
      white-space: nowrap;
      cursor: pointer;
    }
    gr-tabs > .tabs > .overflow-dropdown > button:hover:not(:disabled) {
      background: var(--background-fill-secondary);
    }
    gr-tabs .right-tab-group {
      display: flex;
      align-items: center;
      height: 100%;
      margin-left: auto;
    }
    gr-tabs .right-tab-group.with-left-tabs > [role='tab']:first-child::before {
      content: '';
      position: absolute;
      bottom: 0;
      inset-inline-start: 0;
      width: 1px;
      height: var(--size-6, 1.5rem);
      background: var(--border-color-primary);
      opacity: 0.65;
    }
  }
`;
