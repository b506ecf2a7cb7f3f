"""Walkthrough with steps, switched by a button; plus bare gr.Tab without gr.Tabs."""
import os

import gradio as gr

with gr.Blocks(title="Walkthrough") as demo:
    with gr.Walkthrough(selected=1) as walkthrough:
        with gr.Step("Sign in", id=1):
            gr.Markdown("Step one")
            next_btn = gr.Button("Next step")
        with gr.Step("Settings", id=2):
            gr.Markdown("Step two")
    with gr.Tab("Bare A"):
        gr.Markdown("Bare tab A")
    with gr.Tab("Bare B"):
        gr.Markdown("Bare tab B")
    next_btn.click(lambda: gr.Walkthrough(selected=2), None, walkthrough)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
