"""The plain data the jury's results are computed from and reported as (no database, no Qt).

``app/jury/results_data.py`` reads a ``PoolInput`` per prize pool from the database;
``app/jury/results.py`` turns it into a ``PoolResult`` (pure functions, exact fractions where the
inputs are integers). Screens, the report, the CSV and ``staatsprint jury results --json`` read these.
Team, juror and criterion identities are the database ids and keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class RubricItem:
    key: str
    title: str
    weight: int
    min: int
    max: int


@dataclass(frozen=True)
class Sheet:
    """One juror's verdict on one team in the revision in use: every criterion's value, or not seen."""

    juror_id: int
    team_id: int
    values: dict[str, int] = field(default_factory=dict)  # criterion key -> score
    not_seen: bool = False


@dataclass(frozen=True)
class PoolInput:
    pool_key: str  # "overall", or "challenge:<challenge key>" for a per-challenge pool
    places: int  # 3: a podium; 1: a winner
    criteria: tuple[RubricItem, ...]
    teams: tuple[int, ...]  # the pool's teams (absent ones included: they are never ranked)
    jurors: tuple[int, ...]  # every juror of the event
    sheets: tuple[Sheet, ...]  # only for teams of this pool
    recusals: frozenset[tuple[int, int]] = frozenset()  # (juror, team)
    absent: frozenset[int] = frozenset()  # teams that did not pitch
    positions: dict[int, int] = field(default_factory=dict)  # team -> place in its room's running order (1 = first)
    deciding: str = "raw"  # "raw" or "adjusted"
    tie_break: tuple[str, ...] = ("head_to_head", "criterion", "chair")
    tie_criterion: str | None = None
    chair_decisions: dict[tuple[int, int], int] = field(default_factory=dict)  # (team, team) sorted -> the team the chair put first
    minimum_jurors: int = 3
    disagreement: int = 3  # a team whose jurors' S_jt span more than this is flagged


@dataclass(frozen=True)
class TeamResult:
    team_id: int
    raw: Fraction | None  # None: nobody scored it (never ranked)
    adjusted: Fraction | None  # None: not scored, or the pool's adjusted ranking is not available
    rank: int | None  # by the deciding ranking, 1 = best, equal values share the better rank
    other_rank: int | None  # by the other ranking
    jurors: int  # how many jurors scored it
    juror_scores: dict[int, Fraction]  # S_jt per juror who scored it
    per_criterion: dict[str, Fraction]  # the mean of each criterion over those jurors
    # How far the jurors disagree about this team, each juror's general leniency left out: the largest
    # minus the smallest S_jt − b_j (b_j the juror's offset in the adjusted ranking's fit); the range of
    # the plain S_jt when the pool is not connected (no fit). 0 with fewer than two jurors.
    spread: Fraction
    disagreement: bool  # spread above the template's threshold
    few_jurors: bool  # fewer jurors than the minimum (coverage warning)
    recused: tuple[int, ...]  # jurors who recused from it
    not_seen: tuple[int, ...]  # jurors who marked it not seen
    absent: bool


@dataclass(frozen=True)
class Tie:
    """Teams with an equal deciding value at a prize position, and how the tie was broken."""

    place: int
    teams: tuple[int, ...]  # as tied, in team-id order
    order: tuple[int, ...]  # as broken (best first); equal to ``teams`` while it waits for the chair
    broken_by: str | None  # "head_to_head", "criterion", "chair", or None: waiting for the chair


@dataclass(frozen=True)
class Margin:
    """How close two neighbouring places are: the smallest change of one score (one juror, one
    criterion, within the scale) that makes the lower team reach or pass the higher."""

    place: int  # the higher team's place; the lower team's is place + 1
    higher: int
    lower: int
    points: int | None  # None: no single score change can do it
    juror_id: int | None
    criterion: str | None


@dataclass(frozen=True)
class JurorProfile:
    juror_id: int
    teams: int  # teams scored
    mean: Fraction | None  # their mean S_jt
    offset: Fraction | None  # their mean minus the panel's mean over the same teams (harsh < 0 < lenient)
    spread: float | None  # standard deviation of their S_jt
    spearman: float | None  # correlation with the mean of the others over shared teams
    complete: bool  # scored every rankable team of the pool


@dataclass(frozen=True)
class PoolResult:
    pool_key: str
    places: int
    deciding: str
    teams: tuple[TeamResult, ...]  # ranked teams by the deciding ranking (ties broken), then unranked ones
    podium: tuple[int, ...]  # the first ``places`` teams, ties broken (shorter while a tie waits for the chair)
    ties: tuple[Tie, ...]
    adjusted_note: str | None  # why there is no adjusted ranking ("disconnected"), else None
    kendall_w: float | None
    w_note: str | None  # why W is not shown ("few_teams", "few_complete_jurors")
    profiles: tuple[JurorProfile, ...]
    dissenter: int | None  # the juror with the lowest correlation (when it is shown)
    changes_set: tuple[int, ...]  # jurors whose absence changes the set of the podium
    changes_order: tuple[int, ...]  # jurors whose absence changes only its order
    margins: tuple[Margin, ...]
    few_jurors: tuple[int, ...]  # teams under the minimum
    unranked: tuple[int, ...]  # teams nobody scored (or absent)
