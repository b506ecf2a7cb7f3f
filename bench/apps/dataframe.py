"""Bench: a 100,000-row dataframe (figure 8)."""
import os

import gradio as gr
import pandas as pd

ROWS = 100_000

df = pd.DataFrame({"id": range(ROWS), "name": [f"row {i}" for i in range(ROWS)], "value": [i * 0.5 for i in range(ROWS)]})

with gr.Blocks(title="Table") as demo:
    gr.Dataframe(value=df, max_height=500)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
