#!/usr/bin/env python3
"""Check that FILE is a complete PNG of at least MIN_W x MIN_H pixels that is not blank.

  check_png.py FILE MIN_W MIN_H

Standard library only (no ImageMagick, no Pillow): reads every chunk, checks the CRCs, inflates the
image data and checks its length against the header, so a truncated or half-written file fails.
Prints "WxH" on success.
"""

import struct
import sys
import zlib


def fail(msg):
    sys.exit(f'check_png: {msg}')


def main():
    path, min_w, min_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    try:
        data = open(path, 'rb').read()
    except OSError as e:
        fail(f'cannot read {path}: {e}')
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        fail(f'{path} is not a PNG')
    pos, idat, header, ended = 8, b'', None, False
    while pos + 12 <= len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        tail = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(tail) != 4 or zlib.crc32(kind + body) != struct.unpack('>I', tail)[0]:
            fail(f'{path}: chunk {kind!r} is truncated or corrupt')
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        elif kind == b'IEND':
            ended = True
            break
        pos += 12 + length
    if header is None or not ended:
        fail(f'{path}: no IHDR or no IEND (incomplete file)')
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour)
    if channels is None or interlace != 0:
        fail(f'{path}: unexpected colour type {colour} / interlace {interlace}')
    raw = zlib.decompress(idat)
    stride = (width * channels * depth + 7) // 8
    if len(raw) != height * (1 + stride):
        fail(f'{path}: {len(raw)} bytes of pixel data, expected {height * (1 + stride)}')
    if width < min_w or height < min_h:
        fail(f'{path}: {width}x{height}, expected at least {min_w}x{min_h}')
    # A window with text, lists and toolbar icons has many distinct byte values even after PNG's row
    # filters; an all-black or all-white grab has a handful.
    if len(set(raw)) < 32:
        fail(f'{path}: {width}x{height} but looks blank ({len(set(raw))} distinct byte values)')
    print(f'{width}x{height}')


if __name__ == '__main__':
    main()
