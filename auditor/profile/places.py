"""Where the school and home are, as the user gives them: coordinates or a pasted map link.

Read offline: the numbers are taken from the text itself (Google Maps, OpenStreetMap, Apple
Maps, Bing, `geo:` links, "53.578, -2.429", or degrees-minutes-seconds as Google copies them).
A short link (maps.app.goo.gl, goo.gl/maps) holds no coordinates and cannot be opened without
going online, so it is refused with what to do instead. Saved as the profile's `location` /
`home_location` ([latitude, longitude], the TOML contract's existing keys).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

SHORT_LINK_HOSTS = ("maps.app.goo.gl", "goo.gl", "g.co", "osm.org/go", "bit.ly")
_NUM = r"[-+]?\d{1,3}(?:\.\d+)?"
_PAIR = re.compile(rf"^\s*\(?\s*({_NUM})\s*[,;\s]\s*({_NUM})\s*\)?\s*$")
_DMS = re.compile(
    r"(\d{1,3})\s*[°º]\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′’])?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:\"|″|”|''))?"
    r"\s*([NSEW])",
    re.IGNORECASE,
)
_GOOGLE_PIN = re.compile(rf"!3d({_NUM})!4d({_NUM})")
_AT = re.compile(rf"@({_NUM}),({_NUM})(?:,|$)")
_OSM_HASH = re.compile(rf"map=\d+(?:\.\d+)?/({_NUM})/({_NUM})")
_HAS_LETTERS = re.compile(r"[A-Za-z]")


class PlaceTextError(ValueError):
    """The text gives no place; the message says what to paste instead."""


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float

    def as_list(self) -> list[float]:
        return [round(self.lat, 6), round(self.lon, 6)]

    @property
    def label(self) -> str:
        return format_place(self.lat, self.lon)


def format_place(lat: float, lon: float) -> str:
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return f"{abs(lat):.5f}° {ns}, {abs(lon):.5f}° {ew}"


def check_link(lat: float, lon: float) -> str:
    """A link the user can open in their own browser to see the place (the app never does)."""
    return (
        f"https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}#map=17/{lat:.5f}/{lon:.5f}"
    )


def _valid(lat: float, lon: float) -> Place:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise PlaceTextError("those numbers are not a place")
    if not -90 <= lat <= 90:
        raise PlaceTextError(f"{lat} is not a latitude (it must be between -90 and 90)")
    if not -180 <= lon <= 180:
        raise PlaceTextError(f"{lon} is not a longitude (it must be between -180 and 180)")
    if lat == 0 and lon == 0:
        raise PlaceTextError("0, 0 is what a device gives when it has no position")
    return Place(lat, lon)


def _pair(a: str, b: str) -> Place:
    return _valid(float(a), float(b))


def _dms(text: str) -> Place | None:
    parts = _DMS.findall(text)
    if len(parts) != 2:
        return None
    values: dict[str, float] = {}
    for deg, minutes, seconds, hemi in parts:
        v = float(deg) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
        h = hemi.upper()
        axis = "lat" if h in "NS" else "lon"
        values[axis] = -v if h in "SW" else v
    if set(values) != {"lat", "lon"}:
        return None
    return _valid(values["lat"], values["lon"])


def _from_url(text: str) -> Place | None:
    url = urlsplit(text)
    host = (url.netloc or "").lower()
    if any(host == h or (host + url.path).startswith(h) for h in SHORT_LINK_HOSTS):
        raise PlaceTextError(
            "a short link holds no coordinates and cannot be read without going online: open "
            "it in your browser, then copy the full address from the address bar, or the "
            "coordinates"
        )
    whole = unquote(text)
    if m := _GOOGLE_PIN.search(whole):  # the pin itself, more exact than the view's centre
        return _pair(*m.groups())
    query = parse_qs(url.query)
    for key in ("mlat",):
        if key in query and "mlon" in query:
            return _pair(query["mlat"][0], query["mlon"][0])
    for key in ("q", "query", "ll", "sll", "daddr", "destination", "center"):
        for value in query.get(key, []):
            m = _PAIR.match(value.replace("~", ","))
            if m:
                return _pair(*m.groups())
    if "cp" in query:  # Bing: cp=53.578~-2.429
        m = _PAIR.match(query["cp"][0].replace("~", ","))
        if m:
            return _pair(*m.groups())
    if m := _OSM_HASH.search(url.fragment or whole):
        return _pair(*m.groups())
    if m := _AT.search(whole):
        return _pair(*m.groups())
    return None


def parse_place(text: str) -> Place:
    """The place in `text` (coordinates, degrees-minutes-seconds, or a map link)."""
    text = text.strip()
    if not text:
        raise PlaceTextError("nothing given")
    if text.lower().startswith("geo:"):
        m = _PAIR.match(text[4:].split(";")[0].split("?")[0])
        if m:
            return _pair(*m.groups())
    if "://" in text or text.lower().startswith(("www.", "maps.", "goo.gl")):
        if "://" not in text:
            text = "https://" + text
        place = _from_url(text)
        if place is not None:
            return place
        raise PlaceTextError(
            "this link holds no coordinates: in the map, right-click the place (or press and "
            "hold it) and copy the numbers it shows, like 53.578, -2.429"
        )
    if m := _PAIR.match(text):
        return _pair(*m.groups())
    if (place := _dms(text)) is not None:
        return place
    if _HAS_LETTERS.search(text):
        raise PlaceTextError(
            "an address cannot be turned into a place without going online: paste the "
            "coordinates or a map link instead (right-click the place in the map to copy them)"
        )
    raise PlaceTextError("give latitude and longitude, like 53.578, -2.429, or a map link")
