/** One level of a gr.Progress bar (tqdm-like). */
export interface ProgressLevel {
  progress: number | null;
  index: number | null;
  length: number | null;
  unit: string | null;
  desc: string | null;
}

/**
 * What a block shows about the dependency that writes to it: the status tracker's input.
 * Computed by the engine, held in the store, drawn by the block.
 */
export interface LoadingStatus {
  stage: 'pending' | 'generating' | 'streaming' | 'complete' | 'error';
  /** full: overlay; minimal: timer and queue text only; hidden: nothing. */
  mode: 'full' | 'minimal' | 'hidden';
  /** 0-based position in the queue, when waiting. */
  position: number | null;
  size: number | null;
  /** Seconds the server expects the job to take. */
  eta: number | null;
  /** When the job started, in performance.now() milliseconds. */
  startedAt: number;
  progress: ProgressLevel[] | null;
  message: string | null;
}
