"""A multipage app: two pages, each with its own events."""
import os

import gradio as gr

with gr.Blocks() as demo:
    gr.Markdown("# Home page")
    home_in = gr.Textbox(label="Home input")
    home_out = gr.Textbox(label="Home output")
    gr.Button("Home action").click(lambda s: f"home: {s}", home_in, home_out)

with demo.route("Second page", "/second"):
    gr.Markdown("# Second page")
    second_in = gr.Textbox(label="Second input")
    second_out = gr.Textbox(label="Second output")
    gr.Button("Second action").click(lambda s: f"second: {s}", second_in, second_out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
