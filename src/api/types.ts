/**
 * The host page's API on `<gradio-app>`: the shapes it reads and the events it hears. Types
 * only; the entry module re-exports them, so hosts get them from the package.
 */

/** A block of the app, as `el.app.components` lists it. */
export interface ComponentInfo {
  /** The block's id in the app's config (stable for one server run). */
  readonly id: number;
  /** Gradio's block type: `textbox`, `button`, `image`, `row`, ... */
  readonly type: string;
  /** Its `elem_id`, if the app gave one. */
  readonly elemId: string | null;
  /** Its label as shown (a button's text for buttons); null when it has none. */
  readonly label: string | null;
  /** Whether a user can edit it (null for layout blocks). */
  readonly interactive: boolean | null;
}

/** One event listener of the app (a Gradio dependency), as `el.app.endpoints` lists it. */
export interface EndpointInfo {
  /** Its index in the app (`fn_index`); `gradio-event` names runs by it. */
  readonly dependency: number;
  /** Its `api_name` (without the leading slash), or null when it has none. */
  readonly apiName: string | null;
  /** The blocks whose values it takes, in order (the order of `run`'s `inputs` array). */
  readonly inputs: readonly number[];
  /** The blocks it writes, in order (the order of `run`'s result). */
  readonly outputs: readonly number[];
  /** What starts it: a block id and an event name (`click`, `submit`, `change`, `load`, ...). */
  readonly triggers: readonly { readonly id: number | null; readonly event: string }[];
}

/** Read-only facts about the app an element shows (`el.app`). */
export interface AppInfo {
  /** The server's Gradio version, e.g. `6.31.0`. */
  readonly version: string;
  readonly title: string;
  /** The app's URL, no trailing slash. */
  readonly root: string;
  /** The Hugging Face Space id, when known. */
  readonly spaceId: string | null;
  /** `native`: rendered in the element; `iframe`: the app's own page in a frame. */
  readonly mode: 'native' | 'iframe';
  /** Every `api_name`, without the leading slash. */
  readonly apiNames: readonly string[];
  readonly endpoints: readonly EndpointInfo[];
  readonly components: readonly ComponentInfo[];
}

/** Where a run of an event stands. */
export type RunStatus = 'started' | 'progress' | 'finished' | 'failed' | 'cancelled';

/** One level of a `gr.Progress` bar. */
export interface ProgressBar {
  readonly progress: number | null;
  readonly index: number | null;
  readonly length: number | null;
  readonly unit: string | null;
  readonly desc: string | null;
}

/** What the server last said about a run in progress. */
export interface RunProgress {
  /** `pending` while queued, `generating` while running (or a generator yields), `streaming` for media streams. */
  readonly stage: 'pending' | 'generating' | 'streaming';
  /** 0-based place in the queue while waiting. */
  readonly position: number | null;
  readonly size: number | null;
  /** Seconds the server expects it to take. */
  readonly eta: number | null;
  /** `gr.Progress` levels, outermost first. */
  readonly bars: readonly ProgressBar[] | null;
}

/**
 * `detail` of the `gradio-event` event: one run of one of the app's events (started by the user,
 * by the app, or by `run`), reported as it starts, progresses and ends.
 */
export interface GradioEventDetail {
  /** Numbers the runs of this mount in the order they started; the same in every report of a run. */
  readonly run: number;
  readonly status: RunStatus;
  /** The event listener's index (`fn_index`). */
  readonly dependency: number;
  /** Its `api_name`, without the leading slash; null when it has none. */
  readonly apiName: string | null;
  /** The block whose event started it; null for load events and chained (`.then`) runs. */
  readonly trigger: number | null;
  /** `progress` reports: the queue position and progress bars. */
  readonly progress: RunProgress | null;
  /** `finished` (and each `progress` report of a generator): the output blocks' values, in order. */
  readonly outputs: readonly unknown[] | null;
  /** `failed`: the server's error message (or why the run stopped). */
  readonly error: string | null;
}

/** Who changed a value: the user in the embed, the app (server outputs, app JS), or the host page (`setValue`, `run`'s inputs). */
export type ChangeSource = 'user' | 'server' | 'host';

/** `detail` of the `gradio-change` event: a block's value changed. */
export interface GradioChangeDetail {
  readonly id: number;
  readonly elemId: string | null;
  readonly label: string | null;
  readonly type: string;
  /** The new value, in Gradio's wire format (what the server sends and takes). */
  readonly value: unknown;
  readonly source: ChangeSource;
}

/** Options of `el.setValue`. */
export interface SetValueOptions {
  /**
   * Set the value without firing the block's `input` and `change` listeners (by default they
   * fire, as when a user edits the block).
   */
  readonly silent?: boolean;
}

/** Options of `el.run`. */
export interface RunCallOptions {
  /** Cancels the run (as the app's own cancel would); the promise then rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  /** For a block target: which of its events to run (`click` by default, or its only event). */
  readonly event?: string;
}

/** Why an API call failed; `kind` says what to do about it. */
export type GradioApiErrorKind =
  /** No block or event matches the name. */
  | 'not-found'
  /** Several blocks match the name: use an `elem_id` or the id. */
  | 'ambiguous'
  /** The app could not be shown (or was removed) before the call could run. */
  | 'not-ready'
  /** Not possible in iframe mode (the embed cannot reach into the frame). */
  | 'unavailable'
  /** The event is already running and its trigger mode drops new runs; or a later run replaced it. */
  | 'busy'
  /** The app's function failed; `message` is the server's. */
  | 'server'
  /** The run was cancelled by the app (a `cancels=` event) or the connection was lost. */
  | 'cancelled';
