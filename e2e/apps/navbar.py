"""gr.Navbar driving a multipage app's navigation: a renamed home page, an extra internal page
link and an external one, a hidden page, and a button that hides the navbar."""
import os

import gradio as gr

with gr.Blocks() as demo:
    navbar = gr.Navbar(
        value=[("Settings", "settings"), ("Gradio site", "https://www.gradio.app")],
        main_page_name="Dashboard",
        elem_id="main-navbar",
    )
    gr.Markdown("# Dashboard page")
    hide = gr.Button("Hide navbar")
    hide.click(lambda: gr.Navbar(visible=False), None, navbar)

with demo.route("Settings", "/settings"):
    gr.Markdown("# Settings page")
    gr.Textbox(label="Setting")

with demo.route("Secret", "/secret", show_in_navbar=False):
    gr.Markdown("# Secret page")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(os.environ.get("PORT", "7860")))
