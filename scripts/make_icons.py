"""Draw the favicon PNGs and the default sharing image with Pillow.

The shapes are those of static/img/favicon.svg. Run it again after changing
the mark or the colours and commit the PNGs it writes:

    .venv/bin/python scripts/make_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

IMG = Path(__file__).resolve().parent.parent / "static" / "img"
PRIMARY = "#0b4f6c"
HIGHLIGHT = "#f4b860"
WHITE = "#ffffff"
SUPERSAMPLE = 4


def draw_mark(draw, left, top, size, rounded=True):
    """The mark on a 64-unit grid: a house outline around a point."""

    def at(x, y):
        return (left + x * size / 64, top + y * size / 64)

    if rounded:
        draw.rounded_rectangle([at(0, 0), at(64, 64)], radius=12 * size / 64, fill=PRIMARY)
    # Back round to the second point, so that every corner gets a joint.
    outline = [at(14, 46), at(14, 22), at(32, 12), at(50, 22), at(50, 46), at(14, 46), at(14, 22)]
    draw.line(outline, fill=HIGHLIGHT, width=round(5 * size / 64), joint="curve")
    cx, cy = at(32, 32)
    radius = 6 * size / 64
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=WHITE)


def icon(size, maskable=False):
    big = size * SUPERSAMPLE
    if maskable:
        # Opaque and full-bleed (maskable, Apple touch): the mark stays inside the
        # 80% safe zone.
        image = Image.new("RGB", (big, big), PRIMARY)
        inset = big * 0.15
        draw_mark(ImageDraw.Draw(image), inset, inset, big - 2 * inset, rounded=False)
    else:
        image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
        draw_mark(ImageDraw.Draw(image), 0, 0, big)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def share_image(name="Human Rights Cities Network"):
    width, height = 1200 * SUPERSAMPLE // 2, 630 * SUPERSAMPLE // 2
    image = Image.new("RGB", (width, height), PRIMARY)
    draw = ImageDraw.Draw(image)
    mark = height * 0.42
    draw_mark(draw, width * 0.08, (height - mark) / 2, mark, rounded=False)
    font = ImageFont.load_default(size=round(height * 0.085))
    x = width * 0.08 + mark + width * 0.05
    y = height / 2
    for offset, line in zip((-1.15, 0.05), ("Human Rights", "Cities Network"), strict=True):
        draw.text((x, y + offset * height * 0.09), line, fill=WHITE, font=font)
    draw.rectangle([0, height - height * 0.03, width, height], fill=HIGHLIGHT)
    return image.resize((1200, 630), Image.Resampling.LANCZOS)


def main():
    icon(32).save(IMG / "favicon-32.png", optimize=True)
    icon(180, maskable=True).save(IMG / "apple-touch-icon.png", optimize=True)
    icon(192).save(IMG / "icon-192.png", optimize=True)
    icon(512).save(IMG / "icon-512.png", optimize=True)
    icon(512, maskable=True).save(IMG / "icon-maskable-512.png", optimize=True)
    share_image().save(IMG / "share-default.png", optimize=True)


if __name__ == "__main__":
    main()
