"""A dropdown as the last block of a short app: its list must show past the embed's bottom edge."""
import os

import gradio as gr

with gr.Blocks(title="Dropdown at the bottom") as demo:
    gr.Markdown("A short app")
    picked = gr.Textbox(label="Picked")
    last = gr.Dropdown(choices=[f"Choice {i}" for i in range(1, 9)], label="Last", value=None)
    last.input(lambda v: repr(v), last, picked)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
