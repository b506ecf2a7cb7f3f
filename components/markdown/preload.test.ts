import { describe, expect, it } from 'vitest';
import { preload } from './preload.js';

/** The modules this test page has fetched so far. */
const fetched = (pattern: RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => pattern.test(url));

describe('markdown preload', () => {
  it('asks for the parser only for text the fast path leaves to it, the sanitizer only for HTML it would change', async () => {
    preload({ value: 'Greeter' });
    preload({ value: "<h1 style='text-align: center'>Greeter</h1>", sanitize_html: false });
    // An Interface's title: HTML the sanitizer would leave as it is.
    preload({ value: "<h1 style='text-align: center; margin-bottom: 1rem'>Greeter</h1>" });
    preload({ value: 'a < b, and *emphasis*' });
    // The parser was asked for by the last text, after the others: once it is here, anything
    // they asked for has had its time to be fetched too.
    await import('../common/markdown/parse.js');
    expect(fetched(/markdown\/parse\.ts/)).toHaveLength(1);
    expect(fetched(/sanitize\.ts|dompurify/)).toEqual([]);

    preload({ value: "<h1 style='text-align: center'>Greeter <img src='logo.png'></h1>" });
    await Promise.all([import('../common/markdown/sanitize.js'), import('dompurify')]);
    expect(fetched(/sanitize\.ts/)).toHaveLength(1);
    expect(fetched(/dompurify/).length).toBeGreaterThan(0);
  });
});
