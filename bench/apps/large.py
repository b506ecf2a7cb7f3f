"""Bench: a large app of 500 blocks in rows and columns (textbox, button, markdown).

50 rows x (1 row + 3 columns + 3 x (textbox + button)) = 500 blocks, plus a closing
markdown marker the bench waits for. Tabs and accordions are not in the catalogue yet, so the
layout uses rows and columns only (add them here when they land).
"""
import os

import gradio as gr

ROWS = 50

with gr.Blocks(title="Large") as demo:
    for i in range(ROWS):
        with gr.Row():
            for j in range(3):
                with gr.Column():
                    gr.Textbox(label=f"t{i}-{j}", value=f"value {i}-{j}")
                    gr.Button(f"b{i}-{j}")
    gr.Markdown("END-OF-APP")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
