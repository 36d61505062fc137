"""Pinterest's data download: one HTML page with sections headed by <h1> ("Pins", "Boards",
"Profile" …), each record a run of "Key: value," lines separated by <br>, a pin record
starting with its https://www.pinterest.com/pin/… link (confirmed by a public parser's sample).
The "Boards" and profile sections' keys are not confirmed by public fixtures: any section is
read as records of key/value lines, and the keys that carry text are used. The user's own
uploaded images, when the download includes them, are read as media by file name.
"""
