"""Events over each queue protocol the embed speaks (4.16: sse_v1, 4.20: sse_v2, 4.22 and later:
sse_v3): a plain event, a generator, State, a toast and an error, all from Gradio 4.9's API."""
import os
import time

import gradio as gr


def count(text):
    for i in range(1, 5):
        time.sleep(0.4)
        yield f"{text} {i}"


def visit(n):
    n = (n or 0) + 1
    gr.Info(f"visit {n}")
    return n, f"visits: {n}"


def fail():
    raise gr.Error("It failed on purpose")


with gr.Blocks() as demo:
    box = gr.Textbox(label="text")
    out = gr.Textbox(label="out")
    gr.Button("Greet").click(lambda t: f"hi {t}", box, out)
    gr.Button("Count").click(count, box, out)
    visits = gr.State(0)
    visits_out = gr.Textbox(label="visits")
    gr.Button("Visit").click(visit, visits, [visits, visits_out])
    gr.Button("Fail").click(fail, None, None)

if __name__ == "__main__":
    demo.queue().launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
