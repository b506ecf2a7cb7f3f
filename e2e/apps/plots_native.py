"""gr.LinePlot, gr.ScatterPlot and gr.BarPlot built from the props, a brush selection and a
double-click reported exactly as Python received them, a selection that zooms the plot, and a
plot a gr.Timer refreshes (off until the Start button)."""
import json
import os

import numpy as np
import pandas as pd

import gradio as gr

WEIGHTS = pd.DataFrame(
    {
        "weight": [50, 55, 60, 65, 70, 75, 80, 85, 90, 95],
        "height": [150, 155, 161, 166, 170, 174, 178, 181, 185, 188],
        "group": ["a", "b"] * 5,
    }
)
SALES = pd.DataFrame(
    {
        "fruit": ["apple", "banana", "cherry", "apple", "banana", "cherry"],
        "amount": [3, 5, 2, 4, 1, 6],
        "store": ["north", "north", "north", "south", "south", "south"],
    }
)
TIMES = pd.DataFrame(
    {
        "time": pd.date_range("2024-01-01", periods=48, freq="h"),
        "load": np.round(50 + 20 * np.sin(np.arange(48) / 4), 2),
    }
)
ticks = {"n": 0}


def live_frame():
    ticks["n"] += 1
    n = ticks["n"]
    x = np.arange(n, n + 30)
    return pd.DataFrame({"step": x, "value": np.round(np.sin(x / 5) * 10, 3)})


def zoom_to(evt: gr.SelectData):
    return gr.LinePlot(x_lim=evt.index)


def report_select(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value, "selected": evt.selected})


with gr.Blocks(title="Native plots") as demo:
    with gr.Row():
        line = gr.LinePlot(
            WEIGHTS,
            x="weight",
            y="height",
            title="Height by weight",
            x_title="Weight (kg)",
            y_title="Height (cm)",
            label="Line",
            show_label=True,
            buttons=["fullscreen", "export"],
        )
        scatter = gr.ScatterPlot(
            WEIGHTS,
            x="weight",
            y="height",
            color="group",
            color_map={"a": "#ff0000", "b": "#0000ff"},
            tooltip="all",
            caption="Two groups",
            label="Scatter",
        )
    with gr.Row():
        bar = gr.BarPlot(SALES, x="fruit", y="amount", y_aggregate="sum", sort="-y", label="Bar", y_lim=[0, 12])
        temporal = gr.LinePlot(TIMES, x="time", y="load", x_bin="6h", y_aggregate="mean", label="Temporal", height=260)
    live = gr.LinePlot(live_frame(), x="step", y="value", label="Live", y_lim=[-12, 12])
    timer = gr.Timer(0.5, active=False)
    with gr.Row():
        start = gr.Button("Start")
        stop = gr.Button("Stop")
    report = gr.Textbox(label="Report")
    clicks = gr.Number(label="Double clicks", value=0)
    zoom = gr.LinePlot(WEIGHTS, x="weight", y="height", label="Zoom")

    line.select(report_select, None, report)
    line.double_click(lambda n: n + 1, clicks, clicks)
    temporal.select(report_select, None, report)
    zoom.select(zoom_to, None, zoom)
    zoom.double_click(lambda: gr.LinePlot(x_lim=None), None, zoom)
    timer.tick(live_frame, None, live)
    start.click(lambda: gr.Timer(active=True), None, timer)
    stop.click(lambda: gr.Timer(active=False), None, timer)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
