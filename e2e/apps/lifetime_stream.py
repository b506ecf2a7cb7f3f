"""A generator that streams for as long as asked (seconds in "duration"), ten updates a second,
into outputs whose size does not grow: a counter, a Markdown table, a Number, a JSON value and a
progress bar. Memory and DOM size must stay flat however long it runs."""
import os
import time

import gradio as gr


def stream(duration, progress=gr.Progress()):
    start = time.time()
    i = 0
    while time.time() - start < duration:
        i += 1
        elapsed = time.time() - start
        progress(min(elapsed / duration, 1.0), desc=f"tick {i}")
        table = "| tick | elapsed |\n|---|---|\n" + f"| {i} | {elapsed:.1f} s |\n"
        yield f"tick {i}", table, i, {"tick": i, "half": i % 2 == 0}
        time.sleep(0.1)
    yield f"done {i}", "finished", i, {"tick": i, "done": True}


with gr.Blocks(title="Stream") as demo:
    duration = gr.Number(20, label="duration")
    counter = gr.Textbox(label="counter")
    table = gr.Markdown()
    count = gr.Number(label="count")
    state = gr.JSON(label="state")
    gr.Button("Stream").click(stream, duration, [counter, table, count, state])

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
