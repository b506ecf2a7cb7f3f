"""Every block type the running Gradio has, each made with its defaults, in one app: the
compatibility spec renders it natively and records which types we draw on this version."""
import inspect
import os

import gradio as gr
from gradio.blocks import Block, BlockContext


def needs_arguments(name):
    """The few classes that cannot be made without arguments."""
    if name == "Dataset":
        return gr.Dataset(components=[gr.Textbox(render=False)], samples=[["a"]])
    if name == "FileExplorer":
        return gr.FileExplorer(root_dir=os.path.dirname(__file__))
    if name == "ParamViewer":
        return gr.ParamViewer(value={"x": {"type": "int", "description": "", "default": "1"}})
    return None


def block_classes():
    """gr.X block classes, one per config type (aliases such as gr.Text share gr.Textbox's)."""
    seen = set()
    for name, cls in sorted(vars(gr).items()):
        if not inspect.isclass(cls) or not issubclass(cls, Block) or inspect.isabstract(cls):
            continue
        if issubclass(cls, gr.Blocks) or cls.__module__.startswith("gradio.blocks"):
            continue
        # The login buttons need gradio[oauth], which the test venvs leave out.
        if cls in seen or name in ("LoginButton", "LogoutButton"):
            continue
        seen.add(cls)
        yield name, cls


made, skipped = [], []
with gr.Blocks(title="Catalogue") as demo:
    for name, cls in block_classes():
        try:
            if issubclass(cls, BlockContext):
                if name in ("Tab", "TabItem", "Step"):
                    continue  # made inside Tabs and Walkthrough below
                if name == "Tabs":
                    with gr.Tabs():
                        with gr.Tab("A"):
                            gr.Markdown("in a tab")
                elif name == "Walkthrough":
                    with gr.Walkthrough():
                        with gr.Step("One"):
                            gr.Markdown("in a step")
                else:
                    with cls():
                        gr.Markdown(f"in {name}")
            else:
                needs_arguments(name) or cls()
            made.append(name)
        except Exception as error:  # a class that is not a user-facing block on this version
            skipped.append(f"{name}: {type(error).__name__}: {error}".splitlines()[0])

if __name__ == "__main__":
    print("catalogue made:", ", ".join(made))
    print("catalogue skipped:", *skipped, sep="\n  ")
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
