"""Five small apps for the lifetime tests (e2e/lifetime.spec.ts, e2e/soak/). Each echoes a token
typed into its "token" box, tagged with its own name, into a different kind of output, so a
result landing in the wrong embed shows. With LIFETIME_APP=<name> it serves that one app at /;
without it, all five on one server, each mounted at /<name>/ (one server start for the fast
tests)."""
import os
import time

import gradio as gr
import uvicorn
from fastapi import FastAPI


def tagged(name):
    def run(token):
        # A little server time, so the twenty events of a page really overlap.
        time.sleep(0.3)
        return f"{name}:{token}"

    return run


def app_a():
    return gr.Interface(tagged("a"), gr.Textbox(label="token"), gr.Textbox(label="result"), title="A")


def app_b():
    with gr.Blocks(title="B") as demo:
        gr.Markdown("## App B\nA markdown output, a slider and a checkbox.")
        token = gr.Textbox(label="token")
        gr.Slider(0, 10, 3, label="amount")
        gr.Checkbox(label="flag")
        out = gr.Markdown(label="result", elem_id="result")
        gr.Button("Run").click(tagged("b"), token, out)
    return demo


def app_c():
    def chat(token, history):
        time.sleep(0.3)
        return (history or []) + [
            {"role": "user", "content": token},
            {"role": "assistant", "content": f"c:{token}"},
        ]

    with gr.Blocks(title="C") as demo:
        bot = gr.Chatbot(label="chat", height=200)
        token = gr.Textbox(label="token")
        gr.Button("Run").click(chat, [token, bot], bot)
    return demo


def app_d():
    def as_json(token):
        time.sleep(0.3)
        return {"result": f"d:{token}"}

    with gr.Blocks(title="D") as demo:
        with gr.Tabs():
            with gr.Tab("Main"):
                token = gr.Textbox(label="token")
                out = gr.JSON(label="result")
                gr.Button("Run").click(as_json, token, out)
            with gr.Tab("Other"):
                gr.Code("print('hello')", language="python", label="code")
        with gr.Accordion("More", open=True):
            gr.Dropdown(["x", "y", "z"], value="x", label="choice")
    return demo


def app_e():
    def table(token):
        time.sleep(0.3)
        return [[f"e:{token}", 1], ["other", 2]]

    with gr.Blocks(title="E") as demo:
        with gr.Row():
            token = gr.Textbox(label="token")
            gr.Number(4, label="count")
        out = gr.Dataframe(headers=["result", "n"], label="result")
        gr.Button("Run").click(table, token, out)
    return demo


APPS = {"a": app_a, "b": app_b, "c": app_c, "d": app_d, "e": app_e}

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "7860"))
    only = os.environ.get("LIFETIME_APP")
    if only:
        APPS[only]().launch(server_name="127.0.0.1", server_port=port)
    else:
        app = FastAPI()
        for name, make in APPS.items():
            app = gr.mount_gradio_app(app, make(), path=f"/{name}")
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
