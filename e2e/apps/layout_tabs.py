"""Tabs: click/keyboard switching, Tabs(selected=...) updates, Tab.select, inputs from an inactive tab, a hidden tab."""
import os

import gradio as gr


def on_select(evt: gr.SelectData):
    return f"selected {evt.value} (index {evt.index}, selected={evt.selected})"


with gr.Blocks(title="Tabs") as demo:
    with gr.Tabs() as tabs:
        with gr.Tab("First", id="first") as first:
            gr.Markdown("Content of the first tab")
            with gr.Accordion("More about the first tab", open=True):
                gr.Markdown("An accordion inside a tab")
            read = gr.Button("Read second")
            result = gr.Textbox(label="result")
        with gr.Tab("Second", id="second") as second:
            gr.Markdown("Content of the second tab")
            secret = gr.Textbox(label="secret")
            back = gr.Button("Go to first")
        with gr.Tab("Hidden", id="hidden", visible=False) as hidden:
            gr.Markdown("You should not see this")
        with gr.Tab("Third", id=3):
            gr.Markdown("Content of the third tab")
    show = gr.Button("Show hidden tab")
    goto_second = gr.Button("Go to second")
    selected = gr.Textbox(label="selected")
    changes = gr.Textbox(label="changes", value="0")

    read.click(lambda s: f"secret is {s}", secret, result)
    goto_second.click(lambda: gr.Tabs(selected="second"), None, tabs)
    back.click(lambda: gr.Tabs(selected="first"), None, tabs)
    show.click(lambda: gr.Tab(visible=True), None, hidden)
    second.select(on_select, None, selected)
    first.select(on_select, None, selected)
    tabs.change(lambda n: str(int(n) + 1), changes, changes)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
