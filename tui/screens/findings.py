"""Findings: grouped and filtered, with the detail of the one under the cursor and one key per
decision (fixed, not a problem, permitted with a note), undo, and copy the item's link."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Static, Tree
from textual.widgets.tree import TreeNode

from auditor.errors import AuditorError
from auditor.findings.same_post import same_post
from auditor.models.finding import Finding
from auditor.report.coverage import Coverage, ending
from tui.screens.base import StepScreen
from tui.services import DecisionState, decision_label
from tui.session import platform_name
from tui.widgets.finding_detail import SEVERITY_STYLE, day, finding_detail_parts, snippet
from tui.widgets.photo import PhotoView
from tui.widgets.text_prompt import TextPrompt

GROUPINGS = ("platform", "clause", "severity")
FILTERS = ("open", "new", "decided", "all")
FILTER_WORDS = {
    "open": "still to do",
    "new": "new since last audit",
    "decided": "decided",
    "all": "all",
}
DECIDED_MARK = {"fixed": "✓", "not_a_problem": "–", "permitted": "P", "open": " "}


def group_key(f: Finding, grouping: str) -> tuple[tuple[object, ...], str]:
    """(sort key, heading) of the group a finding belongs to."""
    if grouping == "clause":
        from auditor.rules.clauses import clause_sort_key

        return clause_sort_key(f.clause), f"Clause {f.clause}"
    if grouping == "severity":
        return (f.severity.rank,), f"{f.severity.value.capitalize()} severity"
    return (platform_name(f.platform),), platform_name(f.platform)


KIND_NOUNS = {
    "post": "post",
    "comment": "comment",
    "message": "message",
    "media": "photo",
    "connection": "connection",
    "profile_field": "profile field",
    "group": "group",
    "bio": "bio",
}


def plural_of(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def count_words(members: list[Finding]) -> str:
    """ "9 posts", "3 photos", or "5 items" when they are of different kinds."""
    kinds = {str(f.item.kind) for f in members}
    noun = KIND_NOUNS.get(kinds.pop(), "item") if len(kinds) == 1 else "item"
    return plural_of(len(members), noun)


def repeated(members: list[Finding]) -> list[list[Finding]]:
    """The findings of one group, those of the same rule together, in their first order."""
    by_rule: dict[str, list[Finding]] = {}
    for f in members:
        by_rule.setdefault(f.rule, []).append(f)
    return list(by_rule.values())


def _leaves(node: TreeNode[str]) -> list[TreeNode[str]]:
    out = []
    for child in node.children:
        out.extend([child] if child.data is not None else _leaves(child))
    return out


def matches(f: Finding, needle: str) -> bool:
    if not needle:
        return True
    hay = " ".join([f.title, f.clause, f.platform, f.item.text, f.item.title or "", f.rule])
    return needle.casefold() in hay.casefold()


ALL_CLEAR = "Nothing in these exports breaks the policy rules checked here. Well done."


def no_findings_text(cov: Coverage | None) -> str:
    """An all-clear only after a scan that finished over exports it could read; otherwise
    what was not checked, and why."""
    if cov is None:  # a scan that ended without saying what it covered: claim nothing
        return "Nothing was found, but the scan did not say what it checked. Scan again (ctrl+r)."
    lines = ending(cov, 0)
    if cov.complete:
        lines[0] = ALL_CLEAR
    return "\n\n".join(lines)


class FindingsScreen(StepScreen):
    STEP = "findings"
    CSS_PATH = "findings.tcss"
    BINDINGS = [
        Binding("f", "decide('fixed')", "Fixed"),
        Binding("n", "decide('not_a_problem')", "Not a problem"),
        Binding("p", "permit", "Permitted"),
        Binding("u", "undo", "Undo"),
        # The list's own line names g and o; these are in the palette and the help.
        Binding("y", "copy_link", "Copy link", show=False),
        Binding("g", "next_grouping", "Group", show=False),
        Binding("o", "next_filter", "Filter", show=False),
        Binding("slash", "search", "Search", show=False),  # the field says "/ search"
        Binding("r", "reveal", "Show names", show=False),
        Binding("escape", "leave_search", "Back to list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.grouping = "platform"
        self.filter_by = "open"
        self.needle = ""
        self.selected: str | None = None
        self.reveal = False  # pupils' names stay masked until asked for
        self.decided: list[str] = []  # the findings decided in this sitting, latest last (undo)

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="findings-top"):
            yield Static("", id="findings-mode")
            yield Input(placeholder="/ search", id="search")
        with Horizontal(id="findings-body"):
            tree: Tree[str] = Tree("Findings", id="finding-tree")
            tree.show_root = False
            tree.guide_depth = 2
            yield tree
            with VerticalScroll(id="detail"):
                yield Static("", id="detail-head")
                yield PhotoView(id="photo")
                yield Static("", id="detail-text")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#finding-tree", Tree).focus()
        self.watch(self.app, "theme", lambda _theme: self._show_detail(), init=False)

    # -- the list -------------------------------------------------------------------------
    def shown_findings(self) -> list[Finding]:
        s = self.session
        out = []
        for f in s.findings:
            decision = s.decision_of(f.id).decision
            if self.filter_by == "open" and decision != "open":
                continue
            if self.filter_by == "new" and f.id not in s.new_ids:
                continue
            if self.filter_by == "decided" and decision == "open":
                continue
            if matches(f, self.needle):
                out.append(f)
        return out

    def refresh_view(self, what: frozenset[str]) -> None:
        if not what & {"all", "findings"}:
            return
        wanted = self.session.show_finding  # asked for by another step (the Scan's list)
        if wanted is not None:
            self.session.show_finding = None
            if wanted not in {f.id for f in self.shown_findings()}:
                self.filter_by, self.needle = "all", ""  # the filter hid it: show all
                self.query_one("#search", Input).value = ""
            self.selected = wanted
        tree: Tree[str] = self.query_one("#finding-tree", Tree)
        shown = self.shown_findings()
        keep = self.selected
        old_line = tree.cursor_line
        groups: dict[str, tuple[tuple[object, ...], list[Finding]]] = {}
        for f in shown:
            key, heading = group_key(f, self.grouping)
            groups.setdefault(heading, (key, []))[1].append(f)
        tree.clear()
        nodes: dict[str, TreeNode[str]] = {}
        for heading, (_key, members) in sorted(groups.items(), key=lambda kv: kv[1][0]):
            node = tree.root.add(Text(f"{heading} ({len(members)})", style="bold"), expand=True)
            for rule_members in repeated(members):
                if len(rule_members) == 1:
                    f = rule_members[0]
                    nodes[f.id] = node.add_leaf(self._leaf_label(f), data=f.id)
                    continue
                sub = node.add(self._repeat_label(rule_members), expand=True)
                for f in rule_members:
                    nodes[f.id] = sub.add_leaf(self._leaf_label(f, in_repeat=True), data=f.id)
        total = len(self.session.findings)
        self.query_one("#findings-mode", Static).update(
            f"{FILTER_WORDS[self.filter_by].capitalize()} (o): {len(shown)} of {total}"
            f" · by {self.grouping} (g)"
        )
        # The tree lays its lines out on the next refresh; the cursor can be placed after it.
        self.call_after_refresh(self._place_cursor, nodes.get(keep or ""), old_line)

    def _place_cursor(self, target: TreeNode[str] | None, old_line: int) -> None:
        tree: Tree[str] = self.query_one("#finding-tree", Tree)
        if target is not None:
            tree.move_cursor(target)
        elif tree.last_line >= 0:
            # The finding under the cursor was decided away: stay at the same place in the list,
            # on a finding (not on a heading).
            line = max(1, min(old_line, tree.last_line))
            node = tree.get_node_at_line(line)
            while node is not None and node.data is None and line < tree.last_line:
                line += 1
                node = tree.get_node_at_line(line)
            tree.move_cursor_to_line(line)
        self._show_detail()

    def _leaf_label(self, f: Finding, in_repeat: bool = False) -> Text:
        """One finding's row: its decision, severity, (clause and title, unless its group
        heading says them), date and a few words of it (pupils' names masked)."""
        decision = self.session.decision_of(f.id).decision
        label = Text(DECIDED_MARK.get(decision, " ") + " ")
        label.append("●", style=SEVERITY_STYLE[f.severity.value])
        if f.id in self.session.back_ids and decision == "open":
            label.append(" back again", style="bold")
        if not in_repeat:
            label.append(f" {f.clause} {f.title or f.rule} ·")
        label.append(f" {day(f.item.timestamp)} · ", style="dim")
        label.append(f"“{snippet(f, reveal=self.reveal)}”")
        return label

    @staticmethod
    def _repeat_label(members: list[Finding]) -> Text:
        f = members[0]
        label = Text("  ")
        label.append("●", style=SEVERITY_STYLE[f.severity.value])
        label.append(f" {f.clause} · {count_words(members)} · {f.title or f.rule}")
        return label

    @on(Tree.NodeHighlighted, "#finding-tree")
    def _highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        if event.node.data is not None:
            self.selected = event.node.data
        self._show_detail()

    def current(self) -> Finding | None:
        node = self.query_one("#finding-tree", Tree).cursor_node
        fid = node.data if node is not None else None
        return next((f for f in self.session.findings if f.id == fid), None) if fid else None

    def _show_detail(self) -> None:
        head = self.query_one("#detail-head", Static)
        detail = self.query_one("#detail-text", Static)
        photo = self.query_one(PhotoView)
        f = self.current()
        if f is None:
            node = self.query_one("#finding-tree", Tree).cursor_node
            head.update("")
            detail.update(self._group_text(node) or self._empty_text())
            photo.finding_id = None
            photo.show_photo("", None)
            return
        top, rest = finding_detail_parts(
            f,
            self.session.decision_of(f.id),
            f.id in self.session.new_ids,
            self.reveal,
            muted="" if self.app.theme == "high-contrast" else "dim",
            same_post=same_post(f, self.session.findings),
            back_again=f.id in self.session.back_ids
            and self.session.decision_of(f.id).decision == "open",
        )
        head.update(top)
        detail.update(rest)
        if photo.finding_id != f.id:  # another finding: its detail opens at its top
            photo.finding_id = f.id
            photo.show_photo(f.item.export, f.item.media)
            self.query_one("#detail", VerticalScroll).scroll_home(animate=False)

    def detail_renderables(self) -> list[object]:
        """What the detail pane shows, top to bottom (the photo aside)."""
        return [
            self.query_one("#detail-head", Static).content,
            self.query_one("#detail-text", Static).content,
        ]

    def _group_text(self, node: TreeNode[str] | None) -> str:
        """On a heading: what is under it, and how to go through it."""
        if node is None or node.data is not None or node is node.tree.root:
            return ""
        ids = [n.data for n in _leaves(node)]
        if not ids:
            return ""
        return (
            f"{plural_of(len(ids), 'finding')} under this heading. "
            "Go down (↓) to go through them one by one; enter folds or opens the heading."
        )

    def _empty_text(self) -> str:
        s = self.session
        if s.scan is not None and s.scan.running:
            return "Nothing yet: findings appear here as the scan finds them."
        if not s.findings:
            if s.scan is None:
                return "No findings yet. Add your exports (3) and scan them (ctrl+r)."
            return no_findings_text(s.scan.coverage)
        if self.needle:
            return f"Nothing matches “{self.needle}”."
        return f"Nothing {FILTER_WORDS[self.filter_by]} here. Press o to see the others."

    # -- deciding -------------------------------------------------------------------------
    def action_decide(self, decision: str, note: str = "") -> None:
        f = self.current()
        if f is None:
            return
        self._record(f.id, lambda: self.session.service.decide(f.id, decision, note))

    def action_permit(self) -> None:
        f = self.current()
        if f is None:
            return
        self.app.push_screen(
            TextPrompt(
                "Permitted: who agreed, and why?",
                "For example: Headteacher agreed, my niece, clause 6.7.",
            ),
            lambda note: self.action_decide("permitted", note) if note else None,
        )

    def action_undo(self) -> None:
        """Undo the last decision made (the finding it was about comes back under the
        cursor); with none made in this sitting, the decision about the one shown."""
        s = self.session
        while self.decided and s.decision_of(self.decided[-1]).decision == "open":
            self.decided.pop()  # already undone (or reopened by a new audit)
        if self.decided:
            fid = self.decided.pop()
        else:
            f = self.current()
            if f is None or s.decision_of(f.id).decision == "open":
                self.notify("Nothing to undo: no decision has been made here.", timeout=3)
                return
            fid = f.id
        self._record(fid, lambda: s.service.undo(fid), undoing=True)

    @work(thread=True, group="decide")
    def _record(
        self, finding_id: str, change: Callable[[], DecisionState], undoing: bool = False
    ) -> None:
        try:
            state = change()
        except AuditorError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.app.call_from_thread(self._recorded, finding_id, state, undoing)

    def _recorded(self, finding_id: str, state: DecisionState, undoing: bool = False) -> None:
        self.session.decisions[finding_id] = state
        self.auditor.checklist_soon()
        if not undoing:
            self.decided.append(finding_id)
        hidden = self.filter_by == "open" and state.decision != "open"
        self.selected = None if hidden and not undoing else finding_id
        self.refresh_view(frozenset({"findings"}))
        if undoing:
            now = decision_label(state.decision)
            self.auditor.notify(f"Undone: it is “{now}” again", timeout=2)
        else:
            self.auditor.notify(f"Marked {decision_label(state.decision)}", timeout=2)

    def action_copy_link(self) -> None:
        f = self.current()
        if f is None:
            return
        link = f.item.url or f"{f.item.export} › {f.item.source} {f.item.locator}"
        self.app.copy_to_clipboard(link)
        self.notify("Link copied" if f.item.url else "Where to find it copied", timeout=2)

    # -- grouping, filtering, searching ---------------------------------------------------
    def action_next_grouping(self) -> None:
        self.grouping = GROUPINGS[(GROUPINGS.index(self.grouping) + 1) % len(GROUPINGS)]
        self.refresh_view(frozenset({"findings"}))

    def action_next_filter(self) -> None:
        self.filter_by = FILTERS[(FILTERS.index(self.filter_by) + 1) % len(FILTERS)]
        self.refresh_view(frozenset({"findings"}))

    def action_reveal(self) -> None:
        self.reveal = not self.reveal
        self._show_detail()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_leave_search(self) -> None:
        self.query_one("#finding-tree", Tree).focus()

    @on(Input.Changed, "#search")
    def _search(self, event: Input.Changed) -> None:
        self.needle = event.value.strip()
        self.refresh_view(frozenset({"findings"}))

    @on(Input.Submitted, "#search")
    def _search_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_leave_search()
