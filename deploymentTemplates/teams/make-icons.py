#!/usr/bin/env python3
"""Draws the Teams app icons (a speech bubble with three dots) without any imaging library.

color.png   192x192, opaque, white bubble on the accent colour #005CA9
outline.png  32x32, transparent background, white bubble outline (Teams requires white on transparent)

Run from this folder: python3 make-icons.py (the PNGs are committed; rerun only to change the design).
"""
import struct
import zlib

ACCENT = (0x00, 0x5C, 0xA9, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def in_bubble(u, v, inset=0.0):
    """u, v in 0..1. A rounded rectangle with a tail at the bottom left."""
    left, top, right, bottom, radius = 0.16 + inset, 0.2 + inset, 0.84 - inset, 0.68 - inset, 0.12
    cx = min(max(u, left + radius), right - radius)
    cy = min(max(v, top + radius), bottom - radius)
    if left <= u <= right and top <= v <= bottom and (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2:
        return True
    # tail: a triangle below the bubble
    return inset == 0.0 and bottom <= v <= 0.84 and 0.28 <= u <= 0.28 + (0.84 - v) * 0.9


def is_dot(u, v):
    return any((u - x) ** 2 + (v - 0.44) ** 2 <= 0.05 ** 2 for x in (0.34, 0.5, 0.66))


def color(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    if in_bubble(u, v) and not is_dot(u, v):
        return WHITE
    return ACCENT


def outline(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    edge = in_bubble(u, v) and not in_bubble(u, v, inset=0.07)
    return WHITE if edge or is_dot(u, v) else CLEAR


png("color.png", 192, color)
png("outline.png", 32, outline)
