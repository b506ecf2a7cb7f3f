"""Bench: a chatbot that streams 2,000 tokens for any message (figure 7)."""
import os
import time

import gradio as gr

TOKENS = 2000


def respond(message, history):
    out = ""
    for i in range(TOKENS):
        out += f"tok{i} "
        time.sleep(0.001)
        yield out


demo = gr.ChatInterface(respond, title="Streamer")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
