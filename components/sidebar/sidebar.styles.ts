import { css } from 'lit';

export const sidebarStyles = css`
  @layer gr.components {
    gr-sidebar {
      --_width: var(--gr-sidebar-width, 320px);
      --_toggle: var(--size-7, 1.75rem);
      position: absolute;
      top: 0;
      bottom: 0;
      left: 0;
      z-index: 20;
      /* The closed panel slides out of this box and is clipped by it, never onto the host page. */
      width: calc(var(--_width) + var(--_toggle) + 2px);
      max-width: 100%;
      overflow: hidden;
      pointer-events: none;
    }
    gr-sidebar[position='right'] {
      right: 0;
      left: auto;
    }
    gr-sidebar > .sidebar {
      display: flex;
      position: absolute;
      top: 0;
      bottom: 0;
      left: 0;
      flex-direction: column;
      box-sizing: border-box;
      width: var(--_width);
      max-width: calc(100% - var(--_toggle) - 2px);
      background: var(--background-fill-secondary);
      transform: translateX(-100%);
      transition: transform 0.3s ease-in-out;
      pointer-events: auto;
    }
    gr-sidebar[position='right'] > .sidebar {
      right: 0;
      left: auto;
      transform: translateX(100%);
    }
    gr-sidebar[open] > .sidebar {
      transform: none;
      box-shadow: var(--size-1, 4px) 0 var(--size-1, 4px) rgb(0 0 0 / 0.05);
    }
    gr-sidebar[open][position='right'] > .sidebar {
      box-shadow: calc(-1 * var(--size-1, 4px)) 0 var(--size-1, 4px) rgb(0 0 0 / 0.05);
    }
    gr-sidebar .toggle-button {
      display: flex;
      position: absolute;
      top: var(--size-4, 1rem);
      left: 100%;
      justify-content: center;
      align-items: center;
      box-sizing: border-box;
      width: var(--_toggle);
      height: var(--size-8, 2rem);
      padding: var(--size-2, 0.5rem);
      border: 1px solid var(--border-color-primary);
      border-left: none;
      border-radius: 0 var(--size-8, 2rem) var(--size-8, 2rem) 0;
      background: var(--background-fill-secondary);
      cursor: pointer;
    }
    gr-sidebar[position='right'] .toggle-button {
      right: 100%;
      left: auto;
      transform: rotate(180deg);
    }
    /* Open, the toggle sits inside the panel's edge, off the content it pushed aside. */
    gr-sidebar[open] .toggle-button {
      right: 0;
      left: auto;
      border-right: none;
      border-left: 1px solid var(--border-color-primary);
      border-radius: var(--size-8, 2rem) 0 0 var(--size-8, 2rem);
    }
    gr-sidebar[open][position='right'] .toggle-button {
      right: auto;
      left: 0;
    }
    gr-sidebar .toggle-button:focus-visible {
      outline: 2px solid var(--color-accent);
    }
    gr-sidebar .chevron {
      width: var(--size-3, 0.75rem);
      height: var(--size-3, 0.75rem);
      margin-right: 4px;
      border-top: 2px solid var(--body-text-color);
      border-right: 2px solid var(--body-text-color);
      transform: rotate(45deg);
      transition: transform 0.3s ease-in-out;
    }
    gr-sidebar[open] .chevron {
      margin-right: 0;
      margin-left: 4px;
      transform: rotate(-135deg);
    }
    gr-sidebar .sidebar-content {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
      padding: var(--size-5, 1.25rem) var(--size-8, 2rem) var(--size-5, 1.25rem) var(--size-5, 1.25rem);
      overflow-y: auto;
    }
    gr-sidebar[position='right'] .sidebar-content {
      padding-right: var(--size-5, 1.25rem);
      padding-left: var(--size-8, 2rem);
    }
    gr-sidebar:not([open]) .sidebar-content {
      visibility: hidden;
      transition: visibility 0s linear 0.3s;
    }
  }
`;
