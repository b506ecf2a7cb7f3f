"""Labels translated with gr.I18n, resolved in the browser's language."""
import os

import gradio as gr

i18n = gr.I18n(
    en={"name": "Your name", "greet": "Greet", "title": "Greeter"},
    fr={"name": "Votre nom", "greet": "Saluer", "title": "Salutations"},
)

with gr.Blocks(title=i18n("title")) as demo:
    name = gr.Textbox(label=i18n("name"))
    out = gr.Textbox(label="Output")
    gr.Button(i18n("greet")).click(lambda n: f"Bonjour {n}", name, out)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")), i18n=i18n)
