import type { AppServices } from '../base/app-services.js';
import { loadExampleRenderer } from '../render/examples.js';
import { fileUrl } from '../render/file-url.js';

/** The services a block gets in component tests: a 6.x-style app at `root`, no server behind it. */
export function testServices(overrides: Partial<AppServices> = {}, root = 'http://app.test'): AppServices {
  return {
    root,
    fileUrl: (file) => fileUrl(file, root, '/gradio_api'),
    loadExampleRenderer,
    callServerFunction: () => Promise.reject(new Error('no server in component tests')),
    upload: () => Promise.reject(new Error('no server in component tests')),
    ...overrides,
  };
}
