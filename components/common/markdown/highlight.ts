import hljs from 'highlight.js/lib/core';
import { registerStyles } from '../../../src/base/style-registry.js';
import { highlightStyles } from './highlight.styles.js';
import { LANGUAGE_LOADERS, languageFor } from './languages.js';
import { trustedHtml } from '../../../src/base/trusted-html.js';

registerStyles(highlightStyles);

const loading = new Map<string, Promise<void>>();

/** Loads the grammars for these languages (each its own chunk, once). */
export function loadLanguages(languages: readonly string[]): Promise<void> {
  return Promise.all(
    languages.map((name) => {
      let done = loading.get(name);
      if (!done) {
        const load = LANGUAGE_LOADERS[name];
        if (!load) return undefined;
        done = load().then((module) => hljs.registerLanguage(name, module.default));
        // A failed chunk (network blip) may be fetched again by the next render.
        done.catch(() => loading.delete(name));
        loading.set(name, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

/** Whether every one of these languages is ready, so highlighting can happen synchronously. */
export function languagesReady(languages: readonly string[]): boolean {
  return languages.every((name) => hljs.getLanguage(name) !== undefined || !(name in LANGUAGE_LOADERS));
}

const CACHE_SIZE = 200;
const cache = new Map<string, string>();

function highlighted(code: string, language: string): string {
  const key = `${language}\n${code}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = hljs.highlight(code, { language, ignoreIllegals: true }).value;
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return html;
}

/** Highlights the fenced code blocks of a rendered message whose language is loaded. */
export function highlightCode(root: Element): void {
  for (const code of root.querySelectorAll<HTMLElement>('pre > code[class*="language-"]:not(.hljs)')) {
    const named = [...code.classList].find((c) => c.startsWith('language-'))?.slice('language-'.length);
    const language = named ? languageFor(named) : null;
    if (!language || !hljs.getLanguage(language)) continue;
    // hljs escapes the code it wraps in its spans.
    code.innerHTML = trustedHtml(highlighted(code.textContent ?? '', language));
    code.classList.add('hljs');
  }
}
