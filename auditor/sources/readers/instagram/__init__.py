"""Instagram's Accounts Center download (JSON and HTML), including Threads data inside it."""
