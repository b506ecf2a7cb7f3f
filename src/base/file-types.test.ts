import { describe, expect, it } from 'vitest';
import { acceptAttribute, acceptsFile } from './file-types.js';

const file = (name: string, type = '') => ({ name, type });

describe('file types', () => {
  it("turns Gradio's file_types into an accept list", () => {
    expect(acceptAttribute(['image', '.pdf', 'csv', 'audio/*'])).toBe('image/*,.pdf,.csv,audio/*');
    expect(acceptAttribute(null)).toBeUndefined();
    expect(acceptAttribute(['file'])).toBeUndefined();
  });

  it('accepts by extension, category and exact type, case-insensitively', () => {
    expect(acceptsFile(['.PDF'], file('Report.pdf'))).toBe(true);
    expect(acceptsFile(['.pdf'], file('pdf'))).toBe(false);
    expect(acceptsFile(['image'], file('a.bin', 'image/png'))).toBe(true);
    expect(acceptsFile(['image'], file('a.png', 'text/plain'))).toBe(false);
    expect(acceptsFile(['text/csv'], file('a', 'text/csv'))).toBe(true);
    expect(acceptsFile(undefined, file('anything'))).toBe(true);
  });
});
