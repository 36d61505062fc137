"""Snapchat's "My Data" download (JSON selected): `json/account.json`, `json/friends.json`,
`json/chat_history.json` (2024+ dict keyed by conversation, or the older Received/Sent Saved
Chat History lists), `json/snap_history.json` (same shapes), `json/memories_history.json`
("Saved Media" with "Latitude, Longitude: lat, lon" strings), and story files
(`shared_story.json`, `story_history.json`, `spotlight*.json`; their fields are not confirmed
by public fixtures, so every string value of each entry is read).
"""
