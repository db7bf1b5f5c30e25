"""Small pools for the results' tests: scores written as {(juror, team): value or {criterion: value}}."""

from __future__ import annotations

from app.jury.results_model import PoolInput, RubricItem, Sheet

IDEA = RubricItem("idea", "Idee", 1, 1, 10)


def make_pool(scores: dict, *, criteria=(IDEA,), teams=None, jurors=None, not_seen=(), **options) -> PoolInput:
    """A pool whose sheets are ``scores`` (a plain int is the score on the only criterion) plus the
    (juror, team) pairs in ``not_seen``; teams and jurors default to those appearing, in id order."""
    sheets = [Sheet(j, t, v if isinstance(v, dict) else {criteria[0].key: v}) for (j, t), v in scores.items()]
    sheets += [Sheet(j, t, {}, not_seen=True) for (j, t) in not_seen]
    pairs = list(scores) + list(not_seen) + list(options.get("recusals", ()))
    return PoolInput(
        pool_key=options.pop("pool_key", "overall"), places=options.pop("places", 3), criteria=tuple(criteria),
        teams=tuple(teams or sorted({t for _, t in pairs})), jurors=tuple(jurors or sorted({j for j, _ in pairs})),
        sheets=tuple(sheets), **{k: v for k, v in options.items()},
    )


def rows(scores_by_team: dict[int, tuple[int, ...]], jurors: tuple[int, ...]) -> dict:
    """{team: (score of juror 1, score of juror 2, …)} as {(juror, team): score}; None = no sheet."""
    return {(j, t): v for t, values in scores_by_team.items() for j, v in zip(jurors, values) if v is not None}
