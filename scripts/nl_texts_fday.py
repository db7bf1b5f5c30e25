"""Dutch for the fixes after the facilitator's keyboard-only day (issue 12): the day shift's words."""

DUTCH_FDAY = {
    "The day runs to plan again.": "De dag loopt weer volgens plan.",
    "The day is shifted by {minutes} minutes, until {fixed} ({at}): {item} now takes {length} minutes.":
        "De dag is {minutes} minuten verschoven, tot {fixed} ({at}): {item} duurt nu {length} minuten.",
}
