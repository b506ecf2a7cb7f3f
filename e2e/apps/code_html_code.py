"""gr.Code as an editor and as highlighted output: every Python function reports exactly what it
received (json.dumps), so the tests can check the editor's text to the character."""
import json
import os

import gradio as gr

START = "def add(a, b):\n    return a + b"

with gr.Blocks() as demo:
    editor = gr.Code(START, language="python", label="Editor", interactive=True)
    with gr.Row():
        send = gr.Button("Send code")
        to_js = gr.Button("Switch to JavaScript")
        generate = gr.Button("Generate output")
    received = gr.Textbox(label="Received code")
    events = gr.Textbox(label="Editor events")
    output = gr.Code(language="python", label="Output")
    empty = gr.Code(language="json", label="Empty output")
    sized = gr.Code(
        "\n".join(f"line {i}" for i in range(1, 31)),
        language="yaml",
        label="Sized",
        lines=3,
        max_lines=6,
        show_line_numbers=False,
        wrap_lines=True,
        buttons=["copy"],
    )

    send.click(lambda code: json.dumps(code), editor, received)
    to_js.click(
        lambda: gr.Code("const answer = 42;", language="javascript"), None, editor
    )
    generate.click(
        lambda: 'class Greeter:\n    """Says hello."""\n    def hi(self):\n        return "hello"',
        None,
        output,
    )
    # Each focus and blur appends its name to what the box already says (per browser session).
    editor.focus(lambda seen: f"{seen} focus".strip(), events, events)
    editor.blur(lambda seen: f"{seen} blur".strip(), events, events)
    editor.input(lambda code: json.dumps(code), editor, gr.Textbox(label="Input event"))

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
