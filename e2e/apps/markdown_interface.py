"""An Interface with a title, a Markdown description and an article; no math and no code, so
the page needs neither KaTeX nor highlight.js."""
import os

import gradio as gr
from versions import flagging


def shout(text):
    return (text or "").upper() + "!"


demo = gr.Interface(
    shout,
    gr.Textbox(label="words"),
    gr.Textbox(label="shouted"),
    title="Shouter",
    description="Type some *words*; they come back **louder**. See [Gradio](https://www.gradio.app).",
    article="### How it works\n\nThe function upper-cases the text and adds an exclamation mark.",
    **flagging("never"),
)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
