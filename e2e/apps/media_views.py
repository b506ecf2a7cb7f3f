"""Gallery, AnnotatedImage, ImageSlider, SimpleImage, Model3D and FileExplorer, with every event
reported back as Python received it. The 3D models (a tetrahedron as .glb and .obj) and the
file tree are written at start-up."""
import json
import os
import struct
import tempfile
from pathlib import Path

import numpy as np
import PIL.Image

import gradio as gr

OUT_DIR = Path(tempfile.mkdtemp(prefix="gradio-embed-views-"))


def solid(name, rgb, size=(32, 24)):
    path = OUT_DIR / name
    PIL.Image.fromarray(np.full((size[1], size[0], 3), rgb, dtype=np.uint8)).save(path)
    return str(path)


RED = solid("red.png", (255, 0, 0))
GREEN = solid("green.png", (0, 255, 0))
BLUE = solid("blue.png", (0, 0, 255))
BASE = solid("base.png", (128, 128, 128), (80, 60))

# A tetrahedron.
POSITIONS = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]
INDICES = [0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3]
OBJ = OUT_DIR / "tetra.obj"
OBJ.write_text(
    "\n".join(
        [f"v {POSITIONS[i]} {POSITIONS[i + 1]} {POSITIONS[i + 2]}" for i in range(0, 12, 3)]
        + [f"f {INDICES[i] + 1} {INDICES[i + 1] + 1} {INDICES[i + 2] + 1}" for i in range(0, 12, 3)]
    )
)


def write_glb(path):
    positions = struct.pack("<12f", *POSITIONS)
    indices = struct.pack("<12H", *INDICES)
    binary = positions + indices
    binary += b"\0" * (-len(binary) % 4)
    gltf = {
        "asset": {"version": "2.0"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": [0.9, 0.3, 0.1, 1]}}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1, "material": 0}]}],
        "buffers": [{"byteLength": len(binary)}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": len(positions)},
            {"buffer": 0, "byteOffset": len(positions), "byteLength": len(indices)},
        ],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": 4, "type": "VEC3", "min": [0, 0, 0], "max": [1, 1, 1]},
            {"bufferView": 1, "componentType": 5123, "count": 12, "type": "SCALAR"},
        ],
    }
    text = json.dumps(gltf).encode()
    text += b" " * (-len(text) % 4)
    total = 12 + 8 + len(text) + 8 + len(binary)
    data = struct.pack("<III", 0x46546C67, 2, total)
    data += struct.pack("<II", len(text), 0x4E4F534A) + text
    data += struct.pack("<II", len(binary), 0x004E4942) + binary
    Path(path).write_bytes(data)


GLB = OUT_DIR / "tetra.glb"
write_glb(GLB)

TREE = OUT_DIR / "tree"
(TREE / "docs" / "deep").mkdir(parents=True)
(TREE / "docs" / "a.txt").write_text("a")
(TREE / "docs" / "deep" / "b.txt").write_text("b")
(TREE / "notes.md").write_text("n")
(TREE / "skip.log").write_text("x")


def report(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value, "selected": evt.selected})


def describe_gallery(items):
    if items is None:
        return "None"
    return json.dumps([[Path(p).suffix, caption] for p, caption in items])


def describe_slider(pair):
    if pair is None:
        return "None"
    return json.dumps([None if im is None else list(im.shape) for im in pair])


def describe_model(path):
    return "None" if path is None else json.dumps({"suffix": Path(path).suffix, "size": os.path.getsize(path)})


def describe_files(paths):
    if paths is None:
        return "None"
    return json.dumps(sorted(os.path.relpath(p, TREE) for p in paths))


with gr.Blocks() as demo:
    events = gr.Textbox(label="Events")
    with gr.Row():
        gallery = gr.Gallery(
            value=[(RED, "Red"), (GREEN, "Green"), (BLUE, None)],
            label="Colours",
            columns=3,
            interactive=False,
        )
        picked = gr.Textbox(label="Gallery picked")
    gallery.select(report, None, picked)
    show_third = gr.Button("Show the third colour")
    show_third.click(lambda: gr.Gallery(selected_index=2), None, gallery)
    gallery.preview_open(lambda e: e + "open;", events, events)
    gallery.preview_close(lambda e: e + "close;", events, events)

    with gr.Row():
        uploads = gr.Gallery(label="Uploads", interactive=True, type="filepath")
        uploads_seen = gr.Textbox(label="Uploads received")
    uploads.upload(describe_gallery, uploads, uploads_seen)
    deleted = gr.Textbox(label="Deleted")

    def on_delete(d: gr.DeletedFileData):
        return json.dumps({"name": Path(d.file.path).name, "index": d._data["index"]})

    uploads.delete(on_delete, None, deleted)

    with gr.Row():
        annotated = gr.AnnotatedImage(
            value=(BASE, [((5, 5, 40, 30), "box"), (np.pad(np.ones((20, 20)), ((30, 10), (50, 10))), "blob")]),
            label="Annotated",
            color_map={"box": "#00ff00"},
        )
        annotated_picked = gr.Textbox(label="Annotation picked")
    annotated.select(report, None, annotated_picked)

    with gr.Row():
        slider_in = gr.ImageSlider(label="Before and after", interactive=True, type="numpy")
        slider_out = gr.ImageSlider(value=(RED, BLUE), label="Compare", interactive=False, slider_position=25)
        slider_seen = gr.Textbox(label="Slider received")
    slider_in.upload(describe_slider, slider_in, slider_seen)

    with gr.Row():
        model_out = gr.Model3D(value=str(GLB), label="Tetrahedron", clear_color=(0.9, 0.9, 0.9, 1), camera_position=(45, 60, None))
        model_obj = gr.Model3D(value=str(OBJ), label="OBJ", display_mode="wireframe")
        model_in = gr.Model3D(label="Your model")
        model_seen = gr.Textbox(label="Model received")
    model_in.upload(describe_model, model_in, model_seen)

    with gr.Row():
        explorer = gr.FileExplorer(root_dir=str(TREE), glob="**/*.*", ignore_glob="*.log", label="Files")
        explorer_seen = gr.Textbox(label="Files received")
        explorer_picked = gr.Textbox(label="File picked")
    explorer.change(describe_files, explorer, explorer_seen)
    explorer.select(report, None, explorer_picked)

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        allowed_paths=[str(OUT_DIR)],
    )
