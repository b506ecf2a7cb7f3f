"""Accordion and sidebar: open/close by click and by updates; expand/collapse events reach the server."""
import os

import gradio as gr
from versions import MAJOR

with gr.Blocks(title="Accordion") as demo:
    if MAJOR >= 5:  # gr.Sidebar arrived in 5.x
        with gr.Sidebar(open=False, position="left") as sidebar:
            gr.Markdown("Sidebar content")
            side_text = gr.Textbox(label="side")
    with gr.Accordion("Details", open=False) as acc:
        gr.Markdown("Hidden details")
        inner = gr.Textbox(label="inner", value="inside")
    events = gr.Textbox(label="events")
    open_btn = gr.Button("Open accordion")
    close_btn = gr.Button("Close accordion")
    read_btn = gr.Button("Read inner")
    read_out = gr.Textbox(label="read")

    if MAJOR >= 5:  # Accordion expand/collapse listeners arrived in 5.x
        acc.expand(lambda e: (e or "") + "expand;", events, events)
        acc.collapse(lambda e: (e or "") + "collapse;", events, events)
    open_btn.click(lambda: gr.Accordion(open=True), None, acc)
    close_btn.click(lambda: gr.Accordion(open=False), None, acc)
    read_btn.click(lambda s: f"inner is {s}", inner, read_out)
    if MAJOR >= 5:
        sb_open = gr.Button("Open sidebar")
        sb_events = gr.Textbox(label="sidebar events")
        sb_open.click(lambda: gr.Sidebar(open=True), None, sidebar)
        sidebar.expand(lambda e: (e or "") + "expand;", sb_events, sb_events)
        sidebar.collapse(lambda e: (e or "") + "collapse;", sb_events, sb_events)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
