"""fill_height: a row with scale=1 takes the height the host gives the embed."""
import os

import gradio as gr
from versions import MAJOR

with gr.Blocks(fill_height=True) as demo:
    gr.Markdown("# Tall app")
    # Row(scale=) arrived in 5.x.
    with gr.Row(elem_id="tall-row", **({"scale": 1} if MAJOR >= 5 else {})):
        gr.Textbox(label="Fills")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
