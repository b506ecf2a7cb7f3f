"""Audio in and out: a recorder, an upload that echoes back, a streamed generator output and a
streaming microphone with a time limit. Each function reports exactly what it received."""
import json
import os
import tempfile
import threading
import time
import wave
from pathlib import Path

import numpy as np
from pydub import AudioSegment

import gradio as gr

OUT_DIR = Path(tempfile.mkdtemp(prefix="gradio-embed-audio-"))
RATE = 16000


def tone_wav(name, seconds, freq=440.0):
    t = np.arange(int(seconds * RATE)) / RATE
    samples = (0.4 * np.sin(2 * np.pi * freq * t) * 32767).astype(np.int16)
    path = OUT_DIR / name
    AudioSegment(samples.tobytes(), frame_rate=RATE, sample_width=2, channels=1).export(path, format="wav")
    return str(path)


SAMPLE = tone_wav("sample.wav", 2.0)
# Decoding once at start-up, so the first streamed chunk is not slowed by a cold decoder.
AudioSegment.from_file(SAMPLE)


def describe(path):
    """What the function got: the file's name, size, and its audio as the server decodes it."""
    if path is None:
        return "None"
    audio = AudioSegment.from_file(path)
    return json.dumps(
        {
            "name": Path(path).name,
            "size": os.path.getsize(path),
            "seconds": round(audio.duration_seconds, 1),
            "rate": audio.frame_rate,
        }
    )


# Calls of the streaming handler, per session: how many chunks, how much audio, and when.
STREAM_CALLS: dict[str, list[dict]] = {}
LOCK = threading.Lock()


def on_chunk(path, request: gr.Request):
    # The chunk as a file (type="filepath"), read with the standard library: no decoder to start
    # per chunk, so the handler keeps up on a busy machine.
    with wave.open(path) as chunk:
        rate, samples = chunk.getframerate(), chunk.getnframes()
    with LOCK:
        calls = STREAM_CALLS.setdefault(request.session_hash, [])
        calls.append({"at": time.monotonic(), "samples": samples, "rate": rate})
        total = sum(c["samples"] / c["rate"] for c in calls)
        return f"{len(calls)} chunks, {total:.1f} s"


REPORTS = [0]


def stream_report(request: gr.Request):
    with LOCK:
        REPORTS[0] += 1
        calls = STREAM_CALLS.get(request.session_hash, [])
        span = calls[-1]["at"] - calls[0]["at"] if calls else 0
        return json.dumps(
            {
                "report": REPORTS[0],
                "chunks": len(calls),
                "span": round(span, 1),
                "nonempty": all(c["samples"] > 0 for c in calls),
            }
        )


def tones():
    """A generator of short tones: a streamed (HLS) audio output."""
    for i, freq in enumerate([330, 440, 550, 660]):
        t = np.arange(int(0.5 * RATE)) / RATE
        yield (RATE, (0.3 * np.sin(2 * np.pi * freq * t) * 32767).astype(np.int16))
        time.sleep(0.3)


def count(n):
    return int(n or 0) + 1


with gr.Blocks() as demo:
    received = gr.Textbox(label="Received")
    with gr.Row():
        recorder = gr.Audio(label="Recorder", sources=["microphone"], type="filepath")
        upload = gr.Audio(label="Upload", sources=["upload"], type="filepath")
    recorder.stop_recording(describe, recorder, received)
    send = gr.Button("Send audio")
    send.click(describe, upload, received)
    echo = gr.Audio(label="Echo", interactive=False)
    upload.upload(lambda p: p, upload, echo)

    # One counter per event: events that fire together (pause, then stop at the end) never race
    # for one output.
    with gr.Row():
        for name in ["play", "pause", "stop"]:
            counter = gr.Number(label=f"{name} events", value=0)
            getattr(echo, name)(count, counter, counter)

    stream_button = gr.Button("Stream tones")
    streamed = gr.Audio(label="Streamed", streaming=True, autoplay=True, interactive=False)
    stream_button.click(tones, None, streamed)

    live = gr.Audio(label="Live", sources=["microphone"], streaming=True, type="filepath")
    chunks = gr.Textbox(label="Chunks")
    live.stream(on_chunk, live, chunks, stream_every=0.5, time_limit=10)
    report_button = gr.Button("Report stream")
    report = gr.Textbox(label="Stream report")
    report_button.click(stream_report, None, report)

    with gr.Row():
        typed = gr.Textbox(label="Notes")
        echo_notes = gr.Textbox(label="Notes echo")
    typed.submit(lambda t: t, typed, echo_notes)

    sample = gr.Audio(value=SAMPLE, label="Sample", interactive=False, subtitles=[{"text": "a tone", "timestamp": [0, 1.5]}])

if __name__ == "__main__":
    demo.launch(
        server_name="127.0.0.1",
        server_port=int(os.environ.get("PORT", "7860")),
        allowed_paths=[str(OUT_DIR)],
    )
