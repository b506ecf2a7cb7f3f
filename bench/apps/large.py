"""Bench: a large app of about 550 blocks across tabs, accordions, rows and columns.

The first tab holds 10 open accordions of 5 rows x 3 columns x (textbox + button): the 150
fields the bench waits for. Two more tabs hold 2 such rows each (Gradio's own frontend mounts
an inactive tab's blocks only when it is opened; ours renders them hidden at once). A closing
markdown marker outside the tabs is the last block.
"""
import os

import gradio as gr


def rows(prefix, count):
    for i in range(count):
        with gr.Row():
            for j in range(3):
                with gr.Column():
                    gr.Textbox(label=f"{prefix}{i}-{j}", value=f"value {i}-{j}")
                    gr.Button(f"b{prefix}{i}-{j}")


with gr.Blocks(title="Large") as demo:
    with gr.Tabs():
        with gr.Tab("Main"):
            for a in range(10):
                with gr.Accordion(f"Section {a}", open=True):
                    rows(f"t{a}-", 5)
        for name in ("Second", "Third"):
            with gr.Tab(name):
                rows(f"{name[0]}", 2)
    gr.Markdown("END-OF-APP")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
