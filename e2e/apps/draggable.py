"""gr.Draggable: a column of inputs and a row of groups, reorderable in the page. The values
stay with their blocks whatever the order; the function reports what each input holds."""
import os

import gradio as gr

with gr.Blocks() as demo:
    with gr.Draggable():
        first = gr.Textbox(label="First", value="one")
        second = gr.Textbox(label="Second", value="two")
        third = gr.Textbox(label="Third", value="three")
    with gr.Draggable(orientation="row"):
        with gr.Group():
            gr.Markdown("Card A")
        with gr.Group():
            gr.Markdown("Card B")
    out = gr.Textbox(label="Report")
    gr.Button("Report").click(lambda a, b, c: f"{a}|{b}|{c}", [first, second, third], out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
