import { SourceError } from './resolve-source.js';
import { HF_API } from './resolve-space.js';
import { bearer, type TokenSource } from './request-auth.js';

/** Where a Space is on its way to running, as shown on the loading screen. */
export type SpaceStage = 'sleeping' | 'building' | 'starting' | 'running';

const MESSAGES: Record<SpaceStage, string> = {
  sleeping: 'The Space is asleep. Waking it up…',
  building: 'The Space is building…',
  starting: 'The Space is starting…',
  running: 'The Space is running.',
};

export function stageMessage(stage: SpaceStage): string {
  return MESSAGES[stage];
}

/** The Space cannot run: paused by its owner, or broken. */
export class SpaceUnavailableError extends Error {
  override name = 'SpaceUnavailableError';
  constructor(
    message: string,
    readonly stage: string,
  ) {
    super(message);
  }
}

function classify(stage: string): SpaceStage | 'paused' | 'error' {
  switch (stage) {
    case 'RUNNING':
    case 'RUNNING_BUILDING':
      return 'running';
    case 'SLEEPING':
    case 'STOPPED':
      return 'sleeping';
    case 'BUILDING':
      return 'building';
    case 'APP_STARTING':
      return 'starting';
    case 'PAUSED':
      return 'paused';
    default:
      return 'error';
  }
}

export interface WaitOptions {
  signal?: AbortSignal;
  onStage?: (stage: SpaceStage) => void;
  /** Milliseconds between polls while the Space wakes. */
  interval?: number;
  /** Give up after this many milliseconds. */
  timeout?: number;
  /** A private Space's status needs the token. */
  token?: TokenSource;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/**
 * Polls the HF API until the Space runs, reporting each stage. A status endpoint that fails is
 * not fatal (it broke embeds in gradio#13554): we then go on and try the app itself.
 */
export async function waitForSpace(
  ref: { spaceId: string | null; subdomain: string | null },
  options: WaitOptions = {},
): Promise<void> {
  const url = ref.spaceId
    ? `${HF_API}/${ref.spaceId}`
    : ref.subdomain
      ? `${HF_API}/by-subdomain/${ref.subdomain}`
      : null;
  if (!url) return;
  const name = ref.spaceId ?? ref.subdomain;
  const deadline = Date.now() + (options.timeout ?? 10 * 60_000);
  let last: SpaceStage | null = null;
  for (;;) {
    let stageName: string | null = null;
    try {
      const response = await fetch(url, { signal: options.signal, headers: bearer(options.token) });
      if (response.ok) {
        const body = (await response.json()) as { runtime?: { stage?: unknown } };
        stageName = typeof body.runtime?.stage === 'string' ? body.runtime.stage : null;
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
    }
    if (stageName === null) return;
    const stage = classify(stageName);
    if (stage === 'paused') {
      throw new SpaceUnavailableError(`The Space "${name}" is paused by its owner.`, stageName);
    }
    if (stage === 'error') {
      throw new SpaceUnavailableError(
        `The Space "${name}" is not working (${stageName.toLowerCase().replace(/_/g, ' ')}).`,
        stageName,
      );
    }
    if (stage !== last) options.onStage?.(stage);
    last = stage;
    if (stage === 'running') return;
    if (Date.now() > deadline) throw new SourceError(`The Space "${name}" did not start in time.`);
    await sleep(options.interval ?? 2000, options.signal);
  }
}
