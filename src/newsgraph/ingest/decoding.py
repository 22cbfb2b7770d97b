"""Bytes to text: byte-order marks, UTF-8, charset detection for legacy encodings, binary refusal.

``decode_text`` returns the text and the warnings worth keeping (a document decoded from
cp1252 is analysed, but says so); anything that is not text raises ``InputError`` with a
one-line reason a user can act on.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

# Magic numbers of common non-text files: (prefix, offset, what it is).
MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF", 0, "PDF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"BM", 0, None),  # bitmap: only with a control-character check, "BM" starts words too
    (b"PK\x03\x04", 0, "zip archive (or an Office/EPUB file)"),
    (b"PK\x05\x06", 0, "empty zip archive"),
    (b"\x1f\x8b", 0, "gzip-compressed file; decompress it first"),
    (b"BZh", 0, None),
    (b"\xfd7zXZ\x00", 0, "xz-compressed file; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\x7fELF", 0, "executable (ELF)"),
    (b"MZ", 0, None),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"ID3", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg media"),
    (b"fLaC", 0, "FLAC audio"),
    (b"ftyp", 4, "MP4/QuickTime media"),
    (b"RIFF", 0, "RIFF media (WAV/AVI/WebP)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "legacy Office document"),
    (b"\x00asm", 0, "WebAssembly binary"),
    (b"\xca\xfe\xba\xbe", 0, "Java class or Mach-O binary"),
    (b"wOFF", 0, "web font"),
    (b"wOF2", 0, "web font"),
)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SNIFF = 8192  # bytes looked at for binary detection
MAX_CONTROL_SHARE = 0.05  # more control bytes than this in the sniffed head: binary
_CONTROL_BYTES = bytes(c for c in range(32) if c not in b"\t\n\r\x0c")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _control_share(head: bytes) -> float:
    if not head:
        return 0.0
    return (len(head) - len(head.translate(None, _CONTROL_BYTES))) / len(head)


def _utf16_without_bom(head: bytes) -> str | None:
    """Recognise BOM-less UTF-16 text by its NUL bytes falling on one side of each pair."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    ze, zo = even.count(0) / len(even), odd.count(0) / len(odd)
    if zo > 0.4 and ze < 0.05:
        return "utf-16-le"
    if ze > 0.4 and zo < 0.05:
        return "utf-16-be"
    return None


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` is, or None when it may be text."""
    head = data[:SNIFF]
    for magic, offset, what in MAGIC:
        if head[offset:offset + len(magic)] == magic:
            if what is not None:
                return what
            break  # weak magic: decided by the control-character share below
    if _control_share(head) > MAX_CONTROL_SHARE:
        return f"{_control_share(head):.0%} control bytes"
    return None


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 text with charset detection; raise when it does not look like text."""
    from charset_normalizer import from_bytes

    ascii_share = sum(b < 128 for b in data[:SNIFF]) / max(1, len(data[:SNIFF]))
    if ascii_share >= 0.9:  # mostly-English text with a few accented letters or curly quotes
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:200_000]).best() if data else None
    encoding = best.encoding if best is not None else None
    if encoding is None or (best is not None and best.chaos > 0.3):
        try:  # cp1252 decodes almost everything: accept it only when the text is mostly ASCII
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError("undecodable bytes: not UTF-8 and no known text encoding fits") from None
        if sum(ch.isascii() for ch in text) / max(1, len(text)) < 0.9:
            raise InputError("undecodable bytes: not UTF-8 and no known text encoding fits") from None
        return text, "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), encoding


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode a file's bytes; return (text, warnings). Raise ``InputError`` when it is not text."""
    warnings: list[str] = []
    if not data:
        raise InputError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                text = data[len(bom):].decode(encoding, errors="replace")
                warnings.append(f"invalid {encoding} at byte {exc.start + len(bom)}; bad bytes replaced")
            return _check_text(text), warnings
    what = sniff_binary(data)
    if what is not None:
        utf16 = _utf16_without_bom(data[:SNIFF])
        if utf16 is None:
            raise InputError(f"binary file ({what}), not text")
        text = data.decode(utf16, errors="replace")
        warnings.append(f"decoded as {utf16} without a byte-order mark")
        return _check_text(text), warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text, encoding = _legacy(data)
        warnings.append(f"not valid UTF-8 (byte {exc.start}); decoded as {encoding}")
    if _CONTROLS.search(text):
        cleaned = _CONTROLS.sub("", text)
        warnings.append(f"removed {len(text) - len(cleaned)} control characters")
        text = cleaned
    return _check_text(text), warnings


def _check_text(text: str) -> str:
    if not text:
        raise InputError("empty file")
    if not text.strip():
        raise InputError("only whitespace, no text")
    return text


def decode(data: bytes) -> str:
    """Bytes to text (see ``decode_text``); warnings are dropped."""
    return decode_text(data)[0]
