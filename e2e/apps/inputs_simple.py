"""The 6.x minimal template blocks, SimpleDropdown and SimpleTextbox, reporting what Python
received. (The official page of 6.31 cannot load these two: it stays on "Loading...".)"""
import os

import gradio as gr
from gradio._simple_templates import SimpleDropdown, SimpleTextbox



def on_select(evt: gr.SelectData):
    return f"simple_dd select: {evt.index} {evt.value!r}"


with gr.Blocks(title="Simple inputs") as demo:
    simple_dd = SimpleDropdown(choices=[("First", "1st"), ("Second", "2nd")], label="Simple dropdown", value="1st")
    simple_tb = SimpleTextbox(label="Simple textbox", value="", placeholder="simple")
    received = gr.Textbox(label="Received")
    events_out = gr.Textbox(label="Event")
    simple_dd.input(lambda v: f"simple_dd: {v!r}", simple_dd, received)
    simple_dd.select(on_select, None, events_out)
    simple_tb.input(lambda v: f"simple_tb: {v!r}", simple_tb, received)
    simple_tb.submit(lambda v: f"simple_tb submit: {v!r}", simple_tb, events_out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
