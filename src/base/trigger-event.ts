/** The names of the user actions a block can report (Gradio's event names). */
export type TriggerName = string;

/**
 * One event class for every trigger a component reports. It stays inside the app's shadow root
 * (composed: false); <gradio-app> listens there and hands it to the engine.
 */
export class GrTriggerEvent extends Event {
  readonly trigger: TriggerName;
  /** Gradio's event payload (SelectData, KeyUpData, …), sent as `event_data`. */
  readonly data: unknown;

  constructor(trigger: TriggerName, data: unknown = null, init: EventInit = {}) {
    super(`gr-${trigger}`, { bubbles: true, composed: false, ...init });
    this.trigger = trigger;
    this.data = data;
  }
}

/** The name every trigger event shares as a prefix, so one listener can route them all. */
export const TRIGGER_EVENT_PREFIX = 'gr-';
