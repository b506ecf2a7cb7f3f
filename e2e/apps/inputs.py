"""Every form input, each wired to a function that reports exactly what Python received (repr),
select / key_up / release / submit / focus / blur handlers that report their event data, a
server update that changes values and choices, and a button that sends values the inputs
cannot show. (The 6.x SimpleDropdown and SimpleTextbox are in inputs_simple.py: the official page
cannot load them, and this app is compared with the official page.)"""
import json
import os

import gradio as gr


def reporter(name):
    def report(value):
        return f"{name}: {value!r}"

    return report


def selected(name):
    def report(evt: gr.SelectData):
        return f"{name} select: " + json.dumps(
            {"index": evt.index, "value": evt.value, "selected": evt.selected}
        )

    return report


def key_up(evt: gr.KeyUpData):
    return "key_up: " + json.dumps({"key": evt.key, "input_value": evt.input_value})


def event(label):
    def report(value=None):
        return f"{label}: {value!r}"

    return report


def server_update():
    return (
        gr.Number(value=42),
        gr.Slider(value=7.5),
        gr.Checkbox(value=True),
        gr.CheckboxGroup(choices=[("Kiwi", "k"), ("Lime", "l")], value=["l"]),
        gr.Radio(choices=["north", "south"], value="south"),
        gr.Dropdown(choices=["delta", "epsilon"], value="epsilon"),
        gr.Dropdown(value=[1, 3]),
        gr.ColorPicker(value="#00ff00"),
        gr.DateTime(value="2030-05-06"),
    )


def bad_values():
    return (
        gr.Number(value="not a number"),
        gr.CheckboxGroup(value=["zzz"]),
        gr.Radio(value="purple"),
        gr.Dropdown(value="omega"),
        gr.ColorPicker(value="blue-ish"),
        "still working",
    )


def check(number, slider, fruits, single):
    return [
        gr.validate(number is not None and number <= 50, "Keep it at most 50"),
        gr.validate(slider >= 1, "Slide to 1 or more"),
        gr.validate(len(fruits) > 0, "Pick a fruit"),
        gr.validate(single != "beta", "Anything but beta"),
    ]


with gr.Blocks(title="Inputs") as demo:
    with gr.Row():
        number = gr.Number(label="Number", minimum=0, maximum=100, step=0.5, value=5, info="0 to 100")
        number_empty = gr.Number(label="Empty number", placeholder="Type a number", value=None)
        number_int = gr.Number(label="Integer", precision=0, value=2)
    slider = gr.Slider(0, 10, value=3, step=0.5, label="Slider", buttons=["reset"])
    checkbox = gr.Checkbox(label="Agree", info="Tick to agree")
    fruits = gr.CheckboxGroup(
        choices=[("Apple", "a"), ("Banana", "b"), ("Cherry", "c")],
        label="Fruits",
        show_select_all=True,
    )
    radio = gr.Radio(choices=["red", "green", ("Blue sky", "blue")], label="Colour name")
    radio_num = gr.Radio(choices=[("One", 1), ("Two", 2)], label="Numbered", value=1, rtl=True)
    with gr.Row():
        single = gr.Dropdown(choices=["alpha", "beta", "gamma"], label="Single", value="alpha")
        multi = gr.Dropdown(
            choices=[("One", 1), ("Two", 2), ("Three", 3)],
            multiselect=True,
            max_choices=2,
            label="Multi",
            value=[],
        )
        custom = gr.Dropdown(choices=["x", "y"], allow_custom_value=True, label="Custom", value="x")
        fixed = gr.Dropdown(choices=["low", "high"], filterable=False, label="Fixed", value="low")
    color = gr.ColorPicker(label="Colour", value="#ff0000")
    date = gr.DateTime(label="Date", include_time=False, type="string", value="2024-01-01")
    when = gr.DateTime(label="When", include_time=True, type="timestamp", timezone="UTC", value=1704110400)
    with gr.Row():
        received = gr.Textbox(label="Received")
        events_out = gr.Textbox(label="Event")
    with gr.Row():
        update_btn = gr.Button("Server update")
        bad_btn = gr.Button("Bad values")
        report_btn = gr.Button("Report all")
        validate_btn = gr.Button("Validate")
    alive = gr.Textbox(label="Alive")
    everything = gr.Textbox(label="Everything")

    named = [
        (number, "number"),
        (number_empty, "number_empty"),
        (number_int, "number_int"),
        (slider, "slider"),
        (checkbox, "checkbox"),
        (fruits, "fruits"),
        (radio, "radio"),
        (radio_num, "radio_num"),
        (single, "single"),
        (multi, "multi"),
        (custom, "custom"),
        (fixed, "fixed"),
        (color, "color"),
    ]
    for component, name in named:
        component.input(reporter(name), component, received)
    # DateTime has no input event: its change reports what it received.
    date.change(reporter("date"), date, received)
    when.change(reporter("when"), when, received)

    for component, name in [
        (checkbox, "checkbox"),
        (fruits, "fruits"),
        (radio, "radio"),
        (radio_num, "radio_num"),
        (single, "single"),
        (multi, "multi"),
        (custom, "custom"),
    ]:
        component.select(selected(name), None, events_out)
    single.key_up(key_up, None, events_out)
    custom.key_up(key_up, None, events_out)
    slider.release(event("release"), slider, events_out)
    color.release(event("color release"), color, events_out)
    number.submit(event("number submit"), number, events_out)
    color.submit(event("color submit"), color, events_out)
    date.submit(event("date submit"), date, events_out)
    number.focus(event("number focus"), None, events_out)
    number.blur(event("number blur"), None, events_out)
    single.focus(event("single focus"), None, events_out)
    single.blur(event("single blur"), None, events_out)
    color.focus(event("color focus"), None, events_out)
    color.blur(event("color blur"), None, events_out)

    update_btn.click(
        server_update,
        None,
        [number, slider, checkbox, fruits, radio, single, multi, color, date],
    )
    bad_btn.click(bad_values, None, [number, fruits, radio, single, color, alive])
    validate_btn.click(
        lambda *values: "validated", [number, slider, fruits, single], alive, validator=check
    )
    all_inputs = [c for c, _ in named] + [date, when]
    report_btn.click(
        lambda *values: repr(values),
        all_inputs,
        everything,
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
