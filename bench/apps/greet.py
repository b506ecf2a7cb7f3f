"""Bench: the simple Interface, gr.Interface(greet, "textbox", "textbox")."""
import os

import gradio as gr


def greet(name):
    return "Hello " + name + "!"


demo = gr.Interface(greet, "textbox", "textbox", title="Greeter")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
