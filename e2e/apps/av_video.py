"""Video in and out: an upload that echoes back, a webcam recorder, subtitles (cues and SRT) and a
streamed generator output. Each function reports exactly what it received."""
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

import gradio as gr
from gradio.components.image_editor import WebcamOptions

OUT_DIR = Path(tempfile.mkdtemp(prefix="gradio-embed-video-"))


def make_clip(name, seconds, colour_shift=0):
    """A small test-pattern MP4 (H.264 + AAC) made with ffmpeg."""
    path = OUT_DIR / name
    subprocess.run(
        [
            "ffmpeg", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", f"testsrc=duration={seconds}:size=320x240:rate=15",
            "-f", "lavfi", "-i", f"sine=frequency={440 + colour_shift}:duration={seconds}",
            "-vf", f"hue=h={colour_shift}", "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast",
            "-c:a", "aac", "-shortest", str(path),
        ],
        check=True,
    )
    return str(path)


SAMPLE = make_clip("sample.mp4", 5)
SEGMENTS = [make_clip(f"part{i}.mp4", 1, i * 90) for i in range(3)]
SRT = OUT_DIR / "subs.srt"
SRT.write_text("1\n00:00:00,000 --> 00:00:01,500\nfrom the srt file\n")


def describe(path):
    """What the function got: the file's name, size and duration (ffprobe)."""
    if path is None:
        return "None"
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", path],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        duration = float(json.loads(probe.stdout)["format"]["duration"])
    except (KeyError, ValueError):
        duration = None
    return json.dumps(
        {
            "name": Path(path).name,
            "size": os.path.getsize(path),
            "seconds": None if duration is None else round(duration, 1),
        }
    )


def count(n):
    return int(n or 0) + 1


def stream_parts():
    for part in SEGMENTS:
        yield part
        time.sleep(0.5)


with gr.Blocks() as demo:
    received = gr.Textbox(label="Received")
    with gr.Row():
        upload = gr.Video(label="Upload video", sources=["upload"])
        # Mirror off and audio on: the server then takes the recording as it is (flipping or
        # muting it re-encodes with ffmpeg, which is slow on a busy test machine). A small frame
        # through webcam_options.constraints, so the browser's software encoder keeps up.
        camera = gr.Video(
            label="Webcam",
            sources=["webcam"],
            include_audio=True,
            webcam_options=WebcamOptions(mirror=False, constraints={"video": {"width": 320, "height": 240}}),
        )
    send = gr.Button("Send video")
    send.click(describe, upload, received)
    camera.stop_recording(describe, camera, received)
    echo = gr.Video(label="Echo", interactive=False)
    upload.upload(lambda p: p, upload, echo)
    with gr.Row():
        for name in ["play", "pause", "stop", "end"]:
            counter = gr.Number(label=f"{name} events", value=0)
            getattr(echo, name)(count, counter, counter)

    with gr.Row():
        cues = gr.Video(
            value=SAMPLE,
            label="Cue subtitles",
            interactive=False,
            subtitles=[{"text": "hello from cues", "timestamp": [0, 1.5]}],
        )
        srt = gr.Video(value=SAMPLE, label="SRT subtitles", interactive=False, subtitles=str(SRT))

    stream_button = gr.Button("Stream video")
    streamed = gr.Video(label="Streamed", streaming=True, autoplay=True, interactive=False)
    stream_button.click(stream_parts, None, streamed)

    with gr.Row():
        notes = gr.Textbox(label="Notes")
        notes_echo = gr.Textbox(label="Notes echo")
    notes.submit(lambda t: t, notes, notes_echo)

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        allowed_paths=[str(OUT_DIR)],
    )
