"""A threaded HTTP/1.1 server with keep-alive for the emulator's WSGI app, on 127.0.0.1."""

from __future__ import annotations

import io
import json
import socket
import threading
from typing import Any

from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

from servicenow_emulator import choices as C
from servicenow_emulator.app import EmulatorApp


class _Handler(WSGIRequestHandler):
    """Werkzeug's handler with keep-alive: the body is read up front, the answer sent with its length."""

    protocol_version = "HTTP/1.1"
    timeout = 120  # idle keep-alive connections are closed after this many seconds

    def run_wsgi(self) -> None:
        if self.headers.get("Expect", "").lower().strip() == "100-continue":
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        environ = self.make_environ()
        if environ.get("wsgi.input_terminated"):
            body = environ["wsgi.input"].read()
            self.close_connection = True
        else:
            text = (self.headers.get("Content-Length") or "0").strip()
            if not (text.isascii() and text.isdigit()):
                # The body's end is unknown: answer 400 in ServiceNow's envelope and close the connection.
                self._bad_request(
                    "Exception while reading request",
                    f"Invalid Content-Length header {text[:40]!r}: it must be a whole number of bytes",
                )
                return
            length = int(text)
            if length > C.MAX_REQUEST_BYTES:
                # Never kept: read past (so that the client, still sending, gets the answer) up to a bound,
                # then answer 413 in ServiceNow's envelope and close the connection.
                left = min(length, 16 * C.MAX_REQUEST_BYTES)
                while left > 0:
                    chunk = self.rfile.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    left -= len(chunk)
                self._error_answer(
                    413,
                    "Request Entity Too Large",
                    "Request body too large",
                    f"The request body is {length} bytes; the instance accepts at most "
                    f"{C.MAX_REQUEST_BYTES} bytes",
                )
                return
            body = self.rfile.read(length) if length > 0 else b""
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("wsgi.input_terminated", None)
        captured: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured["status"] = status
            captured["headers"] = headers
            return lambda data: None

        chunks = self.server.app(environ, start_response)
        try:
            payload = b"".join(chunks)
        finally:
            if hasattr(chunks, "close"):
                chunks.close()
        if environ.get("emulator.drop"):
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        code_str, _, message = captured["status"].partition(" ")
        code = int(code_str)
        self.send_response(code, message)
        has_length = False
        for key, value in captured["headers"]:
            if key.lower() == "content-length":
                has_length = True
                if code in (204, 304):
                    continue
            self.send_header(key, value)
        if not has_length and code not in (204, 304):
            self.send_header("Content-Length", str(len(payload)))
        if self.close_connection:
            self.send_header("Connection", "close")
        # Headers and body leave in one write (no Nagle / delayed-ACK stall between them).
        self._headers_buffer.append(b"\r\n")
        if self.command != "HEAD" and code not in (204, 304):
            self._headers_buffer.append(payload)
        self.flush_headers()
        self.wfile.flush()

    def _bad_request(self, message: str, detail: str) -> None:
        self._error_answer(400, "Bad Request", message, detail)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors the HTTP layer finds before the app (a request line or header too long, a bad request
        line): ServiceNow's JSON envelope, not http.server's HTML page."""
        reason = self.responses.get(code, ("Error",))[0]
        detail = message or reason
        if code == 414:
            detail = f"The request URL is longer than {self.MAX_URL_BYTES} bytes: send a shorter query"
        self._error_answer(code, reason, reason, detail)

    MAX_URL_BYTES = 65536  # http.server's limit of the request line

    def _error_answer(self, code: int, reason: str, message: str, detail: str) -> None:
        payload = json.dumps({"error": {"message": message, "detail": detail}, "status": "failure"}).encode()
        self.close_connection = True
        self.send_response(code, reason)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Connection", "close")
        self._headers_buffer.append(b"\r\n")
        if self.command != "HEAD":
            self._headers_buffer.append(payload)
        self.flush_headers()
        self.wfile.flush()

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # the emulator keeps its own request log, without secrets

    def log_error(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadedWSGIServer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        with self._open_lock:
            self._open.add(sock)
        return sock, addr

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_all_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class EmulatorServer:
    """Serves one :class:`EmulatorApp` on 127.0.0.1; ``port=0`` picks a free port."""

    def __init__(self, app: EmulatorApp, port: int = 0, host: str = "127.0.0.1") -> None:
        self.app = app
        self._server = _Server(host, port, app, handler=_Handler)
        self.port = int(self._server.server_port)
        self.url = f"http://{host}:{self.port}"
        app.base_url = self.url
        self._thread: threading.Thread | None = None
        self._stopped = False

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.05)

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.serve_forever, name=f"emulator-{self.app.name}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, close open keep-alive connections and the store; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        if self._thread is not None:
            self._server.shutdown()
        self._server.close_all_connections()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.app.store.close()
