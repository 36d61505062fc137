"""Reddit's data request: a zip of CSV files (posts.csv, comments.csv, messages.csv,
chat_history.csv, subscribed_subreddits.csv, moderated_subreddits.csv …).

Headers confirmed by several public parsers: posts (id, permalink, date, ip, subreddit,
gildings, title, url, body), comments (id, permalink, date, ip, subreddit, gildings, link,
parent, body, media), messages (id, permalink, thread_id, date, ip, from, to, subject, body),
chat_history (message_id, created_at, updated_at, username, message, …, subreddit,
channel_name, conversation_type). Files are recognised by name together with their header, so
that another platform's `comments.csv` is not taken for Reddit's.
"""
