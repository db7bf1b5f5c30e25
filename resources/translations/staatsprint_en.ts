<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>Announcement: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnonymousSwitch</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(fixed: the step has started)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No names on this step's notes, ideas and dots: not on the board, the vote or the beamer. The team chooses before the step starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step has started: whether it is anonymous can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <source>Take over again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take over again: {question}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move or delete this answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to {zone}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AudienceBallot</name>
    <message>
        <source>Your code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ACD3F7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team you vote for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vote for the best idea of another team. Type the code on your slip and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a team with the arrow keys, then press Enter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you: your vote is counted. Next, please!</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AudiencePanel</name>
    <message>
        <source>Audience award</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the slips…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voting laptop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the audience award</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This day's template has no audience award.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vote is open: {cast} of {codes} participants have voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vote is closed: {cast} of {codes} participants voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vote is not open yet. Codes made: {codes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team}: {votes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie: {teams} share the award — one shared prize, announced together on one card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The award goes to {team}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed as one shared prize: the reveal can announce the teams together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed: the reveal can announce it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Codes made for %n participant(s): print the slips.</source>
        <translation>
            <numerusform>Code made for %n participant: print the slip.</numerusform>
            <numerusform>Codes made for %n participants: print the slips.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every participant has a code already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the slips as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience award codes.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} slips saved in {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vote is open: put the voting laptop at the door.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the audience vote? Nobody can vote afterwards, and the tally is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audience award is confirmed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BeamerPitch</name>
    <message>
        <source>Presented by {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PITCH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pitch is still being made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No idea chosen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who we need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{years} years</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BeamerSource</name>
    <message>
        <source>This is the last team's pitch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the first team's pitch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Introductions and roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(paused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next at {time} · {title}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BeraadCharts</name>
    <message>
        <source>harsh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lenient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mean score (bar ± spread); dashed: the panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pitch position (1 = first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team (by place)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jurors' scores</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BeraadTab</name>
    <message>
        <source>No scores yet: import the juror files on the Scores tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Prize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export feedback for the teams…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted score per juror: darker is higher. R = recused (conflict of interest) · NS = not seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean score per criterion; in bold: the best team on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winner: {challenge}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreement with the others (correlation, 1 = the same order):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too few teams with a pitch position to show a drift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drift: early and late pitches scored alike.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later pitches scored higher: +{points} per pitch on average.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later pitches scored lower: {points} per pitch on average.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export feedback for the teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feedback is saved: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BeraadTables</name>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other
ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ This score decides the ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same place in the other ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another place in the other ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewer jurors than the minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jurors disagree widely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recused (conflict of interest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not seen: the juror missed this pitch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>…the rest, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a thought, Enter: on the board, and type the next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one question inside a theme to mark it as the one that states the theme best.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer the best of its theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ States its theme best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sticky note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a cluster of the selected notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make pain points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ Best of its theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected question as the one that states its theme best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal everyone's notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You write your own notes; the others' appear at the reveal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who writes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lilac</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two clusters to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select clusters or notes first: each becomes a pain point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous step · notes per person: {counts}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardQuestions</name>
    <message>
        <source>Dots placed on “{name}” move with it (or go back to their voters where one dot per item is allowed); how many stays hidden until the reveal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 dot on “{name}” moves with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} dots on “{name}” move with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 dot goes back to its voter (one dot per item).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} dots go back to their voters (one dot per item).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which name does the merged cluster get? Choose one, both, or type a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 dot was placed on this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} dots were placed on this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots were placed on this in a vote not yet revealed (how many stays hidden until the reveal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They are dropped if you delete it (the voters can place them again). Delete anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Sticky-note board</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When, from now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A title for this milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The milestone's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete milestone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CategoriseSwitch</name>
    <message>
        <source>Drag ideas together and name each cluster: a category. The vote stays on the ideas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categorise the ideas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Back to the vote</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>This team has no challenge yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one on the team page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHALLENGE {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also answer these in your solution and pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action plan answers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <source>The chair's reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Podium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (needed when the podium differs from the computed one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the winners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen the winners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chair decides — place {place}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winners confirmed at {time}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the winners of every prize? The reveal shows these.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why are the winners reopened? (It is recorded.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners are open again: the chair can change and confirm them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chair's choice is recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While you were editing {what}, it was changed and saved on another laptop. Your version is not saved yet. Which one should stay?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs — saved now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours — not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the version saved on the other laptop; yours is dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs stays; yours becomes a second note beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save your version over theirs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connected again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connection to the server for %1 — what you type is kept; reconnecting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrystalPage</name>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{years} years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The idea's timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All timelines, one above the other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place a milestone on the line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this timeline as a PNG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ideas kept yet. Keep the best ideas in the step “{step}”: each kept idea gets its own timeline here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idea {n}: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All timelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All timelines, one above the other: the same years in the same place. Choose an idea above to work on its timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click the line to place a milestone, or press “+ Milestone”. Drag a milestone along the line to move it in time; click the end card to say which goal is reached. Keys on the timeline: ↓ and ↑ choose a card, ← and → move it a quarter, Delete removes it; Escape in a field goes back to the timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the timeline as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrystalScenes</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which goal has been reached? Click here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to answer its questions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase {number} · {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{time} over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes: {here} here · {total} in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ideas: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots: {cast} of {budget}, revealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots: {cast} of {budget} · {done} of {voters} done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still to vote: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch: {answered}/{asked} questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{panels}/{minimum} panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Far behind: go here first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time is up: on to the next step, or add time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behind the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vote stalling: {count} dots still open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No timer running</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>ALL TEAMS AT A GLANCE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every team's tile on the beamer (no names of people)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No teams yet. Make teams on the participants page (Ctrl+6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No teams in this event yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How every team is doing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n team(s) need a facilitator</source>
        <translation>
            <numerusform>%n team needs a facilitator</numerusform>
            <numerusform>%n teams need a facilitator</numerusform>
        </translation>
    </message>
    <message>
        <source>Every team is on track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the timer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecidingCard</name>
    <message>
        <source>Head to head: most jurors who scored both prefer it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The higher mean on the tie criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chair decides, with a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the winners are decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deciding ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raw mean of the weighted scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjusted for lenient and harsh jurors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each team's mean over the jurors who scored it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes a lenient or harsh juror's offset where not every juror scored every team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie at a prize position is broken by, in this order (untick to leave one out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tie-break order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tie criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores have arrived: a change now needs a reason, which is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed once the first scores arrive; a later change needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores have arrived. Why does this change? (It is recorded.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>The event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the header, the beamer and the printed agenda call this day. A new date moves the whole programme to that day, at the same times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the building and the city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>EDIT THE EVENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change is saved at once, for this event only: the template it was made from stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write this event's day, with every change, as a template file: next year's event can start from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as template: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint templates (*.toml)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no team yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who uses this laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One laptop per member: choose yourself. The team's shared laptop: choose the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a team to this event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>the team (shared laptop)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback on the first phases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No teams yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback on the first phases · team {number} of {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question that states it best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problem statement yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top pain point</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FinalChoiceBox</name>
    <message>
        <source>Final choice: the idea you will pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the combination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the combination of ideas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not chosen yet. After the Crystal Balls: tick one idea, or several and name the combination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (chosen by {name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen: {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FinalisedPage</name>
    <message>
        <source>Hand this file to the facilitator: on a USB stick or by mail. It is signed: the facilitator's app sees that it comes from you and was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something to change after all? Start a new revision, correct the scores and finalise again: the facilitator uses the newest revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision {n} of your scores is finalised and saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstTeamCard</name>
    <message>
        <source>This event has no team yet. Give the first team a name (or leave it empty: it is called “{default}” until it gets one). More teams come with “+ Team” at the top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the first team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{default}” if left empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the first team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or start from the registrations: import them, then form the teams by challenge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import registrations…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormationControls</name>
    <message>
        <source>Make teams by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shuffle again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new draw of the teams that have not started, with the same size or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Add an empty team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People per team (at most)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormationWords</name>
    <message>
        <source>Not yet placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count}× {organisation} (max {limit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count}× {role} (max {limit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large: {size} present (smallest team {smallest})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small: {size} present (largest team {largest})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>END OF PHASE {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What did “{phase}” give you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not there yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: phase {number} · {start}–{end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Back to {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On to phase {number} →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pain points it came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final choice and its plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not chosen yet: choose the idea to pitch under the Crystal Balls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen idea's timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(chosen by {name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your problem statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your pitch in brief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for the jury?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still empty ({count}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No presenter chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: {count} panels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: {count} of at least {least} panels.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Staatsprint — Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts (Shift+F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guide as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the guide as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guide not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guide saved: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Participants import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet of the file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported. Choose another file, or save this one again as CSV or Excel workbook (.xlsx) from the registration tool or spreadsheet, and choose it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import participants into {event}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one of {count} sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what column “{header}” holds, or “do not import”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use; replaces revision {revision}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received before: nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older than revision {newer}, received before: kept for the record, the scores are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaced by revision {newer} of this import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring is closed: held until the chair accepts it; the scores are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It replaces the paper sheet typed as revision {revision} (kept for the record).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{juror}, revision {revision}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(according to the file: {juror})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{text} Not verified: the file's signature does not hold, so this name may be false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{accepted} accepted, {duplicate} duplicate, {superseded} superseded, {after} after close, {refused} refused.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Juror files imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JurorHeader</name>
    <message>
        <source>Juror: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{done} of {count} teams done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision {n} — not finalised yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message>
        <source>Scoring — {juror} — {event}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Previous team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next team →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My ranking and finalise…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the juror file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JurorsCard</name>
    <message>
        <source>Type in the table to change a name or organisation; tick who chairs the jury.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of a new juror, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New juror's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New juror's organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add juror</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export kit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kit of the juror chosen in the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export kits…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every juror's kit into one folder: the file each juror opens to score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} chairs the jury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported {time} · file received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported {time}, for an earlier rubric: export again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported {time}, from an earlier running order: export again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kits of {names} are for earlier criteria: export them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kits of {names} list an earlier running order: export them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jury always has a chair: tick another juror to make them chair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a juror in the table first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove juror</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} recuses from {count} team(s). Remove {name} and those recusals?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the jurors first: a kit is made for each of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the folder for the kits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kit was written: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} kits were written to {folder}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <source>Jury and rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juryberaad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JurySetup</name>
    <message>
        <source>A reason is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reason is required: type why, or press Cancel to leave it as it was.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeptText</name>
    <message>
        <source>tie broken by a re-vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tie broken by the {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tie broken by {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tie broken by the team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnelpuntenPage</name>
    <message>
        <source>Pain points, most important first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new pain point, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no clusters yet: make them in the step “{step}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dots placed on it are dropped (the voters can place them again); how many stays hidden until the reveal.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dot(s) placed on it are dropped (the voters can place them again).</source>
        <translation>
            <numerusform>%n dot placed on it is dropped (the voter can place it again).</numerusform>
            <numerusform>%n dots placed on it are dropped (the voters can place them again).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pain point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “{title}” and its answers?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the &amp;demo event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a &amp;jury kit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The &amp;challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team and introductions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another &amp;event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another te&amp;am…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who uses this &amp;laptop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start / pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+1 minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−1 minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List of &amp;steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single-key shortcuts (+ and −)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Staatsprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run a one-day design-thinking hackathon: programme, timers, the four phases and the jury — on this laptop, without internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event in this database yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a jury kit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Staatsprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint runs a one-day design-thinking hackathon offline. No account, no telemetry: your data stays in your database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message numerus="yes">
        <source>Recognised: {known} of the %n column(s). Choose what the others hold, or “do not import”. Staatsprint remembers this for files with the same columns.</source>
        <translation>
            <numerusform>Recognised: {known} of the %n column. Choose what it holds, or “do not import”. Staatsprint remembers this for files with the same columns.</numerusform>
            <numerusform>Recognised: {known} of the %n columns. Choose what the others hold, or “do not import”. Staatsprint remembers this for files with the same columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Introduce yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigatorToggle</name>
    <message>
        <source>List of steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the list of steps (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the list of steps (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to use the template's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other template file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint templates (*.toml)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <source>Pitch running order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Room shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the teams not in the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rooms…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw by lot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the team to room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Room of this team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no idea chosen yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No running order yet: draw it by lot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This room's order was not drawn by lot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn by lot at {time} with seed {seed}. Anyone can check it: the team numbers, sorted, shuffled with Python's random.Random({seed}).shuffle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme has no item at {time} for the pitches: the order cannot be checked against it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{teams} teams need {needed} minutes; the window {start}–{end} has {window}: it fits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{teams} teams need {needed} minutes, the window {start}–{end} has {window}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present again (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores have arrived already: the jurors' kits list the present order. Draw a new order by lot for every room? The present order is replaced; the kits then list the old order until they are exported again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The running order was drawn already. Draw a new order by lot for every room? The present order is replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 juror has scored {team} already. Marking it absent takes the team out of the results. Continue?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} jurors have scored {team} already. Marking it absent takes the team out of the results. Continue?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In how many rooms do the teams pitch at the same time?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Room {number}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitched idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxBridge</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelCard</name>
    <message>
        <source>Add picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caption, e.g. “Anna reports a move”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens in this scene?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panel {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panel {n}: drag to move it, or press {back} or {on}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caption of panel {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of panel {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No picture yet:
add a photo of a sketch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another photo for this panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a photo (PNG or JPEG) of this panel's sketch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperGrid</name>
    <message>
        <source>Not seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for the jury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback for the team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperPanel</name>
    <message>
        <source>Raced on paper? Choose the round, then type its ideas in (Enter for the next), or let the captain enter how many there were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The round the paper ideas belong to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An idea from paper, Enter: typed in under this round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idea typed in after the round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or the count:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of ideas in this round, counted on paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the count back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <source>Type in a paper sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores from the paper sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter again to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First entry: type the sheet as the juror filled it in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second entry: type the same sheet again, without looking at the first entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab goes to the next cell, Space ticks “not seen”, {keys} goes on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles (captain, time keeper…) are not given here: each team chooses them together, as the workbook says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants and teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import registrations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A registration export (CSV or Excel) becomes participants, not yet in a team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget e-mail addresses…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data: after the event, forget every participant's e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n participant(s) not yet placed</source>
        <translation>
            <numerusform>%n participant not yet placed</numerusform>
            <numerusform>%n participants not yet placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) with a warning</source>
        <translation>
            <numerusform>%n team with a warning</numerusform>
            <numerusform>%n teams with a warning</numerusform>
        </translation>
    </message>
    <message>
        <source>no teams yet: make them above, or add an empty team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone is placed and the teams are mixed as the rule asks.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Re-form the %n team(s) of this challenge that already have people? Who is in which of them changes; teams that have started stay as they are.</source>
        <translation>
            <numerusform>Re-form the %n team of this challenge that already has people? Who is in it changes; teams that have started stay as they are.</numerusform>
            <numerusform>Re-form the %n teams of this challenge that already have people? Who is in which of them changes; teams that have started stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shuffle the teams again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the teams again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teams are made: adjust them by dragging, or with Alt+arrows on a person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No e-mail addresses are kept for this event.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Forget the e-mail addresses of %n participant(s)? This cannot be undone; names, organisations and teams stay.</source>
        <translation>
            <numerusform>Forget the e-mail address of %n participant? This cannot be undone; names, organisations and teams stay.</numerusform>
            <numerusform>Forget the e-mail addresses of %n participants? This cannot be undone; names, organisations and teams stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget e-mail addresses</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) forgotten.</source>
        <translation>
            <numerusform>%n e-mail address forgotten.</numerusform>
            <numerusform>%n e-mail addresses forgotten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>absent today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonMoves</name>
    <message>
        <source>{name} is not yet placed now, on the board of their preferred challenge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team} has already started. Move {name} out of it? Their roles in it end; their notes stay, with their name.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Their %n dot(s) in votes not yet revealed are taken back.</source>
        <translation>
            <numerusform>Their %n dot in a vote not yet revealed is taken back.</numerusform>
            <numerusform>Their %n dots in votes not yet revealed are taken back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move out of a team that has started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferred challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PitchExports</name>
    <message>
        <source>Ready to share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is empty is said as missing in the PDF: export again whenever the team adds to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team dossier (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team's whole day on A4: to print or to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flip-over poster (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pitch in big type on one sheet (A1; two sheets for the Idea Race winner).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the pitch on the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape, made for the screen; PageDown goes on to the next team.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PitchMeter</name>
    <message>
        <source>Questions answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{answered} of {asked} questions answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: {panels} of at least {minimum} panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: {panels} panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter: not chosen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still empty:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to: {question}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and {count} more…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PitchPage</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts of the pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo: bring back the team's own text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken over again. Undo empties the answer again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken over again. Undo brings back your own text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PitchPanel</name>
    <message>
        <source>On the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the pitches on the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} starts the pitch, then the questions; the questions also start by themselves when the pitch time is up. PageDown and PageUp (a presenter's clicker too) go to the next or previous team, here and on the beamer; absent teams are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the beamer: {room}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The beamer does not show the pitches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First in {room}: {team}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: {team}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show {room} on the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still running in {room}: {team}, {timer} {countdown}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still running: {team}, {timer} {countdown}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show another room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team} in {room} is on the beamer with its timer running. Show {other} on the beamer instead? {team}'s timer keeps running; show {room} again to come back to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First: {team}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: {team}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the last team.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PitchQuestions</name>
    <message>
        <source>Your challenge asks these too: the jury will look for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name the jury and the room will remember.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who gives the pitch?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The presenter need not be the team captain; if the choice was left open, make it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PitchRun</name>
    <message>
        <source>Pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{timer} (paused)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemStatementPage</name>
    <message>
        <source>No theme chosen yet: the theme vote decides it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No question of this theme is marked as the one that states it best.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen by the team captain on a tie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen by team captain {name} on a tie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winning theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your problem statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete: this is the statement the gate and the pitch show.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items keep their minutes when others move; an item with a fixed time (padlock) stays at its clock time. Alt+Up and Alt+Down move the chosen item; Enter in the minutes applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move item up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move item down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item: title in Dutch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title in English (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add after the chosen item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove an item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “{title}” ({time}) from the programme? The items after it move up.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeMarks</name>
    <message>
        <source>fixed time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>PROGRAMME AND BEAMER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams against the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plenary timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plenary item to time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the beamer shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen of the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic: the screen this window is not on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the beamer view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F11: full screen on/off · Esc: leave full screen, then close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback round: each team's problem statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the beamer, one team per key press: → Space PageDown next, ← PageUp back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Nog 5 minuten!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Announcement on the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the beamer view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · until {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day has not started yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next at {time} · {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>introductions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme (countdown to the next item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plenary timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team}: its step and timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team}: its pitch (PageDown: the next team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Idea Race: timer and leaderboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeTable</name>
    <message>
        <source>Plenary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drinks and social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not fit: {minutes} min too long before {fixed} ({at})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fits?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fixed time: type another to move it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follows from the items before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day's last item: nothing after it to end it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fixed item keeps its clock time while the rest moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix its time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RaceMessages</name>
    <message>
        <source>The race has not started: wait for the start signal. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The race has started already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first round is over: a false start can no longer be called.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This round has not started yet: type its ideas in once it has. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The race has no such round.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A count is a whole number from 0 to {limit}; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This round has not run yet for this team: enter its count once it has. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team wrote its ideas live in this round: they are counted already. A count by hand is for a team that raced on paper; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty idea is not written: type your idea first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An idea has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RacePage</name>
    <message>
        <source>One team laptop: raced on paper?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the race</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our own start signal (the facilitator can start every team at once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>False start: back to the line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first round starts again at the next start signal; the ideas written stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One idea, Enter: in the row, and write the next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who writes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>False start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the start line? The first round starts again at the next start signal; the ideas written stay.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RaceScreen</name>
    <message>
        <source>Get ready at the start line!</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RaceStanding</name>
    <message>
        <source>entered by hand by the facilitator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count entered by the captain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>typed in after the round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>typed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ideas yet: the longest row wins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie for first: {teams} each win {sheets} flip-over sheets!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{teams} wins {sheets} flip-over sheets!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie for first: {teams}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{teams} wins the race</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tied in the lead: {teams}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the lead: {teams}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After {round}: {teams} led with {count} ideas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RaceStartCard</name>
    <message>
        <source>Start signal: every team at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first round starts for every team that has not started its race; the beamer shows the race</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>False start: everyone back to the line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team that raced on paper: its count, entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team whose count is entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round of the count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of ideas counted by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the count entered by hand back: the round counts its ideas again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started for {count} team(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team at the race is waiting at the start line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started: {teams} — they are not at the {step} yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count by hand taken back: the round counts its ideas again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} team(s) back at the start line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team is in the first round.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count entered by hand: {count}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RaceTexts</name>
    <message>
        <source>Ideas written now are kept but not counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the start line: writing starts at the start signal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{round}: write! One idea per note, Enter for the next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{round} is paused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{round}: time is up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The race is over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} ideas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>({typed} typed in afterwards)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per member:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} written outside a round's running time: kept, not counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>typed in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Your ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teams by your weighted score. Not right? Choose a team (Enter) to correct it; finalise when it is as you mean it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to scoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise and save the juror file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still to score (or mark as not seen): {teams}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team} ({count} of {total} criteria open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not seen (not scored): {teams}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecusalGrid</name>
    <message>
        <source>Recusals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note why the juror recuses from the team chosen in the grid (optional).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick where a juror does not score a team (a conflict of interest). Arrow keys move, Space ticks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recusals: teams by jurors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{juror} recuses from {team}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why does the juror not score this team? (optional)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>First place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Third place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared {prize}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winners (shared prize)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place {place}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That was the last winner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the opening card.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevealQuestion</name>
    <message>
        <source>1 member has not placed all their dots yet: reveal anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} members have not placed all their dots yet: reveal anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not done yet: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal the dots</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevealTab</name>
    <message>
        <source>Announce the winner of the {race} first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Announce the audience award first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the reveal on the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winners' reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each PageDown (or a presenter clicker) shows the next card on the beamer: first the place, then the team. PageUp goes back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} prizes to announce, one key press at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audience award is not in it yet: close its vote and confirm it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening: the winners</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror files were scored against this rubric. After a change they still count, with the new weights, until each juror sends a file made with a new kit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners are confirmed: the rubric cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the rubric…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of a new criterion, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New criterion's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criterion's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the jury looks at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the scores mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One level per line: a score or a range, then what it means, e.g. “1-3: Vague or general”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror files were scored against this rubric. After a change they still count, with the new weights, until the juror sends a new file (a criterion added makes them count for nothing until then: they have no score for it). Files made with the old kit that arrive later are refused, so every juror needs a new kit. Change the rubric?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Juror</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import juror files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type in a paper sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close scoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept (chair)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip: drop juror files (.json) onto this tab to import them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(chair)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring is closed (since {time}): a file that arrives now waits for the chair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring is open: import the jurors' files as they come in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import juror files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper sheet of {juror} stored as revision {revision}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close scoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close scoring? The revisions in use are then frozen: a file that arrives later waits until the chair accepts it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw {juror}'s scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why are {juror}'s scores withdrawn? (They leave the results; the reason goes into the jury's log.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept after close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why does the chair accept revision {revision} of {juror} after close? (The reason goes into the jury's log.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After close: revision {revisions} waits for the chair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For an earlier rubric: no score on a criterion added since, so it does not count until a new file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use, for an earlier rubric: counts with the new weights until a new file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scored directly</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>Type a digit (0 is 10), ←/→ ±1, ↓/↑ or Tab: another criterion; {not_seen}: not seen; PgDn/PgUp: next/previous team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the score in digits, ←/→ ±1, ↓/↑ or Tab: another criterion; {not_seen}: not seen; PgDn/PgUp: next/previous team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A digit scores; ←/→ one lower/higher (→ starts at {low}); ↓/↑ the next/previous criterion; Delete clears.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not seen (I missed this pitch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private note for the jury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the jury sees this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback for the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team gets this after the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch {n} of {count} · Team {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not seen: this team is not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{given} of {count} criteria scored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message numerus="yes">
        <source>%n join file(s) in {folder} would be replaced by new ones. Replace them?</source>
        <translation>
            <numerusform>%n join file in {folder} would be replaced by a new one. Replace it?</numerusform>
            <numerusform>%n join files in {folder} would be replaced by new ones. Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Set up the jury before the pitches: who scores, with what, and how the winners are decided. Then export each juror's kit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftRow</name>
    <message>
        <source>Shift the rest of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything that has not started yet moves {minutes} minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day runs to plan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day is shifted by {minutes} minutes, until {fixed} ({at}): {item} now takes {length} minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day is shifted by {minutes} minutes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab moves to the next control; Space presses the focused button. A text field keeps every key it types. The event, team and “I am” pickers are reached with a click or their shortcut, so no key switches them by accident.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message>
        <source>done for the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min behind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min ahead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Steps of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme and beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team and introductions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jury: pitches, scores, winners</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PHASE {number} · {phase}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timebox: {minutes} minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← To the team's step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the team here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: {title} →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the introductions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are looking at another step than the team's. The team is at: {step}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About this phase ({start}–{end})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of phase {number}: the outcome →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On your own first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One per sticky note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n dot each</numerusform>
            <numerusform>%n dots each</numerusform>
        </translation>
    </message>
    <message>
        <source>Several dots on one item allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most one dot per item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden until the reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie: the {role} decides</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Keep at most %n</source>
        <translation>
            <numerusform>Keep at most %n</numerusform>
            <numerusform>Keep at most %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most ideas wins %n flip-over sheet(s)</source>
        <translation>
            <numerusform>The team with most ideas gets %n flip-over sheet</numerusform>
            <numerusform>The team with most ideas gets %n flip-over sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking %n year(s) ahead</source>
        <translation>
            <numerusform>Looking %n year ahead</numerusform>
            <numerusform>Looking %n years ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryboardPanel</name>
    <message>
        <source>Tell the idea as a story in scenes. Drag a panel by its number to move it, or press {back} / {on} in a panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Add panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} of at least {minimum} panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The most a storyboard has: {limit} panels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No panels yet. Sketch the idea on paper in {minimum} to {maximum} scenes, add a panel for each, and photograph the sketches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a photo of the sketch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>dots</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Who does what?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the team's members first: then split the tasks here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{done} of {total} tasks split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The presenter always presents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter: {name} (always ticked for presenting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No presenter chosen yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamLane</name>
    <message>
        <source>Empty: drag someone here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team has already started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this empty team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Room or break-out room</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent today</source>
        <translation>
            <numerusform>%n absent today</numerusform>
            <numerusform>%n absent today</numerusform>
        </translation>
    </message>
    <message>
        <source>Room of {team}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamOverview</name>
    <message>
        <source>Running order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teams and how far their scoring is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scored · {score}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You do not score this team (recusal)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n criteria missing</source>
        <translation>
            <numerusform>%n criterion missing</numerusform>
            <numerusform>%n criteria missing</numerusform>
        </translation>
    </message>
    <message>
        <source>to score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>TEAM AND INTRODUCTIONS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take your team to the first phase →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One person may hold several roles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May be chosen later: {roles}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of a new member, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New member's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip: {tip}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{default}” until you type a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue with: {step} →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— still open —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team yet: make the first team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no introduction yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove {name} from the team? Their introduction is removed too.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Their %n note(s) stay on the board, with their name.</source>
        <translation>
            <numerusform>Their %n note stays on the board, with their name.</numerusform>
            <numerusform>Their %n notes stay on the board, with their name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes of theirs in an anonymous step, or in one not yet revealed, stay too (how many is not said here).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Their %n dot(s) in votes already revealed stay counted: that vote happened.</source>
        <translation>
            <numerusform>Their %n dot in a vote already revealed stays counted: that vote happened.</numerusform>
            <numerusform>Their %n dots in votes already revealed stay counted: that vote happened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n dot(s) in votes not yet revealed are taken back.</source>
        <translation>
            <numerusform>Their %n dot in a vote not yet revealed is taken back.</numerusform>
            <numerusform>Their %n dots in votes not yet revealed are taken back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last minute!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timer: {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{time} over time — the timebox is a guide; move on when you can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused at {time} over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused with {time} left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This timebox is finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} starts the timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} minutes. {key} starts the timer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause the timer ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume the timer ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the timer ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: {title} →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} ({number} of {total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <source>The vehicle and its zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new answer, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new answer for this zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole car</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole car in view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the car as a PNG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the vehicle as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoteOutcome</name>
    <message>
        <source>The tally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie: the {role} chooses {n}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie at the cut: choose at most {n} together (fewer is fine), or re-vote among the tied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still tied after re-vote {round}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-vote among the tied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most {n} can be chosen: untick one first to choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-vote {round} among the tied: {n} dot(s) each, one per item. Take turns, then reveal it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-vote {round}: {dots}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept for the next step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {n} with the most dots are proposed. You may keep fewer: at most {n}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un-keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not kept: {item}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Next person →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal the dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▶ whose turn it is · ✓ has placed all dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone's dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your turn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-vote {round}, your turn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal the re-vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: {left} of {budget} dots left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} · {left} left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has placed all dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has {left} dots left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has not voted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status}; it is their turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to vote on yet, so there are no dots to reveal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to vote on yet: the step before makes the items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to vote on yet. First write the pain points in the step “{step}”: each one becomes an item to vote on here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to vote on yet. First make themes in the step “{step}” (group the notes into clusters): each theme becomes an item to vote on here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to vote on yet. First write ideas in the step “{step}”: each idea becomes an item to vote on here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{action} a dot: {item}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in a category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That was the last person: everyone has had a turn. Reveal the dots when the team is ready.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full instructions, questions and tips of this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ZonePanel</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: {example}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>By %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in cluster %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>states its cluster best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster; notes in it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of a phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept aside at a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database is damaged, so Staatsprint did not open it. Restore a backup below (the damaged file is kept aside), or close this window and keep the file to report it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint saves a backup of this database before every upgrade and at the end of each phase of the day (by the programme). The newest {keep} are kept, in:
{folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the database with the chosen backup, after asking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phase {phase}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the whole database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole database is replaced by this backup of {when}: everything done after that moment is no longer in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event {event} is replaced by this backup of {when}: everything done in it after that moment is no longer in it. Other events are not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First the database as it is now is kept aside as a backup ("Kept aside at a restore"), so restoring that one undoes this. Then Staatsprint reopens the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>This file is not a database at all, so Staatsprint did not open it; nothing was changed.
{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is an SQLite database of another program (application id {what}), so Staatsprint did not open it; nothing was changed.
{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the database of another program (schema revision {what}), not a Staatsprint database; nothing was changed.
{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder {folder} does not exist, so no database was made there (a typo?). Check the path; nothing was created.
{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give a file name in it, e.g. staatsprint.sqlite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint must upgrade this database, but could not first save a copy of it at {path} (is the disk full or the folder read-only?). Nothing was changed.

{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was made by a newer version of Staatsprint. Install Staatsprint {version} or later to open it; nothing was changed.
{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event's server must be upgraded to this version of Staatsprint first. Only the facilitator's app does that (it saves a backup of every event first): wait until the facilitator has opened the event, then try again. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint could not upgrade this database without losing rows, so it left it as it was. Keep the file and report this.

{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New database created at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint upgraded your database. A copy of it from before the upgrade is kept at:
{backup}

To go back, close Staatsprint, delete {database}-wal if it is there, and copy that file over {database}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint upgraded the event's server. Before that it saved an archive of every event:
{paths}

File → Import event archive… brings one back into any database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>durability</name>
    <message>
        <source>The database is damaged, so Staatsprint did not open it; nothing was changed. Restore a backup with File → Backups… (offered now), or keep the file and report this.
{url}

{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staatsprint could not save a backup at {path} (is the disk full or the folder read-only?). Your work is saved in the database as before.

{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup belongs to another kind of database and cannot be restored here; nothing was changed.
{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup is itself damaged and cannot be restored; nothing was changed. Choose an older one.
{name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written into the database, so it is as it was.
{path}

{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such backup; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation (in the list of challenges)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section {number}: heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section {number}: text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section {number}: point {point}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenge {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also consider (the pitch answers these)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove question {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the challenge “{title}” with all its texts from this event?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved; the template check says:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots per person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flip-over sheets for the winning team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years ahead on the timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several dots on one item allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone works alone first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One thought per note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden until the reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous (no names on notes and dots)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots have been placed in this vote: its rules stay as they are. The dots per person can still go up, or down to {placed} (the most one person has placed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phase has {window} min ({start}–{end} in this event's programme); its steps take {used} min, {free} min free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{step}: minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tie is broken by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the team together</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Team dossier (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flip-over poster (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team's whole day on A4, to print or to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team's pitch in big type on one sheet (two for the Idea Race winner).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event report (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every team per challenge, and the day's numbers: for the organiser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme, the challenges and the teams with their members and rooms for the clipboard, and a sign for the door of each room.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcomes (JSON/CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What every team made, as open data for other programs or Excel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury results (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every juror's scores and each prize's ranking, raw and adjusted, as two tables for Excel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{done} of {total} teams written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program on this computer opens it. The file is at: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program on this computer shows folders. The folder is: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was not written: the disk is full. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was not written: the folder {folder} does not exist. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was not written: the folder {folder} may not be written to. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder. Give a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was not written ({reason}). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed ({reason}); nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a team first: the dossier and the poster are a team's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team &amp;dossier (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flip-over &amp;poster (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event &amp;report (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcomes (JSON/CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Jury results (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants' names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include names and organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave them out (for sharing outside the event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON: one file, for other programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV: a folder of tables, for Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A1 (a flip-over sheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>The guide's text has a mistake on line {line}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guide cannot be read: {path}
{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guide is in Dutch and English only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title (at work)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Motivation (why they take part)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferred challenge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>do not import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{file}” cannot be read. {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: 1 row is refused. Correct it in the file, save it and read it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: {count} rows are refused. Correct them in the file, save it and read it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column is the name yet: choose “Name” for the column that holds the participants' names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two columns are “{field}”: “{first}” and “{second}”. Choose “do not import” for one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{field}” is not something a participant has here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not there any more (moved or deleted?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not read this file: copy it to your Documents folder, or ask its owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer cannot read the file (a disk or network problem?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is {megabytes} MB; a registration export is at most {limit} MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet “{sheet}” holds no data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is protected with a password: open it in Excel and save it without a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods): save it as Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is damaged or not a real .xlsx file: open it in Excel and save it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is neither a CSV file nor an Excel workbook (.xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text has characters in an unknown encoding: save the file as “CSV UTF-8”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row cannot be read (a quote that is not closed?): check its quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first row holds data ({value}), not column names: add a row with the column names above it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has more than {limit} rows: a registration export is far smaller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no sheet “{sheet}” in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file has no sheets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merged cells in the row of column names: unmerge them so that every column has its own name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a formula without a saved value: open the file in Excel, save it, and choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a registration file Staatsprint can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet “{sheet}”, cell {cell}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet “{sheet}”, line {line}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the registration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registrations (*.csv *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(column {number} without a header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recognised: choose what it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty in every row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import column “{header}” as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every column was recognised; change what is wrong. Staatsprint remembers this for files with the same columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows that will be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused ({count}): correct these rows in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates, skipped ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be imported ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 participant ready to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} participants ready to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 participant will be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} participants will be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 empty line skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} empty lines skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import 1 participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import {count} participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is imported while a row is refused. Correct the refused rows in the file, save it and read it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone in this file is in the event already: importing it again adds nobody.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file holds no participants: every row is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 participant imported; they are under Participants and teams, not yet in a team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} participants imported; they are under Participants and teams, not yet in a team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>join</name>
    <message>
        <source>“{name}” cannot be read. Copy it from the stick again; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is not a Staatsprint join file. A join file ends in .staatsprint-join and comes from the facilitator; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” was made by a newer Staatsprint. Install the latest version to join; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” is damaged or incomplete. Ask the facilitator for a new join file; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” expired on {expires}. Ask the facilitator for a new join file; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server of {event} at {server} does not answer. Is the facilitator's laptop on and on the same network, and is the event server started? The current event stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at {server} refused the password of {login}. Ask the facilitator for a new join file; the current event stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at {server} is not the server of {event}: its certificate does not match the join file. Nothing was sent; the current event stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database at {server} does not hold {event}: it belongs to another event. Ask the facilitator for this event's join file; the current event stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event server speaks no TLS, so no join file can be made. Start the server with “staatsprint serve”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of {login} cannot be read with this login. Save join files on the facilitator's laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the facilitator (everything of the event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a team (this laptop is that team's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a juror (scores only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a member of a team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join files (*{suffix})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joins as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds this login's password: Staatsprint uses it without showing it. The server is checked with the certificate in the file before anything is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join &amp;event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;hared events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shared events joined yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{event} · {day} — {login}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{event} (expired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the shared event as {login}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join an event with a join file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared, as {login}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{login} is a juror's login. Jurors score in their own window with their jury kit (File → Open a jury kit…), on any laptop, also without a network; the facilitator merges their files. The shared window is for the facilitator and the teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This laptop joined as {login}: it is this team's laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team (fixed on this laptop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who uses this laptop (fixed on this laptop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join files hold passwords. Hand them over on a stick or show them on this screen only — never on the beamer. Anyone with a team's file can work as that team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save join file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save all join files to a folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event is kept in a file on this laptop. To let other laptops join, start an event server on the facilitator's laptop: run “staatsprint serve” in a terminal. It makes a join file for every team, juror and the facilitator; open the facilitator's file here with File → Join event…, and this page lists them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event server has no logins for this event yet: “staatsprint serve” makes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every laptop joins with its own login's join file: File → Join event…, or drop the file on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} join files saved in {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace join files?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save join file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save all join files to a folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>jury</name>
    <message>
        <source>{name} is a juror file (the scores you hand to the facilitator), not a jury kit. Open the kit the facilitator gave you (“Jurykit …”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a jury kit. Open the kit the facilitator gave you (“Jurykit …”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kit is already open in another Staatsprint window on this laptop; scoring there keeps all scores in one place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scores kept for this kit cannot be read ({path}); nothing was changed. Ask the facilitator for help before scoring again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kit has no team for you to score (none yet, or you recused from every one). Ask the facilitator for a new kit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kit has no such team; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kit has no such criterion; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not on the scale ({min} to {max}); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team} is marked as not seen: untick “Not seen” to score it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You recused from {team}: it is not scored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your scores are finalised. Start a new revision to change them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not finalised yet: score these teams, or mark them as not seen: {teams}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team} ({count} of {total} criteria open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note has at most {limit} characters; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback has at most {limit} characters; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is far too large to be a Staatsprint file; nothing was read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} does not exist: is the name or the folder right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} could not be read (a removed USB stick?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a Staatsprint file, or it was cut off while copying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a signed Staatsprint file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is a jury kit, not a juror file: import the “Juryscores …” files the jurors hand in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is another kind of Staatsprint file than the one expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was made by a newer Staatsprint: update the app to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was not made for this event (or by someone it does not know).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was changed after it was signed; it is not used. Ask for the original file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a jury kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jury kit was not opened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source>Board: undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: delete the selected notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: cluster the selected notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: everything in view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: mark the selected question as the one that states its theme best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Car: undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Car: redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Car: the whole car in view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Car: zoom in on the chosen zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Car: zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crystal Ball: undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crystal Ball: redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crystal Ball: place a milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: move the panel with the focus one place back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard: move the panel with the focus one place on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task split: undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task split: redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beamer: the next team's pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beamer: the previous team's pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch questions: undo “Take over again”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch questions: redo “Take over again”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch: the next part (questions, storyboard, task split)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch: the previous part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board: who writes (the 1st … 9th member)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring: the next team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring: the previous team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring: undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring: redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running order: move the selected team up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running order: move the selected team down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitches: start the pitch timer, then the questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winners' reveal: the next card on the beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winners' reveal: the previous card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper sheet: on to the second entry, then check and store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your ranking: back to scoring, where you left off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring: mark the team as not seen, or unmark it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury: the next tab (running order, scores, juryberaad, reveal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury: the previous tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the event: the next tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the event: the previous tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams: move the person with the focus to the column on the left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams: move the person with the focus to the column on the right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams: move the person with the focus up in their team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams: move the person with the focus down in their team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams: move the person with the focus to… (a list of the teams)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams: the person with the focus is absent today, or there again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>last_resort</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong with what you just did.

Nothing that was already saved is lost. If it happens again, close Staatsprint and open it again; the details help whoever maintains it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>There are no jury scores yet: import the jurors' files first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the member a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already in this team. Use another name, e.g. with an initial.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team name can have at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be reached:
{url}

{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was made by a newer version of Staatsprint. Update Staatsprint to open it; nothing was changed.

{reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database holds the tables of another program ({what}), not a Staatsprint database; nothing was changed.
{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team no longer exists (removed on another laptop?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member no longer exists (removed on another laptop?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note of this action no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cluster no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a member of this team can take one of its roles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event has no such challenge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That would start the next item before the current one. Choose a smaller shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift the day by at most {limit} minutes at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing of the programme is still to come.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An announcement has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty note is not made: type a thought first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text holds an invisible control character ({char}), which cannot be saved; nothing was saved. Remove it (it often comes along when pasting) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text holds a broken character ({char}), which cannot be saved; nothing was saved. Type that part again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An event name can have at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A place can have at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cluster name can have at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the pain point a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pain point's title can have at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An answer can have at most {limit} characters; this one has {length}. Nothing was saved: shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All {budget} dots are placed. Take one back to move it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One dot per item: this one has yours already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no dot on this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who votes: add the team's members first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dots are revealed: this vote is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That item is no longer in the vote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step has started (its timer ran, or something was written or voted in it): whether it is anonymous can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a database address Staatsprint can use:
{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a database (a document, or another kind of file?); nothing was changed.
{url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose {places} of the tied items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at most {places} of the tied items: the vote keeps at most that many.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one of the tied items: the next step works it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal the dots first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most {limit} are kept. Un-keep one first to keep another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the {limit} with the most dots (and those tied with them) can be kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That one is kept already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That one is not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep at least one: the next step works it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vote keeps its winner: nothing can be added or taken away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First resolve the tie at the cut: choose, or re-vote among the tied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A re-vote is open: place the dots, then reveal it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a re-vote among the tied items first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the tied items are in the re-vote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here the tie is broken by a role (the captain), not by a re-vote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no tie left to resolve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the rest of the question after “{prefix} …”; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a question inside a theme can state it best: drag it into the theme first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting it would drop them; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template cannot be used; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving failed: the disk is full. Nothing was changed. Free up some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving failed: the database is busy (another window, laptop or command is saving). Nothing was changed. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving failed: the database cannot be written to (the file or server is read-only). Nothing was changed. Open a copy you may change, or ask whoever manages the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving failed: the database refused a value ({reason}). Nothing was changed. Change what you entered and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving failed: the database could not be written (a disk or file error: {reason}). Nothing was changed. Check the disk and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving failed: the connection to the database server was lost. Nothing was changed. Check the network and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A milestone lies on the line, between now and {horizon} years ahead; nothing was changed. Place it on the line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end card stays at the ideal situation; place a milestone for an earlier moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This milestone no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This card has no such question; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A milestone's title has at most {limit} characters; nothing was saved. Put the rest in its answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an idea the team kept in the idea vote has a timeline; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the idea the team will pitch first (or several, and name the combination).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only ideas the team kept in the idea vote can be chosen; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several ideas are ticked: give the combination a name, or tick one idea. Nothing was chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The combination's name has at most {limit} characters; nothing was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The presenter always presents. To untick them, choose another presenter first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This pitch has no such task; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no teams yet to put in a running order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each team pitches in one room; nothing was drawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each room needs its own name; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A room's name has at most {limit} characters; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team is not in the running order yet: add it (or draw again) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team of this room is present: nobody can pitch yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} jurors have scored {team} already: marking it absent takes the team out of the results, so it needs your confirmation. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners are confirmed: who pitched cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team did not pitch (absent): choose another team. Nothing was voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the juror a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A juror's name has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already a juror. Use another name, e.g. with an initial.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An organisation has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This juror no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}'s scores have arrived, so {name} stays on the jury. Withdraw their file instead (Scores tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}'s scores for this team are in use: they can no longer recuse from it. Withdraw the file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reason has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the criterion a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A criterion's title has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A description has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A weight is a whole number from 1 to {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lowest score must be below the highest, both from {low} to {high}; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rubric keeps at least one criterion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This criterion breaks ties. Choose another tie criterion first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores in use were given on this criterion, so it stays. Withdraw those files first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This criterion no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners are confirmed: the rubric cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror files were scored against this rubric: choose “Change the rubric…” first; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line} of the levels does not start with a score or a range such as 1-3; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line} of the levels lies outside the scale {low}–{high}; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The levels {first} and {second} overlap; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say after each score or range what it means; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A level's text has at most {limit} characters; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores have arrived: a change of how the winners are decided needs a reason. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the criterion that breaks a tie.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event has no jurors yet: add them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 dot was placed on this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{dots} dots were placed on this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the reveal it can no longer be merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the reveal it can no longer be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} pain point(s) made: see the next step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing new made; already there: {titles}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} pain point(s) made; already there: {titles}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners are not confirmed yet: the jury chair confirms them in the Juryberaad tab first. Nothing is shown on the beamer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Idea Race has no winner yet: every team that races must finish its last round.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audience vote is closed; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the participants' codes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audience vote is not open; nothing was voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This code is not known. Check the code on your slip and type it again; nothing was voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This code has already voted: each code votes once. Nothing was voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot vote for your own team; choose another team. Nothing was voted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tally is shown once the audience vote is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody voted: there is no audience award to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The slips could not be saved ({reason}); no file was written. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners are confirmed already: reopen them first; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The winners are not confirmed: there is nothing to reopen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the winners of every prize first; nothing was confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such prize to award; nothing was confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least the winner of each prize; nothing was confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team can take only one place on a podium; nothing was confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This podium differs from the computed one: give the reason (it is recorded). Nothing was confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason for reopening the winners (it is recorded); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event has no teams yet: there is no feedback to export; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chair chooses one of the tied teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason for the chair's choice (it is recorded); nothing was decided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event has no jury yet: set up the jurors and send their kits first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made for another event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made by a juror this event does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made for an earlier rubric (version {version}; now {now}): the juror needs a new kit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made for a rubric that has changed since: the juror needs a new kit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its “{field}” is not as a Staatsprint juror file has it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It scores a team this event does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It scores {team}, from which {juror} is recused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It marks {team} not seen and scores it too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team} has {value} for “{criterion}”, outside its scale {min}–{max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team} has no score for “{criterion}” and is not marked not seen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It scores {team} on a criterion the rubric does not have ({key}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It lists {team} twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has nothing for {team} (not even “not seen”): was the kit older than the team list?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment for {team} cannot be stored: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision {revision} of {juror} was received before with other scores: ask the juror which is right and to finalise a new revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This revision {revision} differs from the revision {revision} received before, but changes nothing: the newer revision {newer} counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the revision in use can be withdrawn; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This revision did not come after close; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision {revision} is older than revision {in_use} in use; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This juror file no longer exists; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This juror no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring is closed already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason: it goes into the jury's log. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reason has at most {limit} characters; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The second entry differs from the first at {team}, {what} (differences: {count}). Nothing was stored: correct the second entry, or start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{team}, {criterion}: “{text}” is not a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This challenge has nobody to place in a team (absent participants are not placed); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team has at least one member; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team of {size} is more than the {participants} participants to place: choose a smaller size. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make at least one team; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} teams is more than the {participants} participants to place: choose fewer teams. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team {number} still has people in it: move them first. Nothing was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team {number} has already started its work, so it stays. Nothing was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A room's name has at most {limit} characters; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase {number} “{phase}” would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Make a step shorter (Steps tab) or give the phase more time (Programme tab); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams work on this challenge ({teams}): give them another challenge first. Nothing was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants prefer this challenge ({members}): change their preference first. Nothing was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text has at most {limit} characters; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is no longer there (changed on another laptop?); nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Texts are kept in Dutch and English only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event has no such step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step takes the minutes of its parts: change those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step has no such part; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rule is not set for this step; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots have been placed in this vote: its rules stay as they are. Only the dots per person can still go up. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone has placed {placed} dots in this vote already: the dots per person cannot go below {placed}. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be written ({reason}). Choose another folder or name; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next item, {fixed}, has a fixed time ({at}): nothing before it to shift. Unlock it in the event editor to move it; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shift at most {most} minutes, or unlock “{fixed}” in Edit the event → Programme; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shorten an item before it, or change the fixed time; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” has a fixed time ({at}): change its time, or unlock it to move it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” is where its phase runs: a phase item cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme keeps at least one item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” lasts until “{fixed}” (fixed at {at}): make an earlier item longer, or change the fixed time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” is the day's last item: it has no end to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” has no fixed time: lock it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{clock}” is not a clock time: write it as 12:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new item is a plenary item, a break, the jury or the drinks; a phase comes with the template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item lasts 1 to {limit} minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” would start at {starts}, past the end of the day; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time of “{item}” belongs to the window of phase {number} “{phase}”: the phase would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Keep “{item}” longer, or make a step shorter (Steps tab); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This programme item no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>The changes kept on this laptop while the server was away could not be read, so none of them was saved. The file was kept as:
{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server: this note is kept on this laptop and put on the board when the server is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is away: what you typed is kept on this laptop and saved when it is back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>&amp;Programme and beamer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The &amp;jury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partici&amp;pants and teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the &amp;event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event &amp;server and join files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>storyboard</name>
    <message>
        <source>A storyboard has at most {limit} panels; nothing was added. Delete a panel first, or tell more in each one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This panel no longer exists (deleted on another laptop?); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A caption has at most {limit} characters; nothing was saved. Put the rest in the panel's text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A panel's text has at most {limit} characters; this one has {length}. Nothing was saved: shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This picture is {size} MB; at most {limit} MB is taken. Nothing was changed. Take the photo at a lower resolution, or scale it down first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be read as a picture (broken, incomplete, or not a picture). Nothing was changed. Choose a PNG or JPEG photo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A {format} file is not taken; nothing was changed. Choose a PNG or JPEG photo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This picture has more than {limit} megapixels; nothing was changed. Scale it down first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sync_conflicts</name>
    <message>
        <source>this note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this juror's comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: {what} was changed on another laptop meanwhile. Nothing was overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not undone: {what} was changed on another laptop since. Undo would overwrite that change.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sync_files</name>
    <message>
        <source>{name} was made by a newer Staatsprint: install Staatsprint {version} or later to import it; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was made by a newer Staatsprint: update the app to import it; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a whole Staatsprint file ({what}); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} refers to a {what} this event does not have; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is a team file of another event ({what}), not of an event in this database; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is for a team this event does not have ({what}); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} holds another team's work than its own; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This laptop does not hold the event's secret: sign the team file with the team's kit (the facilitator makes it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event has no jury secret yet, so no team key can be made: open the jury once, then make the kit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is one team's part of the event “{what}”, which this database already holds. A team archive never changes an event that is here (it lacks the jury and the other teams' work); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a team kit that can be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team kit is for another event ({what}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team kit is for another team ({what}): choose the kit of this team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive could not be written to {path}; choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team file could not be written to {path}; choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;team file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import team &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export event &amp;archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import event a&amp;rchive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import an event archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is this archive for?

A team's laptop gets the event and that team's own work only:
no jury data, no other team's work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export team file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team files (*%s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This laptop signs with the team's kit: choose it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team kits (*.staatsprint-teamkit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export event archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole event (for the facilitator or the server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For one team's laptop: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event archives (*%s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import team file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import event archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Into “{event}”: {added} added, {updated} updated (newer in the file), {kept} kept (the same or newer here: a file never overwrites newer work).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed: everything in this file is already here (the same or newer). Imported before, perhaps?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots and votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storyboard panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Race counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury log entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jury settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror files received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juror recusals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience codes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>text_size</name>
    <message>
        <source>Te&amp;xt size</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>