import { afterEach, describe, expect, it } from 'vitest';
import { mountBlock } from '../testing/fixture.js';
import type { GradioElement } from '../base/gradio-element.js';

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Gradio's default theme.css values, as an app's theme layer sets them (light mode).
const gradioDefaultTheme = `@layer gr.theme { .gradio-container {
  --neutral-400: #bbbbc2; --neutral-500: #71717a; --primary-500: #f97316; --primary-700: #c2410c;
  --body-text-color-subdued: var(--neutral-400); --block-info-text-color: var(--body-text-color-subdued);
  --button-primary-background-fill: var(--primary-500); --button-primary-text-color: white;
} }`;

describe('the contrast floor over the theme (layer gr.a11y)', () => {
  afterEach(() => document.body.replaceChildren());

  it("primary buttons and subdued text reach 4.5:1 under Gradio's default theme", async () => {
    const { el } = await mountBlock<GradioElement>(
      'button',
      { value: 'Go', variant: 'primary' },
      gradioDefaultTheme,
    );
    const button = el.querySelector('button')!;
    const style = getComputedStyle(button);
    expect(style.backgroundColor).toBe('rgb(194, 65, 12)'); // the theme's primary-700
    expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    const subdued = getComputedStyle(el).getPropertyValue('--body-text-color-subdued').trim();
    expect(subdued).toBe('#71717a'); // neutral-500: 4.8:1 on white, not neutral-400's 1.9:1
  });
});
