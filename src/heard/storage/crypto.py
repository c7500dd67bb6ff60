"""Private notes, sealed with AES-GCM. Pure functions: no keyring, no Qt, no files.

A sealed note is one self-describing blob (all integers big-endian):

    magic  b"HRDN"          4 bytes
    version 1               1 byte
    mode   1 keyring        1 byte
           2 passphrase
    key id                  4 bytes   first bytes of SHA-256 over the key: tells "wrong key"
                                      apart from "changed blob" without trying to decrypt
    [passphrase mode only]
    scrypt cost log2(n)     1 byte    r = 8, p = 1
    salt                    16 bytes
    nonce                   12 bytes  random for every seal
    ciphertext + tag        the UTF-8 text, and GCM's 16-byte tag

The associated data is the whole header plus the session's uuid, so a changed header, or a
blob copied into another session, fails to open (TamperedNoteError) instead of showing text
from somewhere else. Opening never changes anything stored.

`cryptography` is imported on first use only (start-up budget).
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field

from heard.errors import NoteKeyMissingError, TamperedNoteError, WrongPassphraseError

MAGIC = b"HRDN"
VERSION = 1
KEY_BYTES = 32
KEY_ID_BYTES = 4
NONCE_BYTES = 12
SALT_BYTES = 16
TAG_BYTES = 16
SCRYPT_R = 8
SCRYPT_P = 1
DEFAULT_COST_LOG2 = 17
"""scrypt n = 2**17, r = 8 (128 MiB, about a third of a second): OWASP's recommendation."""
MIN_COST_LOG2 = 10
MAX_COST_LOG2 = 20
"""Blobs claiming a higher cost are refused rather than allowed to exhaust memory."""
_FIXED = len(MAGIC) + 2 + KEY_ID_BYTES


class NoteMode(enum.IntEnum):
    KEYRING = 1
    PASSPHRASE = 2


@dataclass(frozen=True)
class NoteKey:
    """An AES-256 key and how it was made. The secret never appears in repr()."""

    mode: NoteMode
    secret: bytes = field(repr=False)
    salt: bytes = b""
    cost_log2: int = 0

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise ValueError(f"a note key has {KEY_BYTES} bytes, got {len(self.secret)}")

    @property
    def key_id(self) -> bytes:
        return _key_id(self.secret)


@dataclass(frozen=True)
class NoteHeader:
    mode: NoteMode
    key_id: bytes
    salt: bytes
    cost_log2: int
    size: int
    """Header length in bytes (the nonce follows)."""


def new_keyring_secret() -> bytes:
    """A fresh random key, to be kept in the OS keyring."""
    return os.urandom(KEY_BYTES)


def keyring_key(secret: bytes) -> NoteKey:
    return NoteKey(NoteMode.KEYRING, secret)


def passphrase_key(
    passphrase: str, *, salt: bytes | None = None, cost_log2: int = DEFAULT_COST_LOG2
) -> NoteKey:
    """Derive a key from a passphrase with scrypt (slow on purpose: run it off the GUI
    thread). A new random salt is made unless one is given (to open an existing note)."""
    if not passphrase:
        raise ValueError("the passphrase is empty")
    if not MIN_COST_LOG2 <= cost_log2 <= MAX_COST_LOG2:
        raise ValueError(
            f"scrypt cost 2**{cost_log2} is outside 2**{MIN_COST_LOG2}..2**{MAX_COST_LOG2}"
        )
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    if len(salt) != SALT_BYTES:
        raise ValueError(f"the salt has {SALT_BYTES} bytes, got {len(salt)}")
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=2**cost_log2, r=SCRYPT_R, p=SCRYPT_P)
    import unicodedata  # with its tables, only once a passphrase is typed (not at launch)

    secret = kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))
    return NoteKey(NoteMode.PASSPHRASE, secret, salt, cost_log2)


def passphrase_key_for(blob: bytes, passphrase: str) -> NoteKey:
    """The key `passphrase` gives for this sealed note (its own salt and cost)."""
    header = read_header(blob)
    if header.mode is not NoteMode.PASSPHRASE:
        raise ValueError("this note is not locked with a passphrase")
    return passphrase_key(passphrase, salt=header.salt, cost_log2=header.cost_log2)


def read_header(blob: bytes) -> NoteHeader:
    """Parse the header; TamperedNoteError if the blob is not a note this version reads."""
    if len(blob) < _FIXED or blob[: len(MAGIC)] != MAGIC or blob[len(MAGIC)] != VERSION:
        raise TamperedNoteError()
    try:
        mode = NoteMode(blob[len(MAGIC) + 1])
    except ValueError:
        raise TamperedNoteError() from None
    key_id = blob[len(MAGIC) + 2 : _FIXED]
    salt, cost, size = b"", 0, _FIXED
    if mode is NoteMode.PASSPHRASE:
        size = _FIXED + 1 + SALT_BYTES
        if len(blob) < size:
            raise TamperedNoteError()
        cost = blob[_FIXED]
        salt = blob[_FIXED + 1 : size]
        if not MIN_COST_LOG2 <= cost <= MAX_COST_LOG2:
            raise TamperedNoteError()
    if len(blob) < size + NONCE_BYTES + TAG_BYTES:
        raise TamperedNoteError()
    return NoteHeader(mode, key_id, salt, cost, size)


def seal(text: str, key: NoteKey, session_uuid: str) -> bytes:
    """Encrypt `text` for the session with this uuid."""
    header = MAGIC + bytes((VERSION, key.mode)) + key.key_id
    if key.mode is NoteMode.PASSPHRASE:
        header += bytes((key.cost_log2,)) + key.salt
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key.secret).encrypt(
        nonce, text.encode("utf-8"), _associated(header, session_uuid)
    )
    return header + nonce + sealed


def unseal(blob: bytes, key: NoteKey, session_uuid: str) -> str:
    """Decrypt a note. Raises NoteKeyMissingError / WrongPassphraseError when `key` is not
    the one that sealed it, and TamperedNoteError when the blob was changed."""
    header = read_header(blob)
    if header.mode is not key.mode:
        raise ValueError(f"a {key.mode.name.lower()} key cannot open a {header.mode.name} note")
    if header.key_id != key.key_id:
        if header.mode is NoteMode.PASSPHRASE:
            raise WrongPassphraseError()
        raise NoteKeyMissingError()
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = blob[header.size : header.size + NONCE_BYTES]
    try:
        plain = AESGCM(key.secret).decrypt(
            nonce,
            blob[header.size + NONCE_BYTES :],
            _associated(blob[: header.size], session_uuid),
        )
        return plain.decode("utf-8")
    except (InvalidTag, UnicodeDecodeError):
        raise TamperedNoteError() from None


def _associated(header: bytes, session_uuid: str) -> bytes:
    return header + b"\x00heard-session\x00" + session_uuid.encode("utf-8")


def _key_id(secret: bytes) -> bytes:
    import hashlib  # here, not at start-up: it loads OpenSSL's libcrypto (about 3 MB)

    return hashlib.sha256(b"heard-note-key-id\x00" + secret).digest()[:KEY_ID_BYTES]
