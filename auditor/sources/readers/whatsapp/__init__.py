"""WhatsApp exported chats: a `.txt` alone, or zipped with the media it mentions."""
