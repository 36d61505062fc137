"""Instagram's localised labels: the keys of `string_map_data` follow the account's language.

Known translations are listed per field; a label not listed is classified by its value (an
address with "@", a phone number, a link, or prose) so that other languages still work.
"""

from __future__ import annotations

import re

_LABELS: dict[str, tuple[str, ...]] = {
    "username": (
        "username",
        "gebruikersnaam",
        "kullanıcı adı",
        "benutzername",
        "nom d'utilisateur",
        "nom d’utilisateur",
        "nombre de usuario",
        "nome utente",
        "nome de usuário",
        "nazwa użytkownika",
    ),
    "name": ("name", "naam", "ad", "nom", "nombre", "nome", "imię i nazwisko"),
    "bio": ("bio", "biografie", "biyografi", "biografía", "biographie", "biografia", "biogram"),
    "website": (
        "website",
        "web sitesi",
        "site web",
        "sitio web",
        "sito web",
        "webseite",
        "witryna",
    ),
    "email": (
        "email",
        "e-mail",
        "e-posta",
        "e-mail-adresse",
        "adresse e-mail",
        "correo electrónico",
        "indirizzo e-mail",
        "e-mailadres",
        "email address",
    ),
    "phone": (
        "phone number",
        "phone",
        "telefoonnummer",
        "telefon numarası",
        "telefonnummer",
        "numéro de téléphone",
        "número de teléfono",
        "numero di telefono",
        "número de telefone",
        "numer telefonu",
    ),
    "current_city": ("city name", "city", "plaatsnaam", "şehir", "stadt", "ville", "ciudad"),
    "comment": (
        "comment",
        "opmerking",
        "yorum",
        "kommentar",
        "commentaire",
        "comentario",
        "commento",
        "comentário",
        "komentarz",
    ),
    "media_owner": (
        "media owner",
        "media-eigenaar",
        "medya sahibi",
        "medieninhaber",
        "propriétaire du contenu",
        "propietario del contenido",
        "proprietario",
    ),
    "time": ("time", "tijd", "zaman", "zeit", "heure", "hora", "ora", "czas"),
}
# Labels whose values say nothing a policy cares about (or only booleans), in known languages.
_IGNORED = {
    "gender",
    "geslacht",
    "cinsiyet",
    "geschlecht",
    "genre",
    "género",
    "date of birth",
    "geboortedatum",
    "doğum tarihi",
    "geburtsdatum",
    "date de naissance",
    "private account",
    "privéaccount",
    "gizli hesap",
    "privates konto",
    "compte privé",
    "phone confirmed",
    "phone confirmation method",
    "email confirmed",
    "profile photo",
}
_BY_LABEL = {label: field for field, labels in _LABELS.items() for label in labels}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d ()\-]{7,20}$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)


def field_for(label: str, value: str) -> str | None:
    """The field a labelled profile value belongs to, or None when it is not worth reading."""
    key = label.strip().casefold()
    if key in _BY_LABEL:
        return _BY_LABEL[key]
    if key in _IGNORED or not value.strip() or value.strip().casefold() in ("true", "false"):
        return None
    v = value.strip()
    if _EMAIL.match(v):
        return "email"
    if _URL.match(v):
        return "website"
    if _PHONE.match(v) and sum(c.isdigit() for c in v) >= 7:
        return "phone"
    if len(v.split()) >= 3:  # prose under a label we do not know: most likely the bio
        return "bio"
    return None


def is_label(label: str, field: str) -> bool:
    return _BY_LABEL.get(label.strip().casefold()) == field
