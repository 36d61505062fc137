"""The school profile: the user's school, their own details and the pupil list (a TOML file)."""

from auditor.profile.loader import load_profile, load_pupil_names
from auditor.profile.schema import PupilsSection, SchoolProfile, SchoolSection, YouSection

__all__ = [
    "PupilsSection",
    "SchoolProfile",
    "SchoolSection",
    "YouSection",
    "load_profile",
    "load_pupil_names",
]
