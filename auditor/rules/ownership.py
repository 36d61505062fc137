"""The user's own messages in a download, even under a name the profile does not give.

A download says whose account it is in its profile files: an Instagram or TikTok username, an
X handle, the account's display name. Messages carry the sender's platform name, so the
user's own Instagram or TikTok messages are recognised by that username. But files come in
archive order: messages may be read before the profile file that names the account. So the
items whose findings depend on who wrote them (a self-only rule or an others-only rule matches
their evidence) wait until the whole download has been read, then are ruled on with the
account's names. Everything else is ruled on at once.
"""

from __future__ import annotations

from collections import deque

from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.models.item import Item, ItemKind
from auditor.profile.identity import norm_name
from auditor.rules.engine import RuleEngine

# Profile fields that name the download's own account (as the readers call them).
ACCOUNT_FIELDS = frozenset({"username", "name", "display_name"})
MAX_NAME_CHARS = 80
# Items held back at most; beyond this the oldest are ruled on with the names known so far
# (memory stays bounded on a download with very many messages that match a rule).
MAX_WAITING = 20_000


class OwnershipGate:
    """One download's pass through the rules, holding back what depends on authorship."""

    def __init__(self, rules: RuleEngine, max_waiting: int = MAX_WAITING) -> None:
        self.rules = rules
        self.names: frozenset[str] = frozenset()  # the account's names, normalised
        self._waiting: deque[tuple[Item, list[Evidence]]] = deque()
        self._max = max_waiting

    def learn(self, item: Item) -> None:
        """Note the account's names from the download's own profile fields."""
        if (
            item.kind is ItemKind.PROFILE_FIELD
            and item.field in ACCOUNT_FIELDS
            and item.author is None
            and 0 < len(item.text) <= MAX_NAME_CHARS
        ):
            name = norm_name(item.text)
            if name and name not in self.names:
                self.names = self.names | {name}

    def offer(self, item: Item, evidence: list[Evidence]) -> list[Finding]:
        """The item's findings now, or [] when it waits for the end of the download."""
        if self.rules.authorship_matters(item, evidence, self.names):
            self._waiting.append((item, evidence))
            if len(self._waiting) <= self._max:
                return []
            item, evidence = self._waiting.popleft()
        return self.rules.evaluate(item, evidence, self.names)

    def finish(self) -> list[Finding]:
        """The waiting items' findings, with every name the download gave its account, then
        the findings of the download's conversations."""
        waiting, self._waiting = self._waiting, deque()
        names = self.names
        found = [
            f for item, evidence in waiting for f in self.rules.evaluate(item, evidence, names)
        ]
        return found + self.rules.finish()
