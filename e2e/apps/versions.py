"""What an e2e app needs to know about the Gradio it runs on: the tests start the same apps on
Gradio 6, 5 and 4, and an app leaves out what its Gradio lacks (the tests that need it skip)."""
import gradio as gr

MAJOR = int(gr.__version__.split(".")[0])


def app_args(**kwargs):
    """theme, css, js and head: gr.Blocks(...) arguments before 6.0, launch(...) arguments since.
    Returns (blocks_kwargs, launch_kwargs)."""
    return (kwargs, {}) if MAJOR < 6 else ({}, kwargs)


def flagging(mode):
    """Interface(flagging_mode=) was allow_flagging= before 5.0."""
    return {"flagging_mode": mode} if MAJOR >= 5 else {"allow_flagging": mode}
