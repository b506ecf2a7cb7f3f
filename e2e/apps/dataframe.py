"""Dataframes: an editable table whose every event reports what Python received (the DataFrame
itself, SelectData, EditData), tables of each datatype, a pandas Styler, fixed and limited
sizes, search and filter, and one block whose server sends a value of the wrong shape."""
import json
import os

import gradio as gr
import numpy as np
import pandas as pd


def describe(df: pd.DataFrame) -> str:
    """What the function got: columns, rows and each column's dtype."""
    return json.dumps(
        {
            "headers": [str(c) for c in df.columns],
            "data": json.loads(df.to_json(orient="values")),
            "dtypes": [str(t) for t in df.dtypes],
        }
    )


def on_select(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value, "row_value": evt.row_value, "col_value": evt.col_value})


def on_edit(evt: gr.EditData):
    return json.dumps({"index": evt.index, "value": evt.value, "previous_value": evt.previous_value})


PEOPLE = pd.DataFrame(
    {"name": ["Ada", "Grace", "Alan"], "age": [36, 85, 41], "member": [True, False, True]}
)
STYLED = (
    pd.DataFrame({"item": ["apple", "pear", "fig"], "price": [1.5, 0.25, 3.0]})
    .style.format({"price": "${:.2f}"})
    .map(lambda v: "background-color: rgb(254, 202, 202)" if v > 2 else "", subset=["price"])
)
TYPES = pd.DataFrame(
    {
        "text": ["plain <b>not bold</b>", "second"],
        "md": ["**bold** and $$x^2$$", "[a link](https://www.gradio.app)"],
        "html": ["<em>emphasis</em><img src=x onerror=alert(1)>", "<span style='color: red'>red</span>"],
        "num": [3.14159, 42],
        "flag": [True, False],
        "when": ["2024-01-02", "2023-12-31"],
    }
)
SCORES = pd.DataFrame(
    {"city": ["Paris", "Lyon", "Nice", "Lille", "Paris"], "year": [2020, 2021, 2020, 2021, 2021], "score": [5, 3, 4, 3, 1]}
)

with gr.Blocks(title="Dataframes") as demo:
    people = gr.Dataframe(
        PEOPLE, label="People", datatype=["str", "number", "bool"], interactive=True, show_row_numbers=True
    )
    with gr.Row():
        received = gr.Textbox(label="Received")
        selected = gr.Textbox(label="Selected")
        edited = gr.Textbox(label="Edited")
    people.input(describe, people, received)
    people.select(on_select, None, selected)
    people.edit(on_edit, None, edited)

    styled = gr.Dataframe(STYLED, label="Styled", interactive=False)
    types = gr.Dataframe(
        TYPES, label="Types", datatype=["str", "markdown", "html", "number", "bool", "date"], interactive=False
    )
    scores = gr.Dataframe(SCORES, label="Scores", interactive=False, show_search="search")
    filtered = gr.Dataframe(SCORES, label="Filtered", interactive=True, show_search="filter")
    filtered_out = gr.Textbox(label="Filtered received")
    filtered.input(describe, filtered, filtered_out)
    fixed = gr.Dataframe(
        [[1, 2], [3, 4]], headers=["a", "b"], label="Fixed", interactive=True, row_count=(2, "fixed"), static_columns=[0]
    )
    matrix = gr.Dataframe(np.arange(6).reshape(2, 3), label="Matrix", interactive=False)
    broken = gr.Dataframe(label="Broken", interactive=False)
    # Sends whatever it is given, as a broken or foreign server might.
    broken.postprocess = lambda value: value
    break_btn = gr.Button("Break the table")
    break_btn.click(lambda: {"headers": ["a"], "data": "not rows"}, None, broken)
    fill_btn = gr.Button("Fill from Python")
    fill_btn.click(lambda: pd.DataFrame({"x": [10, 20], "y": ["p", "q"]}), None, people)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
