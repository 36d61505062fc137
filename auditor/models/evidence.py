"""Evidence: something a detector found in an item, with why and how sure."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class EvidenceKind(StrEnum):
    SCHOOL_NAME = "school_name"
    JOB_TITLE = "job_title"
    PUPIL_NAME = "pupil_name"
    CHILD_NAME = "child_name"
    PERSON_NAME = "person_name"
    HOME_ADDRESS = "home_address"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    LOCATION_NEAR_SCHOOL = "location_near_school"
    LOCATION_NEAR_HOME = "location_near_home"
    LOCATION = "location"
    FACE = "face"
    TEXT_IN_IMAGE = "text_in_image"
    PUPIL_CONNECTION = "pupil_connection"
    # Context signals that rules combine with the kinds above (an extension of the contract).
    SCHOOL_CONTEXT = "school_context"
    NEGATIVE_REMARK = "negative_remark"
    CONFIDENTIAL_TOPIC = "confidential_topic"
    SCHOOL_GROUP = "school_group"


class Evidence(BaseModel):
    kind: EvidenceKind
    text: str  # the matched text as it stands in the item
    start: int = Field(ge=0)  # character offsets into the item's text (0, 0 for non-text signals)
    end: int = Field(ge=0)
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str = ""  # short and plain: which list, pattern or context word, what score
    detector: str = ""  # the registered name of the detector that found it
    # Set for evidence that a reader of a shared report must not see in clear (pupil names).
    sensitive: bool = False
