"""A plain gr.ChatInterface (fill_height, as ChatInterface sets it) whose examples are cached
when the server starts. The reply counts the calls, so a cached reply says which call made it."""
import os
import tempfile

# A fresh cache per start: the examples are cached by this process, before any browser comes.
os.environ["GRADIO_EXAMPLES_CACHE"] = tempfile.mkdtemp(prefix="gradio-embed-chat-cache-")

import gradio as gr  # noqa: E402

CALLS = {"n": 0}


def respond(message, history):
    CALLS["n"] += 1
    return f"Reply to {message} (call {CALLS['n']})"


demo = gr.ChatInterface(
    respond,
    examples=["Cached question", "Another one"],
    cache_examples=True,
    title="Cached chat",
)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
