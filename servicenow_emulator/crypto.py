"""password2 encryption: a per-instance key, HMAC-SHA256 keystream + MAC (standard library only).

Stored values look like ServiceNow's: an opaque base64 string. Decrypting a value that was not produced
by :meth:`Cipher.encrypt` (e.g. a clear text written without ``sysparm_input_display_value=true``)
returns ``None``: such a secret is unusable, as on ServiceNow.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

_NONCE = 16
_TAG = 16


class Cipher:
    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ValueError("the password2 key must be at least 32 bytes")
        self._enc_key = hashlib.sha256(b"enc" + key).digest()
        self._mac_key = hashlib.sha256(b"mac" + key).digest()

    def _stream(self, nonce: bytes, length: int) -> bytes:
        out = bytearray()
        counter = 0
        while len(out) < length:
            out += hmac.digest(self._enc_key, nonce + counter.to_bytes(8, "big"), "sha256")
            counter += 1
        return bytes(out[:length])

    def encrypt(self, plain: str) -> str:
        data = plain.encode()
        nonce = secrets.token_bytes(_NONCE)
        ct = bytes(a ^ b for a, b in zip(data, self._stream(nonce, len(data)), strict=True))
        tag = hmac.digest(self._mac_key, nonce + ct, "sha256")[:_TAG]
        return base64.b64encode(nonce + ct + tag).decode()

    def decrypt(self, stored: str) -> str | None:
        if not stored:
            return None
        try:
            raw = base64.b64decode(stored.encode(), validate=True)
        except (binascii.Error, ValueError):
            return None
        if len(raw) < _NONCE + _TAG:
            return None
        nonce, ct, tag = raw[:_NONCE], raw[_NONCE:-_TAG], raw[-_TAG:]
        if not hmac.compare_digest(tag, hmac.digest(self._mac_key, nonce + ct, "sha256")[:_TAG]):
            return None
        plain = bytes(a ^ b for a, b in zip(ct, self._stream(nonce, len(ct)), strict=True))
        try:
            return plain.decode()
        except UnicodeDecodeError:
            return None
