"""A gr.Interface mounted under /gradio on a FastAPI app, served by uvicorn: `src` must keep
the sub-path."""
import os

import gradio as gr
import uvicorn
from fastapi import FastAPI


def greet(name):
    return "Hello " + name + "!"


app = FastAPI()


@app.get("/")
def home():
    return {"app": "the gradio app is under /gradio"}


demo = gr.Interface(greet, "textbox", "textbox", title="Mounted greeter")
app = gr.mount_gradio_app(app, demo, path="/gradio")

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "7860")), log_level="warning")
