"""YouTube, from Google Takeout ("YouTube and YouTube Music").

Layouts accepted (2023+ CSV, confirmed by several public parsers; older JSON/HTML forms are
plausible variants, read where present):
- `channels/channel.csv`: Channel ID, Channel Title (Original), Channel Visibility …
- `video metadata/videos.csv`: Video ID, Video Title (Original), Video Description (Original),
  Privacy, Video Create Timestamp … and `video metadata/video recordings.csv` for where a
  video was recorded (latitude/longitude columns; the exact headers are not confirmed, so any
  column naming latitude/longitude is used).
- `comments/comments.csv` (Comment Text holds JSON text segments), `live chats/live chats.csv`.
- `playlists/playlists.csv`, `subscriptions/subscriptions.csv`.
- Older: `my-comments/my-comments.html`, `my-live-chat-messages/…html`,
  `subscriptions/subscriptions.json` ([{"snippet": {"title"}}]).
"""
