"""A Blocks app whose own css= targets page-level selectors (a, body, button): it must style
its own embed and nothing outside it."""
import os

import gradio as gr
from versions import app_args

CSS = """
a { color: rgb(255, 0, 255) !important; text-decoration: line-through !important; }
body { background: rgb(0, 128, 0) !important; letter-spacing: 7px !important; }
button { background: rgb(255, 165, 0) !important; color: rgb(0, 0, 255) !important; }
"""


BLOCKS_ARGS, LAUNCH_ARGS = app_args(css=CSS)


def shout(text):
    return text.upper()


with gr.Blocks(title="Custom CSS", **BLOCKS_ARGS) as demo:
    gr.Markdown("Styled app. [A link](https://www.gradio.app)")
    box = gr.Textbox(label="text")
    out = gr.Textbox(label="loud")
    gr.Button("Shout").click(shout, box, out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), **LAUNCH_ARGS)
