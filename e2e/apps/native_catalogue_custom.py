"""An app with a custom component (what a `gradio cc` package adds): a type no Gradio release
defines, whose frontend the embed cannot know. Beside it a plain echo shows the rest works."""
import os

import gradio as gr
from gradio.components.base import Component
from gradio.events import Events


class Sparkline(Component):
    """Config type "sparkline": the class name, as for every custom component."""

    EVENTS = [Events.change]

    def preprocess(self, payload):
        return payload

    def postprocess(self, value):
        return value

    def api_info(self):
        return {"type": "string"}

    def example_payload(self):
        return "1,2,3"

    def example_value(self):
        return "1,2,3"


with gr.Blocks(title="Custom component") as demo:
    Sparkline(value="1,3,2", label="Trend")
    name = gr.Textbox(label="Name")
    greeting = gr.Textbox(label="Greeting")
    gr.Button("Greet").click(lambda n: f"Hello {n}!", name, greeting)


if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
