"""Markdown and Textbox in full: LaTeX (default, inline and custom delimiters), highlighted code
in two languages with copy buttons, header links, a table, sanitized and allowed HTML; textboxes
with a copy button, submit/stop buttons on a slow generator (the server records the
cancellation), autosize, select and copy events. Every function reports what it received."""
import asyncio
import json
import os

import gradio as gr

DOC = r"""
# Markdown tour

Inline math $e^{i\pi} + 1 = 0$ and custom \(a_1 + b_2\) delimiters; display math:

$$
\int_0^1 x^2 \, dx = \frac{1}{3}
$$

## Code samples

```python
def greet(name: str) -> str:
    return f"Hello {name}"
```

```javascript
const answer = 42;
console.log(`answer is ${answer}`);
```

Inline `code` and a price of 5 dollars.

## Table

| name | value |
|------|-------|
| alpha | 1 |
| beta | 2 |

### Links and HTML

Jump to [the table](#h-table) or visit [Gradio](https://www.gradio.app).

<span style="color: rgb(200, 0, 0)" class="allowed-html">allowed styled span</span>

<img src="x" onerror="globalThis.__mdXss = 1" alt="bad image">

<script>globalThis.__mdScript = 1</script>

<iframe src="https://example.com" class="bad-frame"></iframe>

<a href="javascript:globalThis.__mdJs = 1">bad link</a>

<thinking>custom tag content</thinking> after custom tag
"""

UNSAFE = '<span class="raw-span" onclick="globalThis.__rawClick = 1">raw</span> <iframe class="raw-frame"></iframe>'

CANCELLED: list[str] = []


async def slow_echo(text):
    try:
        lines = []
        for i in range(40):
            lines.append(f"{text} {i}")
            yield "\n".join(lines)
            await asyncio.sleep(0.25)
        CANCELLED.append("completed")
    # Gradio stops the task either way: cancelled while it sleeps, or closed while it waits at a
    # yield (GeneratorExit); which one depends on when the cancel request lands.
    except (asyncio.CancelledError, GeneratorExit):
        CANCELLED.append("cancelled")
        raise


def cancellation_report():
    return json.dumps(CANCELLED)


def report(value):
    return repr(value)


def select_report(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value})


def copy_report(evt: gr.CopyData):
    return json.dumps({"value": evt.value})


with gr.Blocks(title="Markdown and text") as demo:
    md = gr.Markdown(
        DOC,
        latex_delimiters=[
            {"left": "$$", "right": "$$", "display": True},
            {"left": "$", "right": "$", "display": False},
            {"left": "\\(", "right": "\\)", "display": False},
        ],
        header_links=True,
        buttons=["copy"],
        elem_id="tour",
    )
    default_md = gr.Markdown(
        "Default delimiters: $$x^2$$ but not $y$", elem_id="default-delims"
    )
    raw_md = gr.Markdown(UNSAFE, sanitize_html=False, elem_id="unsanitized")
    breaks_md = gr.Markdown(
        "first line\nsecond line", line_breaks=True, rtl=True, elem_id="breaks", container=True, padding=True
    )
    tall_md = gr.Markdown("\n\n".join(f"Paragraph {i}" for i in range(30)), max_height=120, elem_id="tall")
    md_copy = gr.Textbox(label="markdown copy")
    md.copy(copy_report, None, md_copy)

    with gr.Row():
        prompt = gr.Textbox(
            label="prompt",
            submit_btn="Send",
            stop_btn="Stop",
            placeholder="type and send",
        )
        streamed = gr.Textbox(label="streamed", lines=2, max_lines=4, buttons=["copy"], autoscroll=True)
    received = gr.Textbox(label="received")
    cancel_log = gr.Textbox(label="cancel log")
    gr.Button("Check cancellation").click(cancellation_report, None, cancel_log)

    run = prompt.submit(slow_echo, prompt, streamed)
    prompt.stop(None, None, None, cancels=[run])

    auto = gr.Textbox(label="autosize", lines=2, max_lines=5, elem_id="autosize")
    shaped = gr.Textbox(
        label="shaped",
        text_align="right",
        max_length=10,
        html_attributes=gr.InputHTMLAttributes(spellcheck=False, autocomplete="off", lang="fr"),
    )
    select_out = gr.Textbox(label="select report")
    copy_out = gr.Textbox(label="copy report")
    auto.select(select_report, None, select_out)
    streamed.copy(copy_report, None, copy_out)
    shaped.input(report, shaped, received, trigger_mode="always_last")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
