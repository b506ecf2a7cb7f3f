"""gr.Interface end to end: two inputs, an examples table, and manual flagging with options.
The flagged CSV goes to a fresh folder the server prints (FLAGGING_DIR=...) for the tests."""
import os
import tempfile

import gradio as gr
from versions import flagging

FLAGGING_DIR = tempfile.mkdtemp(prefix="gradio-embed-flagged-")
print(f"FLAGGING_DIR={FLAGGING_DIR}", flush=True)


def describe(name, mood):
    return f"describe({name!r}, {mood!r})"


demo = gr.Interface(
    describe,
    [gr.Textbox(label="Name"), gr.Textbox(label="Mood")],
    gr.Textbox(label="Description"),
    examples=[["Ada", "curious"], ["Grace", "bold"], ["Alan", "quiet"]],
    **flagging("manual"),
    flagging_options=["Good", "Bad"],
    flagging_dir=FLAGGING_DIR,
    title="Describer",
    description="Describes a person.",
)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
