/*
 * Trusted Types: on a page whose CSP says `require-trusted-types-for 'script'`, HTML sinks
 * (`innerHTML`, `srcdoc`, `DOMParser`) take only TrustedHTML. Every sink of ours goes through
 * `trustedHtml`, with markup that is already safe for it: sanitized by DOMPurify (Markdown,
 * gr.HTML for an untrusted app), escaped by us or by KaTeX/highlight.js, the sandbox frame's
 * fixed program, or the app's own markup where the host trusted the app (`allow_js="true"`).
 * The policy itself passes strings through: the sanitizing is done, and tested, where the
 * markup is made. A page that lists its policies (`trusted-types ...`) must list ours:
 * `gradio-embed` (besides Lit's `lit-html`, DOMPurify's `dompurify`, and `default`, which the
 * sandbox frame creates in itself; `'allow-duplicates'`: each DOMPurify instance makes one).
 */

/** The name of our policy, for the host page's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'gradio-embed';

interface HtmlPolicy {
  createHTML(markup: string): unknown;
}

let policy: HtmlPolicy | null | undefined;
let refusal: string | null = null;

function ours(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): HtmlPolicy } })
    .trustedTypes;
  policy = null;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (markup: string) => markup });
  } catch (error) {
    refusal = (error as Error).message;
  }
  return policy;
}

/**
 * Markup made acceptable to an HTML sink: TrustedHTML where the browser has Trusted Types,
 * else the string itself. Only for markup that is already safe (see above). Typed as a string
 * because that is what the DOM's typings accept at those sinks.
 */
export function trustedHtml(markup: string): string {
  const current = ours();
  if (current) return current.createHTML(markup) as string;
  if (refusal !== null) {
    throw new Error(
      `This page's Trusted Types policy refused the embed's policy "${TRUSTED_TYPES_POLICY}": its CSP needs trusted-types ${TRUSTED_TYPES_POLICY} lit-html dompurify default 'allow-duplicates'. (${refusal})`,
    );
  }
  return markup;
}
