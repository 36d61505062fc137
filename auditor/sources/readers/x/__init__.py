"""X (Twitter) archive: `data/*.js` files wrapped in `window.YTD.<name>.partN = [...]`."""
