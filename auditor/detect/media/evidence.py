"""What a photo's analysis means for the policy, as evidence on the item that carries it.

- Place: the file's own GPS, when the export gave the item no place of its own (the
  `location` detector reports that one).
- Faces: how many and how big. Many small faces (a class, a team, an assembly) are more
  likely to include pupils than one large face (a selfie), so they get a higher confidence.
- Text: what OCR read, run through the same text detectors as captions (school name, names,
  postcodes, phone numbers), plus an approximate match of the school's name for OCR's slips.
  Each hit is reported under its own kind (so the rules treat a name on a sign like a name in
  a caption) and as `text_in_image`, saying what was read.
"""

from __future__ import annotations

from statistics import median

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.detect.media.analysis import Face, MediaAnalysis
from auditor.detect.media.fuzzy import fuzzy_school
from auditor.detect.media.geo import distance_m
from auditor.detect.media.location import place_evidence
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

DETECTOR = "media"
OCR_FACTOR = 0.92  # a hit in OCR text is a little less sure than the same hit in typed text
MIN_OCR_HIT = 3  # characters
_PLACE_KINDS = {
    EvidenceKind.LOCATION,
    EvidenceKind.LOCATION_NEAR_HOME,
    EvidenceKind.LOCATION_NEAR_SCHOOL,
    EvidenceKind.FACE,
    EvidenceKind.TEXT_IN_IMAGE,
}
_KIND_WORDS = {
    EvidenceKind.SCHOOL_NAME: "the school's name",
    EvidenceKind.PUPIL_NAME: "a pupil's name",
    EvidenceKind.CHILD_NAME: "a child's name",
    EvidenceKind.PERSON_NAME: "a name",
    EvidenceKind.POSTCODE: "a postcode",
    EvidenceKind.PHONE: "a phone number",
    EvidenceKind.EMAIL: "an email address",
    EvidenceKind.HOME_ADDRESS: "your address",
    EvidenceKind.JOB_TITLE: "a job title",
}


def analysis_evidence(
    item: Item,
    analysis: MediaAnalysis,
    engine: DetectionEngine,
    ctx: DetectionContext,
) -> list[Evidence]:
    out: list[Evidence] = []
    where = "key frames of the video" if analysis.media_type == "video" else "picture"
    if analysis.gps is not None and (
        item.location is None or distance_m(item.location, analysis.gps) > 100
    ):
        what = (
            "the video's recorded place"
            if analysis.media_type == "video"
            else "the photo's GPS (EXIF)"
        )
        out.extend(
            place_evidence(
                analysis.gps, ctx.profile.school.point, ctx.profile.you.home_point, DETECTOR, what
            )
        )
    if analysis.faces:
        out.append(face_evidence(analysis.faces, analysis.width, where))
    if analysis.text:
        out.extend(text_evidence(item, analysis.text, engine, ctx, where))
    return out


def face_confidence(faces: list[Face], width: int) -> tuple[float, str]:
    """Higher for many small faces (a class photo) than one large face (a selfie)."""
    n = len(faces)
    share = median(f.w for f in faces) / max(width, 1)
    if n == 1:
        if share >= 0.2:
            return 0.72, "one large face, as in a selfie or portrait"
        return 0.78, "one face"
    if n <= 3:
        return 0.85, f"{n} faces"
    if share <= 0.08:
        return min(0.97, 0.9 + 0.01 * n), "many small faces, as in a class or group photo"
    return min(0.95, 0.86 + 0.01 * n), f"{n} faces, a group"


def face_evidence(faces: list[Face], width: int, where: str) -> Evidence:
    conf, words = face_confidence(faces, width)
    sizes = sorted(f.w for f in faces)
    size = f"{sizes[0]} px" if len(sizes) == 1 else f"{sizes[0]}–{sizes[-1]} px"
    n = len(faces)
    return Evidence(
        kind=EvidenceKind.FACE,
        text=f"{n} face" + ("s" if n != 1 else ""),
        start=0,
        end=0,
        confidence=conf,
        reason=f"{n} face{'s' if n != 1 else ''} found in the {where} ({size} wide): {words}",
        detector=DETECTOR,
    )


def text_evidence(
    item: Item, text: str, engine: DetectionEngine, ctx: DetectionContext, where: str
) -> list[Evidence]:
    probe = item.model_copy(update={"text": text, "location": None, "media": None})
    # A hit of one or two characters ("PE", "4S") in text read from a picture is as likely
    # Tesseract making letters of a texture: only longer hits count there.
    hits = [
        e
        for e in engine.detect(probe)
        if e.kind not in _PLACE_KINDS and len(e.text.strip()) >= MIN_OCR_HIT
    ]
    out: list[Evidence] = []
    for e in hits:
        out.append(
            e.model_copy(
                update={
                    "start": 0,
                    "end": 0,
                    "confidence": round(e.confidence * OCR_FACTOR, 3),
                    "reason": f"read in the {where}: {e.reason}",
                    "detector": f"{DETECTOR}+{e.detector}",
                }
            )
        )
    if not any(e.kind == EvidenceKind.SCHOOL_NAME for e in hits):
        fuzzy = fuzzy_school(text, ctx.profile.school.name)
        if fuzzy is not None:
            out.append(
                Evidence(
                    kind=EvidenceKind.SCHOOL_NAME,
                    text=fuzzy.text,
                    start=0,
                    end=0,
                    confidence=round(min(0.85, 0.9 * fuzzy.score), 3),
                    reason=f"read in the {where}, nearly letter for letter: the school's name",
                    detector=f"{DETECTOR}+ocr-approximate",
                )
            )
    for e in list(out):
        out.append(
            Evidence(
                kind=EvidenceKind.TEXT_IN_IMAGE,
                text=e.text,
                start=0,
                end=0,
                confidence=e.confidence,
                reason=f"text read in the {where} (OCR) shows {_KIND_WORDS.get(e.kind, e.kind.value)}: '{e.text}'"
                if not e.sensitive
                else f"text read in the {where} (OCR) shows {_KIND_WORDS.get(e.kind, e.kind.value)}",
                detector=DETECTOR,
                sensitive=e.sensitive,
            )
        )
    if not out and _wordy(text):
        short = " ".join(text.split())[:80]
        out.append(
            Evidence(
                kind=EvidenceKind.TEXT_IN_IMAGE,
                text=short,
                start=0,
                end=0,
                confidence=0.4,
                reason=f"text read in the {where} (OCR); nothing in it matched the profile",
                detector=DETECTOR,
            )
        )
    return out


def _wordy(text: str) -> bool:
    """At least two real-looking words (OCR of a texture gives fragments like 'ae', 'zs')."""
    words = [w for w in text.split() if len(w) >= 4 and w.isalpha()]
    return len(words) >= 2
