"""One of each component type of issue 7 (inputs, text, code, display, examples): the bench's
'catalogue' figure. The closing marker and the code editor tell the watcher it is rendered."""
import os

import gradio as gr


def run(*values):
    return str(len(values))


with gr.Blocks(title="Catalogue") as demo:
    with gr.Row():
        text = gr.Textbox(label="Text", value="hello")
        number = gr.Number(label="Number", value=3)
        slider = gr.Slider(0, 10, value=4, label="Slider")
    with gr.Row():
        check = gr.Checkbox(label="Check", value=True)
        group = gr.CheckboxGroup(["a", "b", "c"], value=["a"], label="Group")
        radio = gr.Radio(["x", "y"], value="x", label="Radio")
    with gr.Row():
        drop = gr.Dropdown(["one", "two", "three"], value="two", label="Dropdown")
        multi = gr.Dropdown(["one", "two", "three"], value=["one"], multiselect=True, label="Multi")
        color = gr.ColorPicker(value="#ff8800", label="Color")
        date = gr.DateTime(value="2026-01-01 12:00:00", label="Date")
    code = gr.Code(value="def f(x):\n    return x * 2\n", language="python", label="Code")
    html = gr.HTML("<p><b>HTML</b> block</p>")
    md = gr.Markdown("## Markdown\n\nWith `code`, **bold** and $x^2$.", latex_delimiters=[{"left": "$", "right": "$", "display": False}])
    with gr.Row():
        label = gr.Label({"cat": 0.7, "dog": 0.2, "bird": 0.1}, label="Label")
        json = gr.JSON({"a": [1, 2, {"b": None}], "c": "text"}, label="JSON")
    hl = gr.HighlightedText([("Paris", "place"), (" is in ", None), ("France", "place")], label="Highlighted")
    params = gr.ParamViewer({"x": {"type": "int", "description": "a number", "default": "1"}})
    out = gr.Textbox(label="Output")
    submit = gr.Button("Submit", variant="primary")
    inputs = [text, number, slider, check, group, radio, drop, multi, color, date, code]
    submit.click(run, inputs, out)
    gr.Examples([["hi", 1, 2, False, ["b"], "y", "one", ["two"], "#000000", "2025-01-01 00:00:00", "x = 1"]], inputs)
    gr.Markdown("END-OF-CATALOGUE")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
