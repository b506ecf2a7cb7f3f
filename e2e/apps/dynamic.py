"""Timer ticks, BrowserState persisted in the browser, @gr.render with keys, app-level js."""
import os
import time

import gradio as gr
from versions import MAJOR, app_args

# Gradio apps write their js as a function; it runs once, after the app is on screen.
APP_JS = """
() => {
  globalThis.__embedAppJsRuns = (globalThis.__embedAppJsRuns || 0) + 1;
}
"""

BLOCKS_ARGS, LAUNCH_ARGS = app_args(js=APP_JS)

with gr.Blocks(**BLOCKS_ARGS) as demo:
    ticks = gr.Textbox(label="Ticks", value="0")
    timer = gr.Timer(0.5, active=False)
    timer.tick(lambda n: str(int(n or 0) + 1), ticks, ticks)
    with gr.Row():
        gr.Button("Start timer").click(lambda: gr.Timer(active=True), None, timer)
        gr.Button("Stop timer").click(lambda: gr.Timer(active=False), None, timer)

    if MAJOR >= 5:  # gr.BrowserState arrived in 5.x
        saved = gr.BrowserState("", storage_key="embed-test-note")
        note = gr.Textbox(label="Note")
        gr.Button("Save note").click(lambda n: n, note, saved)
        shown = gr.Textbox(label="Saved note")
        demo.load(lambda s: s, saved, shown)

    count = gr.Textbox(label="How many boxes", value="2")

    @gr.render(inputs=count)
    def boxes(n):
        try:
            n = int(n)
        except ValueError:
            n = 0
        for i in range(n):
            gr.Textbox(label=f"Box {i}", key=f"box-{i}")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), **LAUNCH_ARGS)
