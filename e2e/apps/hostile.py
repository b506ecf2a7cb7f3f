"""A hostile app for the security specs: the XSS corpus's base vectors (hostile_payloads.json,
written from src/testing/xss-corpus.ts by e2e/hostile.spec.ts) in its title, description,
article, toasts, tab, accordion and button labels and examples; every payload reports its id if
it runs. Also a plain round trip and an event `js` transform, for the CSP and Trusted Types pages."""
import json
import os

import gradio as gr

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile_payloads.json")) as f:
    PAYLOADS = json.load(f)

TEXTS = [p["text"] for p in PAYLOADS]
ALL = "\n\n".join(TEXTS)
# One of each kind (script, handler, url, mxss, svg, math, css, clobber, template) and a few more.
SEEN = set()
LABELS = []
for p in PAYLOADS:
    if p["kind"] not in SEEN or len(LABELS) < 12 and p["kind"] in ("handler", "url", "mxss"):
        SEEN.add(p["kind"])
        LABELS.append(p["text"])


def greet(name):
    return "Hello " + name + "!"


def toasts():
    gr.Info(ALL)
    gr.Warning(ALL)
    return "toasts sent"


iface = gr.Interface(
    greet,
    gr.Textbox(label="visitor name"),
    gr.Textbox(label="greeting"),
    title=LABELS[0],
    description=ALL,
    article=ALL,
    examples=[[t] for t in LABELS],
    flagging_mode="never",
    submit_btn="Run greet",
)

with gr.Blocks(title=LABELS[0]) as demo:
    iface.render()
    upper_in = gr.Textbox(label="shout")
    upper_out = gr.Textbox(label="shouted")
    gr.Button("Shout").click(None, upper_in, upper_out, js="(x) => x.toUpperCase() + '!'")
    toast_out = gr.Textbox(label="toast status")
    gr.Button("Toasts").click(toasts, None, toast_out)
    with gr.Tabs():
        for i, label in enumerate(LABELS):
            with gr.Tab(label):
                gr.Markdown(f"tab {i}")
    for i, label in enumerate(LABELS):
        with gr.Accordion(label, open=i == 0):
            gr.Button(label)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
