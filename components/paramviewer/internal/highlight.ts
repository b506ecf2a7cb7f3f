import type { HLJSApi } from 'highlight.js';

export type CodeLanguage = 'python' | 'typescript';

let loading: Promise<HLJSApi> | null = null;

/**
 * highlight.js with only the two languages ParamViewer knows, loaded on first use: a page
 * without a ParamViewer never fetches it.
 */
export function loadHighlighter(): Promise<HLJSApi> {
  loading ??= Promise.all([
    import('highlight.js/lib/core'),
    import('highlight.js/lib/languages/python'),
    import('highlight.js/lib/languages/typescript'),
  ]).then(([core, python, typescript]) => {
    const hljs = core.default;
    hljs.registerLanguage('python', python.default);
    hljs.registerLanguage('typescript', typescript.default);
    return hljs;
  });
  loading.catch(() => (loading = null));
  return loading;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Code as safe HTML: highlighted when the highlighter is there (its output escapes the text),
 * escaped otherwise; each `linkify` word in the text (never inside a tag) becomes a link to
 * `#h-<word>`, as Gradio's docs pages expect. Tags and entities are never rewritten.
 */
export function codeHtml(
  code: string,
  language: CodeLanguage,
  hljs: HLJSApi | null,
  linkify: readonly string[],
): string {
  const highlighted = hljs?.getLanguage(language)
    ? hljs.highlight(code, { language, ignoreIllegals: true }).value
    : escapeHtml(code);
  const words = linkify.filter(Boolean);
  if (!words.length) return highlighted;
  const pattern = new RegExp(words.map((w) => escapeRegExp(escapeHtml(w))).join('|'), 'g');
  return highlighted
    .split(/(<[^>]*>|&[#a-z0-9]+;)/i)
    .map((part) =>
      part.startsWith('<') || part.startsWith('&')
        ? part
        : part.replace(pattern, (word) => `<a href="#h-${escapeHtml(word.toLowerCase())}">${word}</a>`),
    )
    .join('');
}
