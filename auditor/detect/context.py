"""What detectors know about the user: built once per audit from the school profile.

Pupil names and the user's own details live here in memory only; nothing here is logged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.detect.aliases import SchoolNameMatcher, school_aliases
from auditor.detect.lexicon import school_register
from auditor.detect.names import PupilIndex
from auditor.profile.schema import SchoolProfile


@dataclass
class DetectionContext:
    profile: SchoolProfile
    school_aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    pupil_names: list[str] = field(default_factory=list, repr=False)
    own_name: str | None = field(default=None, repr=False)
    # Names and usernames the user appears under on platforms (profile `you.other_names`).
    other_names: list[str] = field(default_factory=list, repr=False)
    # The spaCy package to use: None for the first installed one, "none" for rules only.
    model: str | None = None
    _school: SchoolNameMatcher | None = field(default=None, repr=False)
    _pupils: PupilIndex | None = field(default=None, repr=False)

    @classmethod
    def from_profile(cls, profile: SchoolProfile, model: str | None = None) -> DetectionContext:
        return cls(
            profile=profile,
            school_aliases=school_aliases(profile.school.name, profile.school.aliases),
            roles=list(profile.you.roles),
            pupil_names=list(profile.pupil_names),
            own_name=profile.you.name,
            other_names=list(profile.you.other_names),
            model=model,
        )

    @property
    def school(self) -> SchoolNameMatcher:
        """The school-name matcher (built on first use, shared by every detector)."""
        if self._school is None:
            s = self.profile.school
            self._school = SchoolNameMatcher(
                s.name, s.aliases, s.website, s.email_domain, register=school_register()
            )
        return self._school

    @property
    def pupils(self) -> PupilIndex:
        if self._pupils is None:
            self._pupils = PupilIndex(
                self.pupil_names,
                self.own_name,
                self.other_names,
                children=self.profile.you.children,
            )
        return self._pupils

    def __repr__(self) -> str:  # never show names in a traceback or log
        return (
            f"DetectionContext(aliases={len(self.school_aliases)}, "
            f"pupils={len(self.pupil_names)}, roles={len(self.roles)}, model={self.model!r})"
        )
