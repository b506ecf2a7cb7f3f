"""gr.HTML: server values, templates with props, js_on_load calling trigger() and the server,
scoped css_template, and a <script> inside a value. Handlers report what they received."""
import json
import os

import gradio as gr

SCRIPT_VALUE = (
    "<p class='after-script'>After the script</p>"
    "<script>window.__htmlValueScriptRan = (window.__htmlValueScriptRan || 0) + 1;</script>"
)

COUNTER_JS = """
element.addEventListener('click', (event) => {
  if (event.target.closest('.plus')) props.value = props.value + 1;
  if (event.target.closest('.go')) trigger('click', { n: props.value, color: props.color });
});
watch('color', () => { element.dataset.watched = (Number(element.dataset.watched || 0) + 1).toString(); });
"""

SERVER_JS = """
element.querySelector('.ask').addEventListener('click', async () => {
  const answer = await server.shout(element.querySelector('input').value);
  element.querySelector('.answer').textContent = answer;
});
"""


def shout(text):
    return text.upper() + "!"


with gr.Blocks() as demo:
    plain = gr.HTML("<p class='initial'>Initial <b>HTML</b></p>", label="Plain")
    update = gr.Button("Update HTML")
    scripted = gr.HTML(SCRIPT_VALUE)
    counter = gr.HTML(
        value=3,
        html_template=(
            "<div class='counter'>Count: <span class='count'>${value}</span>"
            "{{#if big}} <b class='big'>big</b>{{/if}}"
            " <span class='color'>{{color}}</span>"
            "<ul>{{#each items}}<li>{{@index}}:{{this}}</li>{{/each}}</ul>"
            "<button class='plus'>Plus</button><button class='go'>Go</button></div>"
        ),
        css_template=".counter { color: ${color === 'red' ? 'rgb(200, 0, 0)' : 'rgb(0, 0, 200)'}; } p { color: rgb(1, 2, 3); }",
        js_on_load=COUNTER_JS,
        color="red",
        big=False,
        items=["a", "b"],
        elem_id="counter",
    )
    recolor = gr.Button("Recolor")
    clicked = gr.Textbox(label="Clicked with")
    changed = gr.Textbox(label="Counter value")
    asker = gr.HTML(
        html_template="<input value='hello'><button class='ask'>Ask</button><span class='answer'></span>",
        js_on_load=SERVER_JS,
        server_functions=[shout],
    )
    other = gr.HTML("<p class='other'>Another block</p>")
    boxed = gr.HTML(
        "<p>Boxed</p>", label="Boxed", show_label=True, container=True, padding=True,
        min_height=120, max_height=200,
    )

    update.click(lambda: "<p class='updated'>Updated <b>42</b></p>", None, plain)
    recolor.click(
        lambda: gr.HTML(color="blue", big=True, items=["x", "y", "z"]), None, counter
    )

    def on_click(evt: gr.EventData):
        return json.dumps(evt._data, sort_keys=True)

    counter.click(on_click, None, clicked)
    counter.change(lambda v: json.dumps(v), counter, changed)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
