"""A Gradio app behind a bearer token, as a private Space or an app behind the host's proxy is.

Every request must carry `Authorization: Bearer <token>`, where the token is one the host's
backend minted: `<expiry unix seconds>.<hex HMAC-SHA256 of the expiry under a shared secret>`.
It is short-lived and says nothing but "until then": the secret never leaves the servers.
`private_app()` wraps any ASGI app with the check (the host API's e2e app mounts it under
/private); run this file to serve the private greeter alone (the demo, `npm start`).
"""
import hashlib
import hmac
import json
import os
import time

import gradio as gr

SECRET = os.environ.get("EMBED_TOKEN_SECRET", "e2e-secret").encode()


def mint(seconds=300):
    """A token valid for `seconds` (what the host's backend hands its page)."""
    expiry = str(int(time.time()) + seconds)
    return f"{expiry}.{hmac.new(SECRET, expiry.encode(), hashlib.sha256).hexdigest()}"


def valid(token):
    expiry, _, signature = token.partition(".")
    good = hmac.new(SECRET, expiry.encode(), hashlib.sha256).hexdigest()
    return expiry.isdigit() and hmac.compare_digest(signature, good) and int(expiry) > time.time()


class RequireToken:
    """ASGI middleware: refuses (401) every request under `prefix` without a valid token. CORS
    preflights pass (a browser sends them without credentials), and so do Gradio's public static
    files (fonts, icons): the browser loads those by URL, with no header, and they hold no data."""

    def __init__(self, app, prefix=""):
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        public = path.startswith((f"{self.prefix}/static/", f"{self.prefix}/assets/"))
        if not path.startswith(self.prefix) or scope["method"] == "OPTIONS" or public:
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        auth = headers.get(b"authorization", b"").decode()
        token = auth[len("Bearer "):] if auth.startswith("Bearer ") else ""
        if token and valid(token):
            return await self.app(scope, receive, send)
        detail = "This app needs a valid bearer token." if not token else "The token has expired or is not valid."
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": 401,
                    "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]})
        await send({"type": "http.response.body", "body": body})


def private_demo():
    def greet(name, request: gr.Request):
        # What the server received: the event's request carried the token too.
        has_token = request.headers.get("authorization", "").startswith("Bearer ")
        return f"Private hello {name}! (token: {'yes' if has_token else 'no'})"

    with gr.Blocks(title="Private app") as demo:
        gr.Markdown("This app answers only requests that carry a valid bearer token.")
        name = gr.Textbox(label="name", elem_id="name")
        out = gr.Textbox(label="greeting", elem_id="greeting")
        gr.Button("Greet").click(greet, name, out, api_name="greet")
    return demo


def cors(app):
    """Lets localhost pages call the app with the token (a header, so a preflight) and cookies."""
    from fastapi.middleware.cors import CORSMiddleware

    app.add_middleware(
        CORSMiddleware,
        allow_origin_regex=r"https?://(localhost|127\.0\.0\.1)(:\d+)?",
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )


if __name__ == "__main__":
    import uvicorn
    from fastapi import FastAPI

    app = gr.mount_gradio_app(FastAPI(), private_demo(), path="")
    app.add_middleware(RequireToken)
    cors(app)
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "7860")), log_level="warning")
