"""A Blocks chat: messages holding files, media and components (gr.Image, gr.HTML, gr.Plot),
thoughts nested by id/parent_id, options, a reply carrying injected HTML, and every chatbot
event reported back by the server exactly as it received it."""
import io
import json
import math
import os
import struct
import tempfile
import wave
import zlib
from pathlib import Path

import gradio as gr
import plotly.graph_objects as go

ASSETS = Path(tempfile.mkdtemp(prefix="gradio-embed-chat-"))


def _png(width, height, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


IMAGE = ASSETS / "red.png"
IMAGE.write_bytes(_png(40, 30, (220, 30, 30)))
BLUE = ASSETS / "blue.png"
BLUE.write_bytes(_png(30, 30, (30, 30, 220)))
NOTES = ASSETS / "notes.txt"
NOTES.write_text("chat notes\n")
SOUND = ASSETS / "beep.wav"
with wave.open(str(SOUND), "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(8000)
    w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 5))) for i in range(4000)))


def plot():
    fig = go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2]))
    fig.update_layout(title="Bars")
    return gr.Plot(fig)


def showcase():
    return [
        {"role": "user", "content": "Show me **everything**"},
        {"role": "assistant", "content": "Here is code:\n\n```python\nprint('hi')\n```\n\nand math $$x^2$$"},
        {
            "role": "assistant",
            "content": "Looking things up",
            "metadata": {"title": "Using a tool", "id": "t1", "status": "done", "duration": 1.5, "log": "search"},
        },
        {
            "role": "assistant",
            "content": "Nested step output",
            "metadata": {"title": "Nested step", "id": "t2", "parent_id": "t1", "status": "done"},
        },
        {"role": "assistant", "content": "Still thinking", "metadata": {"title": "Pending thought", "status": "pending"}},
        {"role": "assistant", "content": {"path": str(IMAGE), "alt_text": "a red box"}},
        {"role": "assistant", "content": {"path": str(SOUND)}},
        {"role": "assistant", "content": {"path": str(NOTES)}},
        {"role": "assistant", "content": gr.Image(str(BLUE), label="Blue square")},
        {"role": "assistant", "content": gr.HTML("<p class='from-html'>HTML <b>component</b></p>")},
        {"role": "assistant", "content": plot()},
        {
            "role": "assistant",
            "content": "Pick one",
            "options": [{"value": "first", "label": "First option"}, {"value": "second"}],
        },
    ]


INJECTED = (
    'Reply with <img src="x-not-found.png" onerror="window.__pwned = 1" alt="bad"> '
    "and <script>window.__pwned = 2</script> and "
    '<a href="javascript:window.__pwned=3">a link</a> done'
)


def reply(message, history):
    history = history + [{"role": "user", "content": message}]
    if message == "inject":
        history.append({"role": "assistant", "content": INJECTED})
    else:
        history.append({"role": "assistant", "content": f"Echo: {message}"})
    return "", history


def report(kind):
    def inner(data: gr.EventData):
        payload = {"event": kind}
        for key in ("index", "value", "liked", "previous_value"):
            if hasattr(data, key):
                payload[key] = getattr(data, key)
        return json.dumps(payload, sort_keys=True)

    return inner


with gr.Blocks() as demo:
    chatbot = gr.Chatbot(
        label="Showcase",
        height=500,
        editable="all",
        feedback_options=["Like", "Dislike", "Too long"],
        buttons=["copy", "copy_all"],
        avatar_images=(None, str(BLUE)),
        placeholder="**Nothing yet**",
    )
    box = gr.Textbox(label="Message")
    received = gr.Textbox(label="Received")
    with gr.Row():
        fill = gr.Button("Show everything")
        clear_box = gr.Button("Empty chat")
    fill.click(showcase, None, chatbot)
    clear_box.click(lambda: [], None, chatbot)
    box.submit(reply, [box, chatbot], [box, chatbot])
    chatbot.like(report("like"), None, received)
    chatbot.select(report("select"), None, received)
    chatbot.option_select(report("option_select"), None, received)
    chatbot.edit(report("edit"), None, received)
    chatbot.retry(report("retry"), None, received)
    chatbot.undo(report("undo"), None, received)
    chatbot.copy(report("copy"), None, received)
    chatbot.clear(lambda: json.dumps({"event": "clear"}), None, received)

    examples_chat = gr.Chatbot(
        label="With examples",
        examples=[
            {"text": "Tell me a joke", "display_text": "Joke"},
            {"text": "Describe this", "files": [str(IMAGE)]},
        ],
        placeholder="Pick an example",
    )
    examples_chat.example_select(report("example_select"), None, received)


if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        allowed_paths=[str(ASSETS)],
    )
