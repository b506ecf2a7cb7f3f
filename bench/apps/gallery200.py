"""Bench: a gallery of 200 images (figure 10), each a different 320×240 JPEG with its number."""
import os
import tempfile
from pathlib import Path

import numpy as np
import PIL.Image
import PIL.ImageDraw

import gradio as gr

OUT = Path(tempfile.mkdtemp(prefix="gradio-bench-gallery-"))
rng = np.random.default_rng(0)
IMAGES = []
for i in range(200):
    # A few random coloured blocks: every image differs, and they encode quickly at start-up.
    image = PIL.Image.new("RGB", (320, 240), tuple(int(c) for c in rng.integers(0, 255, 3)))
    draw = PIL.ImageDraw.Draw(image)
    for _ in range(12):
        x, y = (int(v) for v in rng.integers(0, 280, 2))
        draw.rectangle((x, y, x + 40 + int(rng.integers(0, 80)), y + 30), fill=tuple(int(c) for c in rng.integers(0, 255, 3)))
    draw.rectangle((0, 0, 120, 40), fill=(255, 255, 255))
    draw.text((10, 10), f"image {i}", fill=(0, 0, 0))
    path = OUT / f"img{i:03d}.jpg"
    image.save(path, quality=85)
    IMAGES.append((str(path), f"image {i}"))

with gr.Blocks(title="Gallery") as demo:
    gr.Gallery(value=IMAGES, label="Two hundred images", columns=4, height=600)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), allowed_paths=[str(OUT)])
