"""location: places of items near the school or home (the detector lives with the media code)."""

from auditor.detect.media.location import LocationDetector

__all__ = ["LocationDetector"]
