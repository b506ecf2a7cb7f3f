"""A 100,000-row dataframe (as bench figure 8) whose select event reports its payload, and a
wide one (200 columns, two pinned) for sideways scrolling. The big value arrives through the
queue when the page loads (a config holding it takes the server seconds to answer, which fails
Gradio's own start-up check on a busy machine)."""
import json
import os

import gradio as gr
import pandas as pd

ROWS = 100_000

big = pd.DataFrame({"id": range(ROWS), "name": [f"row {i}" for i in range(ROWS)], "value": [i * 0.5 for i in range(ROWS)]})
wide = pd.DataFrame({f"c{j}": [f"{i}:{j}" for i in range(30)] for j in range(200)})


def on_select(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value, "row_value": evt.row_value})


with gr.Blocks(title="Big tables") as demo:
    table = gr.Dataframe(headers=["id", "name", "value"], label="Big", max_height=400, show_search="search", show_row_numbers=True)
    selected = gr.Textbox(label="Selected")
    table.select(on_select, None, selected)
    gr.Dataframe(value=wide, label="Wide", pinned_columns=2, max_height=300)
    demo.load(lambda: big, None, table)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
