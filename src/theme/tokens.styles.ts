import { css } from 'lit';

/**
 * Our defaults for the Gradio variables we read, declared on the wrapper inside the root, not on
 * :host: a host rule on the <gradio-app> element (`gradio-app { --body-text-color: red }`, or
 * `* { … }`) beats any :host declaration, but cannot reach inside. The app's theme.css (layer
 * gr.theme) overrides them; these show when it cannot be loaded.
 */
export const tokenStyles = css`
  @layer gr.tokens {
    .gradio-container {
      color-scheme: light;
      --font: 'Source Sans Pro', ui-sans-serif, system-ui, sans-serif;
      --font-mono: 'IBM Plex Mono', ui-monospace, Consolas, monospace;
      --primary-500: #f97316;
      --primary-600: #ea580c;
      --neutral-200: #e4e4e7;
      --neutral-300: #d4d4d8;
      /* Gradio's static size and line-height scale (its frontend's tokens.css, not theme.css). */
      --size-0-5: 2px;
      --size-1: 0.25rem;
      --size-1-5: 6px;
      --size-2: 0.5rem;
      --size-2-5: 10px;
      --size-3: 0.75rem;
      --size-4: 1rem;
      --size-5: 1.25rem;
      --size-6: 1.5rem;
      --size-7: 1.75rem;
      --size-8: 2rem;
      --size-9: 2.25rem;
      --size-10: 2.5rem;
      --size-12: 3rem;
      --size-14: 3.5rem;
      --size-16: 4rem;
      --size-20: 5rem;
      --size-24: 6rem;
      --size-28: 7rem;
      --size-32: 8rem;
      --size-36: 9rem;
      --size-40: 10rem;
      --size-48: 12rem;
      --size-60: 15rem;
      --size-64: 16rem;
      --size-full: 100%;
      --line-none: 1;
      --line-xs: 1.125;
      --line-sm: 1.4;
      --line-md: 1.5;
      --line-lg: 1.625;
      --line-xl: 1.75;
      --spacing-sm: 4px;
      --spacing-md: 6px;
      --spacing-lg: 8px;
      --spacing-xl: 10px;
      --spacing-xxl: 16px;
      --radius-sm: 4px;
      --radius-lg: 8px;
      --text-sm: 12px;
      --text-md: 14px;
      --text-lg: 16px;
      --body-background-fill: white;
      --body-text-color: #27272a;
      --body-text-color-subdued: #a1a1aa;
      --body-text-size: var(--text-md);
      --background-fill-primary: white;
      --background-fill-secondary: #fafafa;
      --border-color-primary: #e4e4e7;
      --color-accent: var(--primary-500);
      --block-background-fill: var(--background-fill-primary);
      --block-border-color: var(--border-color-primary);
      --block-border-width: 1px;
      --block-radius: var(--radius-sm);
      --block-padding: var(--spacing-xl) calc(var(--spacing-xl) + 2px);
      --block-label-text-color: #71717a;
      --block-label-text-size: var(--text-sm);
      --block-title-text-color: #71717a;
      --block-title-text-size: var(--text-md);
      --block-info-text-color: var(--body-text-color-subdued);
      --block-info-text-size: var(--text-sm);
      --block-shadow: none;
      --form-gap-width: 0px;
      --layout-gap: var(--spacing-xxl);
      --panel-background-fill: var(--background-fill-secondary);
      --input-background-fill: white;
      --input-border-color: var(--border-color-primary);
      --input-border-color-focus: #93c5fd;
      --input-border-width: 1px;
      --input-padding: var(--spacing-xl);
      --input-placeholder-color: #a1a1aa;
      --input-radius: var(--radius-sm);
      --input-text-size: var(--text-md);
      --input-shadow: none;
      --input-shadow-focus: 0 0 0 3px #eff6ff;
      --button-primary-background-fill: var(--primary-500);
      --button-primary-background-fill-hover: var(--primary-600);
      --button-primary-border-color: var(--primary-500);
      --button-primary-text-color: white;
      --button-secondary-background-fill: var(--neutral-200);
      --button-secondary-background-fill-hover: var(--neutral-300);
      --button-secondary-border-color: var(--neutral-200);
      --button-secondary-text-color: black;
      --button-border-width: 0px;
      --button-large-padding: var(--spacing-lg) calc(2 * var(--spacing-lg));
      --button-large-radius: var(--radius-md, 6px);
      --button-large-text-size: var(--text-lg);
      --button-large-text-weight: 600;
      --button-small-padding: var(--spacing-sm) calc(1.5 * var(--spacing-sm));
      --button-small-radius: var(--radius-md, 6px);
      --button-small-text-size: var(--text-sm);
      --button-small-text-weight: 400;
      --button-transition: all 0.2s ease;
      --link-text-color: #2563eb;
      --error-background-fill: #fef2f2;
      --error-border-color: #b91c1c;
      --error-text-color: #b91c1c;
      --loader-color: var(--color-accent);
      --embed-radius: var(--radius-sm);
      --code-background-fill: #f4f4f5;
      --prose-text-size: var(--text-md);
      --prose-header-text-weight: 600;
    }
    .gradio-container.dark {
      color-scheme: dark;
      --body-background-fill: #0f0f11;
      --body-text-color: #f4f4f5;
      --background-fill-primary: #27272a;
      --background-fill-secondary: #18181b;
      --border-color-primary: #3f3f46;
      --block-background-fill: #27272a;
      --block-label-text-color: #a1a1aa;
      --input-background-fill: #3f3f46;
      --button-secondary-background-fill: #52525b;
      --button-secondary-text-color: white;
      --code-background-fill: #3f3f46;
      --error-background-fill: #1f0a0a;
      --link-text-color: #60a5fa;
    }
  }
  /*
   * The contrast floor (WCAG AA, 4.5:1 for text), over whatever theme the app brings: Gradio's
   * default theme writes subdued text (info lines, upload hints, timestamps, the footer) in
   * neutral-400 on white (1.9:1) and white on primary-500/600 buttons (2.8:1 / 3.6:1). The
   * theme's own darker shades take their place, so the palette stays the app's; dark mode's
   * subdued text already passes. An app's css= (unlayered) still has the last word.
   */
  @layer gr.a11y {
    .gradio-container:not(.dark) {
      --body-text-color-subdued: var(--neutral-500, #71717a);
      --block-info-text-color: var(--neutral-500, #71717a);
      --input-placeholder-color: var(--neutral-500, #71717a);
    }
    .gradio-container {
      --button-primary-background-fill: var(--primary-700, #c2410c);
      --button-primary-background-fill-hover: var(--primary-800, #9a3412);
      --button-primary-border-color: var(--primary-700, #c2410c);
      --button-primary-border-color-hover: var(--primary-800, #9a3412);
    }
  }
`;
