/** The config could not be read as a Gradio app config; `message` says what was wrong. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The app is a real Gradio app that we cannot run natively (too old a protocol, say). */
export class UnsupportedAppError extends Error {
  override name = 'UnsupportedAppError';
}
