/**
 * The entry module: defines <gradio-app>. Everything heavier (client, renderer, components)
 * loads after an embed comes near the viewport, as chunks beside this file.
 */
// First: it starts the requests of embeds already in view while the rest evaluates.
import './early-start.js';
export { GradioApp } from './gradio-app.js';
export type { AppStatus } from './gradio-app.js';
export type {
  AppInfo,
  ChangeSource,
  ComponentInfo,
  EndpointInfo,
  GradioApiErrorKind,
  GradioChangeDetail,
  GradioEventDetail,
  ProgressBar,
  RunCallOptions,
  RunProgress,
  RunStatus,
  SetValueOptions,
} from './api/types.js';
export type { RunInputs } from './api/host-api.js';
export type { BlockTarget, GradioApiError } from './api/targets.js';
