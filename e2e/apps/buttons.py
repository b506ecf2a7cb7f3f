"""The template buttons: ClearButton (text, State), DeepLinkButton, DuplicateButton and
LoginButton.

Hugging Face OAuth cannot run here (it needs `gradio[oauth]` and a Hugging Face login), so the
app replaces Gradio's OAuth routes with a stand-in before any block is made: /login/huggingface
and /logout set or clear a `fake_hf_user` cookie and show a small page, and each request's
session is read from that cookie. The LoginButton's own events (its js and its load-time status
check) are Gradio's, unchanged.

DuplicateButton only binds its click on a Space; SYSTEM/SPACE_ID are set while it is made.
"""
import os
import time

import gradio as gr
from versions import MAJOR
import gradio.routes
from fastapi.responses import HTMLResponse


def fake_attach_oauth(app):
    @app.middleware("http")
    async def session_from_cookie(request, call_next):
        user = request.cookies.get("fake_hf_user")
        request.scope["session"] = (
            {"oauth_info": {"userinfo": {"preferred_username": user}, "expires_at": time.time() + 3600}}
            if user
            else {}
        )
        return await call_next(request)

    @app.get("/login/huggingface")
    def login(_target_url: str = "/"):
        response = HTMLResponse(f"<p id=signed-in>Signed in (target {_target_url})</p>")
        response.set_cookie("fake_hf_user", "ada", samesite="none", secure=True)
        return response

    @app.get("/logout")
    def logout(_target_url: str = "/"):
        response = HTMLResponse(f"<p id=signed-out>Signed out (target {_target_url})</p>")
        response.delete_cookie("fake_hf_user", samesite="none", secure=True)
        return response


gradio.routes.attach_oauth = fake_attach_oauth


def report(text, count):
    return f"text={text!r} count={count!r}"


with gr.Blocks() as demo:
    text = gr.Textbox(label="Text")
    count = gr.State(7)
    bump = gr.Button("Bump")
    bump.click(lambda c: c + 1, count, count)
    output = gr.Textbox(label="Report")
    gr.Button("Report").click(report, [text, count], output)
    gr.ClearButton([text, count, output], value="Clear all")

    with gr.Row():
        if MAJOR >= 5:  # gr.DeepLinkButton arrived in 5.x
            gr.DeepLinkButton()
        os.environ.update(SYSTEM="spaces", SPACE_ID="gradio-embed/buttons-demo")
        try:
            gr.DuplicateButton()
        finally:
            del os.environ["SYSTEM"], os.environ["SPACE_ID"]
        gr.LoginButton()

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
