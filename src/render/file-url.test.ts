import { describe, expect, it } from 'vitest';
import { fileUrl } from './file-url.js';

const root = 'https://example.com/tools/app';

describe('fileUrl', () => {
  it('keeps absolute URLs a FileData carries', () => {
    expect(
      fileUrl(
        { path: '/tmp/a.png', url: 'https://h.hf.space/gradio_api/file=/tmp/a.png' },
        root,
        '/gradio_api',
      ),
    ).toBe('https://h.hf.space/gradio_api/file=/tmp/a.png');
  });

  it('resolves relative URLs against the app root, not the host page', () => {
    expect(fileUrl({ url: 'gradio_api/file=/tmp/a.png' }, root, '/gradio_api')).toBe(
      'https://example.com/tools/app/gradio_api/file=/tmp/a.png',
    );
  });

  it('serves bare paths from the file route of the version', () => {
    expect(fileUrl('/tmp/x.txt', root, '/gradio_api')).toBe(
      'https://example.com/tools/app/gradio_api/file=/tmp/x.txt',
    );
    expect(fileUrl({ path: '/tmp/x.txt', url: null }, root, '')).toBe(
      'https://example.com/tools/app/file=/tmp/x.txt',
    );
  });

  it('names no file for empty values', () => {
    expect(fileUrl(null, root, '')).toBeNull();
    expect(fileUrl('', root, '')).toBeNull();
    expect(fileUrl({ caption: 'x' }, root, '')).toBeNull();
    expect(fileUrl('data:image/png;base64,AAA', root, '')).toBe('data:image/png;base64,AAA');
  });
});
