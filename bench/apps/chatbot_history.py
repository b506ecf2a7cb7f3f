"""Bench: a chatbot that already holds 50 long Markdown messages, then streams 2,000 tokens for
any message (figure 7b): what a long LLM conversation costs each new token."""
import os
import time

import gradio as gr

TOKENS = 2000


def long_message(i):
    return f"""## Answer {i}: a long Markdown reply

Here is **bold**, *italic*, `inline code` and a [link](https://example.com/{i}).

1. First point of message {i}, with enough words to wrap onto a second line in the chat.
2. Second point, also long enough to matter for layout and for the Markdown parser.
3. Third point.

```python
def answer_{i}(x):
    # A code block the renderer highlights.
    return [x * n for n in range({i} + 3)]
```

| column | value |
|---|---|
| a | {i} |
| b | {i * 2} |

> A quoted paragraph closes message {i}, so every kind of block is in the history.
"""


HISTORY = []
for i in range(50):
    role = "user" if i % 2 == 0 else "assistant"
    HISTORY.append({"role": role, "content": f"Question {i}: tell me more." if role == "user" else long_message(i)})


def respond(message, history):
    out = ""
    for i in range(TOKENS):
        out += f"tok{i} "
        time.sleep(0.001)
        yield out


demo = gr.ChatInterface(respond, chatbot=gr.Chatbot(value=HISTORY, height=600), title="Long history")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
