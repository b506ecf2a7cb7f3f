"""The same small app on each Gradio version, each in its own theme colour, for the page that
embeds one app per version: a streaming count that names its version, and a toast."""
import os
import time

import gradio as gr
from versions import MAJOR, app_args

HUES = {6: "red", 5: "green", 4: "blue"}
BLOCKS_ARGS, LAUNCH_ARGS = app_args(theme=gr.themes.Default(primary_hue=HUES.get(MAJOR, "orange")))


def count(label):
    for i in range(1, 11):
        time.sleep(0.3)
        yield f"{gr.__version__} {label} {i}"


def toast():
    gr.Info(f"toast from {gr.__version__}")


with gr.Blocks(title=f"Gradio {gr.__version__}", **BLOCKS_ARGS) as demo:
    gr.Markdown(f"# Gradio {gr.__version__}")
    label = gr.Textbox(label="Label")
    out = gr.Textbox(label="Count")
    gr.Button("Count", variant="primary").click(count, label, out)
    gr.Button("Toast").click(toast, None, None)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), **LAUNCH_ARGS)
