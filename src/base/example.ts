/**
 * How a component draws one sample of a `gr.Examples` / `gr.Dataset` table: its "example form".
 * A component folder may have an `example.ts` exporting `renderExample: ExampleRenderer`; the
 * renderer loads it only when a dataset shows that type, so the dataset never imports another
 * component's folder.
 */
export interface ExampleContext {
  /** `table` cells are one line; `gallery` tiles are small cards. */
  readonly layout: 'table' | 'gallery';
  /** The URL of a file the sample names (a FileData, or a path on the server); null if none. */
  readonly fileUrl: (file: unknown) => string | null;
  /**
   * The host page trusts the app with its page (`allow_js`): a sample's HTML may keep its code.
   * Otherwise (absent or false) HTML a sample shows unsanitized is shown without its code.
   */
  readonly appTrusted?: boolean;
}

/** Returns a Lit template (or a string) for one sample value of the component. */
export type ExampleRenderer = (
  value: unknown,
  props: Readonly<Record<string, unknown>>,
  context: ExampleContext,
) => unknown;
