"""The demo app `npm start` embeds: a small Blocks app plus the classic greeter."""
import os

import gradio as gr


def greet(name, greeting):
    return f"{greeting or 'Hello'}, {name or 'stranger'}!"


with gr.Blocks(title="gradio-embed demo") as demo:
    gr.Markdown("# gradio-embed demo\nThis app runs on a local Gradio server; the page embeds it with `<gradio-app>`.")
    with gr.Row():
        with gr.Column(scale=2):
            name = gr.Textbox(label="Name", placeholder="Ada")
            greeting = gr.Textbox(label="Greeting", value="Hello")
            button = gr.Button("Greet", variant="primary")
        with gr.Column():
            out = gr.Textbox(label="Result", interactive=False)
    button.click(greet, [name, greeting], out)
    name.submit(greet, [name, greeting], out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
