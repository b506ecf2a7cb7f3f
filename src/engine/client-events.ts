import type { FileData } from '../base/file-data.js';

/** The events a submission yields, as @gradio/client 2.x emits them (the fields we read). */
export interface StatusEvent {
  type: 'status';
  stage: 'pending' | 'generating' | 'streaming' | 'complete' | 'error';
  queue?: boolean;
  size?: number;
  position?: number;
  eta?: number | null;
  progress_data?: {
    progress: number | null;
    index: number | null;
    length: number | null;
    unit: string | null;
    desc: string | null;
  }[];
  message?: unknown;
  title?: string;
  visible?: boolean;
  duration?: number | null;
  broken?: boolean;
  session_not_found?: boolean;
  changed_state_ids?: number[];
  code?: string;
  original_msg?: string;
}

export interface DataEvent {
  type: 'data';
  data: unknown[];
}

export interface LogEvent {
  type: 'log';
  log: string;
  level: string;
  title?: string;
  duration?: number | null;
  visible?: boolean;
}

export interface RenderEvent {
  type: 'render';
  data: { components: unknown[]; layout: unknown; dependencies: unknown[]; render_id: number };
}

export type ClientEvent = StatusEvent | DataEvent | LogEvent | RenderEvent;

/** A later chunk of a streaming-input event (`connection: "stream"`), as Gradio's page sends it. */
export interface StreamChunk {
  fn_index: number;
  data: unknown[];
  event_data: unknown;
}

/** One running event: its messages, and a way to cancel it. */
export interface Submission extends AsyncIterable<ClientEvent> {
  cancel(): Promise<void>;
  /** Sends a later chunk into a streaming-input event (`POST /stream/{event_id}`). */
  sendChunk?(chunk: StreamChunk): void;
  /** Ends a streaming-input event (`POST /stream/{event_id}/close`); its messages stop. */
  closeStream?(): void;
}

/** How an upload reports progress and is cancelled. */
export interface UploadTransfer {
  /** Bytes the server has received so far (from its upload progress stream). */
  onChunk?(loaded: number): void;
  signal?: AbortSignal;
}

/** What the engine needs of a connection; @gradio/client behind it in production, fakes in tests. */
export interface ClientPort {
  submit(fnIndex: number, data: unknown[], eventData: unknown, triggerId: number | null): Submission;
  /** Calls a component's server function (`/component_server`). */
  componentServer(componentId: number, fnName: string, data: unknown): Promise<unknown>;
  /** Uploads files to the server's upload route; resolves with their FileData, in order. */
  upload(files: readonly File[], transfer: UploadTransfer): Promise<FileData[]>;
  /** The session id the server keeps this app's state under (for its deep links). */
  sessionHash?(): Promise<string>;
  /** Starts connecting now, if it has not (the visitor is reaching for the app). */
  warm?(): void;
  /** Fetches what starting will ask the server for (the API description), without starting. */
  prefetch?(): void;
  close(): void;
}
