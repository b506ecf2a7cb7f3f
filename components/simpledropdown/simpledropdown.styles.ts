import { css } from 'lit';

export const simpledropdownStyles = css`
  @layer gr.components {
    gr-simpledropdown {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-simpledropdown .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
    }
    gr-simpledropdown select.input {
      appearance: none;
      padding-right: calc(var(--input-padding) + 1.5em);
      background-image: url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' fill='none' viewBox='0 0 20 20'%3e%3cpath stroke='%236b7280' stroke-linecap='round' stroke-linejoin='round' stroke-width='1.5' d='M6 8l4 4 4-4'/%3e%3c/svg%3e");
      background-position: right var(--input-padding) center;
      background-size: 1.25em 1.25em;
      background-repeat: no-repeat;
      cursor: pointer;
    }
    gr-simpledropdown select.input:disabled {
      cursor: not-allowed;
    }
  }
`;
