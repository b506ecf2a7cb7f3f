"""gr.TabbedInterface of two Interfaces, each with its own examples."""
import os

import gradio as gr
from versions import flagging

upper = gr.Interface(
    lambda s: f"upper({s!r})",
    gr.Textbox(label="Upper input"),
    gr.Textbox(label="Upper output"),
    examples=[["abc"], ["xyz"]],
    **flagging("never"),
)
reverse = gr.Interface(
    lambda s: f"reverse({s!r})",
    gr.Textbox(label="Reverse input"),
    gr.Textbox(label="Reverse output"),
    examples=[["hello"]],
    **flagging("never"),
)
demo = gr.TabbedInterface([upper, reverse], ["Upper", "Reverse"], title="Two tools")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
