"""TikTok "Download your data" in JSON: `user_data.json` (to ~2023) and `user_data_tiktok.json`."""
