"""Google Photos in Google Takeout: each photo's JSON sidecar beside the photo."""
