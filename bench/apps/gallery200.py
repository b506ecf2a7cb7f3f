"""Bench: a gallery of 200 images (figure 10), each a 320×240 JPEG with its number."""
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
    pixels = rng.integers(0, 255, (240, 320, 3), dtype=np.uint8)
    image = PIL.Image.fromarray(pixels)
    PIL.ImageDraw.Draw(image).rectangle((0, 0, 120, 40), fill=(255, 255, 255))
    PIL.ImageDraw.Draw(image).text((10, 10), f"image {i}", fill=(0, 0, 0))
    path = OUT / f"img{i:03d}.jpg"
    image.save(path, quality=85)
    IMAGES.append((str(path), f"image {i}"))

with gr.Blocks(title="Gallery") as demo:
    gr.Gallery(value=IMAGES, label="Two hundred images", columns=4, height=600)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), allowed_paths=[str(OUT)])
