"""An app with a custom component (what a `gradio cc` package adds): a type no Gradio release
defines, whose frontend the embed cannot know. Beside it a plain echo shows the rest works, and a
gr.WorkflowCanvas with an app view, as gr.Workflow makes them (its CSS hides the view until the
page marks it shown)."""
import json
import os
import sys
import tempfile
from pathlib import Path

import gradio as gr

# The component as an installed package would bring it: a module of its own, outside this folder
# (Gradio writes a .pyi stub beside the file that defines a component class).
PACKAGE = '''
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
'''
site = Path(tempfile.mkdtemp(prefix="gradio-embed-cc-"))
(site / "gradio_sparkline.py").write_text(PACKAGE, encoding="utf-8")
sys.path.insert(0, str(site))
from gradio_sparkline import Sparkline  # noqa: E402

WORKFLOW = {
    "schema_version": "2",
    "name": "Shout pipeline",
    "references": [{"id": "r", "role": "reference", "label": "Prompt", "asset_type": "text", "inputs": [], "outputs": [], "data": {}}],
    "operators": [{"id": "o", "role": "operator", "kind": "fn", "fn": "shout", "label": "Shout", "inputs": [], "outputs": [], "data": {}}],
    "subjects": [{"id": "s", "role": "subject", "label": "Loud", "asset_type": "text", "inputs": [], "outputs": [], "data": {}}],
    "edges": [
        {"id": "e1", "from_node_id": "r", "from_port_id": "out", "to_node_id": "o", "to_port_id": "in", "type": "text"},
        {"id": "e2", "from_node_id": "o", "from_port_id": "out", "to_node_id": "s", "to_port_id": "in", "type": "text"},
    ],
}

with gr.Blocks(title="Custom component", css='#wf-app:not([data-view="app"]) { visibility: hidden; }') as demo:
    Sparkline(value="1,3,2", label="Trend")
    gr.WorkflowCanvas(value=json.dumps(WORKFLOW), app_view="wf-app")
    with gr.Column(elem_id="wf-app"):
        gr.Markdown("The workflow's app")
    name = gr.Textbox(label="Name")
    greeting = gr.Textbox(label="Greeting")
    gr.Button("Greet").click(lambda n: f"Hello {n}!", name, greeting)


if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
