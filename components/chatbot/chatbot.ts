import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import type { FileData } from '../../src/base/file-data.js';
import { copyText } from '../common/copy-button.js';
import { customButtons, renderCustomButtons } from '../common/custom-buttons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { downloadFile } from '../common/download.js';
import { icons } from '../common/icons.js';
import { chatIcons } from '../common/chat-icons.js';
import {
  markdown,
  markdownSettled,
  type LatexDelimiter,
  type MarkdownOptions,
} from '../common/markdown/markdown.js';
import {
  MessageReader,
  conversationText,
  groupFile,
  groupMessages,
  groupText,
  lastUserTurn,
  withEditedText,
  type ChatMessage,
  type MessageGroup,
  type MessageOption,
  type ValueFormat,
} from './internal/model.js';
import { renderPart, renderThought, type PartContext } from './internal/parts.js';
import { FollowScroll } from './internal/follow-scroll.js';
import { chatbotStyles } from './chatbot.styles.js';

/** Gradio's default when an app names no delimiters: `$$…$$`, displayed. */
const DEFAULT_DELIMITERS: readonly LatexDelimiter[] = [{ left: '$$', right: '$$', display: true }];

/** One example in an empty chat (Gradio's ExampleMessage). */
export interface ChatExample {
  text?: string;
  display_text?: string;
  icon?: FileData | null;
  files?: FileData[];
}

type Feedback = string | null;

/** What a group's template depends on besides its messages (the guard's key). */
interface GroupState {
  readonly showRetry: boolean;
  readonly showUndo: boolean;
  readonly showEdit: boolean;
  readonly showLike: boolean;
  readonly feedback: Feedback;
  readonly editing: boolean;
}

const RUNNING = new Set(['generating', 'streaming']);

/**
 * @summary A Gradio `Chatbot`: the conversation as bubbles or panels, each message's Markdown
 * (LaTeX, highlighted code, sanitized HTML), files, media and Gradio components inline; thoughts
 * and tool use in collapsible groups; like/dislike, retry, undo, edit, copy; examples and a
 * placeholder while empty. While a reply streams, only the message that grows is redrawn, and
 * the view follows it unless the reader scrolls up.
 * @event gr-change - The user changed the conversation (cleared it, edited a message).
 * @event gr-select - The user clicked a message (`selectable`); SelectData `{index, value}`.
 * @event gr-like - Like, dislike or other feedback; LikeData `{index, value, liked}`.
 * @event gr-retry - Retry; `{index, value}` of the last user message.
 * @event gr-undo - Undo; `{index, value}` of the last user message.
 * @event gr-edit - An edited message; EditData `{index, value, previous_value, _dispatch_value}`.
 * @event gr-clear - The trash button.
 * @event gr-copy - A message copied with its copy button (`{value}`).
 * @event gr-example_select - An example picked in the empty chat (`{index, value: {text, files}}`).
 * @event gr-option_select - An option under the last reply (`{index, value}`).
 * @event gr-custom_button_click - A gr.Button in the toolbar (`{id}`).
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('chatbot')
export class GrChatbot extends GradioElement {
  static override css = chatbotStyles;

  /** The conversation, in the shape the server sent (6.x / 5.x messages, or tuples). */
  @property({ attribute: false }) value: unknown = [];
  /** 4.x / 5.x: `messages` or `tuples`. */
  @property() type: string | null = null;
  /** Height (px or CSS length); the conversation scrolls inside. */
  @property({ attribute: false }) height: number | string | null = 400;
  @property({ attribute: false }) minHeight: number | string | null = null;
  @property({ attribute: false }) maxHeight: number | string | null = null;
  /** The reader may drag the chat taller or shorter. */
  @property({ type: Boolean }) resizable = false;
  /** Follow new messages while the reader is at the end. */
  @property({ type: Boolean }) autoscroll = true;
  /** `user` or `all`: which messages the user may edit. */
  @property() editable: 'user' | 'all' | null = null;
  @property({ attribute: false }) latexDelimiters: readonly LatexDelimiter[] | null = DEFAULT_DELIMITERS;
  @property({ type: Boolean }) rtl = false;
  /** 6.x toolbar: `copy` (per message), `copy_all`, `share`, gr.Button entries. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 4.x / 5.x spelling of `buttons: ["copy"]`. */
  @property({ type: Boolean }) showCopyButton = false;
  /** 4.x / 5.x spelling of `buttons: ["copy_all"]`. */
  @property({ type: Boolean }) showCopyAllButton = false;
  /** Appended to copied messages after a blank line. */
  @property() watermark: string | null = null;
  /** `[user, assistant]` avatars (FileData or null). */
  @property({ attribute: false }) avatarImages: readonly unknown[] | null = null;
  @property({ type: Boolean }) sanitizeHtml = true;
  @property({ type: Boolean }) renderMarkdown = true;
  @property({ type: Boolean }) lineBreaks = true;
  /** `bubble` (default) or `panel`. */
  @property() layout: 'bubble' | 'panel' | null = null;
  /** Markdown shown while the chat is empty. */
  @property() placeholder: string | null = null;
  @property({ attribute: false }) examples: readonly ChatExample[] | null = null;
  @property({ type: Boolean }) allowFileDownloads = true;
  @property({ type: Boolean }) groupConsecutiveMessages = true;
  /** Tags kept as text when sanitizing (true: every custom tag). */
  @property({ attribute: false }) allowTags: readonly string[] | boolean = false;
  /** Feedback buttons; "Like" and "Dislike" are thumbs, others sit under a flag. */
  @property({ attribute: false }) feedbackOptions: readonly string[] | null = ['Like', 'Dislike'];
  /** Feedback already given, one entry per assistant message. */
  @property({ attribute: false }) feedbackValue: readonly (string | null)[] | null = null;
  /** The app listens to `like`. */
  @property({ type: Boolean }) likeable = false;
  @property({ type: Boolean }) likeUserMessage = false;
  /** The app listens to `select`. */
  @property({ type: Boolean }) selectable = false;
  /** The app listens to `retry` / `undo`. */
  @property({ type: Boolean }) retryable = false;
  @property({ type: Boolean }) undoable = false;

  @state() private behind = false;
  @state() private editing: { group: number; texts: string[] } | null = null;
  /** The group whose feedback menu is open. */
  @state() private feedbackMenu: number | null = null;

  readonly #reader = new MessageReader();
  #format: ValueFormat = 'messages';
  #messages: ChatMessage[] = [];
  #groups: MessageGroup[] = [];
  #valueError: Error | null = null;
  /** Feedback the user gave, by group, over `feedbackValue`. */
  #feedback = new Map<number, Feedback>();
  /** Thoughts the user opened or closed, by message key. */
  #expanded = new Map<string, boolean>();
  /** Bumped by UI state every group may show (thought toggles). */
  #uiVersion = 0;
  #partContext!: PartContext;
  readonly #follow = new FollowScroll(
    () => this.autoscroll,
    (behind) => (this.behind = behind),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow.attach(this.#scroller, this.#content);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#follow.detach();
  }

  /**
   * While a reply streams, value changes arrive faster than frames: they are drawn once per
   * frame, the latest value winning. (Hidden tabs draw when they are shown again.)
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.hasUpdated && document.visibilityState === 'visible') {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    super.scheduleUpdate();
  }

  /** Also waits for the messages' Markdown to be final (math typeset, code highlighted). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([...this.querySelectorAll('.md')].map((el) => markdownSettled(el)));
    return done;
  }

  get #scroller(): HTMLElement | null {
    return this.querySelector(':scope .chat-scroller');
  }

  get #content(): Element | null {
    return this.querySelector(':scope .message-wrap, :scope .placeholder-content');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The chat shows its own pending message: the status is minimal (timer only), as in Gradio.
    if (
      changed.has('loadingStatus') &&
      this.loadingStatus?.mode === 'full' &&
      this.loadingStatus.stage !== 'error'
    ) {
      this.loadingStatus = { ...this.loadingStatus, mode: 'minimal' };
    }
    if (changed.has('value') || changed.has('type') || changed.has('groupConsecutiveMessages')) {
      try {
        const { format, messages } = this.#reader.read(this.value, this.type);
        this.#format = format;
        this.#messages = messages;
        this.#groups = groupMessages(messages, this.groupConsecutiveMessages);
        this.#valueError = null;
      } catch (error) {
        this.#valueError = error as Error;
        this.#messages = [];
        this.#groups = [];
      }
      if (this.editing && this.editing.group >= this.#groups.length) this.editing = null;
      // A new conversation starts without the feedback and open thoughts of the last one.
      if (!this.#messages.length) {
        this.#feedback.clear();
        this.#expanded.clear();
      }
    }
    if (changed.has('feedbackValue')) this.#feedback.clear();
    const display = [
      'sanitizeHtml',
      'lineBreaks',
      'latexDelimiters',
      'renderMarkdown',
      'allowTags',
      'services',
      'layout',
      'avatarImages',
      'rtl',
      'showCopyButton',
      'buttons',
      'watermark',
      'allowFileDownloads',
      'feedbackOptions',
      'selectable',
      'editable',
    ] as const;
    if (!this.#partContext || display.some((key) => changed.has(key)))
      this.#partContext = this.#makeContext();
  }

  /** A new object whenever anything every message shows changes: every group redraws then. */
  #makeContext(): PartContext {
    const options: MarkdownOptions = {
      sanitize: this.sanitizeHtml,
      appTrusted: this.services?.appJs.trusted,
      lineBreaks: this.lineBreaks,
      latexDelimiters: this.latexDelimiters ?? DEFAULT_DELIMITERS,
      renderMarkdown: this.renderMarkdown,
      allowTags: this.allowTags,
    };
    return {
      markdown: options,
      services: this.services,
      expanded: (message) => this.#expanded.get(message.key) ?? message.metadata?.status !== 'done',
      toggle: (message) => {
        this.#expanded.set(message.key, !this.#partContext.expanded(message));
        this.#uiVersion++;
        this.requestUpdate();
      },
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#follow.attach(this.#scroller, this.#content);
    this.#follow.stick();
  }

  // ---- Events -------------------------------------------------------------------------------

  #isTuples(): boolean {
    return this.#format === 'tuples';
  }

  #clear(): void {
    this.editing = null;
    this.value = [];
    this.emit('clear');
    this.emit('change');
  }

  #retryOrUndo(action: 'retry' | 'undo'): void {
    const turn = lastUserTurn(this.#messages);
    if (turn) this.emit(action, turn);
  }

  #like(groupIndex: number, option: string): void {
    const group = this.#groups[groupIndex];
    if (!group) return;
    const current = this.#feedbackOf(groupIndex);
    const selected = current === option ? null : option;
    this.#feedback.set(groupIndex, selected);
    this.requestUpdate();
    const liked = selected === 'Like' ? true : selected === 'Dislike' ? false : (selected ?? '');
    const first = group.messages[0]!;
    this.emit(
      'like',
      this.#isTuples()
        ? { index: first.index, value: first.content, liked }
        : { index: first.index, value: group.messages.map((m) => m.content), liked },
    );
  }

  #startEdit(groupIndex: number): void {
    const group = this.#groups[groupIndex];
    if (!group) return;
    this.editing = {
      group: groupIndex,
      texts: group.messages.map((m) => (m.part.kind === 'text' ? m.part.text : '')),
    };
    void this.updateComplete.then(() =>
      this.querySelector<HTMLTextAreaElement>('.edit-textarea')?.focus({ preventScroll: true }),
    );
  }

  #submitEdit(): void {
    const editing = this.editing;
    const group = editing ? this.#groups[editing.group] : undefined;
    this.editing = null;
    if (!editing || !group || !Array.isArray(this.value)) return;
    group.messages.forEach((message, i) => {
      if (message.part.kind !== 'text' || message.children.length) return;
      const text = editing.texts[i] ?? '';
      this.value = withEditedText(this.value as unknown[], message.index, text);
      this.emit('edit', {
        index: message.index,
        value: text,
        previous_value: message.part.text,
        _dispatch_value: [{ type: 'text', text }],
      });
    });
    this.emit('change');
  }

  #select(message: ChatMessage): void {
    if (this.selectable) this.emit('select', { index: message.index, value: message.content });
  }

  async #copyGroup(text: string, button: HTMLElement): Promise<void> {
    const copied = await copyText(this.watermark ? `${text}\n\n${this.watermark}` : text, button);
    if (!copied) return;
    this.emit('copy', { value: text });
    this.#flashCopied(button);
  }

  #flashCopied(button: HTMLElement): void {
    button.dataset.copied = '';
    const label = button.getAttribute('aria-label') ?? '';
    button.setAttribute('aria-label', 'Copied');
    setTimeout(() => {
      delete button.dataset.copied;
      button.setAttribute('aria-label', label);
    }, 1500);
  }

  // ---- Rendering ----------------------------------------------------------------------------

  get #copyButtons(): boolean {
    return Array.isArray(this.buttons) ? this.buttons.includes('copy') : this.showCopyButton;
  }

  get #copyAllButton(): boolean {
    return Array.isArray(this.buttons) ? this.buttons.includes('copy_all') : this.showCopyAllButton;
  }

  get #generating(): boolean {
    return this.loadingStatus !== null && RUNNING.has(this.loadingStatus.stage);
  }

  #feedbackOf(groupIndex: number): Feedback {
    if (this.#feedback.has(groupIndex)) return this.#feedback.get(groupIndex)!;
    const ordinal = this.#groups.slice(0, groupIndex).filter((g) => g.role === 'assistant').length;
    return this.#groups[groupIndex]?.role === 'assistant' ? (this.feedbackValue?.[ordinal] ?? null) : null;
  }

  #groupState(group: MessageGroup, i: number): GroupState {
    const lastMessage = this.#messages[this.#messages.length - 1];
    const isLastBot = group.role === 'assistant' && group.messages[group.messages.length - 1] === lastMessage;
    const last = group.messages[group.messages.length - 1]!;
    return {
      showRetry: this.retryable && isLastBot,
      showUndo: this.undoable && isLastBot,
      showEdit:
        this.editable === 'all' ||
        (this.editable === 'user' && group.role === 'user' && last.part.kind === 'text'),
      showLike: group.role === 'user' ? this.likeable && this.likeUserMessage : this.likeable,
      feedback: this.#feedbackOf(i),
      editing: this.editing?.group === i,
    };
  }

  #avatar(role: 'user' | 'assistant'): string | null {
    const image = this.avatarImages?.[role === 'user' ? 0 : 1];
    return image ? (this.services?.fileUrl(image) ?? null) : null;
  }

  #renderGroup(group: MessageGroup, i: number): unknown {
    const groupState = this.#groupState(group, i);
    const generating = this.#generating;
    return guard(
      [
        ...group.messages,
        this.#partContext,
        this.#uiVersion,
        generating,
        groupState.showRetry,
        groupState.showUndo,
        groupState.showEdit,
        groupState.showLike,
        groupState.feedback,
        groupState.editing,
        this.feedbackMenu === i,
      ],
      () => this.#groupTemplate(group, i, groupState, generating),
    );
  }

  #groupTemplate(
    group: MessageGroup,
    i: number,
    groupState: GroupState,
    generating: boolean,
  ): TemplateResult {
    const role = group.role === 'user' ? 'user' : 'bot';
    const layout = this.layout === 'panel' ? 'panel' : 'bubble';
    const avatar = this.#avatar(group.role);
    const bubbles = this.groupConsecutiveMessages ? [group.messages] : group.messages.map((m) => [m]);
    const body = (message: ChatMessage, j: number): unknown => {
      if (groupState.editing && message.part.kind === 'text' && !message.children.length) {
        return html`<textarea
          class="edit-textarea"
          aria-label="Edit message"
          .value=${this.editing?.texts[j] ?? ''}
          @input=${(event: Event) => {
            if (this.editing) this.editing.texts[j] = (event.target as HTMLTextAreaElement).value;
          }}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Escape') this.editing = null;
          }}
        ></textarea>`;
      }
      return html`<div
        class="message-content ${this.selectable ? 'selectable' : ''} ${message.part.kind}"
        data-testid=${role}
        dir=${this.rtl ? 'rtl' : 'ltr'}
        tabindex=${this.selectable ? 0 : -1}
        @click=${() => this.#select(message)}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && event.target === event.currentTarget && this.#select(message)}
      >
        ${message.metadata?.title ? renderThought(message, this.#partContext) : renderPart(message, this.#partContext)}
      </div>`;
    };
    let j = 0;
    // One box per group (bubble and its buttons): drawn only near the view (content-visibility),
    // so a long conversation costs a streaming reply no layout or paint beyond what is seen.
    return html`<div class="message-group ${role}-group ${this.feedbackMenu === i ? 'menu-open' : ''}">
      <div
        class="message-row ${layout} ${role}-row ${avatar ? 'with-avatar' : ''}"
        role="group"
        aria-label=${group.role === 'user' ? 'User message' : 'Assistant message'}
      >
        ${avatar ? html`<div class="avatar-container"><img class="avatar-image" src=${avatar} alt="${role} avatar" /></div>` : nothing}
        <div class="flex-wrap">
          ${bubbles.map(
            (messages) =>
              html`<div
                class="message ${role} ${messages[0]!.part.kind === 'component' ? 'component-message' : ''}"
              >
                ${messages.map((m) => body(m, j++))}
              </div>`,
          )}
        </div>
      </div>
      ${this.#renderButtons(group, i, groupState, generating, layout, Boolean(avatar))}
    </div>`;
  }

  #renderButtons(
    group: MessageGroup,
    i: number,
    groupState: GroupState,
    generating: boolean,
    layout: string,
    avatar: boolean,
  ): unknown {
    const text = this.#copyButtons ? groupText(group.messages) : null;
    const file = this.allowFileDownloads ? groupFile(group.messages) : null;
    const fileUrl = file ? (this.services?.fileUrl(file) ?? file.url ?? null) : null;
    const feedback = this.feedbackOptions ?? ['Like', 'Dislike'];
    const any =
      text !== null ||
      fileUrl !== null ||
      groupState.showRetry ||
      groupState.showUndo ||
      groupState.showEdit ||
      groupState.showLike;
    if (!any) return nothing;
    const side = group.role === 'user' ? 'right' : 'left';
    const button = (label: string, icon: unknown, onClick: (event: Event) => void, disabled = false) =>
      html`<button
        type="button"
        class="icon-button"
        aria-label=${label}
        title=${label}
        ?disabled=${disabled}
        @click=${onClick}
      >
        ${icon}
      </button>`;
    if (groupState.editing) {
      return html`<div
        class="message-buttons message-buttons-${side} ${layout} ${avatar ? 'with-avatar' : ''}"
      >
        ${button('Submit', icons.check, () => this.#submitEdit(), generating)}
        ${button('Cancel', icons.close, () => (this.editing = null), generating)}
      </div>`;
    }
    const extra = feedback.filter((o) => o !== 'Like' && o !== 'Dislike');
    const selected = groupState.feedback;
    return html`<div class="message-buttons message-buttons-${side} ${layout} ${avatar ? 'with-avatar' : ''}">
      ${
        text !== null
          ? html`<button
              type="button"
              class="icon-button copy-button"
              aria-label="Copy message"
              title="Copy message"
              @click=${(event: Event) => void this.#copyGroup(text, event.currentTarget as HTMLElement)}
            >
              <span class="when-idle">${icons.copy}</span><span class="when-copied">${icons.check}</span>
            </button>`
          : nothing
      }
      ${
        fileUrl && file
          ? button(
              'Download',
              icons.download,
              (event) =>
                void downloadFile(
                  fileUrl,
                  file.orig_name || file.path || 'file',
                  event.currentTarget as Element,
                ),
            )
          : nothing
      }
      ${groupState.showRetry ? button('Retry', chatIcons.retry, () => this.#retryOrUndo('retry'), generating) : nothing}
      ${groupState.showUndo ? button('Undo', chatIcons.undo, () => this.#retryOrUndo('undo'), generating) : nothing}
      ${groupState.showEdit ? button('Edit', chatIcons.edit, () => this.#startEdit(i), generating) : nothing}
      ${
        groupState.showLike && feedback.includes('Dislike')
          ? html`<button
              type="button"
              class="icon-button feedback ${selected === 'Dislike' ? 'selected' : ''}"
              aria-label=${selected === 'Dislike' ? 'Disliked' : 'Dislike'}
              aria-pressed=${selected === 'Dislike' ? 'true' : 'false'}
              @click=${() => this.#like(i, 'Dislike')}
            >
              ${selected === 'Dislike' ? chatIcons.thumbDownFilled : chatIcons.thumbDown}
            </button>`
          : nothing
      }
      ${
        groupState.showLike && feedback.includes('Like')
          ? html`<button
              type="button"
              class="icon-button feedback ${selected === 'Like' ? 'selected' : ''}"
              aria-label=${selected === 'Like' ? 'Liked' : 'Like'}
              aria-pressed=${selected === 'Like' ? 'true' : 'false'}
              @click=${() => this.#like(i, 'Like')}
            >
              ${selected === 'Like' ? chatIcons.thumbUpFilled : chatIcons.thumbUp}
            </button>`
          : nothing
      }
      ${groupState.showLike && extra.length ? this.#renderExtraFeedback(i, extra, selected) : nothing}
    </div>`;
  }

  /** Feedback options besides Like and Dislike: a flag button that opens a small menu of them. */
  #renderExtraFeedback(i: number, options: readonly string[], selected: Feedback): TemplateResult {
    const active = selected !== null && options.includes(selected);
    const open = this.feedbackMenu === i;
    const menuId = `gr-${this.blockId}-feedback-${i}`;
    return html`<span
      class="extra-feedback"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape' && open) {
          this.feedbackMenu = null;
          this.querySelector<HTMLElement>(`[aria-controls="${menuId}"]`)?.focus({ preventScroll: true });
        }
      }}
    >
      <button
        type="button"
        class="icon-button feedback ${active ? 'selected' : ''}"
        aria-label="Feedback"
        title="Feedback"
        aria-haspopup="true"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${menuId}
        @click=${() => (this.feedbackMenu = open ? null : i)}
      >
        ${active ? chatIcons.flagFilled : chatIcons.flag}
      </button>
      ${
        open
          ? html`<span class="extra-feedback-options" id=${menuId} role="group" aria-label="Feedback options">
              ${options.map(
                (option) =>
                  html`<button
                    type="button"
                    class="extra-feedback-option ${selected === option ? 'selected' : ''}"
                    aria-pressed=${selected === option ? 'true' : 'false'}
                    @click=${() => {
                      this.feedbackMenu = null;
                      this.#like(i, option);
                    }}
                  >
                    ${option}
                  </button>`,
              )}
            </span>`
          : nothing
      }
    </span>`;
  }

  #renderPending(): TemplateResult {
    const layout = this.layout === 'panel' ? 'panel' : 'bubble';
    const avatar = this.#avatar('assistant');
    return html`<div class="message-row ${layout} bot-row pending-row ${avatar ? 'with-avatar' : ''}">
      ${avatar ? html`<div class="avatar-container"><img class="avatar-image" src=${avatar} alt="bot avatar" /></div>` : nothing}
      <div class="message bot pending" role="status" aria-label="Waiting for a reply">
        <span class="dot"></span><span class="dot"></span><span class="dot"></span>
      </div>
    </div>`;
  }

  #renderOptions(options: readonly MessageOption[]): TemplateResult {
    return html`<div class="options" role="group" aria-label="Options">
      ${options.map(
        (option, index) =>
          html`<button
            type="button"
            class="option"
            @click=${() => this.emit('option_select', { index, value: option.value })}
          >
            ${option.label || option.value}
          </button>`,
      )}
    </div>`;
  }

  #renderExampleIcon(example: ChatExample): unknown {
    const url = (file: unknown) => this.services?.fileUrl(file) ?? null;
    const icon = example.icon;
    if (icon && (icon.url || icon.path) && url(icon)) {
      return html`<span class="example-image-container"
        ><img class="example-image" src=${url(icon)!} alt=""
      /></span>`;
    }
    if (icon?.mime_type === 'text')
      return html`<span class="example-icon" aria-hidden="true"><span class="text-icon">Aa</span></span>`;
    const files = example.files ?? [];
    if (!files.length) return nothing;
    const thumb = (file: FileData) => {
      const mime = file.mime_type ?? '';
      if (mime.includes('image')) {
        return html`<span class="example-image-container"
          ><img class="example-image" src=${url(file) ?? ''} alt=${file.orig_name ?? ''}
        /></span>`;
      }
      if (mime.includes('video')) {
        return html`<span class="example-image-container"
          ><video class="example-image" src=${url(file) ?? ''} aria-hidden="true"></video
        ></span>`;
      }
      return html`<span class="example-icon" aria-label=${`File: ${file.orig_name ?? ''}`}
        >${mime.includes('audio') ? chatIcons.music : icons.file}</span
      >`;
    };
    return html`<span class="example-icons">
      ${files.slice(0, 4).map(thumb)}
      ${files.length > 4 ? html`<span class="example-icon more" aria-label="${files.length - 4} more files">+${files.length - 4}</span>` : nothing}
    </span>`;
  }

  #renderEmpty(): TemplateResult {
    const examples = this.examples ?? [];
    return html`<div class="placeholder-content">
      ${
        this.placeholder
          ? html`<div class="placeholder">
              <div
                class="md prose"
                ${markdown(this.placeholder, { latexDelimiters: this.latexDelimiters ?? DEFAULT_DELIMITERS })}
              ></div>
            </div>`
          : nothing
      }
      ${
        examples.length
          ? html`<div class="examples" role="list" aria-label="Examples">
              ${examples.map((example, index) => {
                const text = example.display_text || example.text || '';
                return html`<div role="listitem" class="example-item">
                  <button
                    type="button"
                    class="example"
                    aria-label=${`Select example ${index + 1}: ${text}`}
                    @click=${() =>
                      this.emit('example_select', {
                        index,
                        value: { text: example.text, files: example.files },
                      })}
                  >
                    ${this.#renderExampleIcon(example)}
                    <span class="example-text">${text}</span>
                  </button>
                </div>`;
              })}
            </div>`
          : nothing
      }
    </div>`;
  }

  #renderToolbar(): unknown {
    const hasValue = this.#messages.length > 0;
    const custom = customButtons(this.buttons).length > 0;
    if (!hasValue && !custom) return nothing;
    return html`<div class="icon-buttons">
      ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
      ${
        hasValue
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Clear"
              title="Clear"
              @click=${() => this.#clear()}
            >
              ${icons.trash}
            </button>`
          : nothing
      }
      ${
        hasValue && this.#copyAllButton
          ? html`<button
              type="button"
              class="icon-button copy-button"
              aria-label="Copy conversation"
              title="Copy conversation"
              @click=${async (event: Event) => {
                const button = event.currentTarget as HTMLElement;
                const text = conversationText(this.#messages);
                if (await copyText(this.watermark ? `${text}\n\n${this.watermark}` : text, button)) {
                  this.#flashCopied(button);
                }
              }}
            >
              <span class="when-idle">${icons.copy}</span><span class="when-copied">${icons.check}</span>
            </button>`
          : nothing
      }
    </div>`;
  }

  protected override renderContent(): unknown {
    const layout = this.layout === 'panel' ? 'panel' : 'bubble';
    const box = styleMap({
      height: cssLength(this.height),
      'min-height': cssLength(this.minHeight),
      'max-height': cssLength(this.maxHeight),
    });
    const status = this.loadingStatus;
    const pending = status?.stage === 'pending' && status.mode !== 'hidden';
    const groups = this.#groups;
    const lastGroup = groups[groups.length - 1];
    const lastMessage = lastGroup?.messages[lastGroup.messages.length - 1];
    // Gradio also shows the pending dots after a finished thought while the reply goes on.
    const waitingAfterThought =
      this.#generating &&
      status?.mode !== 'hidden' &&
      lastGroup?.role === 'assistant' &&
      lastMessage?.metadata?.status === 'done';
    const options = lastGroup?.role === 'assistant' ? lastMessage?.options : null;
    return html`<div
      class="block chatbot-block ${this.container ? '' : 'no-container'} ${this.resizable ? 'resizable' : ''}"
      style=${box}
      dir=${this.rtl ? 'rtl' : 'ltr'}
    >
      ${renderBlockLabel({ label: this.label || 'Chatbot', show: this.showLabel, icon: chatIcons.chat, container: this.container })}
      ${this.#renderToolbar()}
      ${this.#valueError ? html`<div class="value-error-wrap">${renderValueError(`This chatbot cannot show its value: ${this.#valueError.message}`)}</div>` : nothing}
      <div
        class="chat-scroller ${layout}-wrap"
        role="log"
        aria-label="chatbot conversation"
        aria-live="polite"
        aria-busy=${pending || this.#generating ? 'true' : 'false'}
        tabindex="0"
        @scroll=${() => this.#follow.onScroll()}
      >
        ${
          this.#messages.length
            ? html`<div class="message-wrap">
                ${repeat(
                  groups,
                  (group) => group.messages[0]!.key,
                  (group, i) => this.#renderGroup(group, i),
                )}
                ${pending || waitingAfterThought ? this.#renderPending() : options ? this.#renderOptions(options) : nothing}
              </div>`
            : pending
              ? html`<div class="message-wrap">${this.#renderPending()}</div>`
              : this.#renderEmpty()
        }
      </div>
      ${
        this.behind
          ? html`<div class="scroll-down">
              <button
                type="button"
                class="scroll-down-button"
                aria-label="Scroll to latest message"
                @click=${() => this.#follow.toEnd()}
              >
                ${chatIcons.arrowDown}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-chatbot': GrChatbot;
  }
}
