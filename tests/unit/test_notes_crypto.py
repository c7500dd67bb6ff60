"""Sealing and opening private notes: round trips, wrong keys, and every kind of tampering."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heard.errors import NoteKeyMissingError, TamperedNoteError, WrongPassphraseError
from heard.storage import crypto
from heard.storage.crypto import NoteMode, keyring_key, new_keyring_secret, passphrase_key

UUID = "7f0c2a3e-1111-4222-8333-944455556666"
OTHER_UUID = "00000000-1111-4222-8333-944455556666"
FAST = 10  # scrypt cost for tests that are not about the cost itself


@pytest.fixture(scope="module")
def key() -> crypto.NoteKey:
    return keyring_key(new_keyring_secret())


@given(text=st.text(max_size=400))
@settings(max_examples=60, deadline=None)
def test_keyring_round_trip(text: str) -> None:
    key = keyring_key(bytes(range(32)))
    blob = crypto.seal(text, key, UUID)
    assert crypto.unseal(blob, key, UUID) == text


def test_the_blob_never_contains_the_text(key: crypto.NoteKey) -> None:
    text = "we said sorry about the dishes"
    blob = crypto.seal(text, key, UUID)
    assert text.encode() not in blob
    assert b"dishes" not in blob


def test_each_seal_uses_a_fresh_nonce(key: crypto.NoteKey) -> None:
    assert crypto.seal("same", key, UUID) != crypto.seal("same", key, UUID)


def test_passphrase_round_trip_with_the_default_cost() -> None:
    key = passphrase_key("our quiet evening")
    assert key.cost_log2 == crypto.DEFAULT_COST_LOG2
    blob = crypto.seal("a note", key, UUID)
    header = crypto.read_header(blob)
    assert header.mode is NoteMode.PASSPHRASE
    assert header.salt == key.salt
    reopened = crypto.passphrase_key_for(blob, "our quiet evening")
    assert crypto.unseal(blob, reopened, UUID) == "a note"


def test_passphrases_are_compared_after_unicode_normalisation() -> None:
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    blob = crypto.seal("x", passphrase_key(composed, cost_log2=FAST), UUID)
    assert crypto.unseal(blob, crypto.passphrase_key_for(blob, decomposed), UUID) == "x"


def test_a_wrong_passphrase_is_told_apart_from_tampering() -> None:
    blob = crypto.seal("x", passphrase_key("right one", cost_log2=FAST), UUID)
    wrong = crypto.passphrase_key_for(blob, "wrong one")
    with pytest.raises(WrongPassphraseError, match="passphrase does not open"):
        crypto.unseal(blob, wrong, UUID)


def test_a_different_keyring_key_says_the_key_is_gone(key: crypto.NoteKey) -> None:
    blob = crypto.seal("x", key, UUID)
    with pytest.raises(NoteKeyMissingError, match="no longer in your keyring"):
        crypto.unseal(blob, keyring_key(new_keyring_secret()), UUID)


def test_every_flipped_byte_is_rejected(key: crypto.NoteKey) -> None:
    blob = crypto.seal("keep this between us", key, UUID)
    for index in range(len(blob)):
        changed = bytearray(blob)
        changed[index] ^= 0x01
        with pytest.raises((TamperedNoteError, NoteKeyMissingError)):
            crypto.unseal(bytes(changed), key, UUID)


def test_a_changed_ciphertext_is_tampered_not_a_wrong_key(key: crypto.NoteKey) -> None:
    blob = bytearray(crypto.seal("keep this between us", key, UUID))
    blob[-20] ^= 0xFF
    with pytest.raises(TamperedNoteError, match="kept as it is"):
        crypto.unseal(bytes(blob), key, UUID)


def test_a_blob_moved_to_another_session_does_not_open(key: crypto.NoteKey) -> None:
    blob = crypto.seal("x", key, UUID)
    with pytest.raises(TamperedNoteError):
        crypto.unseal(blob, key, OTHER_UUID)


@pytest.mark.parametrize(
    "blob",
    [b"", b"HRDN", b"not a note at all, just bytes", b"HRDN\x02" + bytes(40), b"HRDN\x01\x07"],
    ids=["empty", "magic-only", "junk", "future-version", "unknown-mode"],
)
def test_malformed_blobs_are_refused_cleanly(key: crypto.NoteKey, blob: bytes) -> None:
    with pytest.raises(TamperedNoteError):
        crypto.unseal(blob, key, UUID)


def test_an_absurd_scrypt_cost_in_the_header_is_refused_before_deriving() -> None:
    blob = bytearray(crypto.seal("x", passphrase_key("pw", cost_log2=FAST), UUID))
    blob[len(crypto.MAGIC) + 2 + crypto.KEY_ID_BYTES] = 40  # 2**40: would eat all memory
    with pytest.raises(TamperedNoteError):
        crypto.passphrase_key_for(bytes(blob), "pw")


def test_keys_keep_their_secret_out_of_repr(key: crypto.NoteKey) -> None:
    assert key.secret.hex() not in repr(key)
    assert "secret" not in repr(key)


def test_bad_inputs_are_programming_errors(key: crypto.NoteKey) -> None:
    with pytest.raises(ValueError, match="empty"):
        passphrase_key("")
    with pytest.raises(ValueError, match="32 bytes"):
        keyring_key(b"short")
    with pytest.raises(ValueError, match="cannot open"):
        crypto.unseal(crypto.seal("x", key, UUID), passphrase_key("p", cost_log2=FAST), UUID)
    with pytest.raises(ValueError, match="not locked with a passphrase"):
        crypto.passphrase_key_for(crypto.seal("x", key, UUID), "p")
