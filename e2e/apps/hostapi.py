"""The host API's server, one process for its three apps:
- `/`: every function reports exactly what it received, so a test sees what a host page's
  setValue/run sent; events with progress, a failure, a slow one to cancel, and a generator.
- `/private`: an app that needs a bearer token (hostapi_private.py).
- `/members`: an app launched with `auth=` (a username and password form)."""
import os
import time

import gradio as gr
import uvicorn
from fastapi import FastAPI

from hostapi_private import RequireToken, cors, private_demo


def greet(name, excited):
    return f"Hello {name}{'!' if excited else '.'}"


def heard(value):
    return repr(value)


def count(n, progress=gr.Progress()):
    for _ in progress.tqdm(range(int(n)), desc="counting"):
        time.sleep(0.15)
    return f"counted {int(n)}"


def fail(value):
    raise gr.Error(f"no good: {value}")


def slow(value):
    time.sleep(30)
    return f"slow {value}"


def stream(n):
    for i in range(int(n)):
        time.sleep(0.1)
        yield str(i)


with gr.Blocks(title="Host API") as demo:
    name = gr.Textbox(label="name", elem_id="name")
    excited = gr.Checkbox(label="excited", value=True)
    greeting = gr.Textbox(label="greeting", elem_id="greeting")
    greet_btn = gr.Button("Greet", elem_id="greet-btn")
    greet_btn.click(greet, [name, excited], greeting, api_name="greet")
    # What the name's own listeners received: a host setValue fires them as typing would.
    on_input = gr.Textbox(label="on input")
    on_change = gr.Textbox(label="on change")
    name.input(heard, name, on_input, api_name="name_input")
    name.change(heard, name, on_change, api_name="name_change")
    with gr.Row():
        n = gr.Number(label="n", value=4)
        counted = gr.Textbox(label="counted")
    gr.Button("Count").click(count, n, counted, api_name="count")
    gr.Button("Stream").click(stream, n, counted, api_name="stream")
    bad = gr.Textbox(label="bad input", value="x")
    gr.Button("Fail").click(fail, bad, counted, api_name="fail")
    gr.Button("Slow").click(slow, bad, counted, api_name="slow")
    # Two blocks share a label: naming them by it is refused.
    gr.Textbox(label="twin")
    gr.Textbox(label="twin")



def whoami(text, request: gr.Request):
    return f"{request.username} sent {text!r}"


with gr.Blocks(title="Behind a login") as members:
    text = gr.Textbox(label="text", elem_id="text")
    said = gr.Textbox(label="out")
    gr.Button("Send").click(whoami, text, said, api_name="whoami")

demo.queue(default_concurrency_limit=4)
app = FastAPI()
app = gr.mount_gradio_app(app, private_demo(), path="/private")
app = gr.mount_gradio_app(
    app,
    members,
    path="/members",
    auth=[("ada", "lovelace")],
    auth_message="Sign in with the <b>demo</b> account.",
)
app = gr.mount_gradio_app(app, demo, path="")
app.add_middleware(RequireToken, prefix="/private")
cors(app)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "7860")), log_level="warning")
