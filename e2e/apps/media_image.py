"""Image in and out: a tiny deterministic classifier (by mean colour), the numpy / pil / filepath
round trips, select with pixel coordinates, webcam capture, a streaming webcam that sends each
frame back processed, an image whose file is gone, and a static output with a watermark.
Each function reports exactly what it received."""
import json
import os
import tempfile
from pathlib import Path

import numpy as np
import PIL.Image

import gradio as gr

OUT_DIR = Path(tempfile.mkdtemp(prefix="gradio-embed-media-"))
# A 40x20 image, left half red and right half blue: select coordinates tell the halves apart.
HALVES = OUT_DIR / "halves.png"
halves = np.zeros((20, 40, 3), dtype=np.uint8)
halves[:, :20] = (255, 0, 0)
halves[:, 20:] = (0, 0, 255)
PIL.Image.fromarray(halves).save(HALVES)
# Served as an output; the tests make its URL answer 404, as an expired file does.
GONE = OUT_DIR / "gone.png"
PIL.Image.fromarray(np.full((8, 8, 3), 128, dtype=np.uint8)).save(GONE)
MARK = OUT_DIR / "mark.png"
PIL.Image.fromarray(np.full((4, 4, 3), 255, dtype=np.uint8)).save(MARK)


def classify(image):
    """Names the strongest channel of the mean colour: red, green or blue."""
    if image is None:
        return "nothing"
    mean = image.reshape(-1, image.shape[-1])[:, :3].mean(axis=0)
    return ["red", "green", "blue"][int(np.argmax(mean))]


def describe_numpy(image):
    if image is None:
        return "None"
    return json.dumps(
        {
            "type": type(image).__name__,
            "dtype": str(image.dtype),
            "shape": list(image.shape),
            "first": image[0, 0].tolist(),
        }
    )


def describe_pil(image):
    if image is None:
        return "None"
    return json.dumps(
        {"type": type(image).__name__, "mode": image.mode, "size": list(image.size), "first": list(image.getpixel((0, 0)))}
    )


def describe_path(path):
    if path is None:
        return "None"
    with PIL.Image.open(path) as im:
        size = list(im.size)
    return json.dumps({"type": type(path).__name__, "exists": os.path.exists(path), "suffix": Path(path).suffix, "size": size})


def on_select(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value})


def invert(frame):
    """A streamed webcam frame, inverted; reports its shape."""
    if frame is None:
        return None, "no frame"
    return 255 - frame, json.dumps({"shape": list(frame.shape)})


def serve_gone():
    return str(GONE)


with gr.Blocks() as demo:
    with gr.Row():
        classifier_in = gr.Image(label="Photo", sources=["upload", "clipboard"])
        with gr.Column():
            classify_btn = gr.Button("Classify")
            label_out = gr.Label(label="Colour")
    classify_btn.click(lambda im: {classify(im): 1.0}, classifier_in, label_out)

    with gr.Row():
        as_numpy = gr.Image(label="As numpy", type="numpy", sources=["upload"])
        as_pil = gr.Image(label="As PIL", type="pil", sources=["upload"], image_mode="RGBA")
        as_path = gr.Image(label="As filepath", type="filepath", sources=["upload"])
    received = gr.Textbox(label="Received")
    as_numpy.upload(describe_numpy, as_numpy, received)
    as_pil.upload(describe_pil, as_pil, received)
    as_path.upload(describe_path, as_path, received)
    cleared = gr.Textbox(label="Cleared")
    as_numpy.clear(lambda: "cleared", None, cleared)

    with gr.Row():
        pick = gr.Image(label="Pick a pixel", value=str(HALVES), interactive=False, buttons=["download", "fullscreen"])
        picked = gr.Textbox(label="Picked")
    pick.select(on_select, None, picked)

    with gr.Row():
        echo_in = gr.Image(label="Echo in", sources=["upload"], type="filepath")
        echo_out = gr.Image(label="Echo out", watermark=str(MARK), format="png")
    echo_in.change(lambda p: p, echo_in, echo_out)

    with gr.Row():
        camera = gr.Image(label="Camera", sources=["webcam"], webcam_options=gr.WebcamOptions(mirror=False))
        camera_seen = gr.Textbox(label="Camera received")
    camera.change(describe_numpy, camera, camera_seen)

    with gr.Row():
        live = gr.Image(label="Live", sources=["webcam"], streaming=True)
        live_out = gr.Image(label="Processed")
        live_seen = gr.Textbox(label="Frame received")
    live.stream(invert, live, [live_out, live_seen], stream_every=0.3, time_limit=30)

    with gr.Row():
        gone = gr.Image(label="Gone", interactive=False)
        show_gone = gr.Button("Show a missing file")
    show_gone.click(serve_gone, None, gone)

    placeholder = gr.Image(label="With placeholder", placeholder="# Drop a cat\nor click", sources=["upload"])

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        allowed_paths=[str(OUT_DIR)],
    )
