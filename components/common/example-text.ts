import { css, html, nothing, type TemplateResult } from 'lit';
import type { ExampleContext } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { normalizeChoices, indexOfValue } from './choices.js';

const MAX_LENGTH = 60;

registerStyles(css`
  @layer gr.components {
    .gr-example-text {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .gr-example-text.gallery {
      padding: var(--size-1, 0.25rem) var(--size-2, 0.5rem);
    }
  }
`);

/** One sample as a line of text in a gr.Examples table or gallery, cut at 60 characters. */
export function renderExampleText(text: string, context: ExampleContext): TemplateResult {
  const cut = text.length > MAX_LENGTH;
  return html`<div class="gr-example-text ${context.layout}" title=${cut ? text : nothing}>
    ${cut ? `${text.slice(0, MAX_LENGTH)}…` : text}
  </div>`;
}

/** The labels of the choices a sample names (its raw value where no choice has it), joined. */
export function choiceLabels(value: unknown, choices: unknown): string {
  const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  let known: ReturnType<typeof normalizeChoices> = [];
  try {
    known = normalizeChoices(choices);
  } catch {
    // Unreadable choices: the raw values still say something.
  }
  return values
    .map((v: unknown) => {
      const index = indexOfValue(known, v);
      return index >= 0 ? known[index]![0] : String(v);
    })
    .join(', ');
}
