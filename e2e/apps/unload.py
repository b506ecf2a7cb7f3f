"""An app with per-session State and an unload handler that records when a session ends."""
import os

import gradio as gr

MARKER = os.environ.get("UNLOAD_MARKER", "unload-marker.txt")


def on_unload():
    with open(MARKER, "a") as f:
        f.write("unloaded\n")


with gr.Blocks() as demo:
    visits = gr.State(0)
    out = gr.Textbox(label="Visits")
    gr.Button("Visit").click(lambda n: (n + 1, str(n + 1)), visits, [visits, out])
    demo.unload(on_unload)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
