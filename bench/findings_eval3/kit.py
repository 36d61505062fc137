"""Small helpers shared by the third set's two personas (noise people, string walk, chats)."""

from __future__ import annotations

import random

from common import noise_chat

ADULT_FIRST = [
    "Claire",
    "Mark",
    "Joanne",
    "Paul",
    "Steve",
    "Helen",
    "Andrea",
    "Gary",
    "Lisa",
    "Darren",
    "Tracy",
    "Neil",
    "Sarah",
    "Ian",
    "Julie",
    "Craig",
    "Kerry",
    "Wayne",
    "Emma",
    "Lee",
    "Michelle",
    "Rob",
    "Angela",
    "Dean",
    "Karen",
    "Phil",
    "Nadia",
    "Imran",
    "Bev",
    "Carl",
]
ADULT_LAST = [
    "Hughes",
    "Bradshaw",
    "Ormerod",
    "Barlow",
    "Walsh",
    "Hampson",
    "Cooper",
    "Finch",
    "Rigby",
    "Hollinshead",
    "Platt",
    "Sutcliffe",
    "Bennett",
    "Kay",
    "Lord",
    "Moss",
    "Ashton",
    "Crompton",
    "Pearson",
    "Kaur",
    "Doyle",
    "Yates",
    "Fenwick",
    "Chadwick",
]


def adults(rng: random.Random, n: int, avoid: set[str] = frozenset()) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = f"{rng.choice(ADULT_FIRST)} {rng.choice(ADULT_LAST)}"
        if name not in out and name not in avoid:
            out.append(name)
    return out


def strings(obj) -> list[str]:
    """Every string value in a nested structure (dict values, lists, tuples)."""
    out: list[str] = []

    def walk(o):
        if isinstance(o, str):
            out.append(o)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list | tuple):
            for v in o:
                walk(v)

    walk(obj)
    return out


def chat_noise(rng: random.Random, me: str, other: list[str], n: int, t0: int, step=5400):
    """n everyday chat lines alternating between me and the others, from t0 on."""
    lines = []
    t = t0
    for i, txt in enumerate(noise_chat(rng, n)):
        t += rng.randint(60, step)
        who = me if i % 2 else rng.choice(other)
        lines.append((t, who, txt))
    return lines
