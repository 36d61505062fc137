"""Flickr's account data download: `account_profile.json`, one `photo_<id>.json` per photo
(name, description, date_taken, tags, geo, people, albums, privacy, photopage), `albums.json`,
and the photo files themselves (`<name>_<id>_o.jpg`) in separate zips. `geo` latitude and
longitude appear both as decimal strings and as integers in millionths of a degree in public
parsers, so both are accepted.
"""
