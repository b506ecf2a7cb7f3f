"""A multimodal gr.ChatInterface: text plus files by picker, drop, paste and microphone. The reply
states exactly what the function received: the text and each file's name, size and first bytes'
hash, and how many messages the history held. The server refuses files over 500 KB."""
import hashlib
import json
import os
from pathlib import Path

import gradio as gr


def describe(path):
    data = Path(path).read_bytes()
    return {"name": Path(path).name, "size": len(data), "sha1": hashlib.sha1(data).hexdigest()[:10]}


def respond(message, history):
    files = [describe(p) for p in message.get("files", [])]
    return "Received " + json.dumps({"text": message.get("text", ""), "files": files, "history": len(history)}, sort_keys=True)


demo = gr.ChatInterface(
    respond,
    multimodal=True,
    textbox=gr.MultimodalTextbox(
        file_types=["image", ".txt", "audio"],
        file_count="multiple",
        sources=["upload", "microphone"],
        placeholder="Type or attach",
    ),
    title="Multimodal chat",
)

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        max_file_size="500kb",
    )
