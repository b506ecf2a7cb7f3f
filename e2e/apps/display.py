"""Display components: Label, JSON, HighlightedText and ParamViewer, with edge values (empty,
long, nested, confidences), select and edit events reported back exactly as Python received them,
and one Label whose server sends a value of the wrong shape."""
import json
import os

import gradio as gr

ANIMALS = {"cat": 0.62, "dog": 0.25, "bird": 0.08, "fish": 0.05}
NESTED = {
    "name": "Ada",
    "age": 36,
    "ratio": 0.5,
    "active": True,
    "spouse": None,
    "tags": ["math", "poetry"],
    "address": {"city": "London", "geo": {"lat": 51.5, "lon": -0.12, "source": {"kind": "survey"}}},
    "empty_list": [],
    "empty_object": {},
}
LONG_LIST = [{"id": i, "square": i * i} for i in range(1000)]
FOX = [("The quick ", None), ("brown fox", "animal"), (" jumps over ", None), ("Paris", "place"), (".", None)]
SCORES = [("I ", None), ("love", 0.9), (" this ", None), ("awful", -0.8), (" movie", 0.1)]
ENTITIES = {
    "text": "Ada Lovelace was born in London",
    "entities": [{"entity": "PER", "start": 0, "end": 12}, {"entity": "LOC", "start": 25, "end": 31}],
}
DOCS = {
    "value": {"type": "str | None", "description": "The text shown; see [the guide](https://www.gradio.app/guides).", "default": "None"},
    "lines": {"type": "int", "description": "How many lines the box has.", "default": "1"},
    "render": {"type": "bool", "description": "Whether to render it.", "default": "True"},
}


def report_select(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value, "selected": evt.selected})


def classify(n):
    classes = {f"class {i}": round((i + 1) / 55, 4) for i in range(10)}
    return classes


with gr.Blocks(title="Display") as demo:
    with gr.Row():
        animal = gr.Label(value=ANIMALS, num_top_classes=3, label="Animal", color="#fde68a")
        plain = gr.Label(value="Just a label", label="Plain")
        empty_label = gr.Label(label="Empty label")
    with gr.Row():
        classify_btn = gr.Button("Classify")
        break_btn = gr.Button("Break the label")
        fill_btn = gr.Button("Fill JSON")
    classes = gr.Label(label="Classes", num_top_classes=5, show_heading=False)
    broken = gr.Label(value={"fine": 1.0}, label="Broken")
    # Sends whatever it is given, as a broken or foreign server might.
    broken.postprocess = lambda value: value
    report = gr.Textbox(label="Report")
    with gr.Row():
        nested = gr.JSON(value=NESTED, label="Nested", show_indices=True)
        long_json = gr.JSON(value=LONG_LIST, label="Long list", max_height=300, open=True)
        empty_json = gr.JSON(label="Empty JSON")
    with gr.Row():
        fox = gr.HighlightedText(value=FOX, label="Entities", color_map={"animal": "red"}, show_legend=True)
        scores = gr.HighlightedText(value=SCORES, label="Sentiment", show_legend=True)
        ents = gr.HighlightedText(value=ENTITIES, label="From entities", combine_adjacent=True)
    tag_me = gr.HighlightedText(value=[("The quick brown fox", None)], label="Tag me", interactive=True)
    edit_report = gr.Textbox(label="Edit report")
    json_report = gr.Textbox(label="JSON report")
    params = gr.ParamViewer(value=DOCS, linkify=["None"], anchor_links=True, header="Textbox parameters")

    animal.select(report_select, None, report)
    fox.select(report_select, None, report)
    scores.select(report_select, None, report)
    classify_btn.click(classify, None, classes)
    break_btn.click(lambda: [1, 2, 3], None, broken)
    fill_btn.click(lambda: {"filled": [1, 2, {"deep": True}]}, None, empty_json)
    empty_json.change(lambda v: json.dumps(v), empty_json, json_report)
    tag_me.change(lambda v: json.dumps(v), tag_me, edit_report)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
