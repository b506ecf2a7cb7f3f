/**
 * The one internal shape of a Gradio app config, whatever server version sent it.
 * Only `normalize.ts` knows the wire shapes; everything else reads these types.
 */

/** Props of one block, as the server sent them (snake_case keys), value included. */
export type BlockProps = Record<string, unknown>;

export interface ComponentConfig {
  id: number;
  /** Gradio's config `type` (`textbox`, `row`, `tabitem`, …). */
  type: string;
  props: BlockProps;
  /** Identity across @gr.render re-renders. */
  key: string | number | null;
  /** Set for third-party custom components; names their assets on the server. */
  componentClassId: string | null;
  skipApi: boolean;
  /** The @gr.render block this was created in, if any. */
  renderedIn: number | null;
}

export interface LayoutNode {
  id: number;
  children?: LayoutNode[];
}

export interface DependencyTarget {
  /** Component id, the root id for app events (`load`), or null for chained deps. */
  id: number | null;
  event: string;
}

export type TriggerMode = 'once' | 'multiple' | 'always_last';
export type ShowProgress = 'full' | 'minimal' | 'hidden';

export interface DependencyConfig {
  /** The fn_index the server knows it by. */
  id: number;
  targets: DependencyTarget[];
  inputs: number[];
  outputs: number[];
  backendFn: boolean;
  js: string | null;
  jsImplementation: string | null;
  queue: boolean;
  apiName: string | null;
  scrollToOutput: boolean;
  showProgress: ShowProgress;
  showProgressOn: number[] | null;
  cancels: number[];
  generator: boolean;
  triggerAfter: number | null;
  triggerOnlyOnSuccess: boolean;
  triggerOnlyOnFailure: boolean;
  triggerMode: TriggerMode;
  collectsEventData: boolean;
  connection: 'sse' | 'stream';
  timeLimit: number | null;
  streamEvery: number;
  eventSpecificArgs: string[];
  componentPropInputs: number[];
  renderedIn: number | null;
}

export interface PageConfig {
  route: string;
  name: string;
  showInNavbar: boolean;
  layout: LayoutNode;
  components: number[] | null;
  dependencies: number[] | null;
}

export interface BodyCss {
  backgroundFill: string | null;
  textColor: string | null;
  backgroundFillDark: string | null;
  textColorDark: string | null;
}

export interface AppConfig {
  /** The server's gradio version, e.g. "6.31.0". */
  version: string;
  /** Where every request after /config goes (no trailing slash). */
  root: string;
  /** "/gradio_api" in 5.x/6.x, "" in 4.x. */
  apiPrefix: string;
  /** The server's upload limit in bytes (launch(max_file_size=...)); null when unlimited. */
  maxFileSize: number | null;
  protocol: string;
  mode: string;
  title: string;
  css: string | null;
  js: string | null;
  head: string | null;
  theme: string | null;
  themeHash: string | null;
  stylesheets: string[];
  bodyCss: BodyCss | null;
  fillHeight: boolean;
  fillWidth: boolean;
  spaceId: string | null;
  authRequired: boolean;
  connectHeartbeat: boolean;
  /** Whether cross-origin requests may carry headers of ours (the server's CORS allows any). */
  acceptsCustomHeaders: boolean;
  showError: boolean;
  rootId: number;
  components: Map<number, ComponentConfig>;
  layout: LayoutNode;
  pages: PageConfig[];
  dependencies: DependencyConfig[];
  translations: Record<string, Record<string, string>> | null;
  /** The config exactly as the server sent it, for @gradio/client. */
  raw: Record<string, unknown>;
}
