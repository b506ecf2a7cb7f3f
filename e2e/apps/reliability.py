"""The app the reliability specs put faults in front of: a plain round trip, a generator that
streams for as long as asked, and a file whose name and size the server reports."""
import os
import time

import gradio as gr


def greet(name):
    return "Hello " + name + "!"


def count(to, delay):
    for i in range(int(to)):
        yield str(i)
        time.sleep(float(delay))
    yield "done"


def inspect(path):
    if not path:
        return "no file"
    return f"{os.path.basename(path)} {os.path.getsize(path)} bytes"


with gr.Blocks(title="Reliability") as demo:
    name = gr.Textbox(label="name")
    output = gr.Textbox(label="output")
    gr.Button("Submit").click(greet, name, output)
    with gr.Row():
        to = gr.Number(label="count to", value=40)
        delay = gr.Number(label="delay", value=0.25)
    counter = gr.Textbox(label="counter")
    gr.Button("Count").click(count, [to, delay], counter)
    file = gr.File(label="file")
    info = gr.Textbox(label="file info")
    gr.Button("Inspect").click(inspect, file, info)

if __name__ == "__main__":
    demo.queue(max_size=int(os.environ.get("QUEUE_MAX", "64"))).launch(
        server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860"))
    )
