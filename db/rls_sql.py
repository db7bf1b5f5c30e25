"""The SQL that row-level security stands on (PostgreSQL only): the group roles, the helper functions
that tell the policies who the connected login is, and the views through which a team sees other
teams' public progress. Applied by ``db.rls.apply_row_security``; every statement here can run again.

The helper functions are ``SECURITY DEFINER`` (they run as the owner, who is not subject to the
policies: no FORCE, see db/rls.py) with a pinned ``search_path``, and read the ``login`` table by
``session_user`` — not ``current_user``, which inside a definer function is the owner, and which a
login could change with ``SET ROLE`` to one of its group roles.
"""

from __future__ import annotations

# One NOLOGIN group role per kind of login carries the grants; a login role is a member of one.
# Role names are per cluster: every event database on a server shares these four.
GROUP_ROLES = {
    "facilitator": "staatsprint_facilitator",
    "team": "staatsprint_team",
    "juror": "staatsprint_juror",
    "member": "staatsprint_member",
}


def group_roles_sql() -> list[str]:
    """Create the group roles when missing (two owners doing it at once: the second is told, and ignores it)."""
    return [
        f"""DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{role}') THEN
    CREATE ROLE {role} NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$"""
        for role in GROUP_ROLES.values()
    ]


def _login_function(name: str, column: str, kind: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION public.{name}() RETURNS {kind}
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT {column} FROM public.login WHERE role_name = session_user
$$"""


FUNCTIONS = [
    _login_function("sp_login_event", "event_id", "integer"),
    _login_function("sp_login_team", "team_id", "integer"),
    _login_function("sp_login_juror", "juror_id", "integer"),
    _login_function("sp_login_member", "member_id", "integer"),
    _login_function("sp_login_kind", "kind", "text"),
    # The owner, a superuser or a role that bypasses row security: sees everything (who_am_i says None).
    """CREATE OR REPLACE FUNCTION public.sp_sees_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                 WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls))
      OR pg_catalog.pg_has_role(session_user,
           (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'public.event'::regclass), 'MEMBER')
$$""",
    # A step whose members' work stays private until its reveal: the template's rule (a re-vote round,
    # "<step>:revoteN", always is), and no reveal stored yet for that team and step.
    """CREATE OR REPLACE FUNCTION public.sp_hidden(p_team integer, p_step text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT (p_step LIKE '%:revote%' OR COALESCE((
           SELECT bool_or(COALESCE((s -> 'rules' ->> 'hidden_until_reveal')::boolean, false))
           FROM public.team t JOIN public.event e ON e.id = t.event_id,
                jsonb_array_elements(e.template_json::jsonb -> 'phases') p,
                jsonb_array_elements(p -> 'steps') s
           WHERE t.id = p_team AND s ->> 'key' = split_part(p_step, ':', 1)), false))
     AND NOT EXISTS (SELECT 1 FROM public.step_state ss
                     WHERE ss.team_id = p_team AND ss.step_key = p_step AND ss.part_key = ''
                       AND ss.revealed_at IS NOT NULL)
$$""",
]

# Every team's notes counted (the race leaderboard, the dashboard), without their text: owned by the
# owner, so it reads past the note policies, and limited here to the login's own event. The author is
# named only for the login's own team (a member's count in another team is not theirs to see).
NOTE_COUNT_VIEW = "public_note_count"
VIEWS = [
    f"""CREATE OR REPLACE VIEW public.{NOTE_COUNT_VIEW} WITH (security_barrier) AS
  SELECT n.team_id, n.step_key, n.part_key,
         CASE WHEN (SELECT public.sp_sees_all()) OR (SELECT public.sp_login_kind()) = 'facilitator'
                   OR n.team_id = (SELECT public.sp_login_team()) THEN n.author_id END AS author_id,
         count(*)::integer AS n
  FROM public.note n JOIN public.team t ON t.id = n.team_id
  WHERE (SELECT public.sp_sees_all()) OR t.event_id = (SELECT public.sp_login_event())
  GROUP BY 1, 2, 3, 4""",
]


def view_grants_sql() -> list[str]:
    roles = ", ".join(GROUP_ROLES.values())
    return [f"GRANT SELECT ON public.{NOTE_COUNT_VIEW} TO {roles}"]
