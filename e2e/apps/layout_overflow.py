"""Many tabs in a narrow app: the ones that do not fit go to the "More tabs" menu."""
import os

import gradio as gr

with gr.Blocks(title="Overflow") as demo:
    with gr.Tabs():
        for i in range(1, 13):
            with gr.Tab(f"Long tab label {i}"):
                gr.Markdown(f"Panel {i}")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
