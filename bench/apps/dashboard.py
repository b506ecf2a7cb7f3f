"""Bench: a dashboard of four native plots that a gr.Timer refreshes every second (figure 9)."""
import os
import time

import numpy as np
import pandas as pd

import gradio as gr

POINTS = 300
SERIES = ["cpu", "memory", "disk"]


def frames():
    t = time.time()
    steps = np.arange(POINTS)
    phase = t % 60
    lines = pd.DataFrame(
        {
            "step": np.tile(steps, len(SERIES)),
            "value": np.concatenate([np.sin((steps + phase * 10) / (20 + 10 * i)) * 50 + 50 for i in range(len(SERIES))]),
            "series": np.repeat(SERIES, POINTS),
        }
    )
    rng = np.random.default_rng(int(t))
    scatter = pd.DataFrame({"x": rng.normal(size=200), "y": rng.normal(size=200), "group": rng.choice(["a", "b", "c"], 200)})
    bars = pd.DataFrame({"host": [f"host-{i}" for i in range(12)], "load": rng.integers(1, 100, 12)})
    single = pd.DataFrame({"step": steps, "latency": np.abs(np.sin((steps + phase * 5) / 15)) * 200})
    return lines, scatter, bars, single


with gr.Blocks(title="Dashboard") as demo:
    with gr.Row():
        lines = gr.LinePlot(x="step", y="value", color="series", label="Usage", height=280)
        latency = gr.LinePlot(x="step", y="latency", label="Latency", height=280)
    with gr.Row():
        scatter = gr.ScatterPlot(x="x", y="y", color="group", label="Scatter", height=280)
        bars = gr.BarPlot(x="host", y="load", label="Load", height=280)
    timer = gr.Timer(1)
    outputs = [lines, scatter, bars, latency]
    demo.load(frames, None, outputs)
    timer.tick(frames, None, outputs)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
