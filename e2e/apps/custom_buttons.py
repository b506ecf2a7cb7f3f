"""6.x custom gr.Button entries in a block's `buttons` toolbar run that button's listeners."""
import os

import gradio as gr

with gr.Blocks() as demo:
    shout = gr.Button("Shout", render=False)
    count = gr.Button("Count", render=False)
    text = gr.Textbox(label="Text", value="hello", buttons=["copy", shout])
    code = gr.Code(label="Code", value="x = 1", language="python", buttons=[count])
    out = gr.Textbox(label="Out")
    shout.click(lambda t: t.upper(), text, text)
    count.click(lambda c: str(len(c)), code, out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
