"""Turns a recording's address into a privacy-friendly player address, for
the one recording component (templates/components/recording.html) that
activity pages and the media block of every body use.

The page shows a plain link and, with JavaScript, a button; only when the
visitor presses it does the browser contact the video host."""

import re
from urllib.parse import parse_qs, urlparse

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def youtube_id(url):
    parts = urlparse(url)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    if host == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        segments = parts.path.strip("/").split("/")
        if segments[0] == "watch":
            candidate = parse_qs(parts.query).get("v", [""])[0]
        elif segments[0] in {"embed", "live", "shorts"} and len(segments) > 1:
            candidate = segments[1]
        else:
            candidate = ""
    else:
        return None
    return candidate if YOUTUBE_ID.match(candidate) else None


def vimeo_id(url):
    parts = urlparse(url)
    host = (parts.hostname or "").removeprefix("www.")
    if host not in {"vimeo.com", "player.vimeo.com"}:
        return None
    numbers = [segment for segment in parts.path.split("/") if segment.isdigit()]
    return numbers[-1] if numbers else None


def player_for(url):
    """{"provider": ..., "url": ...} for a host we can embed without cookies,
    else None: then the page shows the plain link only."""
    if not url:
        return None
    if video := youtube_id(url):
        return {
            "provider": "YouTube",
            "url": f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1",
        }
    if video := vimeo_id(url):
        return {
            "provider": "Vimeo",
            "url": f"https://player.vimeo.com/video/{video}?dnt=1&autoplay=1",
        }
    return None
