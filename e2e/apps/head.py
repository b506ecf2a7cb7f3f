"""An app with `head` HTML: a script, a style and a meta tag."""
import os

import gradio as gr
from versions import app_args

HEAD = """
<meta name="description" content="from the app">
<script>globalThis.__appHeadRuns = (globalThis.__appHeadRuns || 0) + 1;</script>
<style>.gradio-container textarea { outline: 3px solid rgb(1, 2, 3); }</style>
"""

BLOCKS_ARGS, LAUNCH_ARGS = app_args(head=HEAD)

with gr.Blocks(**BLOCKS_ARGS) as demo:
    gr.Textbox(label="Styled by head")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), **LAUNCH_ARGS)
