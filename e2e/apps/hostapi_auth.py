"""An app launched with auth=: the embed shows its sign-in form, posts to /login, then runs."""
import os

import gradio as gr


def whoami(text, request: gr.Request):
    return f"{request.username} sent {text!r}"


with gr.Blocks(title="Behind a login") as demo:
    text = gr.Textbox(label="text", elem_id="text")
    out = gr.Textbox(label="out")
    gr.Button("Send").click(whoami, text, out, api_name="whoami")

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        auth=[("ada", "lovelace")],
        auth_message="Sign in with the <b>demo</b> account.",
    )
