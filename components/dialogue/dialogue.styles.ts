import { css } from 'lit';

export const dialogueStyles = css`
  @layer gr.components {
    gr-dialogue {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-dialogue .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
    }
    gr-dialogue .switch-row {
      display: flex;
      justify-content: flex-end;
    }
    gr-dialogue .switch {
      display: inline-flex;
      align-items: center;
      gap: var(--spacing-md);
      padding: 0;
      border: none;
      background: none;
      color: var(--body-text-color);
      font-size: var(--text-sm);
      cursor: pointer;
    }
    gr-dialogue .switch:disabled {
      cursor: progress;
      opacity: 0.6;
    }
    gr-dialogue .switch .track {
      position: relative;
      width: 2.6em;
      height: 1.4em;
      border-radius: 1em;
      background: var(--button-secondary-background-fill);
      transition: background-color 0.2s;
    }
    gr-dialogue .switch .track::before {
      content: '';
      position: absolute;
      top: 0.15em;
      left: 0.15em;
      width: 1.1em;
      height: 1.1em;
      border-radius: 50%;
      background: var(--background-fill-primary, white);
      transition: transform 0.2s;
    }
    gr-dialogue .switch[aria-checked='true'] .track {
      background: var(--color-accent);
    }
    gr-dialogue .switch[aria-checked='true'] .track::before {
      transform: translateX(1.2em);
    }
    gr-dialogue .switch:focus-visible .track {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-dialogue .lines,
    gr-dialogue .text-field {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
    }
    gr-dialogue .lines.loading,
    gr-dialogue .text-field.loading {
      opacity: 0.7;
    }
    gr-dialogue .line {
      display: flex;
      align-items: flex-start;
      gap: var(--spacing-sm);
    }
    gr-dialogue .speaker {
      flex: 0 0 150px;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    gr-dialogue select.speaker {
      cursor: pointer;
    }
    gr-dialogue span.speaker,
    gr-dialogue .line .line-text:disabled {
      background: var(--speaker-bg, var(--input-background-fill));
      transition: background-color 0.2s;
    }
    gr-dialogue .line[style*='--speaker-bg'] span.speaker,
    gr-dialogue .line[style*='--speaker-bg'] .line-text:disabled {
      color: black;
      -webkit-text-fill-color: black;
    }
    gr-dialogue .line-field {
      position: relative;
      flex: 1 1 auto;
      min-width: 0;
    }
    gr-dialogue .line-text,
    gr-dialogue .plain-text {
      resize: none;
      field-sizing: content;
    }
    gr-dialogue .line-text {
      min-height: calc(1.5em + 2 * var(--input-padding, 0.5rem));
    }
    gr-dialogue .plain-text {
      min-height: calc(7.5em + 2 * var(--input-padding, 0.5rem));
    }
    gr-dialogue .line-actions {
      display: flex;
      align-items: center;
      gap: var(--spacing-xs);
      min-height: calc(1.5em + 2 * var(--input-padding, 0.5rem));
    }
    gr-dialogue .line-actions .icon-button {
      border: none;
      background: none;
    }
    gr-dialogue .line-actions .icon-button:hover {
      color: var(--color-accent);
    }
    gr-dialogue .tag-menu {
      position: absolute;
      top: 100%;
      left: 0;
      z-index: 10;
      width: 100%;
      max-height: 12em;
      overflow-y: auto;
      margin: var(--spacing-xs) 0 0;
      padding: var(--spacing-xs) 0;
      list-style: none;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--container-radius, var(--radius-sm));
      background: var(--background-fill-primary);
      box-shadow: var(--shadow-drop-lg);
    }
    gr-dialogue .tag-menu li {
      padding: var(--spacing-sm) var(--spacing-lg);
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-dialogue .tag-menu li.active,
    gr-dialogue .tag-menu li:hover {
      background: var(--background-fill-secondary);
    }
    gr-dialogue .busy {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      border-radius: var(--input-radius);
      background: var(--input-background-fill);
      color: var(--body-text-color);
      font-size: var(--text-sm);
      opacity: 0.95;
    }
    gr-dialogue .submit-row {
      display: flex;
      justify-content: flex-end;
    }
    gr-dialogue .submit {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 30px;
      height: 30px;
      padding: 0 var(--spacing-md);
      border: none;
      border-radius: 15px;
      background: var(--button-secondary-background-fill);
      color: var(--button-secondary-text-color);
      cursor: pointer;
    }
    gr-dialogue .submit:hover {
      background: var(--button-secondary-background-fill-hover);
    }
  }
`;
