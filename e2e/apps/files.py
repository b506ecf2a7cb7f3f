"""Files in and out: File (multiple, typed), UploadButton, DownloadButton and a File output,
with a server upload limit. Each function reports exactly what it received."""
import hashlib
import json
import os
import tempfile
from pathlib import Path

import gradio as gr

OUT_DIR = Path(tempfile.mkdtemp(prefix="gradio-embed-files-"))
REPORT = OUT_DIR / "report.txt"
REPORT.write_text("report body\n")
DATA = OUT_DIR / "data.csv"
DATA.write_text("a,b\n1,2\n")


def describe(paths):
    if paths is None:
        return "None"
    paths = paths if isinstance(paths, list) else [paths]
    return json.dumps(
        [
            {
                "name": Path(p).name,
                "size": os.path.getsize(p),
                "sha1": hashlib.sha1(Path(p).read_bytes()).hexdigest()[:10],
            }
            for p in paths
        ]
    )


def make_outputs(text):
    (OUT_DIR / "echo.txt").write_text(text or "")
    return [str(OUT_DIR / "echo.txt"), str(DATA)]


with gr.Blocks() as demo:
    with gr.Row():
        files = gr.File(label="Inputs", file_count="multiple", allow_reordering=True)
        typed = gr.File(label="Only text", file_types=[".txt"])
    received = gr.Textbox(label="Received")
    send = gr.Button("Send files")
    send.click(describe, files, received)
    typed.upload(describe, typed, received)

    upload_btn = gr.UploadButton("Upload a text file", file_types=[".txt"])
    upload_btn.upload(describe, upload_btn, received)

    deleted = gr.Textbox(label="Deleted")

    def on_delete(d: gr.DeletedFileData):
        return d.file.orig_name

    files.delete(on_delete, None, deleted)

    with gr.Row():
        text = gr.Textbox(label="Text to echo")
        make = gr.Button("Make files")
    produced = gr.File(label="Produced", file_count="multiple", interactive=False)
    make.click(make_outputs, text, produced)
    selected = gr.Textbox(label="Selected")

    def on_select(e: gr.SelectData):
        return json.dumps({"index": e.index, "value": e.value})

    produced.select(on_select, None, selected)
    downloaded = gr.Textbox(label="Downloaded")

    def on_download(d: gr.DownloadData):
        return d.file.orig_name

    produced.download(on_download, None, downloaded)

    download = gr.DownloadButton("Download report", value=str(REPORT))

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        max_file_size=int(os.environ.get("MAX_FILE_SIZE", "100000")),
        allowed_paths=[str(OUT_DIR)],
    )
