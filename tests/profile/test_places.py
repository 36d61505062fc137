"""Places given in Setup: coordinates and map links as people paste them, read offline."""

from __future__ import annotations

import pytest

from auditor.profile.places import PlaceTextError, check_link, format_place, parse_place

SCHOOL = (53.578, -2.429)


@pytest.mark.parametrize(
    "text",
    [
        "53.578, -2.429",
        "53.578,-2.429",
        " (53.578 -2.429) ",
        "53.578; -2.429",
        "53°34'40.8\"N 2°25'44.4\"W",  # as Google Maps copies it
        "53° 34′ 40.8″ N, 2° 25′ 44.4″ W",
        "geo:53.578,-2.429",
        "geo:53.578,-2.429;u=35",
        "https://www.google.com/maps/@53.578,-2.429,17z",
        "https://www.google.com/maps/place/St+Clement's/@53.5,-2.5,15z/data=!3m1!4b1!4m6!3m5"
        "!1s0x0:0x0!8m2!3d53.578!4d-2.429!16s",
        "https://www.google.com/maps?q=53.578,-2.429",
        "https://maps.google.co.uk/maps?ll=53.578,-2.429&z=16",
        "https://www.google.com/maps/search/?api=1&query=53.578%2C-2.429",
        "www.google.com/maps/@53.578,-2.429,17z",
        "https://www.openstreetmap.org/#map=17/53.578/-2.429",
        "https://www.openstreetmap.org/?mlat=53.578&mlon=-2.429#map=16/53.5/-2.4",
        "https://maps.apple.com/?ll=53.578,-2.429&q=School",
        "https://www.bing.com/maps?cp=53.578~-2.429&lvl=16",
    ],
)
def test_coordinates_and_map_links_give_the_place(text: str) -> None:
    place = parse_place(text)
    assert place.lat == pytest.approx(SCHOOL[0], abs=1e-4)
    assert place.lon == pytest.approx(SCHOOL[1], abs=1e-4)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("https://maps.app.goo.gl/AbCdEf123", "short link"),
        ("https://goo.gl/maps/AbCdEf123", "short link"),
        ("14 Mill Lane, Bolton BL3 2AB", "without going online"),
        ("https://www.google.com/maps/place/Bolton", "holds no coordinates"),
        ("95, 10", "not a latitude"),
        ("53, 200", "not a longitude"),
        ("0, 0", "no position"),
        ("", "nothing given"),
        ("12", "latitude and longitude"),
    ],
)
def test_what_gives_no_place_says_what_to_paste_instead(text: str, says: str) -> None:
    with pytest.raises(PlaceTextError, match=says):
        parse_place(text)


def test_the_place_is_shown_in_words_and_as_a_link_to_check() -> None:
    assert format_place(53.578, -2.429) == "53.57800° N, 2.42900° W"
    assert check_link(53.578, -2.429).startswith("https://www.openstreetmap.org/?mlat=53.57800")
    assert parse_place("53.5780001, -2.4290001").as_list() == [53.578, -2.429]
