"""Domain errors in the user's language.

``app`` raises DomainError with a stable code; this table turns the code into a
translated sentence. An unknown code falls back to the English message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.errors import DomainError
from ui.common.messages_juror import desk_messages
from ui.common.messages_awards import award_messages
from ui.common.messages_durability import durability_messages
from ui.common.messages_editor import editor_messages
from ui.common.messages_files import juror_file_messages
from ui.common.messages_guide import guide_messages
from ui.common.messages_import import import_messages
from ui.common.messages_sync_join import join_messages
from ui.common.messages_sync_files import files_messages
from ui.common.messages_sync_conflicts import conflicts_messages
from ui.common.messages_programme import programme_messages
from ui.common.messages_formation import formation_messages
from ui.common.messages_sync_outbox import outbox_messages
from ui.storage.database_messages import database_message


def message_for(error: DomainError) -> str:
    p = error.params
    known = {
        "jury_no_scores": lambda: QCoreApplication.translate("messages", "There are no jury scores yet: import the jurors' files first."),
        "member_name_empty": lambda: QCoreApplication.translate("messages", "Give the member a name."),
        "member_name_duplicate": lambda: QCoreApplication.translate("messages", "{name} is already in this team. Use another name, e.g. with an initial.").format(name=p.get("name", "")),
        "member_name_long": lambda: QCoreApplication.translate("messages", "A name can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "team_name_long": lambda: QCoreApplication.translate("messages", "A team name can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "db_unreachable": lambda: QCoreApplication.translate("messages", "The database cannot be reached:\n{url}\n\n{reason}").format(url=p.get("url", ""), reason=p.get("reason", "")),
        "db_not_staatsprint": lambda: QCoreApplication.translate("messages", "This database holds the tables of another program ({what}), not a Staatsprint database; nothing was changed.\n{url}").format(what=p.get("what", ""), url=p.get("url", "")),
        "team_missing": lambda: QCoreApplication.translate("messages", "This team no longer exists (removed on another laptop?)."),
        "member_missing": lambda: QCoreApplication.translate("messages", "This member no longer exists (removed on another laptop?)."),
        "event_missing": lambda: QCoreApplication.translate("messages", "This event no longer exists."),
        "note_missing": lambda: QCoreApplication.translate("messages", "A note of this action no longer exists (removed on another laptop?); nothing was changed."),
        "cluster_missing": lambda: QCoreApplication.translate("messages", "This cluster no longer exists (removed on another laptop?); nothing was changed."),
        "member_other_team": lambda: QCoreApplication.translate("messages", "Only a member of this team can take one of its roles."),
        "challenge_unknown": lambda: QCoreApplication.translate("messages", "This event has no such challenge."),
        "shift_before_now": lambda: QCoreApplication.translate("messages", "That would start the next item before the current one. Choose a smaller shift."),
        "shift_too_large": lambda: QCoreApplication.translate("messages", "Shift the day by at most {limit} minutes at once.").format(limit=p.get("limit", "")),
        "shift_nothing_left": lambda: QCoreApplication.translate("messages", "Nothing of the programme is still to come."),
        "announcement_long": lambda: QCoreApplication.translate("messages", "An announcement has at most {limit} characters.").format(limit=p.get("limit", "")),
        "note_empty": lambda: QCoreApplication.translate("messages", "An empty note is not made: type a thought first."),
        "note_long": lambda: QCoreApplication.translate("messages", "A note has at most {limit} characters.").format(limit=p.get("limit", "")),
        "text_control": lambda: QCoreApplication.translate("messages", "This text holds an invisible control character ({char}), which cannot be saved; nothing was saved. Remove it (it often comes along when pasting) and try again.").format(char=p.get("char", "")),
        "text_surrogate": lambda: QCoreApplication.translate("messages", "This text holds a broken character ({char}), which cannot be saved; nothing was saved. Type that part again.").format(char=p.get("char", "")),
        "event_name_empty": lambda: QCoreApplication.translate("messages", "Give the event a name."),
        "event_name_long": lambda: QCoreApplication.translate("messages", "An event name can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "event_location_long": lambda: QCoreApplication.translate("messages", "A place can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "cluster_name_long": lambda: QCoreApplication.translate("messages", "A cluster name can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "knelpunt_empty": lambda: QCoreApplication.translate("messages", "Give the pain point a title."),
        "knelpunt_long": lambda: QCoreApplication.translate("messages", "A pain point's title can have at most {limit} characters.").format(limit=p.get("limit", "")),
        "answer_long": lambda: QCoreApplication.translate("messages", "An answer can have at most {limit} characters; this one has {length}. Nothing was saved: shorten it.").format(limit=p.get("limit", ""), length=p.get("length", "")),
        "vote_budget": lambda: QCoreApplication.translate("messages", "All {budget} dots are placed. Take one back to move it.").format(budget=p.get("budget", "")),
        "vote_one_per_item": lambda: QCoreApplication.translate("messages", "One dot per item: this one has yours already."),
        "vote_none_here": lambda: QCoreApplication.translate("messages", "You have no dot on this item."),
        "vote_no_voter": lambda: QCoreApplication.translate("messages", "Choose who votes: add the team's members first."),
        "vote_closed": lambda: QCoreApplication.translate("messages", "The dots are revealed: this vote is closed."),
        "vote_item_gone": lambda: QCoreApplication.translate("messages", "That item is no longer in the vote."),
        "anonymous_started": lambda: QCoreApplication.translate("messages", "This step has started (its timer ran, or something was written or voted in it): whether it is anonymous can no longer be changed."),
        "db_url": lambda: QCoreApplication.translate("messages", "This is not a database address Staatsprint can use:\n{url}").format(url=p.get("url", "")),
        "db_not_a_database": lambda: QCoreApplication.translate("messages", "This file is not a database (a document, or another kind of file?); nothing was changed.\n{url}").format(url=p.get("url", "")),
        "vote_choice": lambda: QCoreApplication.translate("messages", "Choose {places} of the tied items.").format(places=p.get("places", "")),
        "vote_choice_at_most": lambda: QCoreApplication.translate("messages", "Choose at most {places} of the tied items: the vote keeps at most that many.").format(places=p.get("places", "")),
        "vote_choice_none": lambda: QCoreApplication.translate("messages", "Choose at least one of the tied items: the next step works it out."),
        "vote_not_revealed": lambda: QCoreApplication.translate("messages", "Reveal the dots first."),
        "keep_limit": lambda: QCoreApplication.translate("messages", "At most {limit} are kept. Un-keep one first to keep another.").format(limit=p.get("limit", "")),
        "keep_not_top": lambda: QCoreApplication.translate("messages", "Only the {limit} with the most dots (and those tied with them) can be kept.").format(limit=p.get("limit", "")),
        "keep_already": lambda: QCoreApplication.translate("messages", "That one is kept already."),
        "keep_not_kept": lambda: QCoreApplication.translate("messages", "That one is not kept."),
        "keep_last": lambda: QCoreApplication.translate("messages", "Keep at least one: the next step works it out."),
        "keep_fixed": lambda: QCoreApplication.translate("messages", "This vote keeps its winner: nothing can be added or taken away."),
        "keep_tie_open": lambda: QCoreApplication.translate("messages", "First resolve the tie at the cut: choose, or re-vote among the tied."),
        "revote_open": lambda: QCoreApplication.translate("messages", "A re-vote is open: place the dots, then reveal it."),
        "revote_not_open": lambda: QCoreApplication.translate("messages", "Start a re-vote among the tied items first."),
        "revote_not_tied": lambda: QCoreApplication.translate("messages", "Only the tied items are in the re-vote."),
        "revote_role": lambda: QCoreApplication.translate("messages", "Here the tie is broken by a role (the captain), not by a re-vote."),
        "revote_no_tie": lambda: QCoreApplication.translate("messages", "There is no tie left to resolve."),
        "hkw_empty": lambda: QCoreApplication.translate("messages", "Type the rest of the question after “{prefix} …”; nothing was added.").format(prefix=p.get("prefix", "")),
        "best_outside_theme": lambda: QCoreApplication.translate("messages", "Only a question inside a theme can state it best: drag it into the theme first."),
        **_write_failures(p),
        **_crystal_ball(p),
        **_pitch_tasks(),
        **desk_messages(p),
        **_running_order(p),
        **_jury_setup(p),
        **award_messages(p),
        **juror_file_messages(p),
        **import_messages(p),
        **guide_messages(p),
        **join_messages(p),
        **files_messages(p),
        **conflicts_messages(p),
        **editor_messages(p),
        **programme_messages(p),
        **formation_messages(p),
        **outbox_messages(p),
        **durability_messages(p),
        "vote_item_frozen": lambda: _frozen(p.get("dots", 0), p.get("action")),
        "vote_dots_dropped": lambda: _dots_placed(p.get("dots", 0)) + " " + QCoreApplication.translate("messages", "Deleting it would drop them; nothing was deleted."),
        **_reveal_and_audience(p),
    }
    if error.code.startswith("template_"):
        return QCoreApplication.translate("messages", "The template cannot be used; nothing was changed.") + "\n\n" + error.message
    make = known.get(error.code)
    if make:
        return make()
    return database_message(error) or error.message


def _write_failures(p: dict) -> dict:
    """A write the database did not take: what failed, that nothing changed, what to do."""
    reason = p.get("reason", "")
    return {
        "db_write_full": lambda: QCoreApplication.translate("messages", "Saving failed: the disk is full. Nothing was changed. Free up some space and try again."),
        "db_write_locked": lambda: QCoreApplication.translate("messages", "Saving failed: the database is busy (another window, laptop or command is saving). Nothing was changed. Try again in a moment."),
        "db_write_readonly": lambda: QCoreApplication.translate("messages", "Saving failed: the database cannot be written to (the file or server is read-only). Nothing was changed. Open a copy you may change, or ask whoever manages the database."),
        "db_write_refused": lambda: QCoreApplication.translate("messages", "Saving failed: the database refused a value ({reason}). Nothing was changed. Change what you entered and try again.").format(reason=reason),
        "db_write_io": lambda: QCoreApplication.translate("messages", "Saving failed: the database could not be written (a disk or file error: {reason}). Nothing was changed. Check the disk and try again.").format(reason=reason),
        "db_write_connection": lambda: QCoreApplication.translate("messages", "Saving failed: the connection to the database server was lost. Nothing was changed. Check the network and try again."),
    }


def _crystal_ball(p: dict) -> dict:
    """The Crystal Ball's timelines and the final choice."""
    return {
        "milestone_outside": lambda: QCoreApplication.translate("messages", "A milestone lies on the line, between now and {horizon} years ahead; nothing was changed. Place it on the line.").format(horizon=p.get("horizon", "")),
        "milestone_end_fixed": lambda: QCoreApplication.translate("messages", "The end card stays at the ideal situation; place a milestone for an earlier moment."),
        "milestone_missing": lambda: QCoreApplication.translate("messages", "This milestone no longer exists (removed on another laptop?); nothing was changed."),
        "milestone_field": lambda: QCoreApplication.translate("messages", "This card has no such question; nothing was saved."),
        "milestone_title_long": lambda: QCoreApplication.translate("messages", "A milestone's title has at most {limit} characters; nothing was saved. Put the rest in its answers.").format(limit=p.get("limit", "")),
        "idea_not_kept": lambda: QCoreApplication.translate("messages", "Only an idea the team kept in the idea vote has a timeline; nothing was changed."),
        "choice_empty": lambda: QCoreApplication.translate("messages", "Tick the idea the team will pitch first (or several, and name the combination)."),
        "choice_not_kept": lambda: QCoreApplication.translate("messages", "Only ideas the team kept in the idea vote can be chosen; nothing was changed."),
        "choice_name_empty": lambda: QCoreApplication.translate("messages", "Several ideas are ticked: give the combination a name, or tick one idea. Nothing was chosen yet."),
        "choice_name_long": lambda: QCoreApplication.translate("messages", "The combination's name has at most {limit} characters; nothing was chosen.").format(limit=p.get("limit", "")),
    }


def _pitch_tasks() -> dict:
    """The pitch's task split."""
    return {
        "presenter_presents": lambda: QCoreApplication.translate("messages", "The presenter always presents. To untick them, choose another presenter first."),
        "task_unknown": lambda: QCoreApplication.translate("messages", "This pitch has no such task; nothing was changed."),
    }


def _running_order(p: dict) -> dict:
    """The jury's pitch running order."""
    return {
        "order_no_teams": lambda: QCoreApplication.translate("messages", "There are no teams yet to put in a running order."),
        "order_rooms_teams": lambda: QCoreApplication.translate("messages", "Each team pitches in one room; nothing was drawn."),
        "order_room_names": lambda: QCoreApplication.translate("messages", "Each room needs its own name; nothing was changed."),
        "order_room_long": lambda: QCoreApplication.translate("messages", "A room's name has at most {limit} characters; nothing was changed.").format(limit=p.get("limit", "")),
        "order_not_drawn": lambda: QCoreApplication.translate("messages", "This team is not in the running order yet: add it (or draw again) first."),
        "order_nobody_present": lambda: QCoreApplication.translate("messages", "No team of this room is present: nobody can pitch yet."),
        "order_absent_scored": lambda: QCoreApplication.translate("messages", "{count} jurors have scored {team} already: marking it absent takes the team out of the results, so it needs your confirmation. Nothing was changed.").format(
            count=p.get("jurors", ""), team=p.get("team") or QCoreApplication.translate("messages", "Team {number}").format(number=p.get("number", ""))),
        "order_winners_confirmed": lambda: QCoreApplication.translate("messages", "The winners are confirmed: who pitched cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”); nothing was changed."),
        "audience_team_absent": lambda: QCoreApplication.translate("messages", "This team did not pitch (absent): choose another team. Nothing was voted."),
    }


def _jury_setup(p: dict) -> dict:
    """The jury's set-up: jurors, recusals, the rubric, how the winners are decided, the kits."""
    return {
        "juror_name_empty": lambda: QCoreApplication.translate("messages", "Give the juror a name."),
        "juror_name_long": lambda: QCoreApplication.translate("messages", "A juror's name has at most {limit} characters.").format(limit=p.get("limit", "")),
        "juror_name_duplicate": lambda: QCoreApplication.translate("messages", "{name} is already a juror. Use another name, e.g. with an initial.").format(name=p.get("name", "")),
        "juror_organisation_long": lambda: QCoreApplication.translate("messages", "An organisation has at most {limit} characters.").format(limit=p.get("limit", "")),
        "juror_missing": lambda: QCoreApplication.translate("messages", "This juror no longer exists (removed on another laptop?); nothing was changed."),
        "juror_has_file": lambda: QCoreApplication.translate("messages", "{name}'s scores have arrived, so {name} stays on the jury. Withdraw their file instead (Scores tab).").format(name=p.get("name", "")),
        "recusal_scored": lambda: QCoreApplication.translate("messages", "{name}'s scores for this team are in use: they can no longer recuse from it. Withdraw the file first.").format(name=p.get("name", "")),
        "recusal_reason_long": lambda: QCoreApplication.translate("messages", "A reason has at most {limit} characters.").format(limit=p.get("limit", "")),
        "criterion_title_empty": lambda: QCoreApplication.translate("messages", "Give the criterion a title."),
        "criterion_title_long": lambda: QCoreApplication.translate("messages", "A criterion's title has at most {limit} characters.").format(limit=p.get("limit", "")),
        "criterion_description_long": lambda: QCoreApplication.translate("messages", "A description has at most {limit} characters.").format(limit=p.get("limit", "")),
        "criterion_weight": lambda: QCoreApplication.translate("messages", "A weight is a whole number from 1 to {limit}.").format(limit=p.get("limit", "")),
        "criterion_scale": lambda: QCoreApplication.translate("messages", "The lowest score must be below the highest, both from {low} to {high}; nothing was changed.").format(low=p.get("low", ""), high=p.get("high", "")),
        "criterion_last": lambda: QCoreApplication.translate("messages", "The rubric keeps at least one criterion."),
        "criterion_breaks_ties": lambda: QCoreApplication.translate("messages", "This criterion breaks ties. Choose another tie criterion first."),
        "criterion_scored": lambda: QCoreApplication.translate("messages", "Scores in use were given on this criterion, so it stays. Withdraw those files first."),
        "criterion_missing": lambda: QCoreApplication.translate("messages", "This criterion no longer exists (removed on another laptop?); nothing was changed."),
        "rubric_winners_confirmed": lambda: QCoreApplication.translate("messages", "The winners are confirmed: the rubric cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”); nothing was changed."),
        "rubric_scored": lambda: QCoreApplication.translate("messages", "Juror files were scored against this rubric: choose “Change the rubric…” first; nothing was changed."),
        "levels_line": lambda: QCoreApplication.translate("messages", "Line {line} of the levels does not start with a score or a range such as 1-3; nothing was saved.").format(line=p.get("line", "")),
        "levels_outside": lambda: QCoreApplication.translate("messages", "Line {line} of the levels lies outside the scale {low}–{high}; nothing was saved.").format(line=p.get("line", ""), low=p.get("low", ""), high=p.get("high", "")),
        "levels_overlap": lambda: QCoreApplication.translate("messages", "The levels {first} and {second} overlap; nothing was saved.").format(first=p.get("first", ""), second=p.get("second", "")),
        "level_text_empty": lambda: QCoreApplication.translate("messages", "Say after each score or range what it means; nothing was saved."),
        "level_text_long": lambda: QCoreApplication.translate("messages", "A level's text has at most {limit} characters; nothing was saved.").format(limit=p.get("limit", "")),
        "deciding_needs_reason": lambda: QCoreApplication.translate("messages", "Scores have arrived: a change of how the winners are decided needs a reason. Nothing was changed."),
        "deciding_reason_long": lambda: QCoreApplication.translate("messages", "A reason has at most {limit} characters.").format(limit=p.get("limit", "")),
        "tie_criterion_missing": lambda: QCoreApplication.translate("messages", "Choose the criterion that breaks a tie."),
        "jury_no_jurors": lambda: QCoreApplication.translate("messages", "This event has no jurors yet: add them first."),
    }


def tell(parent: QWidget, error: DomainError, title: str | None = None) -> None:
    """A refusal where the page has no place to say it: a message box that does not block ("Not saved" unless ``title``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("messages", "Not saved"), message_for(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("refusalDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask before a destructive action. No is the default (and Escape): Enter, or Space pressed
    once too often, never destroys anything."""
    answer = QMessageBox.question(parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _dots_placed(dots: int) -> str:
    if dots == 1:
        return QCoreApplication.translate("messages", "1 dot was placed on this.")
    return QCoreApplication.translate("messages", "{dots} dots were placed on this.").format(dots=dots)


def _frozen(dots: int, action: object) -> str:
    """A voted item after the reveal: the vote happened, so it stays as it was voted on."""
    if action == "merged":
        return _dots_placed(dots) + " " + QCoreApplication.translate("messages", "After the reveal it can no longer be merged.")
    return _dots_placed(dots) + " " + QCoreApplication.translate("messages", "After the reveal it can no longer be deleted.")


def say(line, text: str, role: str = "error") -> None:
    """One line under a surface: a refusal ("error", in the danger colour) or what an action did
    ("info", in the text colour: a success must not look like a failure)."""
    if line.property("role") != role:
        line.setProperty("role", role)
        line.style().unpolish(line)
        line.style().polish(line)
    line.setText(text)
    line.show()


def message_line(name: str) -> QLabel:
    """A line for a refusal that holds its place while empty or hidden: a message appearing or
    going moves no control below or above it (a click meant for one never lands on another)."""
    line = QLabel(" ")  # one line tall in its own font, before any message
    line.setTextFormat(Qt.TextFormat.PlainText)
    line.setWordWrap(True)
    line.setProperty("role", "error")
    line.setObjectName(name)
    policy = line.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    line.setSizePolicy(policy)
    line.hide()
    return line


def attempt(error_label, action) -> bool:
    """Do a user's action; a refusal shows why in ``error_label`` (and nothing changed). True when done."""
    try:
        action()
    except DomainError as error:
        say(error_label, message_for(error))
        return False
    error_label.hide()
    return True


def made_knelpunten(result) -> str:
    """What making knelpunten (from a selection or from the clusters) did, in one sentence."""
    made, existing = len(result.made), ", ".join(f"“{title}”" for title in result.existing)
    if not existing:
        return QCoreApplication.translate("messages", "{count} pain point(s) made: see the next step.").format(count=made)
    if not made:
        return QCoreApplication.translate("messages", "Nothing new made; already there: {titles}.").format(titles=existing)
    return QCoreApplication.translate("messages", "{count} pain point(s) made; already there: {titles}.").format(count=made, titles=existing)


def _reveal_and_audience(p: dict) -> dict:
    """The winners' reveal and the audience award."""
    return {
        "reveal_not_confirmed": lambda: QCoreApplication.translate("messages", "The winners are not confirmed yet: the jury chair confirms them in the Juryberaad tab first. Nothing is shown on the beamer."),
        "reveal_no_race_winner": lambda: QCoreApplication.translate("messages", "The Idea Race has no winner yet: every team that races must finish its last round."),
        "audience_closed": lambda: QCoreApplication.translate("messages", "The audience vote is closed; nothing was changed."),
        "audience_no_codes": lambda: QCoreApplication.translate("messages", "Make the participants' codes first."),
        "audience_not_open": lambda: QCoreApplication.translate("messages", "The audience vote is not open; nothing was voted."),
        "audience_code_unknown": lambda: QCoreApplication.translate("messages", "This code is not known. Check the code on your slip and type it again; nothing was voted."),
        "audience_code_used": lambda: QCoreApplication.translate("messages", "This code has already voted: each code votes once. Nothing was voted."),
        "audience_own_team": lambda: QCoreApplication.translate("messages", "You cannot vote for your own team; choose another team. Nothing was voted."),
        "audience_tally_hidden": lambda: QCoreApplication.translate("messages", "The tally is shown once the audience vote is closed."),
        "audience_no_votes": lambda: QCoreApplication.translate("messages", "Nobody voted: there is no audience award to confirm."),
        "slips_not_written": lambda: QCoreApplication.translate("messages", "The slips could not be saved ({reason}); no file was written. Choose another folder.").format(reason=p.get("reason", "")),
    }
