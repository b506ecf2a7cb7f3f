"""gr.Dialogue: speakers, tags, a custom separator, color_map, the three ui_modes, and the
format/unformat server functions. Each function reports exactly what it received."""
import json
import os

import gradio as gr

LINES = [{"speaker": "Alice", "text": "Hi there"}, {"speaker": "Bob", "text": "Hello (laughs)"}]

with gr.Blocks() as demo:
    both = gr.Dialogue(
        label="Script",
        speakers=["Alice", "Bob"],
        tags=["(laughs)", "(sighs)", "(coughs)"],
        value=LINES,
        separator=" || ",
        buttons=["copy"],
        submit_btn="Send",
    )
    as_list = gr.Dialogue(label="As list", type="list", speakers=["Alice", "Bob"], ui_mode="dialogue")
    as_text = gr.Dialogue(label="Plain only", ui_mode="text", tags=["(laughs)"])
    shown = gr.Dialogue(
        label="Shown",
        speakers=["Alice", "Bob"],
        color_map={"Alice": "#ffcccc"},
        interactive=False,
    )
    received = gr.Textbox(label="Received")
    submitted = gr.Textbox(label="Submitted")

    both.submit(lambda d: f"submit({d!r})", both, submitted)
    gr.Button("Send script").click(lambda d: repr(d), both, received)
    gr.Button("Send list").click(lambda d: json.dumps(d), as_list, received)
    gr.Button("Send plain").click(lambda d: repr(d), as_text, received)
    gr.Button("Show lines").click(
        lambda: [{"speaker": "Alice", "text": "Shown one"}, {"speaker": "Bob", "text": "Shown two"}],
        None,
        shown,
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
