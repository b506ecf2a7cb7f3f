"""A long-running event (a generator that sleeps between yields), for tearing an embed down
mid-run."""
import os
import time

import gradio as gr


def slow(text):
    for i in range(60):
        yield f"{text} {i}"
        time.sleep(0.5)


with gr.Blocks(title="Slow") as demo:
    box = gr.Textbox(label="text")
    out = gr.Textbox(label="progress")
    gr.Button("Start").click(slow, box, out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
