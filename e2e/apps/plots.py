"""gr.Plot with each library it serializes (matplotlib, Plotly, Altair, Bokeh), a plot that a
button replaces, and payloads no library can draw (an unknown type, a broken figure) next to a
Textbox that keeps working."""
import json
import os

import altair as alt
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402
from bokeh.plotting import figure  # noqa: E402

import gradio as gr  # noqa: E402
from gradio.components.plot import PlotData  # noqa: E402

DATA = pd.DataFrame({"year": [2020, 2021, 2022, 2023, 2024], "sales": [3, 7, 4, 9, 6]})


def matplotlib_figure(scale=1):
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(DATA["year"], DATA["sales"] * scale, marker="o")
    ax.set_title("Sales (matplotlib)")
    return fig


def plotly_figure(scale=1):
    fig = go.Figure(go.Scatter(x=DATA["year"], y=DATA["sales"] * scale, mode="lines+markers", name="sales"))
    fig.add_bar(x=DATA["year"], y=DATA["sales"] * scale / 2, name="half")
    fig.update_layout(title="Sales (Plotly)")
    return fig


def altair_chart(scale=1):
    data = DATA.assign(sales=DATA["sales"] * scale)
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(x="year:O", y="sales:Q", tooltip=["year", "sales"])
        .properties(title="Sales (Altair)")
    )


def bokeh_figure():
    p = figure(title="Sales (Bokeh)", height=300, sizing_mode="stretch_width")
    p.line(DATA["year"], DATA["sales"], line_width=2)
    p.scatter(DATA["year"], DATA["sales"], size=8)
    return p


with gr.Blocks(title="Plots") as demo:
    with gr.Row():
        mpl = gr.Plot(value=matplotlib_figure(), label="Matplotlib")
        plotly = gr.Plot(value=plotly_figure(), label="Plotly")
    with gr.Row():
        altair = gr.Plot(value=altair_chart(), label="Altair")
        bokeh = gr.Plot(value=bokeh_figure(), label="Bokeh")
    with gr.Row():
        empty = gr.Plot(label="Empty")
        unknown = gr.Plot(value=PlotData.model_construct(type="ggplot", plot="{}"), label="Unknown type")
        broken = gr.Plot(value=PlotData.model_construct(type="plotly", plot="{not json"), label="Broken figure")
    with gr.Row():
        double = gr.Button("Double")
        fill = gr.Button("Fill empty")
        clear = gr.Button("Clear Plotly")
    name = gr.Textbox(label="Name")
    greeting = gr.Textbox(label="Greeting")
    report = gr.Textbox(label="Report")

    double.click(lambda: (matplotlib_figure(2), plotly_figure(2), altair_chart(2)), None, [mpl, plotly, altair])
    fill.click(lambda: plotly_figure(3), None, empty)
    clear.click(lambda: None, None, plotly)
    name.submit(lambda n: f"Hello {n}!", name, greeting)
    # What the server holds for the Plotly block after a change: the payload's type and its trace count.
    plotly.change(
        lambda v: json.dumps(None if v is None else {"type": v.type, "traces": len(json.loads(v.plot)["data"])}),
        plotly,
        report,
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
