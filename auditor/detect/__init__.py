"""Detect: find evidence in items. One detector per concern, registered by name; the engine
runs the cheap rule-based detectors over everything and the statistical model only where its
answer can change a finding."""

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, all_detectors, register
from auditor.detect.engine import DetectionEngine

__all__ = ["DetectionContext", "DetectionEngine", "Detector", "all_detectors", "register"]
