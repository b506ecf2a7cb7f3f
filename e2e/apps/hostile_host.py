"""The app the hostile-host pages (strict CSP, Trusted Types) embed: a round trip, an event `js`
transform (the sandbox frame), Markdown with HTML, a gr.HTML value and template, an image."""
import os

import gradio as gr
import numpy as np


def greet(name):
    return "Hello " + name + "!"


def toast(name):
    gr.Info("Hi " + name)
    return "**" + name + "** <em>said hi</em>"


with gr.Blocks(title="Hostile host") as demo:
    name = gr.Textbox(label="name")
    output = gr.Textbox(label="output")
    gr.Button("Submit").click(greet, name, output)
    shouted = gr.Textbox(label="shouted")
    gr.Button("Shout").click(None, name, shouted, js="(x) => x.toUpperCase() + '!'")
    md = gr.Markdown("Some **Markdown** with <b>HTML</b> and a [link](https://example.com).")
    gr.Button("Say hi").click(toast, name, md)
    gr.HTML("<p class='plain'>plain <i>HTML</i></p>")
    gr.HTML(
        value="templated",
        html_template="<p class='tpl'>${value.toUpperCase()}</p>",
        css_template=".tpl { color: rgb(0, 128, 0); }",
    )
    gr.Image(value=np.full((16, 16, 3), 200, dtype=np.uint8), label="picture")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
