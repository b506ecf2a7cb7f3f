import { css, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ExampleRenderer } from '../../src/base/example.js';
import { registerStyles } from '../../src/base/style-registry.js';
import { isScores, readTokens, resolveColors, scoreColor, toScore, type Token } from './internal/tokens.js';

registerStyles(css`
  @layer gr.components {
    .gr-example-highlightedtext {
      display: inline-block;
      max-width: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .gr-example-highlightedtext span {
      border-radius: var(--radius-xs);
    }
  }
`);

/** HighlightedText in an examples table: the text, its tagged spans coloured. */
export const renderExample: ExampleRenderer = (value, props) => {
  let tokens: Token[] | null;
  try {
    tokens = readTokens(value);
  } catch {
    return '';
  }
  if (!tokens) return '';
  const scores = isScores(tokens);
  const colors = scores
    ? null
    : resolveColors(tokens, (props.color_map as Record<string, string> | null) ?? null);
  return html`<span class="gr-example-highlightedtext"
    >${tokens.map((t) => {
      const c = t.class_or_confidence;
      const background =
        c === null ? '' : scores ? scoreColor(toScore(c)) : (colors?.get(String(c))?.secondary ?? '');
      return background
        ? html`<span style=${styleMap({ backgroundColor: background })}>${t.token}</span>`
        : t.token;
    })}</span
  >`;
};
