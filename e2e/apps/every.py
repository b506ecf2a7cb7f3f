"""A load event that repeats every half second (`every=`), and a button that cancels it. Up to
4.39 the server repeats the function itself (a continuous generator); 4.40 turned `every` into a
hidden gr.Timer; 5.x removed it."""
import itertools
import os

import gradio as gr

counter = itertools.count(1)

with gr.Blocks() as demo:
    ticks = gr.Textbox(label="ticks", value="0")
    ticking = demo.load(lambda: str(next(counter)), None, ticks, every=0.5)
    gr.Button("Stop").click(None, None, None, cancels=[ticking])

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
