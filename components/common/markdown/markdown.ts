import { render as renderLit, noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { registerStyles } from '../../../src/base/style-registry.js';
import { renderCopyButton } from '../copy-button.js';
import { markdownStyles } from './markdown.styles.js';
import { escapeHtml, fastParse, type LatexDelimiter } from './fast-parse.js';
import { isInertHtml } from './inert-html.js';
import type * as MathModule from './math.js';
import { trustedHtml } from '../../../src/base/trusted-html.js';

export type { LatexDelimiter } from './fast-parse.js';

registerStyles(markdownStyles);

/**
 * How a block wants its text shown; every field is optional. The defaults are a chatbot
 * message's: sanitized, no math, no heading links.
 */
export interface MarkdownOptions {
  /** Sanitize author HTML as Gradio does (`sanitize_html`); default true. */
  readonly sanitize?: boolean;
  /**
   * The host page trusts the app with its page (`allow_js`): with `sanitize: false` the HTML is
   * shown as it is, code and all, as on the app's own page. Otherwise (the default) unsanitized
   * HTML is still shown without its code (scripts, handlers, `javascript:` URLs).
   */
  readonly appTrusted?: boolean;
  /** A single newline is a line break (`line_breaks`); default false. */
  readonly lineBreaks?: boolean;
  /** TeX between these delimiters is typeset with KaTeX (`latex_delimiters`); default none. */
  readonly latexDelimiters?: readonly LatexDelimiter[];
  /** Headings get ids and a link icon (`header_links`); default false. */
  readonly headerLinks?: boolean;
  /**
   * false: the text is not Markdown but HTML, shown with its newlines (Gradio's
   * `render_markdown=False`); still sanitized, and its math still typeset. Default true.
   */
  readonly renderMarkdown?: boolean;
  /** Chatbot's `allow_tags`: tags shown as text instead of being dropped. Default false. */
  readonly allowTags?: readonly string[] | boolean;
  /** A copy button on each code block; default true. */
  readonly copyCodeButtons?: boolean;
}

type Resolved = Required<MarkdownOptions>;

function resolve(options: MarkdownOptions): Resolved {
  return {
    sanitize: options.sanitize ?? true,
    appTrusted: options.appTrusted ?? false,
    lineBreaks: options.lineBreaks ?? false,
    latexDelimiters: options.latexDelimiters ?? [],
    headerLinks: options.headerLinks ?? false,
    renderMarkdown: options.renderMarkdown ?? true,
    allowTags: options.allowTags ?? false,
    copyCodeButtons: options.copyCodeButtons ?? true,
  };
}

/**
 * A heavy part, imported on first need and kept: once loaded, every later render uses it
 * synchronously (a streaming message never flashes unhighlighted code or raw TeX).
 */
function lazy<T>(load: () => Promise<T>): { get(): T | null; load(): Promise<T> } {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    get: () => module,
    load() {
      loading ??= load().then(
        (m) => (module = m),
        (error: unknown) => {
          // A chunk that failed (network blip) is fetched again by the next render.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

const parser = lazy(() => import('./parse.js'));
// DOMPurify is requested with sanitize.js, not once sanitize.js has arrived and named it: one
// round trip instead of two before author HTML shows.
const sanitizer = lazy(() =>
  Promise.all([import('./sanitize.js'), import('dompurify')]).then(([module]) => module),
);
const codeRemover = lazy(() => import('../app-html.js'));
const tagEscaper = lazy(() => import('./allow-tags.js'));
const mathTypesetter = lazy(() => import('./math.js'));
const highlighter = lazy(() => import('./highlight.js'));

interface RenderState {
  key: string;
  run: number;
  settled: Promise<void>;
}

const states = new WeakMap<Element, RenderState>();

/** In-page links scroll to their target inside the app and never touch the host page's URL. */
function onClick(event: MouseEvent): void {
  const container = event.currentTarget as Element;
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link || !container.contains(link)) return;
  event.preventDefault();
  const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
  if (!id) return;
  const root = container.getRootNode() as Document | ShadowRoot;
  const selector = `#${CSS.escape(id)}, [name="${CSS.escape(id)}"]`;
  const target = container.querySelector(selector) ?? root.querySelector(selector);
  target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

/** The copy button on each code block: the block's code as the user sees it. */
function addCopyButtons(element: Element): void {
  for (const wrap of element.querySelectorAll(':scope .code_wrap')) {
    const code = wrap.querySelector('code');
    if (!code || wrap.querySelector(':scope > .md-copy')) continue;
    const holder = document.createElement('span');
    holder.className = 'md-copy';
    renderLit(
      renderCopyButton(() => (code.textContent ?? '').replace(/\n$/, ''), { label: 'Copy code' }),
      holder,
    );
    wrap.prepend(holder);
  }
}

/**
 * Gradio's typography zeroes the bottom margin of every last child with `!important`, which
 * beats inline styles (the Interface title is `<h1 style="margin-bottom: 1rem">`). Our CSS
 * never uses `!important` (the app's css= must win), so inline bottom margins of last children
 * are dropped here instead, and the stylesheet's zero applies.
 */
function dropLastMargins(element: Element): void {
  if (!element.classList.contains('prose')) return;
  for (const last of element.querySelectorAll<HTMLElement>(':last-child[style*="margin"]')) {
    last.style.removeProperty('margin-bottom');
    last.style.removeProperty('margin-block-end');
  }
}

async function run(
  element: Element,
  source: string,
  options: Resolved,
  current: () => boolean,
): Promise<void> {
  let parsed = fastParse(source, options);
  if (!parsed) {
    const module = parser.get() ?? (await parser.load());
    if (!current()) return;
    parsed = module.parseMarkdown(source, options);
  }
  let html = parsed.html;
  if (parsed.hasHtml && options.allowTags !== false) {
    const module = tagEscaper.get() ?? (await tagEscaper.load());
    if (!current()) return;
    html = module.escapeTags(html, options.allowTags);
  }
  // Only author HTML needs the sanitizer (what marked makes of plain Markdown is escaped), and
  // not HTML it would leave as it is (an Interface's title).
  const needsCleaning = parsed.hasHtml && !isInertHtml(html);
  if (needsCleaning && options.sanitize) {
    const module = sanitizer.get() ?? (await sanitizer.load());
    if (!current()) return;
    html = module.sanitizeHtml(html);
  } else if (needsCleaning && !options.appTrusted) {
    const module = codeRemover.get() ?? (await codeRemover.load());
    if (!current()) return;
    html = module.codeFreeHtml(html);
  }
  element.innerHTML = trustedHtml(html);
  dropLastMargins(element);
  if (options.copyCodeButtons && options.renderMarkdown) addCopyButtons(element);

  const later: Promise<void>[] = [];
  if (parsed.hasMath) {
    const scanText = parsed.hasHtml || !options.renderMarkdown;
    const typeset = (module: typeof MathModule): void => {
      if (current()) module.typesetMath(element, options.latexDelimiters, scanText);
    };
    const module = mathTypesetter.get();
    if (module) typeset(module);
    else later.push(mathTypesetter.load().then(typeset));
  }
  if (parsed.languages.length) {
    const module = highlighter.get();
    if (module?.languagesReady(parsed.languages)) {
      module.highlightCode(element);
    } else {
      later.push(
        highlighter.load().then(async (loaded) => {
          await loaded.loadLanguages(parsed.languages);
          if (current()) loaded.highlightCode(element);
        }),
      );
    }
  }
  await Promise.all(later);
}

/**
 * Renders Markdown into an element the caller owns (give it the classes `md prose`, or `md
 * plain` with `renderMarkdown: false`). The same text and options as last time cost nothing;
 * otherwise the element is redrawn at once, and math and code are typeset and highlighted as
 * soon as their chunks arrive (at once, once they have). Resolves when the element is final.
 */
export function renderMarkdownInto(
  element: Element,
  source: string,
  options: MarkdownOptions = {},
): Promise<void> {
  const resolved = resolve(options);
  const key = `${source}\u0000${JSON.stringify(resolved)}`;
  let state = states.get(element);
  if (state?.key === key) return state.settled;
  if (!state) {
    state = { key, run: 0, settled: Promise.resolve() };
    states.set(element, state);
    (element as HTMLElement).addEventListener('click', onClick);
  }
  state.key = key;
  const runId = ++state.run;
  const current = (): boolean => state.run === runId;
  state.settled = run(element, source, resolved, current).catch((error: unknown) => {
    console.warn('[gradio-app] Markdown could not be rendered in full:', error);
    // Without the sanitizer the text is shown as text; without KaTeX or grammars, as it is.
    if (current() && !element.hasChildNodes())
      element.innerHTML = trustedHtml(`<p>${escapeHtml(source)}</p>`);
  });
  return state.settled;
}

/** Resolves once the element's latest Markdown is final (math typeset, code highlighted). */
export function markdownSettled(element: Element | null | undefined): Promise<void> {
  return (element && states.get(element)?.settled) || Promise.resolve();
}

class MarkdownDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('markdown() belongs on an element: <div class="md prose" ${markdown(text)}></div>');
    }
  }

  render(_source: string | null | undefined, _options?: MarkdownOptions): unknown {
    return noChange;
  }

  override update(part: ElementPart, [source, options]: Parameters<this['render']>): unknown {
    void renderMarkdownInto(part.element, source ?? '', options);
    return noChange;
  }
}

/**
 * Markdown as a Lit element directive: `<div class="md prose" ${markdown(text, options)}></div>`.
 * Each element re-renders only when its own text or options change, so a chat re-renders the
 * one message that streams, not the conversation.
 */
export const markdown = directive(MarkdownDirective);
