"""Event semantics in one app: chains with a failure branch, cancel, always_last, streaming,
progress, toasts, visibility/interactivity updates, State, a js-only event, a derived value."""
import os
import time

import gradio as gr
from versions import MAJOR


def check(text):
    if text == "fail":
        # Error titles arrived in 5.x.
        raise gr.Error("You asked it to fail", **({"title": "Custom failure"} if MAJOR >= 5 else {}))
    return f"ok: {text}"


def stream(text):
    out = ""
    for word in (text or "one two three four five").split():
        out += word + " "
        time.sleep(0.3)
        yield out.strip()


def slow_count():
    for i in range(100):
        time.sleep(0.2)
        yield str(i)


def progress_job(progress=gr.Progress()):
    for _ in progress.tqdm(range(5), desc="Crunching"):
        time.sleep(0.4)
    return "progress done"


def toasts():
    gr.Info("An info toast")
    gr.Warning("A warning toast")
    if MAJOR >= 5:  # gr.Success arrived in 5.x
        gr.Success('<b>Saved</b> safely<img src=x onerror="globalThis.__toastXss = 1">')
    return "toasted"


def counter(count):
    count = (count or 0) + 1
    return count, f"clicked {count} times"


def echo_upper(text):
    return (text or "").upper()


def toggle(show):
    return gr.Textbox(visible=not show), not show


with gr.Blocks() as demo:
    scroll_btn = gr.Button("Answer at the bottom")
    with gr.Row():
        chain_in = gr.Textbox(label="Chain input")
        chain_out = gr.Textbox(label="Chain output")
        chain_after = gr.Textbox(label="After")
    chain_btn = gr.Button("Run chain")
    ev = chain_btn.click(check, chain_in, chain_out)
    ev.success(lambda: "success branch", None, chain_after)
    if MAJOR >= 5:  # .failure() arrived in 5.x
        ev.failure(lambda: "failure branch", None, chain_after)

    stream_in = gr.Textbox(label="Stream input")
    stream_out = gr.Textbox(label="Streamed")
    gr.Button("Stream").click(stream, stream_in, stream_out)

    count_out = gr.Textbox(label="Count")
    start = gr.Button("Start counting")
    stop = gr.Button("Stop counting")
    count_ev = start.click(slow_count, None, count_out)
    stop.click(None, None, None, cancels=[count_ev])

    typed = gr.Textbox(label="Type here")
    typed_upper = gr.Textbox(label="Upper")
    typed.change(echo_upper, typed, typed_upper, trigger_mode="always_last")

    progress_out = gr.Textbox(label="Progress result")
    gr.Button("Run progress").click(progress_job, None, progress_out)

    toast_out = gr.Textbox(label="Toast result")
    gr.Button("Toast").click(toasts, None, toast_out)

    state = gr.State(0)
    state_out = gr.Textbox(label="State result")
    gr.Button("Count with state").click(counter, state, [state, state_out])

    shown = gr.State(True)
    toggled = gr.Textbox(label="Toggled box", value="now you see me")
    gr.Button("Toggle box").click(toggle, shown, [toggled, shown])

    lockable = gr.Textbox(label="Lockable", interactive=True)
    with gr.Row():
        gr.Button("Lock").click(lambda: gr.Textbox(interactive=False, label="Locked"), None, lockable)
        gr.Button("Unlock").click(lambda: gr.Textbox(interactive=True, label="Lockable"), None, lockable)

    js_in = gr.Textbox(label="JS input")
    js_out = gr.Textbox(label="JS output")
    gr.Button("Reverse in JS").click(None, js_in, js_out, js="(s) => s.split('').reverse().join('')")

    first = gr.Textbox(label="First name")
    last = gr.Textbox(label="Last name")
    gr.Textbox(label="Full name", value=lambda a, b: f"{a} {b}".strip(), inputs=[first, last])

    bottom = gr.Textbox(label="Bottom output")
    scroll_btn.click(lambda: "down here", None, bottom, scroll_to_output=True)

if __name__ == "__main__":
    demo.queue().launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
