import { html, nothing, type TemplateResult } from 'lit';
import type { AppServices } from '../../../src/base/app-services.js';
import { fileName, type FileData } from '../../../src/base/file-data.js';
import { isFileData } from '../../../src/base/file-data.js';
import { markdown, type MarkdownOptions } from '../../common/markdown/markdown.js';
import { downloadFile } from '../../common/download.js';
import { icons } from '../../common/icons.js';
import { hostBlock } from './component-host.js';
import type { ChatMessage, MediaKind, Part } from './model.js';

/** What drawing a message needs from the chat. */
export interface PartContext {
  readonly markdown: MarkdownOptions;
  readonly services: AppServices | null;
  /** A thought's open state: the user's choice, else Gradio's default for its status. */
  expanded(message: ChatMessage): boolean;
  toggle(message: ChatMessage): void;
}

/** Gradio's class names for the types whose name is not the type capitalised. */
const CLASS_NAMES: Record<string, string> = {
  html: 'HTML',
  json: 'JSON',
  model3d: 'Model3D',
  dataframe: 'Dataframe',
  highlightedtext: 'HighlightedText',
  annotatedimage: 'AnnotatedImage',
  imageslider: 'ImageSlider',
  lineplot: 'LinePlot',
  barplot: 'BarPlot',
  scatterplot: 'ScatterPlot',
};

export const className = (type: string): string =>
  CLASS_NAMES[type] ?? type.charAt(0).toUpperCase() + type.slice(1);

/**
 * A message's text with relative `src` / `href` URLs (`<img src="/gradio_api/file=…">`,
 * `![](/file=…)`) made absolute on the app's root: on a host page they would otherwise point at
 * the host's own server.
 */
export function absoluteUrls(text: string, root: string | undefined): string {
  if (!root || !text.includes('/')) return text;
  return text.replace(/(\b(?:src|href)=["']|\]\()\/(?!\/)/g, `$1${root}/`);
}

function fileUrl(context: PartContext, file: FileData): string {
  return context.services?.fileUrl(file) ?? file.url ?? '';
}

function renderFileLinks(files: readonly FileData[], context: PartContext): TemplateResult {
  return html`${files.map((file) => {
    const name = fileName(file);
    const url = fileUrl(context, file);
    const extension = name.includes('.') ? name.split('.').pop()!.toUpperCase() : 'FILE';
    return html`<div class="file-container">
      <span class="file-icon">${icons.file}</span>
      <span class="file-info">
        <a
          class="file-link"
          data-testid="chatbot-file"
          href=${url}
          download=${name}
          @click=${(event: MouseEvent) => {
            // Saved through a blob URL: a cross-origin download would navigate the host page.
            event.preventDefault();
            void downloadFile(url, name, event.currentTarget as Element);
          }}
          ><span class="file-name">${name}</span></a
        >
        <span class="file-type">${extension}</span>
      </span>
    </div>`;
  })}`;
}

/** Images, audio and video inline (the browser's own players); other files as download links. */
export function renderMedia(
  media: MediaKind,
  files: readonly FileData[],
  alt: string | null,
  context: PartContext,
): TemplateResult {
  const file = files[0]!;
  const url = fileUrl(context, file);
  const label = alt ?? fileName(file);
  switch (media) {
    case 'image':
      return html`<img class="chat-media chat-image" src=${url} alt=${alt ?? file.orig_name ?? ''} />`;
    case 'audio':
      return html`<audio
        class="chat-media chat-audio"
        controls
        preload="metadata"
        src=${url}
        aria-label=${label}
      ></audio>`;
    case 'video':
      return html`<video
        class="chat-media chat-video"
        controls
        playsinline
        preload="metadata"
        src=${url}
        aria-label=${label}
      ></video>`;
    default:
      return renderFileLinks(files, context);
  }
}

function renderComponent(part: Extract<Part, { kind: 'component' }>, context: PartContext): TemplateResult {
  const name = className(part.component);
  return html`<div
    class="component-host"
    data-component=${part.component}
    ${hostBlock({
      type: part.component,
      value: part.value,
      props: part.props,
      services: context.services,
      fallback: (loading) => {
        if (loading) return html`<div class="component-loading" aria-busy="true"></div>`;
        // A media component holds a file: shown with the browser's own player.
        const value = Array.isArray(part.value) ? part.value : [part.value];
        const files = value.filter(isFileData);
        if (files.length && ['image', 'audio', 'video', 'file'].includes(part.component)) {
          return renderMedia(part.component as MediaKind, files, null, context);
        }
        return html`<div class="component-placeholder" role="note">
          This message holds a gr.${name} component, which this embed cannot show yet.
        </div>`;
      },
    })}
  ></div>`;
}

export function renderPart(message: ChatMessage, context: PartContext): TemplateResult | typeof nothing {
  const part = message.part;
  if (part.kind === 'text') {
    const plain = context.markdown.renderMarkdown === false;
    return html`<div
      class="md ${plain ? 'plain' : 'prose'} chatbot"
      ${markdown(absoluteUrls(part.text, context.services?.root), context.markdown)}
    ></div>`;
  }
  if (part.kind === 'file') return renderMedia(part.media, part.files, part.alt, context);
  return renderComponent(part, context);
}

/** Gradio's duration text: `2s`, `1.5s`, `12.0ms`. */
export function formatDuration(seconds: number): string {
  if (Number.isInteger(seconds)) return `${seconds}s`;
  if (seconds >= 0.1) return `${seconds.toFixed(1)}s`;
  return `${(seconds * 1000).toFixed(1)}ms`;
}

/**
 * A thought (tool use, reasoning): a title that opens and closes it, a spinner while pending,
 * its log and duration, then its content and nested thoughts.
 */
export function renderThought(message: ChatMessage, context: PartContext): TemplateResult {
  const meta = message.metadata ?? {};
  const open = context.expanded(message);
  const toggle = (event: Event): void => {
    event.stopPropagation();
    context.toggle(message);
  };
  const hasDuration = typeof meta.duration === 'number';
  return html`<div class="thought-group ${message.children.length ? 'has-children' : ''}">
    <div
      class="thought-title"
      role="button"
      tabindex="0"
      aria-expanded=${open ? 'true' : 'false'}
      aria-busy=${meta.status === 'pending' ? 'true' : 'false'}
      @click=${toggle}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        toggle(event);
      }}
    >
      <span class="thought-arrow" aria-hidden="true">${icons.chevronDown}</span>
      <span class="md prose thought-title-text" ${markdown(meta.title ?? '', context.markdown)}></span>
      ${meta.status === 'pending' ? html`<span class="thought-spinner" aria-label="In progress"></span>` : nothing}
      ${
        meta.log || hasDuration
          ? html`<span class="thought-duration"
              >${meta.log ?? ''}${hasDuration ? ` (${formatDuration(meta.duration!)})` : ''}</span
            >`
          : nothing
      }
    </div>
    ${
      open
        ? html`<div class="thought-content">
            ${renderPart(message, context)}
            ${
              message.children.length
                ? html`<div class="thought-children">
                    ${message.children.map((child) =>
                      child.metadata?.title ? renderThought(child, context) : renderPart(child, context),
                    )}
                  </div>`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}
