"""gr.Examples in every form: a paginated table of several inputs, run_on_click, eagerly and
lazily cached examples, a one-input gallery, example_labels, a forced table layout, and a
gr.Dataset used directly (its click/select payloads reported)."""
import json
import os

import gradio as gr


def combine(a, b):
    return f"combine({a!r}, {b!r})"


def shout(text):
    return f"shout({text!r})"


with gr.Blocks() as demo:
    # A table of two inputs, three samples a page (seven samples: three pages).
    with gr.Row():
        first = gr.Textbox(label="First")
        second = gr.Textbox(label="Second")
    gr.Examples(
        examples=[[f"a{i}", f"b{i}"] for i in range(7)],
        inputs=[first, second],
        examples_per_page=3,
        label="Paged examples",
    )

    # run_on_click: a click loads the sample and runs fn.
    with gr.Row():
        roc_in = gr.Textbox(label="Run input")
        roc_out = gr.Textbox(label="Run output")
    gr.Examples(
        examples=[["hello"], ["world"]],
        inputs=[roc_in],
        outputs=[roc_out],
        fn=shout,
        run_on_click=True,
        label="Run on click",
    )

    # Eagerly cached: the output comes from the server's cache.
    with gr.Row():
        cache_a = gr.Textbox(label="Cached A")
        cache_b = gr.Textbox(label="Cached B")
        cache_out = gr.Textbox(label="Cached output")
    gr.Examples(
        examples=[["x", "y"], ["p", "q"]],
        inputs=[cache_a, cache_b],
        outputs=[cache_out],
        fn=combine,
        cache_examples=True,
        label="Cached examples",
    )

    # Lazily cached: computed on the first click, served from the cache after.
    with gr.Row():
        lazy_in = gr.Textbox(label="Lazy input")
        lazy_out = gr.Textbox(label="Lazy output")
    gr.Examples(
        examples=[["lazy one"], ["lazy two"]],
        inputs=[lazy_in],
        outputs=[lazy_out],
        fn=shout,
        cache_examples=True,
        cache_mode="lazy",
        label="Lazy examples",
    )

    # One input: a gallery of cards; with example_labels the cards show the labels.
    with gr.Row():
        gallery_in = gr.Textbox(label="Gallery input")
        labelled_in = gr.Textbox(label="Labelled input")
    gr.Examples(examples=["cat", "dog", "bird"], inputs=gallery_in, label="Gallery examples")
    gr.Examples(
        examples=[["long value one"], ["long value two"]],
        inputs=[labelled_in],
        example_labels=["First label", "Second label"],
        label="Labelled examples",
    )

    # gr.Dataset used directly, as a table, its events reported as the server got them.
    dataset = gr.Dataset(
        components=[gr.Textbox(visible=False, label="Name"), gr.Textbox(visible=False, label="Note")],
        samples=[["n0", "note 0"], ["n1", "note 1"]],
        layout="table",
        type="index",
        label="Direct dataset",
    )
    dataset_report = gr.Textbox(label="Dataset report")

    def on_click(index):
        return f"click({index!r})"

    def on_select(index, evt: gr.SelectData):
        return json.dumps({"input": index, "index": evt.index, "value": evt.value})

    dataset.click(on_click, dataset, dataset_report)
    select_report = gr.Textbox(label="Select report")
    dataset.select(on_select, dataset, select_report)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
