"""The image editor family: gr.ImageEditor, gr.Sketchpad, gr.Paint and gr.ImageMask. Each
function reports exactly what it received, as JSON: per image its shape and how many pixels are
painted (alpha > 0 on layers) or red (a brush stroke in the default first colour), so the tests
see strokes, erasures, crops and hidden layers on the server side."""
import json
import os
import tempfile
from pathlib import Path

import numpy as np
import PIL.Image

import gradio as gr

OUT_DIR = Path(tempfile.mkdtemp(prefix="gradio-embed-editor-"))
# A 120x80 background: blue with a green square in the top-left corner (40x40).
BACKGROUND = OUT_DIR / "background.png"
bg = np.zeros((80, 120, 3), dtype=np.uint8)
bg[:, :] = (0, 0, 255)
bg[:40, :40] = (0, 255, 0)
PIL.Image.fromarray(bg).save(BACKGROUND)
# A layer for the app's own value: a 20x20 red square on a transparent 120x80 layer.
LAYER = OUT_DIR / "layer.png"
layer = np.zeros((80, 120, 4), dtype=np.uint8)
layer[30:50, 50:70] = (255, 0, 0, 255)
PIL.Image.fromarray(layer).save(LAYER)


def image_info(image):
    """Shape, painted pixels (alpha > 0), red pixels, green pixels, and the mode for PIL."""
    if image is None:
        return None
    if isinstance(image, str):
        return {"path": Path(image).suffix, **image_info(np.asarray(PIL.Image.open(image)))}
    if isinstance(image, PIL.Image.Image):
        return {"mode": image.mode, **image_info(np.asarray(image))}
    a = np.asarray(image)
    info = {"shape": list(a.shape)}
    if a.ndim == 3 and a.shape[2] >= 3:
        r, g, b = (a[..., i].astype(int) for i in range(3))
        visible = a[..., 3] > 0 if a.shape[2] == 4 else np.ones(a.shape[:2], bool)
        info["painted"] = int(visible.sum())
        info["red"] = int((visible & (r > 150) & (g < 110) & (b < 110)).sum())
        info["green"] = int((visible & (g > 150) & (r < 110) & (b < 110)).sum())
        info["blue"] = int((visible & (b > 150) & (r < 110) & (g < 110)).sum())
        info["black"] = int((visible & (r < 60) & (g < 60) & (b < 60)).sum())
    return info


def describe(value):
    if value is None:
        return "None"
    return json.dumps(
        {
            "background": image_info(value["background"]),
            "layers": [image_info(layer) for layer in value["layers"]],
            "composite": image_info(value["composite"]),
        },
        sort_keys=True,
    )


events = []


def log(name):
    def record(value=None):
        events.append(name)
        return ", ".join(events)

    return record


with gr.Blocks(title="Image editors") as demo:
    with gr.Row():
        editor = gr.ImageEditor(label="Editor", canvas_size=(200, 150), height=420)
        editor_out = gr.Textbox(label="Editor received")
    editor_btn = gr.Button("Send editor")
    editor_btn.click(describe, editor, editor_out)
    editor_events = gr.Textbox(label="Editor events")
    editor.upload(log("upload"), None, editor_events)
    editor.clear(log("clear"), None, editor_events)
    editor.apply(log("apply"), None, editor_events)

    with gr.Row():
        sketch = gr.Sketchpad(label="Sketch", canvas_size=(160, 120), type="pil")
        sketch_out = gr.Textbox(label="Sketch received")
    gr.Button("Send sketch").click(describe, sketch, sketch_out)

    with gr.Row():
        mask = gr.ImageMask(label="Mask", type="numpy", canvas_size=(160, 120))
        mask_out = gr.Textbox(label="Mask received")
    gr.Button("Send mask").click(describe, mask, mask_out)

    with gr.Row():
        live = gr.Paint(label="Live", canvas_size=(100, 100), brush=gr.Brush(colors=["#00ff00", "#0000ff"], color_mode="fixed", default_size=8))
        live_out = gr.Textbox(label="Live received")
    live.change(describe, live, live_out)

    with gr.Row():
        given = gr.ImageEditor(
            label="Given",
            value={"background": str(BACKGROUND), "layers": [str(LAYER)], "composite": None},
            # 4.x has no gr.LayerOptions (its `layers` is a boolean).
            layers=gr.LayerOptions(layers=["Ink", "Notes"]) if hasattr(gr, "LayerOptions") else True,
            type="filepath",
        )
        given_out = gr.Textbox(label="Given received")
    gr.Button("Send given").click(describe, given, given_out)
    gr.Button("Set background").click(lambda: str(BACKGROUND), None, given)
    gr.Button("Clear given").click(lambda: None, None, given)

    shown = gr.ImageEditor(label="Shown", interactive=False)
    gr.Button("Show composite").click(lambda v: v, given, shown)


if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
