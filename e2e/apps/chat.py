"""A streaming gr.ChatInterface as LLM demos build it: additional inputs in their accordion,
examples, editable user messages, manual flagging (like/dislike saved by the server), saved
history. Its reply states what the function received (message, history length, temperature),
the server records whether a stream ran to its end or was cancelled, and listeners report the
like / retry / undo / edit payloads exactly as the server got them."""
import asyncio
import json
import os
import tempfile
from pathlib import Path

import gradio as gr

FLAG_DIR = Path(tempfile.mkdtemp(prefix="gradio-embed-chat-flags-"))
STATE = {"runs": 0, "finished": 0, "cancelled": 0, "last_token": None, "reads": 0}


async def respond(message, history, temperature):
    STATE["runs"] += 1
    if message.startswith("slow"):
        out = ""
        done = False
        try:
            for i in range(300):
                # Paragraphs, so the reply soon outgrows the chat's height.
                out += f"w{i} " + ("\n\n" if i % 10 == 9 else "")
                STATE["last_token"] = i
                await asyncio.sleep(0.05)
                yield out
            done = True
        finally:
            if done:
                STATE["finished"] += 1
            else:
                STATE["cancelled"] += 1
        return
    reply = f"You said: {message} | history {len(history)} | temperature {temperature}"
    out = ""
    for word in reply.split(" "):
        out += word + " "
        await asyncio.sleep(0.01)
        yield out.strip()
    STATE["finished"] += 1


def server_state():
    STATE["reads"] += 1
    return json.dumps(STATE, sort_keys=True)


def flags():
    rows = []
    for csv in sorted(FLAG_DIR.rglob("*.csv")):
        rows.append(csv.read_text())
    return "\n".join(rows)


def report(kind):
    def inner(data: gr.EventData):
        payload = {"event": kind}
        for key in ("index", "value", "liked", "previous_value"):
            if hasattr(data, key):
                payload[key] = getattr(data, key)
        return json.dumps(payload, sort_keys=True)

    return inner


with gr.Blocks() as demo:
    chat = gr.ChatInterface(
        respond,
        additional_inputs=[gr.Slider(0, 1, value=0.5, step=0.1, label="Temperature", render=False)],
        examples=[["Hello there"], ["slow story"]],
        editable=True,
        flagging_mode="manual",
        flagging_dir=str(FLAG_DIR),
        save_history=True,
        title="Chat test",
    )
    with gr.Row():
        received = gr.Textbox(label="Received")
        state_box = gr.Textbox(label="Server state")
        flag_box = gr.Textbox(label="Flags")
    with gr.Row():
        gr.Button("Read server state").click(server_state, None, state_box)
        gr.Button("Read flags").click(flags, None, flag_box)
    chat.chatbot.like(report("like"), None, received)
    chat.chatbot.retry(report("retry"), None, received)
    chat.chatbot.undo(report("undo"), None, received)
    chat.chatbot.edit(report("edit"), None, received)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
