"""Every native component type with a value, once interactive and once static, for the
accessibility spec (e2e/accessibility.spec.ts): axe-core checks the page in light and dark mode,
and a keyboard-only user Tabs through the interactive half. A few events give the status
changes a screen reader must hear: a toast, progress, a validation error."""
import os
import time

import gradio as gr
from gradio._simple_templates import SimpleDropdown, SimpleImage, SimpleTextbox
from gradio.media import get_audio, get_file, get_image, get_model3d, get_video

IMAGE = get_image("cheetah.jpg")
AUDIO = get_audio("audio_sample.wav")
VIDEO = get_video("a.mp4")
MODEL = get_model3d("Duck.glb")
FILE = get_file("sample.txt")
CHAT = [
    {"role": "user", "content": "Hello"},
    {"role": "assistant", "content": "Hi! **How** can I help?"},
]
TABLE = {"headers": ["name", "age"], "data": [["Ada", 36], ["Grace", 85]]}
PLOT_DATA = {"x": [1, 2, 3, 4], "y": [3, 1, 4, 1]}
DOCS = {"value": {"type": "str | None", "description": "The text shown.", "default": "None"}}


def plotly_figure():
    import plotly.graph_objects as go

    return go.Figure(data=go.Bar(x=["a", "b", "c"], y=[1, 3, 2]))


def native_plot_frame():
    import pandas as pd

    return pd.DataFrame(PLOT_DATA)


def components(interactive):
    """One block of each type that has both modes, with a value; `interactive` sets the mode."""
    mode = "interactive" if interactive else "static"
    with gr.Row():
        gr.Textbox(value="Ada Lovelace", label=f"Textbox ({mode})", info="Your full name", interactive=interactive)
        gr.Number(value=42, label=f"Number ({mode})", interactive=interactive)
        gr.ColorPicker(value="#ff7700", label=f"Color ({mode})", interactive=interactive)
        gr.DateTime(value="2024-05-01 12:00:00", label=f"DateTime ({mode})", interactive=interactive)
    with gr.Row():
        gr.Slider(0, 10, value=3, step=1, label=f"Slider ({mode})", interactive=interactive)
        gr.Checkbox(value=True, label=f"Checkbox ({mode})", interactive=interactive)
        gr.CheckboxGroup(["red", "green", "blue"], value=["red"], label=f"CheckboxGroup ({mode})", interactive=interactive)
        gr.Radio(["small", "large"], value="small", label=f"Radio ({mode})", interactive=interactive)
    with gr.Row():
        gr.Dropdown(["apple", "pear", "plum"], value="pear", label=f"Dropdown ({mode})", interactive=interactive)
        gr.Dropdown(["apple", "pear", "plum"], value=["pear"], multiselect=True, label=f"Multiselect ({mode})", interactive=interactive)
        gr.Code(value="def f(x):\n    return x + 1\n", language="python", label=f"Code ({mode})", interactive=interactive)
    with gr.Row():
        gr.Image(value=IMAGE, label=f"Image ({mode})", interactive=interactive, height=200)
        gr.Audio(value=AUDIO, label=f"Audio ({mode})", interactive=interactive)
        gr.Video(value=VIDEO, label=f"Video ({mode})", interactive=interactive, height=200)
    with gr.Row():
        gr.File(value=FILE, label=f"File ({mode})", interactive=interactive)
        gr.File(label=f"Empty file ({mode})", interactive=interactive)
        gr.Model3D(value=MODEL, label=f"Model3D ({mode})", interactive=interactive, height=200)
        gr.ImageSlider(value=(IMAGE, IMAGE), label=f"ImageSlider ({mode})", interactive=interactive, height=200)
    with gr.Row():
        gr.ImageEditor(value=IMAGE, label=f"ImageEditor ({mode})", interactive=interactive, height=300)
        gr.Gallery(value=[(IMAGE, "A cheetah"), IMAGE], label=f"Gallery ({mode})", interactive=interactive, height=250)
    with gr.Row():
        with gr.Column():
            gr.AnnotatedImage(value=(IMAGE, [((10, 10, 60, 60), "head")]), label=f"AnnotatedImage ({mode})", height=200)
        gr.Chatbot(value=CHAT, label=f"Chatbot ({mode})", height=250)
        gr.MultimodalTextbox(value={"text": "Hi", "files": []}, label=f"Multimodal ({mode})", interactive=interactive)
    gr.Dataframe(value=TABLE, label=f"Dataframe ({mode})", interactive=interactive)
    with gr.Row():
        gr.HighlightedText(value=[("The fox", "animal"), (" jumps", None)], label=f"HighlightedText ({mode})", show_legend=True, interactive=interactive)
        gr.Dialogue(value=[{"speaker": "Ada", "text": "Hello"}], speakers=["Ada", "Bob"], label=f"Dialogue ({mode})", interactive=interactive)
        gr.JSON(value={"a": [1, 2], "b": {"c": None}}, label=f"JSON ({mode})")
        gr.Label(value={"cat": 0.7, "dog": 0.3}, label=f"Label ({mode})")


with gr.Blocks(title="Accessibility") as demo:
    gr.Navbar(value=[("Docs", "https://www.gradio.app/docs")])
    with gr.Sidebar(open=False):
        gr.Markdown("In the sidebar")
    gr.Markdown("# Accessibility\nEvery native type, **interactive** then static. [A link](https://www.gradio.app).")
    gr.HTML("<p>Some <em>HTML</em> content.</p>", label="HTML")
    components(True)
    with gr.Row():
        name = gr.Textbox(label="Name to greet")
        greeting = gr.Textbox(label="Greeting", interactive=False)
    with gr.Row():
        greet = gr.Button("Greet", variant="primary")
        toast = gr.Button("Show a toast")
        gr.ClearButton([name], value="Clear name")
        gr.DownloadButton("Download", value=FILE)
        gr.UploadButton("Upload a file")
        gr.DeepLinkButton()
    with gr.Accordion("More options", open=True):
        gr.Markdown("Inside the accordion")
    with gr.Tabs():
        with gr.Tab("First tab"):
            gr.Markdown("First tab content")
        with gr.Tab("Second tab"):
            gr.Markdown("Second tab content")
    with gr.Walkthrough():
        with gr.Step("Step one"):
            gr.Markdown("Do this first")
        with gr.Step("Step two"):
            gr.Markdown("Then this")
    with gr.Group():
        gr.Textbox(label="Grouped A")
        gr.Textbox(label="Grouped B")
    with gr.Draggable():
        gr.Markdown("Drag me")
        gr.Markdown("Or me")
    gr.Dataset(components=[gr.Textbox(render=False)], samples=[["first example"], ["second example"]], label="Dataset")
    gr.FileExplorer(root_dir=os.path.dirname(__file__), glob="a11y*.py", label="FileExplorer")
    gr.ParamViewer(value=DOCS, header="Parameters")
    gr.Plot(value=plotly_figure(), label="Plot")
    gr.LinePlot(value=native_plot_frame(), x="x", y="y", label="LinePlot")
    with gr.Row():
        SimpleTextbox(value="simple", label="SimpleTextbox")
        SimpleDropdown(choices=["one", "two"], value="one", label="SimpleDropdown")
        SimpleImage(value=IMAGE, label="SimpleImage")
    gr.State("s")
    gr.BrowserState("b")
    gr.Timer(active=False)
    gr.Markdown("## Static")
    components(False)

    def greet_fn(n, progress=gr.Progress()):
        if not n:
            raise gr.Error("Type a name first")
        for _ in progress.tqdm(range(6), desc="Greeting"):
            time.sleep(0.4)
        return f"Hello {n}!"

    greet.click(greet_fn, name, greeting)
    toast.click(lambda: gr.Info("A friendly toast"), None, None)
    validated = gr.Textbox(label="Validated")
    gr.Button("Validate").click(
        lambda v: v, validated, None, validator=lambda v: gr.validate(bool(v), "Cannot be empty")
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), allowed_paths=[os.path.dirname(__file__)])
