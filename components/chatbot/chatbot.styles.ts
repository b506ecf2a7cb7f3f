import { css } from 'lit';

/** Gradio's chat look (bubble and panel layouts, thoughts, action buttons, examples). */
export const chatbotStyles = css`
  @layer gr.components {
    gr-chatbot {
      display: flex;
      flex-direction: column;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-chatbot .chatbot-block {
      display: flex;
      flex-direction: column;
      flex-grow: 1;
      padding: 0;
      overflow: hidden;
    }
    gr-chatbot .chatbot-block.resizable {
      resize: vertical;
    }
    gr-chatbot .value-error-wrap {
      padding: var(--spacing-xxl) var(--spacing-lg) 0;
    }
    gr-chatbot .chat-scroller {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      width: 100%;
      height: 100%;
      overflow-y: auto;
    }
    gr-chatbot .chat-scroller:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    gr-chatbot .bubble-wrap {
      padding-top: var(--spacing-xxl);
    }
    gr-chatbot .message-wrap {
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      margin-bottom: var(--spacing-xxl);
    }

    /* A group: its row and its buttons. Off-screen groups are skipped by layout and paint. */
    gr-chatbot .message-group {
      display: flex;
      flex-direction: column;
      content-visibility: auto;
      contain-intrinsic-size: auto 120px;
    }
    /* An open feedback menu reaches below its group: nothing may clip it then. */
    gr-chatbot .message-group.menu-open {
      content-visibility: visible;
    }
    /* Rows: avatar and bubbles. */
    gr-chatbot .message-row {
      display: flex;
      position: relative;
    }
    gr-chatbot .message-row.bubble {
      margin: calc(var(--spacing-xl) * 2);
      margin-bottom: var(--spacing-xl);
    }
    gr-chatbot .bubble.user-row {
      align-self: flex-end;
      max-width: calc(100% - var(--spacing-xl) * 6);
    }
    gr-chatbot .bubble.bot-row {
      align-self: flex-start;
      max-width: calc(100% - var(--spacing-xl) * 6);
    }
    gr-chatbot .panel.message-row {
      margin: 0;
      padding: calc(var(--spacing-lg) * 2);
    }
    gr-chatbot .panel-wrap .message-row:first-child {
      padding-top: calc(var(--spacing-xxl) * 2);
    }
    gr-chatbot .panel.bot-row {
      background: var(--background-fill-secondary);
    }
    gr-chatbot .panel.user-row {
      background-color: var(--color-accent-soft);
    }
    gr-chatbot .avatar-container {
      display: flex;
      flex-shrink: 0;
      align-self: flex-start;
      width: 35px;
      height: 35px;
      overflow: hidden;
      border: 1px solid var(--border-color-primary);
      border-radius: 50%;
    }
    gr-chatbot .avatar-image {
      width: 100%;
      height: 100%;
      padding: var(--size-1-5, 6px);
      border-radius: 50%;
      object-fit: cover;
    }
    gr-chatbot .user-row > .avatar-container {
      order: 2;
      margin-left: var(--spacing-xxl);
    }
    gr-chatbot .bot-row > .avatar-container {
      margin-right: var(--spacing-xxl);
    }
    gr-chatbot .panel.user-row > .avatar-container {
      order: 0;
      margin-left: 0;
      margin-right: var(--spacing-xxl);
    }
    gr-chatbot .flex-wrap {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
      width: 100%;
      max-width: 100%;
      min-width: 0;
      color: var(--body-text-color);
      font-size: var(--chatbot-text-size, var(--text-md));
      overflow-wrap: break-word;
    }

    /* Bubbles. */
    gr-chatbot .message {
      position: relative;
      max-width: 100%;
    }
    gr-chatbot .message.user {
      align-self: flex-end;
      padding: var(--spacing-sm) var(--spacing-xl);
      border: 1px solid var(--border-color-accent-subdued);
      border-radius: var(--radius-md);
      border-bottom-right-radius: 0;
      background-color: var(--color-accent-soft);
      box-shadow: var(--shadow-drop);
    }
    gr-chatbot .message.bot {
      align-self: flex-start;
      padding: var(--spacing-sm) var(--spacing-xl);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-md);
      border-bottom-left-radius: 0;
      background-color: var(--background-fill-secondary);
      box-shadow: var(--shadow-drop);
      text-align: start;
    }
    gr-chatbot .panel .message.user,
    gr-chatbot .panel .message.bot {
      align-self: stretch;
      padding: 0;
      border: none;
      background: none;
      box-shadow: none;
    }
    gr-chatbot .message.component-message {
      padding: 0;
      overflow: hidden;
    }
    gr-chatbot .message-content + .message-content {
      margin-top: var(--spacing-sm);
    }
    gr-chatbot .message-content.selectable {
      cursor: pointer;
    }
    gr-chatbot .message-content.selectable:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-chatbot .message .md.chatbot {
      font-size: var(--chatbot-text-size, var(--text-md));
      overflow-wrap: break-word;
    }
    gr-chatbot .message .md.plain {
      white-space: pre-line;
    }
    gr-chatbot .message .md a {
      color: var(--color-text-link, var(--link-text-color));
      text-decoration: underline;
    }
    gr-chatbot .message .md img {
      width: 400px;
      max-width: 30vw;
      max-height: 30vw;
      margin: var(--size-2, 8px);
      border-radius: var(--radius-xl);
    }
    gr-chatbot .message .md pre {
      position: relative;
    }
    gr-chatbot .message .md :is(table, tr, td, th) {
      border: 1px solid var(--border-color-primary);
    }
    gr-chatbot .message.user .md :is(table, tr, td, th) {
      border-color: var(--border-color-accent);
    }
    gr-chatbot .message .md span.katex {
      font-size: var(--text-lg);
      direction: ltr;
    }

    /* Files, media and components in a message. */
    gr-chatbot .chat-media {
      display: block;
      max-width: 100%;
    }
    gr-chatbot .chat-image,
    gr-chatbot .chat-video {
      max-height: 300px;
      margin: var(--size-2, 8px);
      border-radius: var(--radius-md);
    }
    gr-chatbot .chat-audio {
      min-width: min(300px, 100%);
      margin: var(--spacing-sm) 0;
    }
    gr-chatbot .file-container {
      display: flex;
      align-items: center;
      gap: var(--spacing-lg);
      width: fit-content;
      margin: var(--spacing-sm) 0;
      padding: var(--spacing-lg);
      border-radius: var(--radius-lg);
    }
    gr-chatbot .file-icon {
      display: flex;
      color: var(--body-text-color);
      font-size: var(--size-7, 28px);
    }
    gr-chatbot .file-info {
      display: flex;
      flex-direction: column;
    }
    gr-chatbot .file-link {
      color: var(--body-text-color);
      text-decoration: none;
    }
    gr-chatbot .file-link:hover .file-name {
      text-decoration: underline;
    }
    gr-chatbot .file-name {
      font-weight: 500;
    }
    gr-chatbot .file-type {
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
      text-transform: uppercase;
    }
    gr-chatbot .component-host {
      max-width: 100%;
    }
    gr-chatbot .component-host > [class^='gr-'],
    gr-chatbot .component-host > * {
      display: block;
    }
    gr-chatbot .component-loading {
      min-width: 120px;
      min-height: 40px;
    }
    gr-chatbot .component-placeholder {
      padding: var(--spacing-lg);
      border: 1px dashed var(--border-color-primary);
      border-radius: var(--radius-md);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }

    /* Thoughts and tool use. */
    gr-chatbot .thought-group {
      margin: var(--spacing-md) 0;
      padding: var(--spacing-md);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--background-fill-primary);
      font-size: var(--text-sm);
    }
    gr-chatbot .thought-children .thought-group {
      margin: 0;
      padding-bottom: 0;
      border: none;
    }
    gr-chatbot .thought-children {
      padding-inline-start: var(--spacing-md);
    }
    gr-chatbot .thought-title {
      display: flex;
      align-items: center;
      gap: var(--spacing-xs);
      width: 100%;
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-chatbot .thought-title:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-chatbot .thought-title .md {
      font-size: var(--text-sm);
    }
    gr-chatbot .thought-title .md p {
      margin: 0;
    }
    gr-chatbot .thought-arrow {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: var(--size-8, 32px);
      height: var(--size-6, 24px);
      opacity: 0.8;
      transform: rotate(-90deg);
      transition: transform 0.15s;
    }
    gr-chatbot .thought-title[aria-expanded='true'] .thought-arrow {
      transform: none;
    }
    gr-chatbot .thought-spinner {
      display: inline-block;
      flex-shrink: 0;
      width: 12px;
      height: 12px;
      margin: 0 var(--size-1, 4px) -1px var(--size-2, 8px);
      border: 2px solid var(--body-text-color);
      border-top-color: transparent;
      border-radius: 50%;
      opacity: 0.8;
      animation: gr-chatbot-spin 1s linear infinite;
    }
    gr-chatbot .thought-duration {
      margin-inline-start: var(--size-1, 4px);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-chatbot .thought-content {
      margin-inline-start: var(--spacing-lg);
      margin-bottom: var(--spacing-sm);
      overflow-wrap: break-word;
      word-break: break-word;
    }
    gr-chatbot .thought-content .md,
    gr-chatbot .thought-content .md * {
      font-size: var(--text-sm);
    }
    gr-chatbot .thought-content > .md {
      opacity: 0.8;
    }
    @keyframes gr-chatbot-spin {
      to {
        transform: rotate(360deg);
      }
    }

    /* Buttons under a message. */
    gr-chatbot .message-buttons {
      display: flex;
      gap: var(--spacing-xs);
      z-index: 1;
    }
    gr-chatbot .message-buttons.bubble {
      margin: 0 calc(var(--spacing-xl) * 2);
    }
    gr-chatbot .message-buttons.bubble.with-avatar {
      margin: 0 calc(var(--spacing-xl) * 5);
    }
    gr-chatbot .message-buttons-left {
      align-self: flex-start;
    }
    gr-chatbot .message-buttons-right {
      align-self: flex-end;
    }
    gr-chatbot .message-buttons.panel {
      padding: 0 calc(var(--spacing-lg) * 2) var(--spacing-md);
    }
    gr-chatbot .message-buttons .icon-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--size-6, 24px);
      height: var(--size-6, 24px);
      padding: var(--spacing-xs);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--block-background-fill);
      color: var(--block-label-text-color);
      cursor: pointer;
    }
    gr-chatbot .message-buttons .icon-button:hover:not(:disabled) {
      color: var(--body-text-color);
    }
    gr-chatbot .message-buttons .icon-button:disabled {
      cursor: default;
      opacity: 0.5;
    }
    gr-chatbot .message-buttons .icon-button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
    gr-chatbot .message-buttons svg {
      width: 100%;
      height: 100%;
    }
    gr-chatbot .message-buttons .selected {
      color: var(--color-accent);
    }
    gr-chatbot .extra-feedback {
      position: relative;
      display: inline-flex;
    }
    gr-chatbot .extra-feedback-options {
      position: absolute;
      top: 100%;
      z-index: 3;
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
      padding: var(--spacing-md) 0;
    }
    gr-chatbot .extra-feedback-option {
      width: max-content;
      padding: var(--spacing-xxs, 1px) var(--spacing-sm);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background-color: var(--block-background-fill);
      color: var(--block-label-text-color);
      font-size: var(--text-xs);
      cursor: pointer;
    }
    gr-chatbot .extra-feedback-option.selected {
      font-weight: bold;
    }
    gr-chatbot .edit-textarea {
      display: block;
      width: max(100%, 240px);
      min-height: 3em;
      max-width: 100%;
      padding: var(--spacing-sm);
      border: none;
      border-radius: var(--radius-lg);
      background: none;
      color: var(--body-text-color);
      font: inherit;
      resize: vertical;
    }
    gr-chatbot .message.user .edit-textarea:focus {
      outline: 2px solid var(--border-color-accent);
    }
    gr-chatbot .message.bot .edit-textarea:focus {
      outline: 2px solid var(--border-color-primary);
    }

    /* Waiting for a reply. */
    gr-chatbot .message.pending {
      display: flex;
      align-items: center;
      gap: var(--spacing-sm);
      min-height: var(--size-8, 32px);
    }
    gr-chatbot .pending .dot {
      width: var(--size-1-5, 6px);
      height: var(--size-1-5, 6px);
      border-radius: 50%;
      background-color: var(--body-text-color);
      opacity: 0.5;
      animation: gr-chatbot-pulse 1.5s infinite;
    }
    gr-chatbot .pending .dot:nth-child(2) {
      animation-delay: 0.2s;
    }
    gr-chatbot .pending .dot:nth-child(3) {
      animation-delay: 0.4s;
    }
    @keyframes gr-chatbot-pulse {
      0%,
      100% {
        opacity: 0.4;
        transform: scale(1);
      }
      50% {
        opacity: 1;
        transform: scale(1.1);
      }
    }

    /* Options under the last reply. */
    gr-chatbot .options {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      justify-content: flex-end;
      gap: var(--spacing-xxl);
      max-width: calc(min(4 * 200px + 5 * var(--spacing-xxl), 100%));
      margin-inline-start: auto;
      padding: var(--spacing-xxl);
    }
    gr-chatbot .option {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 100%;
      max-width: var(--size-56, 224px);
      padding: var(--spacing-xl);
      border: 1px dashed var(--border-color-primary);
      border-radius: var(--radius-md);
      background-color: var(--background-fill-secondary);
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-chatbot .option:hover,
    gr-chatbot .option:focus-visible {
      border-color: var(--border-color-accent);
      background-color: var(--color-accent-soft);
    }

    /* The empty chat: placeholder and examples. */
    gr-chatbot .placeholder-content {
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    gr-chatbot .placeholder {
      display: flex;
      flex-grow: 1;
      align-items: center;
      justify-content: center;
      height: 100%;
    }
    gr-chatbot .examples {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: var(--spacing-xl);
      max-width: calc(min(4 * 240px + 5 * var(--spacing-xxl), 100%));
      margin: auto;
      padding: var(--spacing-xxl);
    }
    gr-chatbot .example {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--spacing-sm);
      width: 100%;
      height: 100%;
      padding: var(--spacing-xxl);
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--radius-lg);
      background-color: var(--block-background-fill);
      color: var(--body-text-color);
      font: inherit;
      text-align: start;
      cursor: pointer;
      transition:
        transform 150ms ease-in-out,
        background-color 150ms ease-in-out;
    }
    gr-chatbot .example:hover,
    gr-chatbot .example:focus-visible {
      background-color: var(--color-accent-soft);
      transform: translateY(-2px);
    }
    gr-chatbot .example-text {
      font-size: var(--text-md);
    }
    gr-chatbot .example-icons {
      display: flex;
      gap: var(--spacing-sm);
    }
    gr-chatbot :is(.example-icon, .example-image-container) {
      position: relative;
      display: flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: var(--size-8, 32px);
      height: var(--size-8, 32px);
      overflow: hidden;
      border-radius: var(--radius-lg);
    }
    gr-chatbot .example-icon {
      border: var(--block-border-width) solid var(--block-border-color);
      background-color: var(--block-background-fill);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-chatbot .example-image {
      width: 100%;
      height: 100%;
      object-fit: cover;
      pointer-events: none;
    }
    gr-chatbot .text-icon {
      font-weight: var(--weight-semibold, 600);
    }

    /* Back to the latest message. */
    gr-chatbot .scroll-down {
      position: absolute;
      bottom: 10px;
      left: 50%;
      z-index: 3;
      transform: translateX(-50%);
    }
    gr-chatbot .scroll-down-button {
      display: flex;
      align-items: center;
      justify-content: center;
      width: var(--size-8, 32px);
      height: var(--size-8, 32px);
      border: 1px solid var(--border-color-primary);
      border-radius: 50%;
      background: var(--block-background-fill);
      color: var(--body-text-color);
      box-shadow: var(--shadow-drop);
      cursor: pointer;
    }
    gr-chatbot .scroll-down-button:hover {
      transform: translateY(-2px);
    }
    gr-chatbot .scroll-down-button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-chatbot .scroll-down-button svg {
      width: 60%;
      height: 60%;
    }

    @media (max-width: 480px) {
      gr-chatbot .bubble.user-row,
      gr-chatbot .bubble.bot-row {
        max-width: 100%;
      }
    }
  }
`;
