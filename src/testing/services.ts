import type { AppServices } from '../base/app-services.js';
import { loadExampleRenderer } from '../render/examples.js';
import { loadBlockTag } from '../render/registry.js';
import { fileUrl } from '../render/file-url.js';
import { evalTemplateLiteral, runBlockJs } from '../engine/app-js.js';

/** The services a block gets in component tests: a 6.x-style app at `root`, no server behind it. */
export function testServices(overrides: Partial<AppServices> = {}, root = 'http://app.test'): AppServices {
  return {
    root,
    fileUrl: (file) => fileUrl(file, root, '/gradio_api'),
    loadExampleRenderer,
    loadBlock: loadBlockTag,
    callServerFunction: () => Promise.reject(new Error('no server in component tests')),
    // The production policy module, as for a trusted app (`allow_js`); a block's head is never
    // loaded in component tests.
    appJs: {
      trusted: true,
      templateLiteral: evalTemplateLiteral,
      run: runBlockJs,
      loadHead: () => Promise.resolve(),
    },
    upload: () => Promise.reject(new Error('no server in component tests')),
    ...overrides,
  };
}
