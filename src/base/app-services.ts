import type { ExampleRenderer } from './example.js';
import type { FileData } from './file-data.js';
import type { UploadRequest } from './upload.js';

/**
 * What a component may ask of the app it lives in, without knowing servers or clients: the
 * renderer hands every block the same object. Components stay leaves (properties down, events
 * up); these are the few services Gradio's own components get from their app.
 */
export interface AppServices {
  /** The app's root URL (no trailing slash), as the config names it. */
  readonly root: string;
  /**
   * The URL the browser loads a file from: a FileData (`{path, url, ...}`), a server path, or
   * a URL (returned as it is). Null when the value names no file.
   */
  fileUrl(file: unknown): string | null;
  /** A type's example form for `gr.Examples` / `gr.Dataset`; null for a type without one. */
  loadExampleRenderer(type: string): Promise<ExampleRenderer | null>;
  /**
   * Our element for a block type shown outside the app's layout (a gr.Image or gr.HTML inside a
   * chat message): resolves with its tag once the type's module is loaded and the element
   * defined; null for a type we have no element for (yet). The caller creates the element and
   * sets its props, value and `services`.
   */
  loadBlock(type: string): Promise<string | null>;
  /**
   * Calls one of a component's server functions (gr.FileExplorer `ls`, gr.Dialogue `format`,
   * gr.HTML `server_functions`) and resolves with what it returns.
   */
  callServerFunction(blockId: number, fnName: string, data: unknown): Promise<unknown>;
  /**
   * Whether the app listens to this trigger on this block (Gradio's `attached_events`): a block
   * shows a control only for an event someone handles (the image editor's "Save changes" for
   * `apply`). Absent where there is no app (component tests): treat as false.
   */
  listens?(blockId: number, trigger: string): boolean;
  /**
   * Uploads files to the app's server through its client, refusing (with an UploadError, before
   * any byte is sent) files over the server's `max_file_size` or outside `fileTypes`.
   */
  upload(files: readonly File[], request?: UploadRequest): Promise<FileData[]>;
  /**
   * Events that read this block wait for `work` (settled either way), as they wait for its
   * uploads: for a value still being prepared (the image editor encodes its canvases once the
   * user pauses). Absent where there is no app (component tests): prepare at once.
   */
  hold?(blockId: number, work: Promise<unknown>): void;
  /**
   * App-supplied JavaScript a block runs for its app (gr.HTML's templates and `js_on_load`).
   * It runs through the app's one policy module for such code; see the README's
   * "App-supplied JavaScript".
   */
  readonly appJs: BlockJs;
}

/** How a block runs the JavaScript its app gave it. */
export interface BlockJs {
  /**
   * The host page trusts the app with its page (`allow_js`). When false, HTML the app supplies
   * unsanitized is shown without its code (`components/common/app-html.ts`), and code that needs
   * the page does not run.
   */
  readonly trusted: boolean;
  /**
   * The value of a JS template literal with this body (gr.HTML's `html_template` and
   * `css_template` are template literals: `${value}`, `${count * 2}`), with the names in
   * `scope` as variables. Throws what the literal throws. A promise when the literal holds code
   * and the app is not trusted: it is evaluated in a sandbox, away from the host page.
   */
  templateLiteral(body: string, scope: Readonly<Record<string, unknown>>): string | Promise<string>;
  /**
   * Runs a function body with the named arguments (gr.HTML's `js_on_load` gets `element`,
   * `trigger`, `props`, ...). Returns what it returns; throws what it throws. Does nothing
   * when the app is not trusted (such code needs the page).
   */
  run(body: string, args: Readonly<Record<string, unknown>>): unknown;
  /**
   * A block's `head` HTML (gr.HTML `head`: script and stylesheet tags a `js_on_load` needs):
   * loaded into the app's root, once per script `src` or stylesheet `href`, when the host page
   * allows the app's head (`allow_head`); otherwise nothing is loaded. Resolves when its
   * scripts have loaded (or failed to).
   */
  loadHead(head: string): Promise<void>;
}
