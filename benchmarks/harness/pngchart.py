"""A small grouped bar chart written as PNG with numpy and zlib.

No matplotlib: the chart needs bars, a log axis, a few labels and a
legend, which a pixel array and a 5x7 bitmap font draw well enough, and
the benchmark then needs nothing beyond the project's own dependencies.
"""

import math
import struct
import zlib

import numpy as np

# 5x7 glyphs, one 5-bit row each (bit 4 = leftmost pixel); text is upper-cased
_FONT = {
    "A": (14, 17, 17, 31, 17, 17, 17), "B": (30, 17, 17, 30, 17, 17, 30),
    "C": (14, 17, 16, 16, 16, 17, 14), "D": (28, 18, 17, 17, 17, 18, 28),
    "E": (31, 16, 16, 30, 16, 16, 31), "F": (31, 16, 16, 30, 16, 16, 16),
    "G": (14, 17, 16, 23, 17, 17, 15), "H": (17, 17, 17, 31, 17, 17, 17),
    "I": (14, 4, 4, 4, 4, 4, 14), "J": (7, 2, 2, 2, 2, 18, 12),
    "K": (17, 18, 20, 24, 20, 18, 17), "L": (16, 16, 16, 16, 16, 16, 31),
    "M": (17, 27, 21, 21, 17, 17, 17), "N": (17, 17, 25, 21, 19, 17, 17),
    "O": (14, 17, 17, 17, 17, 17, 14), "P": (30, 17, 17, 30, 16, 16, 16),
    "Q": (14, 17, 17, 17, 21, 18, 13), "R": (30, 17, 17, 30, 20, 18, 17),
    "S": (15, 16, 16, 14, 1, 1, 30), "T": (31, 4, 4, 4, 4, 4, 4),
    "U": (17, 17, 17, 17, 17, 17, 14), "V": (17, 17, 17, 17, 17, 10, 4),
    "W": (17, 17, 17, 21, 21, 21, 10), "X": (17, 17, 10, 4, 10, 17, 17),
    "Y": (17, 17, 17, 10, 4, 4, 4), "Z": (31, 1, 2, 4, 8, 16, 31),
    "0": (14, 17, 19, 21, 25, 17, 14), "1": (4, 12, 4, 4, 4, 4, 14),
    "2": (14, 17, 1, 2, 4, 8, 31), "3": (31, 2, 4, 2, 1, 17, 14),
    "4": (2, 6, 10, 18, 31, 2, 2), "5": (31, 16, 30, 1, 1, 17, 14),
    "6": (6, 8, 16, 30, 17, 17, 14), "7": (31, 1, 2, 4, 8, 8, 8),
    "8": (14, 17, 17, 14, 17, 17, 14), "9": (14, 17, 17, 15, 1, 2, 12),
    ".": (0, 0, 0, 0, 0, 12, 12), "-": (0, 0, 0, 31, 0, 0, 0),
    "/": (0, 1, 2, 4, 8, 16, 0), "(": (2, 4, 8, 8, 8, 4, 2),
    ")": (8, 4, 2, 2, 2, 4, 8), ":": (0, 12, 12, 0, 12, 12, 0),
    "%": (24, 25, 2, 4, 8, 19, 3), ",": (0, 0, 0, 0, 12, 4, 8),
    "=": (0, 0, 31, 0, 31, 0, 0), "_": (0, 0, 0, 0, 0, 0, 31),
    " ": (0, 0, 0, 0, 0, 0, 0),
}
_UNKNOWN = (31, 17, 17, 17, 17, 17, 31)

WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
GREY = (200, 200, 200)
SERIES_COLOURS = [(31, 119, 180), (158, 202, 225), (255, 127, 14), (44, 160, 44)]
MARK_COLOUR = (214, 39, 40)


class Canvas:
    def __init__(self, width, height):
        self.px = np.full((height, width, 3), 255, dtype=np.uint8)

    @property
    def height(self):
        return self.px.shape[0]

    @property
    def width(self):
        return self.px.shape[1]

    def rect(self, x0, y0, x1, y1, colour):
        x0, x1 = sorted((int(x0), int(x1)))
        y0, y1 = sorted((int(y0), int(y1)))
        self.px[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] = colour

    def hline(self, x0, x1, y, colour, dash=0):
        if dash:
            for x in range(int(x0), int(x1), 2 * dash):
                self.rect(x, y, min(x + dash, x1), y + 1, colour)
        else:
            self.rect(x0, y, x1, y + 1, colour)

    def text(self, x, y, s, colour=BLACK, scale=2, anchor="left"):
        """Draw s with its top at y; anchor left, centre or right at x."""
        width = self.text_width(s, scale)
        if anchor == "centre":
            x -= width // 2
        elif anchor == "right":
            x -= width
        for ch in s.upper():
            rows = _FONT.get(ch, _UNKNOWN)
            for r, bits in enumerate(rows):
                for c in range(5):
                    if bits & (16 >> c):
                        self.rect(x + c * scale, y + r * scale, x + (c + 1) * scale,
                                  y + (r + 1) * scale, colour)
            x += 6 * scale

    @staticmethod
    def text_width(s, scale=2):
        return max(0, 6 * scale * len(s) - scale)

    def png(self):
        h, w, _ = self.px.shape
        raw = b"".join(b"\x00" + self.px[y].tobytes() for y in range(h))

        def chunk(kind, data):
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

        return (b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9))
                + chunk(b"IEND", b""))


def _fmt_value(v):
    if v >= 100:
        return "{:,.0f}".format(v)
    if v >= 10:
        return "%.1f" % v
    return "%.2f" % v


def bar_chart_log(path, title, groups, series, values, mark=None, width=960, height=540):
    """Grouped bars on a log10 axis.

    groups: labels along x (targets); series: legend names; values[g][s]:
    a positive number or None (no bar); mark: optional (value, label) drawn
    as a dashed horizontal line (a goal).
    """
    c = Canvas(width, height)
    left, right, top, bottom = 90, 20, 80, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    present = [v for row in values for v in row if v] + ([mark[0]] if mark else [])
    lo = 10 ** math.floor(math.log10(min(present))) if present else 1
    hi = 10 ** math.ceil(math.log10(max(present) * 1.5)) if present else 10
    if hi <= lo:
        hi = lo * 10
    span = math.log10(hi) - math.log10(lo)

    def y_of(v):
        return top + plot_h - plot_h * (math.log10(v) - math.log10(lo)) / span

    c.text(width // 2, 16, title, scale=2, anchor="centre")
    decade = lo
    while decade <= hi * 1.0001:
        y = int(y_of(decade))
        c.hline(left, left + plot_w, y, GREY)
        c.text(left - 8, y - 7, "{:,.0f}".format(decade) if decade >= 1 else "%g" % decade,
               scale=2, anchor="right")
        decade *= 10
    c.rect(left, top, left + 1, top + plot_h + 1, BLACK)
    c.rect(left, top + plot_h, left + plot_w, top + plot_h + 1, BLACK)
    if groups:
        slot = plot_w / len(groups)
        bar_w = max(6, int(slot * 0.8 / max(1, len(series))))
        for g, name in enumerate(groups):
            x_mid = left + slot * (g + 0.5)
            x0 = x_mid - bar_w * len(series) / 2
            for s in range(len(series)):
                v = values[g][s]
                if not v:
                    continue
                xa = int(x0 + s * bar_w) + 1
                xb = int(x0 + (s + 1) * bar_w) - 1
                yv = int(y_of(max(v, lo)))
                c.rect(xa, yv, xb, top + plot_h, SERIES_COLOURS[s % len(SERIES_COLOURS)])
                c.text((xa + xb) // 2, yv - 18, _fmt_value(v), scale=1 if bar_w < 60 else 2,
                       anchor="centre")
            c.text(int(x_mid), top + plot_h + 12, name, scale=2, anchor="centre")
    if mark:
        y = int(y_of(mark[0]))
        c.hline(left, left + plot_w, y, MARK_COLOUR, dash=6)
        label_w = c.text_width(mark[1])
        c.rect(left + plot_w - 8 - label_w, y - 20, left + plot_w, y - 2, WHITE)
        c.text(left + plot_w - 4, y - 17, mark[1], colour=MARK_COLOUR, scale=2, anchor="right")
    x = left
    for s, name in enumerate(series):
        c.rect(x, 46, x + 14, 60, SERIES_COLOURS[s % len(SERIES_COLOURS)])
        c.text(x + 20, 47, name, scale=2)
        x += 20 + c.text_width(name) + 30
    with open(path, "wb") as f:
        f.write(c.png())
    return path
