"""Photos and videos: where they were taken, who is in them, what text they show (clause 6.16,
5.1).

Importing this package is cheap (no OpenCV): the place detector (`location`) is loaded with the
other text detectors, while the pixel analysis (`stage`, `analysis`) is imported only when an
audit has media to look at.

- `decode`: bounded, downscaled image decoding (JPEG draft mode, decompression-bomb guard).
- `exif`: GPS and time from a photo's own EXIF.
- `geo`, `location`: distances, and the `location` detector for any item with a place.
- `faces`, `ocr`: face detection (OpenCV Haar) and Tesseract OCR where text is likely.
- `video`: MP4/MOV metadata (place, time) and a few key frames when OpenCV can decode them.
- `analysis`: one file's analysis as a cacheable model.
- `cache`: the content-hash cache protocol, in memory and in SQLite.
- `pool`: the two-process analysis pool with progress.
- `evidence`, `stage`: analysis results as evidence for the pipeline.
- `places`: candidate workplace and home from the user's own geotagged media.
"""
