<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>Announcement: %1</source>
        <translation>Mededeling: %1</translation>
    </message>
</context>
<context>
    <name>AnonymousSwitch</name>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>(fixed: the step has started)</source>
        <translation>(vast: de stap is begonnen)</translation>
    </message>
    <message>
        <source>No names on this step's notes, ideas and dots: not on the board, the vote or the beamer. The team chooses before the step starts.</source>
        <translation>Geen namen bij de sticky notes, ideeën en stippen van deze stap: niet op het bord, bij de stemming of op de beamer. Het team kiest dit voordat de stap begint.</translation>
    </message>
    <message>
        <source>This step has started: whether it is anonymous can no longer be changed.</source>
        <translation>Deze stap is begonnen: of hij anoniem is, kan niet meer veranderen.</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <source>Take over again</source>
        <translation>Opnieuw overnemen</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Leeg gemaakt</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Eigen tekst</translation>
    </message>
    <message>
        <source>Take over again: {question}</source>
        <translation>Opnieuw overnemen: {question}</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Move or delete this answer</source>
        <translation>Dit antwoord verplaatsen of verwijderen</translation>
    </message>
    <message>
        <source>Move to {zone}</source>
        <translation>Verplaats naar {zone}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>AudienceBallot</name>
    <message>
        <source>Your code</source>
        <translation>Jouw code</translation>
    </message>
    <message>
        <source>e.g. ACD3F7</source>
        <translation>bijv. ACD3F7</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>The team you vote for</source>
        <translation>Het team waarop je stemt</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Vote for the best idea of another team. Type the code on your slip and press Enter.</source>
        <translation>Stem op het beste idee van een ander team. Typ de code van je strookje en druk op Enter.</translation>
    </message>
    <message>
        <source>Choose a team with the arrow keys, then press Enter:</source>
        <translation>Kies een team met de pijltjestoetsen en druk op Enter:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thank you: your vote is counted. Next, please!</source>
        <translation>Dank je wel: je stem is geteld. De volgende, graag!</translation>
    </message>
</context>
<context>
    <name>AudiencePanel</name>
    <message>
        <source>Audience award</source>
        <translation>Publieksprijs</translation>
    </message>
    <message>
        <source>Make the codes</source>
        <translation>Stemcodes maken</translation>
    </message>
    <message>
        <source>Print the slips…</source>
        <translation>Strookjes afdrukken…</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Stemming openen</translation>
    </message>
    <message>
        <source>Voting laptop…</source>
        <translation>Stemlaptop…</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Stemming sluiten</translation>
    </message>
    <message>
        <source>Confirm the audience award</source>
        <translation>Publieksprijs bevestigen</translation>
    </message>
    <message>
        <source>This day's template has no audience award.</source>
        <translation>Het sjabloon van deze dag heeft geen publieksprijs.</translation>
    </message>
    <message>
        <source>The vote is open: {cast} of {codes} participants have voted.</source>
        <translation>De stemming is open: {cast} van de {codes} deelnemers hebben gestemd.</translation>
    </message>
    <message>
        <source>The vote is closed: {cast} of {codes} participants voted.</source>
        <translation>De stemming is gesloten: {cast} van de {codes} deelnemers hebben gestemd.</translation>
    </message>
    <message>
        <source>The vote is not open yet. Codes made: {codes}.</source>
        <translation>De stemming is nog niet open. Stemcodes gemaakt: {codes}.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>{team}: {votes}</source>
        <translation>{team}: {votes}</translation>
    </message>
    <message>
        <source>A tie: {teams} share the award — one shared prize, announced together on one card.</source>
        <translation>Gelijke stand: {teams} delen de prijs — één gedeelde prijs, samen bekendgemaakt op één kaart.</translation>
    </message>
    <message>
        <source>The award goes to {team}.</source>
        <translation>De prijs gaat naar {team}.</translation>
    </message>
    <message>
        <source>Nobody voted.</source>
        <translation>Niemand heeft gestemd.</translation>
    </message>
    <message>
        <source>Confirmed as one shared prize: the reveal can announce the teams together.</source>
        <translation>Bevestigd als één gedeelde prijs: de bekendmaking kan de teams samen noemen.</translation>
    </message>
    <message>
        <source>Confirmed: the reveal can announce it.</source>
        <translation>Bevestigd: de bekendmaking kan hem noemen.</translation>
    </message>
    <message numerus="yes">
        <source>Codes made for %n participant(s): print the slips.</source>
        <translation>
            <numerusform>Stemcode gemaakt voor %n deelnemer: druk het strookje af.</numerusform>
            <numerusform>Stemcodes gemaakt voor %n deelnemers: druk de strookjes af.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every participant has a code already.</source>
        <translation>Elke deelnemer heeft al een stemcode.</translation>
    </message>
    <message>
        <source>Save the slips as</source>
        <translation>Strookjes opslaan als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Audience award codes.pdf</source>
        <translation>Stemcodes publieksprijs.pdf</translation>
    </message>
    <message>
        <source>{count} slips saved in {path}.</source>
        <translation>{count} strookjes opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>The vote is open: put the voting laptop at the door.</source>
        <translation>De stemming is open: zet de stemlaptop bij de deur.</translation>
    </message>
    <message>
        <source>Close the audience vote? Nobody can vote afterwards, and the tally is shown.</source>
        <translation>De stemming voor de publieksprijs sluiten? Daarna kan niemand meer stemmen, en de uitslag wordt getoond.</translation>
    </message>
    <message>
        <source>The audience award is confirmed.</source>
        <translation>De publieksprijs is bevestigd.</translation>
    </message>
</context>
<context>
    <name>BeamerPitch</name>
    <message>
        <source>Presented by {name}</source>
        <translation>Presentator: {name}</translation>
    </message>
    <message>
        <source>PITCH</source>
        <translation>PITCH</translation>
    </message>
    <message>
        <source>The pitch is still being made</source>
        <translation>De pitch is nog in de maak</translation>
    </message>
    <message>
        <source>Our idea</source>
        <translation>Ons idee</translation>
    </message>
    <message>
        <source>No idea chosen yet</source>
        <translation>Nog geen idee gekozen</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Het probleem</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>The path</source>
        <translation>De weg ernaartoe</translation>
    </message>
    <message>
        <source>Who we need</source>
        <translation>Wie we nodig hebben</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Wat het kost</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} jaar</translation>
    </message>
</context>
<context>
    <name>BeamerSource</name>
    <message>
        <source>This is the last team's pitch.</source>
        <translation>Dit is de pitch van het laatste team.</translation>
    </message>
    <message>
        <source>This is the first team's pitch.</source>
        <translation>Dit is de pitch van het eerste team.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Introductions and roles</source>
        <translation>Kennismaking en rollen</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Straks: {title}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(gepauzeerd)</translation>
    </message>
    <message>
        <source>Next at {time} · {title}</source>
        <translation>Straks {time} · {title}</translation>
    </message>
</context>
<context>
    <name>BeraadCharts</name>
    <message>
        <source>harsh</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>mean score (bar ± spread); dashed: the panel</source>
        <translation>gemiddelde score (staaf ± spreiding); stippellijn: de jury</translation>
    </message>
    <message>
        <source>pitch position (1 = first)</source>
        <translation>plaats in de pitchvolgorde (1 = eerste)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>team (by place)</source>
        <translation>team (op volgorde van plaats)</translation>
    </message>
    <message>
        <source>jurors' scores</source>
        <translation>scores van de juryleden</translation>
    </message>
</context>
<context>
    <name>BeraadTab</name>
    <message>
        <source>No scores yet: import the juror files on the Scores tab.</source>
        <translation>Nog geen scores: lees de juryformulieren in op het tabblad Scores.</translation>
    </message>
    <message>
        <source>&amp;Prize</source>
        <translation>&amp;Prijs</translation>
    </message>
    <message>
        <source>Export feedback for the teams…</source>
        <translation>Feedback voor de teams exporteren…</translation>
    </message>
    <message>
        <source>Weighted score per juror: darker is higher. R = recused (conflict of interest) · NS = not seen</source>
        <translation>Gewogen score per jurylid: donkerder is hoger. V = onthoudt zich (verschoning) · NG = niet gezien</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Mean score per criterion; in bold: the best team on it.</source>
        <translation>Gemiddelde score per criterium; vet: het beste team daarop.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <source>Overall ranking</source>
        <translation>Eindklassement</translation>
    </message>
    <message>
        <source>Winner: {challenge}</source>
        <translation>Winnaar: {challenge}</translation>
    </message>
    <message>
        <source>Agreement with the others (correlation, 1 = the same order):</source>
        <translation>Overeenstemming met de anderen (correlatie, 1 = dezelfde volgorde):</translation>
    </message>
    <message>
        <source>Too few teams with a pitch position to show a drift.</source>
        <translation>Te weinig teams met een plaats in de pitchvolgorde om een verloop te tonen.</translation>
    </message>
    <message>
        <source>No drift: early and late pitches scored alike.</source>
        <translation>Geen verloop: vroege en late pitches scoorden gelijk.</translation>
    </message>
    <message>
        <source>Later pitches scored higher: +{points} per pitch on average.</source>
        <translation>Latere pitches scoorden hoger: gemiddeld +{points} per pitch.</translation>
    </message>
    <message>
        <source>Later pitches scored lower: {points} per pitch on average.</source>
        <translation>Latere pitches scoorden lager: gemiddeld {points} per pitch.</translation>
    </message>
    <message>
        <source>Export feedback for the teams</source>
        <translation>Feedback voor de teams exporteren</translation>
    </message>
    <message>
        <source>The feedback is saved: {path}</source>
        <translation>De feedback is opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>BeraadTables</name>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Ruw</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <source>Other
ranking</source>
        <translation>Andere
ranking</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Juryleden</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <source>★ This score decides the ranking</source>
        <translation>★ Deze score bepaalt de ranking</translation>
    </message>
    <message>
        <source>The same place in the other ranking</source>
        <translation>Dezelfde plaats in de andere ranking</translation>
    </message>
    <message>
        <source>Another place in the other ranking</source>
        <translation>Een andere plaats in de andere ranking</translation>
    </message>
    <message>
        <source>Fewer jurors than the minimum</source>
        <translation>Minder juryleden dan het minimum</translation>
    </message>
    <message>
        <source>The jurors disagree widely</source>
        <translation>De juryleden lopen ver uiteen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Recused (conflict of interest)</source>
        <translation>Onthoudt zich (verschoning)</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NG</translation>
    </message>
    <message>
        <source>Not seen: the juror missed this pitch</source>
        <translation>Niet gezien: het jurylid miste deze pitch</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>…the rest, then Enter</source>
        <translation>…de rest, dan Enter</translation>
    </message>
    <message>
        <source>Type a thought, Enter: on the board, and type the next</source>
        <translation>Typ een gedachte, Enter: op het bord, en typ de volgende</translation>
    </message>
    <message>
        <source>Select one question inside a theme to mark it as the one that states the theme best.</source>
        <translation>Kies één vraag in een thema om die te markeren als de vraag die het thema het best verwoordt.</translation>
    </message>
    <message>
        <source>No longer the best of its theme</source>
        <translation>Niet langer de beste van het thema</translation>
    </message>
    <message>
        <source>★ States its theme best</source>
        <translation>★ Verwoordt het thema het best</translation>
    </message>
    <message>
        <source>New sticky note</source>
        <translation>Nieuwe sticky note</translation>
    </message>
    <message>
        <source>Cluster selection</source>
        <translation>Cluster van selectie</translation>
    </message>
    <message>
        <source>Make a cluster of the selected notes</source>
        <translation>Maak een cluster van de geselecteerde sticky notes</translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translation>Clusters samenvoegen</translation>
    </message>
    <message>
        <source>Make pain points</source>
        <translation>Maak knelpunten</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>★ Best of its theme</source>
        <translation>★ Beste van het thema</translation>
    </message>
    <message>
        <source>Mark the selected question as the one that states its theme best</source>
        <translation>Markeer de gekozen vraag als de vraag die het thema het best verwoordt</translation>
    </message>
    <message>
        <source>Reveal everyone's notes</source>
        <translation>Onthul ieders sticky notes</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>You write your own notes; the others' appear at the reveal.</source>
        <translation>Je schrijft je eigen sticky notes; die van de anderen verschijnen bij de onthulling.</translation>
    </message>
    <message>
        <source>Who writes:</source>
        <translation>Wie schrijft:</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>Perzik</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nieuw cluster</translation>
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation>Naam van het cluster:</translation>
    </message>
    <message>
        <source>Select two clusters to merge.</source>
        <translation>Selecteer twee clusters om samen te voegen.</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster hernoemen</translation>
    </message>
    <message>
        <source>Select clusters or notes first: each becomes a pain point.</source>
        <translation>Selecteer eerst clusters of sticky notes: elk wordt een knelpunt.</translation>
    </message>
    <message>
        <source>Anonymous step · notes per person: {counts}</source>
        <translation>Anonieme stap · sticky notes per persoon: {counts}</translation>
    </message>
</context>
<context>
    <name>BoardQuestions</name>
    <message>
        <source>Dots placed on “{name}” move with it (or go back to their voters where one dot per item is allowed); how many stays hidden until the reveal.</source>
        <translation>Stippen op “{name}” gaan mee (of terug naar hun stemmers waar één stip per item geldt); hoeveel blijft verborgen tot de onthulling.</translation>
    </message>
    <message>
        <source>1 dot on “{name}” moves with it.</source>
        <translation>1 stip op “{name}” gaat mee.</translation>
    </message>
    <message>
        <source>{count} dots on “{name}” move with it.</source>
        <translation>{count} stippen op “{name}” gaan mee.</translation>
    </message>
    <message>
        <source>1 dot goes back to its voter (one dot per item).</source>
        <translation>1 stip gaat terug naar wie hem plaatste (één stip per item).</translation>
    </message>
    <message>
        <source>{count} dots go back to their voters (one dot per item).</source>
        <translation>{count} stippen gaan terug naar wie ze plaatsten (één stip per item).</translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translation>Clusters samenvoegen</translation>
    </message>
    <message>
        <source>Which name does the merged cluster get? Choose one, both, or type a new one.</source>
        <translation>Welke naam krijgt het samengevoegde cluster? Kies er een, allebei, of typ een nieuwe.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>1 dot was placed on this.</source>
        <translation>Hierop is 1 stip uitgebracht.</translation>
    </message>
    <message>
        <source>{count} dots were placed on this.</source>
        <translation>Hierop zijn {count} stippen uitgebracht.</translation>
    </message>
    <message>
        <source>Dots were placed on this in a vote not yet revealed (how many stays hidden until the reveal).</source>
        <translation>Hierop zijn stippen gezet in een stemming die nog niet is onthuld (hoeveel blijft verborgen tot de onthulling).</translation>
    </message>
    <message>
        <source>They are dropped if you delete it (the voters can place them again). Delete anyway?</source>
        <translation>Die vervallen als je het verwijdert (wie ze plaatste, kan ze opnieuw plaatsen). Toch verwijderen?</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Sticky-note board</source>
        <translation>Bord met sticky notes</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>When, from now</source>
        <translation>Wanneer, vanaf nu</translation>
    </message>
    <message>
        <source>What happens then</source>
        <translation>Wat er dan gebeurt</translation>
    </message>
    <message>
        <source>A title for this milestone</source>
        <translation>Een titel voor deze mijlpaal</translation>
    </message>
    <message>
        <source>The milestone's title</source>
        <translation>De titel van de mijlpaal</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Mijlpaal verwijderen</translation>
    </message>
</context>
<context>
    <name>CategoriseSwitch</name>
    <message>
        <source>Drag ideas together and name each cluster: a category. The vote stays on the ideas.</source>
        <translation>Sleep ideeën bij elkaar en geef elk cluster een naam: een categorie. Er wordt gestemd op de ideeën.</translation>
    </message>
    <message>
        <source>Categorise the ideas</source>
        <translation>Categoriseer de ideeën</translation>
    </message>
    <message>
        <source>← Back to the vote</source>
        <translation>← Terug naar de stemming</translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>This team has no challenge yet.</source>
        <translation>Dit team heeft nog geen challenge.</translation>
    </message>
    <message>
        <source>Choose one on the team page.</source>
        <translation>Kies er een op de teampagina.</translation>
    </message>
    <message>
        <source>CHALLENGE {number}</source>
        <translation>CHALLENGE {number}</translation>
    </message>
    <message>
        <source>Main question</source>
        <translation>Hoofdvraag</translation>
    </message>
    <message>
        <source>Also answer these in your solution and pitch</source>
        <translation>Neem dit ook mee in je oplossing en pitch</translation>
    </message>
    <message>
        <source>The action plan answers</source>
        <translation>Het actieplan beantwoordt</translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <source>The chair's reason</source>
        <translation>De reden van de voorzitter</translation>
    </message>
    <message>
        <source>Put first</source>
        <translation>Zet voorop</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>Reason (needed when the podium differs from the computed one)</source>
        <translation>Reden (nodig als het podium afwijkt van het berekende)</translation>
    </message>
    <message>
        <source>Confirm the winners</source>
        <translation>Winnaars bevestigen</translation>
    </message>
    <message>
        <source>Reopen the winners</source>
        <translation>Winnaars heropenen</translation>
    </message>
    <message>
        <source>The chair decides — place {place}:</source>
        <translation>De voorzitter beslist — plaats {place}:</translation>
    </message>
    <message>
        <source>Winners confirmed at {time}.</source>
        <translation>Winnaars bevestigd om {time}.</translation>
    </message>
    <message>
        <source>Confirm the winners of every prize? The reveal shows these.</source>
        <translation>De winnaars van alle prijzen bevestigen? De bekendmaking toont deze.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <source>Why are the winners reopened? (It is recorded.)</source>
        <translation>Waarom worden de winnaars heropend? (Dit wordt vastgelegd.)</translation>
    </message>
    <message>
        <source>The winners are open again: the chair can change and confirm them.</source>
        <translation>De winnaars zijn weer open: de voorzitter kan ze wijzigen en bevestigen.</translation>
    </message>
    <message>
        <source>The chair's choice is recorded.</source>
        <translation>De keuze van de voorzitter is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another laptop</source>
        <translation>Gewijzigd op een andere laptop</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile</source>
        <translation>Iemand anders heeft dit intussen gewijzigd</translation>
    </message>
    <message>
        <source>While you were editing {what}, it was changed and saved on another laptop. Your version is not saved yet. Which one should stay?</source>
        <translation>Terwijl jij {what} bewerkte, is het op een andere laptop gewijzigd en opgeslagen. Jouw versie is nog niet opgeslagen. Welke blijft staan?</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <source>Theirs — saved now</source>
        <translation>Van de ander — opgeslagen</translation>
    </message>
    <message>
        <source>Yours — not saved</source>
        <translation>Van jou — nog niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Die van de &amp;ander</translation>
    </message>
    <message>
        <source>Keep the version saved on the other laptop; yours is dropped.</source>
        <translation>De versie van de andere laptop blijft; die van jou vervalt.</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide houden</translation>
    </message>
    <message>
        <source>Theirs stays; yours becomes a second note beside it.</source>
        <translation>Die van de ander blijft; die van jou wordt een tweede sticky note ernaast.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie</translation>
    </message>
    <message>
        <source>Save your version over theirs.</source>
        <translation>Jouw versie opslaan in plaats van die van de ander.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connected again</source>
        <translation>Weer verbonden</translation>
    </message>
    <message>
        <source>No connection to the server for %1 — what you type is kept; reconnecting…</source>
        <translation>Geen verbinding met de server sinds %1 — wat je typt blijft bewaard; opnieuw verbinden…</translation>
    </message>
</context>
<context>
    <name>CrystalPage</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} jaar</translation>
    </message>
    <message>
        <source>The idea's timeline</source>
        <translation>De tijdlijn van het idee</translation>
    </message>
    <message>
        <source>All timelines, one above the other</source>
        <translation>Alle tijdlijnen, onder elkaar</translation>
    </message>
    <message>
        <source>+ Milestone</source>
        <translation>+ Mijlpaal</translation>
    </message>
    <message>
        <source>Place a milestone on the line</source>
        <translation>Plaats een mijlpaal op de lijn</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this timeline as a PNG picture</source>
        <translation>Deze tijdlijn opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>No ideas kept yet. Keep the best ideas in the step “{step}”: each kept idea gets its own timeline here.</source>
        <translation>Nog geen ideeën gekozen. Kies de beste ideeën in de stap “{step}”: elk gekozen idee krijgt hier een eigen tijdlijn.</translation>
    </message>
    <message>
        <source>Idea {n}: {text}</source>
        <translation>Idee {n}: {text}</translation>
    </message>
    <message>
        <source>All timelines</source>
        <translation>Alle tijdlijnen</translation>
    </message>
    <message>
        <source>All timelines, one above the other: the same years in the same place. Choose an idea above to work on its timeline.</source>
        <translation>Alle tijdlijnen onder elkaar: dezelfde jaren op dezelfde plek. Kies hierboven een idee om aan de tijdlijn te werken.</translation>
    </message>
    <message>
        <source>Click the line to place a milestone, or press “+ Milestone”. Drag a milestone along the line to move it in time; click the end card to say which goal is reached. Keys on the timeline: ↓ and ↑ choose a card, ← and → move it a quarter, Delete removes it; Escape in a field goes back to the timeline.</source>
        <translation>Klik op de lijn om een mijlpaal te plaatsen, of druk op “+ Mijlpaal”. Sleep een mijlpaal langs de lijn om hem in de tijd te verschuiven; klik op de eindkaart om te zeggen welk doel bereikt is. Toetsen op de tijdlijn: ↓ en ↑ kiezen een kaart, ← en → verschuiven hem een kwartaal, Delete verwijdert hem; Escape in een veld gaat terug naar de tijdlijn.</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Team {number}</translation>
    </message>
    <message>
        <source>Save the timeline as PNG</source>
        <translation>Tijdlijn opslaan als PNG</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation>De afbeelding kon daar niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CrystalScenes</name>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Which goal has been reached? Click here.</source>
        <translation>Welk doel is bereikt? Klik hier.</translation>
    </message>
    <message>
        <source>Click to answer its questions.</source>
        <translation>Klik om de vragen te beantwoorden.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase {number} · {step}</source>
        <translation>Fase {number} · {step}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} over</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>Notes: {here} here · {total} in all</source>
        <translation>Notities: {here} hier · {total} in totaal</translation>
    </message>
    <message>
        <source>Ideas: {count}</source>
        <translation>Ideeën: {count}</translation>
    </message>
    <message>
        <source>Dots: {cast} of {budget}, revealed</source>
        <translation>Stippen: {cast} van {budget}, onthuld</translation>
    </message>
    <message>
        <source>Dots: {cast} of {budget} · {done} of {voters} done</source>
        <translation>Stippen: {cast} van {budget} · {done} van {voters} klaar</translation>
    </message>
    <message>
        <source>Still to vote: {names}</source>
        <translation>Moet nog stemmen: {names}</translation>
    </message>
    <message>
        <source>Pitch: {answered}/{asked} questions</source>
        <translation>Pitch: {answered}/{asked} vragen</translation>
    </message>
    <message>
        <source>{panels}/{minimum} panels</source>
        <translation>{panels}/{minimum} panelen</translation>
    </message>
    <message>
        <source>Far behind: go here first</source>
        <translation>Ver achter: ga hier eerst heen</translation>
    </message>
    <message>
        <source>Time is up: on to the next step, or add time</source>
        <translation>Tijd is om: door naar de volgende stap, of tijd erbij</translation>
    </message>
    <message>
        <source>Behind the programme</source>
        <translation>Achter op het programma</translation>
    </message>
    <message>
        <source>Vote stalling: {count} dots still open</source>
        <translation>Stemmen stokt: nog {count} stippen open</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Er loopt geen timer</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>ALL TEAMS AT A GLANCE</source>
        <translation>ALLE TEAMS IN ÉÉN OOGOPSLAG</translation>
    </message>
    <message>
        <source>On the beamer</source>
        <translation>Op de beamer</translation>
    </message>
    <message>
        <source>Show every team's tile on the beamer (no names of people)</source>
        <translation>Toon de tegel van elk team op de beamer (zonder namen van mensen)</translation>
    </message>
    <message>
        <source>No teams yet. Make teams on the participants page (Ctrl+6).</source>
        <translation>Nog geen teams. Maak teams op de pagina Deelnemers en teams (Ctrl+6).</translation>
    </message>
    <message>
        <source>No teams in this event yet</source>
        <translation>Nog geen teams in dit evenement</translation>
    </message>
    <message>
        <source>How every team is doing</source>
        <translation>Hoe staan de teams ervoor</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) need a facilitator</source>
        <translation>
            <numerusform>%n team heeft een facilitator nodig</numerusform>
            <numerusform>%n teams hebben een facilitator nodig</numerusform>
        </translation>
    </message>
    <message>
        <source>Every team is on track</source>
        <translation>Elk team ligt op koers</translation>
    </message>
    <message>
        <source>Back to the timer</source>
        <translation>Terug naar timer</translation>
    </message>
</context>
<context>
    <name>DecidingCard</name>
    <message>
        <source>Head to head: most jurors who scored both prefer it</source>
        <translation>Onderling: de meeste juryleden die beide beoordeelden, geven de voorkeur</translation>
    </message>
    <message>
        <source>The higher mean on the tie criterion</source>
        <translation>Het hoogste gemiddelde op het beslissende criterium</translation>
    </message>
    <message>
        <source>The chair decides, with a reason</source>
        <translation>De juryvoorzitter beslist, met een reden</translation>
    </message>
    <message>
        <source>How the winners are decided</source>
        <translation>Hoe de winnaars worden bepaald</translation>
    </message>
    <message>
        <source>Deciding ranking</source>
        <translation>Beslissende ranglijst</translation>
    </message>
    <message>
        <source>Raw mean of the weighted scores</source>
        <translation>Ruw gemiddelde van de gewogen scores</translation>
    </message>
    <message>
        <source>Adjusted for lenient and harsh jurors</source>
        <translation>Gecorrigeerd voor milde en strenge juryleden</translation>
    </message>
    <message>
        <source>Each team's mean over the jurors who scored it.</source>
        <translation>Per team het gemiddelde over de juryleden die het beoordeelden.</translation>
    </message>
    <message>
        <source>Removes a lenient or harsh juror's offset where not every juror scored every team.</source>
        <translation>Haalt de afwijking van een mild of streng jurylid weg wanneer niet elk jurylid elk team beoordeelde.</translation>
    </message>
    <message>
        <source>A tie at a prize position is broken by, in this order (untick to leave one out)</source>
        <translation>Een gelijke stand op een prijsplaats wordt beslist door, in deze volgorde (vink uit om er een over te slaan)</translation>
    </message>
    <message>
        <source>Tie-break order</source>
        <translation>Volgorde bij gelijke stand</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Tie criterion</source>
        <translation>Beslissend criterium</translation>
    </message>
    <message>
        <source>Scores have arrived: a change now needs a reason, which is recorded.</source>
        <translation>Er zijn scores binnen: een wijziging vraagt nu om een reden, die wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Fixed once the first scores arrive; a later change needs a reason.</source>
        <translation>Staat vast zodra de eerste scores binnen zijn; een latere wijziging vraagt om een reden.</translation>
    </message>
    <message>
        <source>Scores have arrived. Why does this change? (It is recorded.)</source>
        <translation>Er zijn scores binnen. Waarom verandert dit? (Dit wordt vastgelegd.)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>The event</source>
        <translation>Het evenement</translation>
    </message>
    <message>
        <source>What the header, the beamer and the printed agenda call this day. A new date moves the whole programme to that day, at the same times.</source>
        <translation>Zo heet deze dag in de kop, op de beamer en op de geprinte agenda. Een nieuwe datum verplaatst het hele programma naar die dag, op dezelfde tijden.</translation>
    </message>
    <message>
        <source>e.g. the building and the city</source>
        <translation>bijv. het gebouw en de stad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>EDIT THE EVENT</source>
        <translation>EVENEMENT BEWERKEN</translation>
    </message>
    <message>
        <source>Every change is saved at once, for this event only: the template it was made from stays as it is.</source>
        <translation>Elke wijziging wordt meteen bewaard, alleen voor dit evenement: het sjabloon waarmee het is gemaakt, blijft zoals het is.</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Opslaan als sjabloon…</translation>
    </message>
    <message>
        <source>Write this event's day, with every change, as a template file: next year's event can start from it</source>
        <translation>Schrijf de dag van dit evenement, met alle wijzigingen, als sjabloonbestand: het evenement van volgend jaar kan ermee beginnen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation>Het sjabloon is niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Saved as template: {path}</source>
        <translation>Opgeslagen als sjabloon: {path}</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Staatsprint templates (*.toml)</source>
        <translation>Staatsprint-sjablonen (*.toml)</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>no team yet</source>
        <translation>nog geen team</translation>
    </message>
    <message>
        <source>Who uses this laptop</source>
        <translation>Wie gebruikt deze laptop</translation>
    </message>
    <message>
        <source>One laptop per member: choose yourself. The team's shared laptop: choose the team.</source>
        <translation>Eén laptop per teamlid: kies jezelf. De gedeelde teamlaptop: kies het team.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <source>+ Team</source>
        <translation>+ Team</translation>
    </message>
    <message>
        <source>Add a team to this event</source>
        <translation>Voeg een team toe aan dit evenement</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>the team (shared laptop)</source>
        <translation>het team (gedeelde laptop)</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback on the first phases</source>
        <translation>Terugkoppeling eerste fases</translation>
    </message>
    <message>
        <source>No teams yet.</source>
        <translation>Nog geen teams.</translation>
    </message>
    <message>
        <source>Feedback on the first phases · team {number} of {count}</source>
        <translation>Terugkoppeling eerste fases · team {number} van {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>The question that states it best</source>
        <translation>De HKW-vraag die het thema het best verwoordt</translation>
    </message>
    <message>
        <source>No problem statement yet.</source>
        <translation>Nog geen probleemstelling.</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Probleemstelling</translation>
    </message>
    <message>
        <source>Top pain point</source>
        <translation>Belangrijkste knelpunt</translation>
    </message>
</context>
<context>
    <name>FinalChoiceBox</name>
    <message>
        <source>Final choice: the idea you will pitch</source>
        <translation>Uiteindelijke selectie: het idee dat jullie pitchen</translation>
    </message>
    <message>
        <source>Name of the combination</source>
        <translation>Naam van de combinatie</translation>
    </message>
    <message>
        <source>Name of the combination of ideas</source>
        <translation>Naam van de combinatie van ideeën</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Not chosen yet. After the Crystal Balls: tick one idea, or several and name the combination.</source>
        <translation>Nog niet gekozen. Na de Crystal Balls: vink één idee aan, of meerdere en geef de combinatie een naam.</translation>
    </message>
    <message>
        <source> (chosen by {name})</source>
        <translation> (gekozen door {name})</translation>
    </message>
    <message>
        <source>Chosen: {what}</source>
        <translation>Gekozen: {what}</translation>
    </message>
</context>
<context>
    <name>FinalisedPage</name>
    <message>
        <source>Hand this file to the facilitator: on a USB stick or by mail. It is signed: the facilitator's app sees that it comes from you and was not changed.</source>
        <translation>Geef dit bestand aan de facilitator: op een USB-stick of per mail. Het is ondertekend: de app van de facilitator ziet dat het van jou komt en niet is gewijzigd.</translation>
    </message>
    <message>
        <source>Something to change after all? Start a new revision, correct the scores and finalise again: the facilitator uses the newest revision.</source>
        <translation>Toch iets wijzigen? Begin een nieuwe versie, corrigeer de scores en rond opnieuw af: de facilitator gebruikt de nieuwste versie.</translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation>Nieuwe versie beginnen</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>Revision {n} of your scores is finalised and saved</source>
        <translation>Versie {n} van je scores is afgerond en opgeslagen</translation>
    </message>
</context>
<context>
    <name>FirstTeamCard</name>
    <message>
        <source>This event has no team yet. Give the first team a name (or leave it empty: it is called “{default}” until it gets one). More teams come with “+ Team” at the top.</source>
        <translation>Dit evenement heeft nog geen team. Geef het eerste team een naam (of laat het leeg: het heet “{default}” tot het er een krijgt). Meer teams maak je met “+ Team” bovenaan.</translation>
    </message>
    <message>
        <source>Name of the first team</source>
        <translation>Naam van het eerste team</translation>
    </message>
    <message>
        <source>“{default}” if left empty</source>
        <translation>“{default}” als je het leeg laat</translation>
    </message>
    <message>
        <source>Make the first team</source>
        <translation>Maak het eerste team</translation>
    </message>
    <message>
        <source>Or start from the registrations: import them, then form the teams by challenge.</source>
        <translation>Of begin bij de aanmeldingen: importeer ze en deel daarna per challenge de teams in.</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>Aanmeldingen importeren…</translation>
    </message>
</context>
<context>
    <name>FormationControls</name>
    <message>
        <source>Make teams by</source>
        <translation>Teams maken op</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Teamgrootte</translation>
    </message>
    <message>
        <source>Number of teams</source>
        <translation>Aantal teams</translation>
    </message>
    <message>
        <source>Make teams</source>
        <translation>Teams maken</translation>
    </message>
    <message>
        <source>Shuffle again</source>
        <translation>Opnieuw schudden</translation>
    </message>
    <message>
        <source>A new draw of the teams that have not started, with the same size or number</source>
        <translation>Een nieuwe loting van de teams die nog niet begonnen zijn, met dezelfde grootte of hetzelfde aantal</translation>
    </message>
    <message>
        <source>+ Add an empty team</source>
        <translation>+ Leeg team toevoegen</translation>
    </message>
    <message>
        <source>People per team (at most)</source>
        <translation>Mensen per team (hoogstens)</translation>
    </message>
</context>
<context>
    <name>FormationWords</name>
    <message>
        <source>Not yet placed</source>
        <translation>Nog niet ingedeeld</translation>
    </message>
    <message>
        <source>{count}× {organisation} (max {limit})</source>
        <translation>{count}× {organisation} (max {limit})</translation>
    </message>
    <message>
        <source>{count}× {role} (max {limit})</source>
        <translation>{count}× {role} (max {limit})</translation>
    </message>
    <message>
        <source>Large: {size} present (smallest team {smallest})</source>
        <translation>Groot: {size} aanwezig (kleinste team {smallest})</translation>
    </message>
    <message>
        <source>Small: {size} present (largest team {largest})</source>
        <translation>Klein: {size} aanwezig (grootste team {largest})</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>END OF PHASE {number}</source>
        <translation>EINDE VAN FASE {number}</translation>
    </message>
    <message>
        <source>What did “{phase}” give you?</source>
        <translation>Wat heeft “{phase}” opgeleverd?</translation>
    </message>
    <message>
        <source>Your outcome</source>
        <translation>Jullie uitkomst</translation>
    </message>
    <message>
        <source>Not there yet.</source>
        <translation>Nog niet zover.</translation>
    </message>
    <message>
        <source>Next: phase {number} · {start}–{end}</source>
        <translation>Hierna: fase {number} · {start}–{end}</translation>
    </message>
    <message>
        <source>← Back to {step}</source>
        <translation>← Terug naar {step}</translation>
    </message>
    <message>
        <source>On to phase {number} →</source>
        <translation>Door naar fase {number} →</translation>
    </message>
    <message>
        <source>The pain points it came from</source>
        <translation>De knelpunten waar het uit voortkwam</translation>
    </message>
    <message>
        <source>Final choice and its plan</source>
        <translation>Uiteindelijke selectie en het plan</translation>
    </message>
    <message>
        <source>Not chosen yet: choose the idea to pitch under the Crystal Balls.</source>
        <translation>Nog niet gekozen: kies het idee om te pitchen onder de Crystal Balls.</translation>
    </message>
    <message>
        <source>The chosen idea's timeline</source>
        <translation>De tijdlijn van het gekozen idee</translation>
    </message>
    <message>
        <source>(chosen by {name})</source>
        <translation>(gekozen door {name})</translation>
    </message>
    <message>
        <source>Your problem statement</source>
        <translation>Jullie probleemstelling</translation>
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation>Thema: {name}</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Nog niet ingevuld:</translation>
    </message>
    <message>
        <source>Your pitch in brief</source>
        <translation>Jullie pitch in het kort</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>Nog niet ingevuld.</translation>
    </message>
    <message>
        <source>Ready for the jury?</source>
        <translation>Klaar voor de jury?</translation>
    </message>
    <message>
        <source>Still empty ({count}):</source>
        <translation>Nog leeg ({count}):</translation>
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translation>Elke vraag heeft een antwoord.</translation>
    </message>
    <message>
        <source>Presenter: {name}</source>
        <translation>Presentator: {name}</translation>
    </message>
    <message>
        <source>No presenter chosen yet.</source>
        <translation>Nog geen presentator gekozen.</translation>
    </message>
    <message>
        <source>Storyboard: {count} panels.</source>
        <translation>Storyboard: {count} panelen.</translation>
    </message>
    <message>
        <source>Storyboard: {count} of at least {least} panels.</source>
        <translation>Storyboard: {count} van minimaal {least} panelen.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Staatsprint — Guide</source>
        <translation>Staatsprint — Handleiding</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Zoeken in de handleiding (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (Shift+F1)</source>
        <translation>Sneltoetsen (Shift+F1)</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Inhoud van de handleiding</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Tekst van de handleiding</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>Guide as &amp;PDF…</source>
        <translation>Handleiding als &amp;pdf…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Save the guide as</source>
        <translation>Handleiding opslaan als</translation>
    </message>
    <message>
        <source>Guide not saved</source>
        <translation>Handleiding niet opgeslagen</translation>
    </message>
    <message>
        <source>Guide saved: {path}</source>
        <translation>Handleiding opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Participants import</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>Sheet in the file</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Sheet of the file to import</source>
        <translation>Werkblad van het bestand dat wordt geïmporteerd</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Ander bestand kiezen…</translation>
    </message>
    <message>
        <source>Nothing was imported. Choose another file, or save this one again as CSV or Excel workbook (.xlsx) from the registration tool or spreadsheet, and choose it.</source>
        <translation>Er is niets geïmporteerd. Kies een ander bestand, of sla dit bestand opnieuw op als CSV of Excel-werkmap (.xlsx) vanuit het aanmeldformulier of de spreadsheet, en kies het dan.</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>Kolommen koppelen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Voorbeeld tonen</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Bestand opnieuw inlezen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Import participants into {event}</source>
        <translation>Deelnemers importeren in {event}</translation>
    </message>
    <message>
        <source>one of {count} sheets</source>
        <translation>een van {count} werkbladen</translation>
    </message>
    <message>
        <source>Choose what column “{header}” holds, or “do not import”.</source>
        <translation>Kies wat er in kolom “{header}” staat, of “niet importeren”.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>After close</source>
        <translation>Na sluiting</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>In use; replaces revision {revision}.</source>
        <translation>In gebruik; vervangt versie {revision}.</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>In gebruik.</translation>
    </message>
    <message>
        <source>Received before: nothing changed.</source>
        <translation>Al eerder ontvangen: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Older than revision {newer}, received before: kept for the record, the scores are unchanged.</source>
        <translation>Ouder dan versie {newer}, die al binnen was: bewaard voor het overzicht, de scores blijven gelijk.</translation>
    </message>
    <message>
        <source>Replaced by revision {newer} of this import.</source>
        <translation>Vervangen door versie {newer} uit deze import.</translation>
    </message>
    <message>
        <source>Scoring is closed: held until the chair accepts it; the scores are unchanged.</source>
        <translation>Het scoren is gesloten: vastgehouden tot de juryvoorzitter het accepteert; de scores blijven gelijk.</translation>
    </message>
    <message>
        <source>It replaces the paper sheet typed as revision {revision} (kept for the record).</source>
        <translation>Het vervangt het papieren formulier dat als versie {revision} is ingevoerd (dat blijft bewaard).</translation>
    </message>
    <message>
        <source>{juror}, revision {revision}</source>
        <translation>{juror}, versie {revision}</translation>
    </message>
    <message>
        <source>(according to the file: {juror})</source>
        <translation>(volgens het bestand: {juror})</translation>
    </message>
    <message>
        <source>{text} Not verified: the file's signature does not hold, so this name may be false.</source>
        <translation>{text} Niet gecontroleerd: de ondertekening van het bestand klopt niet, dus deze naam kan onjuist zijn.</translation>
    </message>
    <message>
        <source>{accepted} accepted, {duplicate} duplicate, {superseded} superseded, {after} after close, {refused} refused.</source>
        <translation>{accepted} geaccepteerd, {duplicate} dubbel, {superseded} vervangen, {after} na sluiting, {refused} geweigerd.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Juror files imported</source>
        <translation>Jurybestanden geïmporteerd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>JurorHeader</name>
    <message>
        <source>Juror: {name}</source>
        <translation>Jurylid: {name}</translation>
    </message>
    <message>
        <source>{done} of {count} teams done</source>
        <translation>{done} van {count} teams klaar</translation>
    </message>
    <message>
        <source>Revision {n} — not finalised yet</source>
        <translation>Versie {n} — nog niet afgerond</translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message>
        <source>Scoring — {juror} — {event}</source>
        <translation>Beoordelen — {juror} — {event}</translation>
    </message>
    <message>
        <source>← Previous team</source>
        <translation>← Vorig team</translation>
    </message>
    <message>
        <source>Next team →</source>
        <translation>Volgend team →</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>My ranking and finalise…</source>
        <translation>Mijn rangorde en afronden…</translation>
    </message>
    <message>
        <source>Save the juror file</source>
        <translation>Het jurybestand opslaan</translation>
    </message>
</context>
<context>
    <name>JurorsCard</name>
    <message>
        <source>Type in the table to change a name or organisation; tick who chairs the jury.</source>
        <translation>Typ in de tabel om een naam of organisatie te wijzigen; vink aan wie de jury voorzit.</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Juryleden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Jurykit</translation>
    </message>
    <message>
        <source>Name of a new juror, then Enter</source>
        <translation>Naam van een nieuw jurylid, dan Enter</translation>
    </message>
    <message>
        <source>New juror's name</source>
        <translation>Naam van het nieuwe jurylid</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisatie (optioneel)</translation>
    </message>
    <message>
        <source>New juror's organisation</source>
        <translation>Organisatie van het nieuwe jurylid</translation>
    </message>
    <message>
        <source>Add juror</source>
        <translation>Jurylid toevoegen</translation>
    </message>
    <message>
        <source>Export kit…</source>
        <translation>Jurykit exporteren…</translation>
    </message>
    <message>
        <source>The kit of the juror chosen in the table.</source>
        <translation>De jurykit van het jurylid dat in de tabel is gekozen.</translation>
    </message>
    <message>
        <source>Export kits…</source>
        <translation>Jurykits exporteren…</translation>
    </message>
    <message>
        <source>Every juror's kit into one folder: the file each juror opens to score.</source>
        <translation>De jurykit van elk jurylid in één map: het bestand dat elk jurylid opent om te scoren.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>{name} chairs the jury</source>
        <translation>{name} is juryvoorzitter</translation>
    </message>
    <message>
        <source>not exported</source>
        <translation>niet geëxporteerd</translation>
    </message>
    <message>
        <source>file received</source>
        <translation>bestand binnen</translation>
    </message>
    <message>
        <source>export again</source>
        <translation>opnieuw exporteren</translation>
    </message>
    <message>
        <source>exported {time} · file received</source>
        <translation>geëxporteerd {time} · bestand binnen</translation>
    </message>
    <message>
        <source>exported {time}, for an earlier rubric: export again</source>
        <translation>geëxporteerd {time}, voor eerdere criteria: opnieuw exporteren</translation>
    </message>
    <message>
        <source>exported {time}</source>
        <translation>geëxporteerd {time}</translation>
    </message>
    <message>
        <source>exported {time}, from an earlier running order: export again</source>
        <translation>geëxporteerd {time}, uit een eerdere volgorde: opnieuw exporteren</translation>
    </message>
    <message>
        <source>The kits of {names} are for earlier criteria: export them again.</source>
        <translation>De jurykits van {names} horen bij eerdere criteria: opnieuw exporteren.</translation>
    </message>
    <message>
        <source>The kits of {names} list an earlier running order: export them again.</source>
        <translation>De jurykits van {names} komen uit een eerdere volgorde: opnieuw exporteren.</translation>
    </message>
    <message>
        <source>The jury always has a chair: tick another juror to make them chair.</source>
        <translation>De jury heeft altijd een voorzitter: vink een ander jurylid aan om die voorzitter te maken.</translation>
    </message>
    <message>
        <source>Choose a juror in the table first.</source>
        <translation>Kies eerst een jurylid in de tabel.</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Jurylid verwijderen</translation>
    </message>
    <message>
        <source>{name} recuses from {count} team(s). Remove {name} and those recusals?</source>
        <translation>{name} onthoudt zich bij {count} team(s). {name} en die verschoningen verwijderen?</translation>
    </message>
    <message>
        <source>Add the jurors first: a kit is made for each of them.</source>
        <translation>Voeg eerst de juryleden toe: voor elk van hen wordt een jurykit gemaakt.</translation>
    </message>
    <message>
        <source>Choose the folder for the kits</source>
        <translation>Kies de map voor de jurykits</translation>
    </message>
    <message>
        <source>The kit was written: {path}</source>
        <translation>De jurykit is opgeslagen: {path}</translation>
    </message>
    <message>
        <source>{count} kits were written to {folder}</source>
        <translation>{count} jurykits opgeslagen in {folder}</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <source>Jury and rubric</source>
        <translation>Jury en rubric</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Pitchvolgorde</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Juryberaad</source>
        <translation>Juryberaad</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Bekendmaking</translation>
    </message>
</context>
<context>
    <name>JurySetup</name>
    <message>
        <source>A reason is needed</source>
        <translation>Een reden is nodig</translation>
    </message>
    <message>
        <source>A reason is required: type why, or press Cancel to leave it as it was.</source>
        <translation>Een reden is verplicht: typ waarom, of kies Annuleren om het te laten zoals het was.</translation>
    </message>
</context>
<context>
    <name>KeptText</name>
    <message>
        <source>tie broken by a re-vote</source>
        <translation>gelijke stand beslist door een herstemming</translation>
    </message>
    <message>
        <source>tie broken by the {role}</source>
        <translation>gelijke stand beslist door de {role}</translation>
    </message>
    <message>
        <source>tie broken by {name}</source>
        <translation>gelijke stand beslist door {name}</translation>
    </message>
    <message>
        <source>tie broken by the team</source>
        <translation>gelijke stand beslist door het team</translation>
    </message>
</context>
<context>
    <name>KnelpuntenPage</name>
    <message>
        <source>Pain points, most important first</source>
        <translation>Knelpunten, belangrijkste eerst</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>A new pain point</source>
        <translation>Een nieuw knelpunt</translation>
    </message>
    <message>
        <source>A new pain point, then Enter</source>
        <translation>Een nieuw knelpunt, dan Enter</translation>
    </message>
    <message>
        <source>From the clusters</source>
        <translation>Uit de clusters</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>There are no clusters yet: make them in the step “{step}”.</source>
        <translation>Er zijn nog geen clusters: maak ze in de stap “{step}”.</translation>
    </message>
    <message>
        <source>The dots placed on it are dropped (the voters can place them again); how many stays hidden until the reveal.</source>
        <translation>De stippen erop vervallen (de stemmers kunnen ze opnieuw zetten); hoeveel blijft verborgen tot de onthulling.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) placed on it are dropped (the voters can place them again).</source>
        <translation>
            <numerusform>%n stip erop vervalt (de stemmer kan hem opnieuw plaatsen).</numerusform>
            <numerusform>%n stippen erop vervallen (de stemmers kunnen ze opnieuw plaatsen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pain point</source>
        <translation>Knelpunt verwijderen</translation>
    </message>
    <message>
        <source>Delete “{title}” and its answers?</source>
        <translation>“{title}” en de antwoorden verwijderen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuw evenement…</translation>
    </message>
    <message>
        <source>Add the &amp;demo event</source>
        <translation>Dem&amp;o-evenement toevoegen</translation>
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation>Dee&amp;lnemers importeren…</translation>
    </message>
    <message>
        <source>Open a &amp;jury kit…</source>
        <translation>&amp;Jurykit openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorige stap</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Volgende stap</translation>
    </message>
    <message>
        <source>The &amp;challenge</source>
        <translation>De &amp;challenge</translation>
    </message>
    <message>
        <source>&amp;Team and introductions</source>
        <translation>&amp;Team en kennismaking</translation>
    </message>
    <message>
        <source>Choose another &amp;event…</source>
        <translation>Ander &amp;evenement kiezen…</translation>
    </message>
    <message>
        <source>Choose another te&amp;am…</source>
        <translation>Ander te&amp;am kiezen…</translation>
    </message>
    <message>
        <source>Who uses this &amp;laptop…</source>
        <translation>Wie gebruikt deze &amp;laptop…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>Start / pauze</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuut</translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation>−1 minuut</translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation>+5 minuten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>List of &amp;steps</source>
        <translation>Lijst van &amp;stappen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Single-key shortcuts (+ and −)</source>
        <translation>Sneltoetsen van één toets (+ en −)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Staatsprint</source>
        <translation>&amp;Over Staatsprint</translation>
    </message>
    <message>
        <source>Run a one-day design-thinking hackathon: programme, timers, the four phases and the jury — on this laptop, without internet.</source>
        <translation>Begeleid een eendaagse design-thinking-hackathon: programma, timers, de vier fases en de jury — op deze laptop, zonder internet.</translation>
    </message>
    <message>
        <source>There is no event in this database yet.</source>
        <translation>Er staat nog geen evenement in deze database.</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Open het demo-evenement</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nieuw evenement…</translation>
    </message>
    <message>
        <source>Open a jury kit…</source>
        <translation>Jurykit openen…</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Niet aangemaakt</translation>
    </message>
    <message>
        <source>About Staatsprint</source>
        <translation>Over Staatsprint</translation>
    </message>
    <message>
        <source>Staatsprint runs a one-day design-thinking hackathon offline. No account, no telemetry: your data stays in your database.</source>
        <translation>Staatsprint begeleidt een eendaagse design-thinking-hackathon, offline. Geen account, geen telemetrie: je gegevens blijven in je eigen database.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message numerus="yes">
        <source>Recognised: {known} of the %n column(s). Choose what the others hold, or “do not import”. Staatsprint remembers this for files with the same columns.</source>
        <translation>
            <numerusform>Herkend: {known} van de %n kolom. Kies wat erin staat, of “niet importeren”. Staatsprint onthoudt dit voor bestanden met dezelfde kolommen.</numerusform>
            <numerusform>Herkend: {known} van de %n kolommen. Kies wat er in de andere staat, of “niet importeren”. Staatsprint onthoudt dit voor bestanden met dezelfde kolommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Introduce yourself</source>
        <translation>Stel je voor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Uit het team halen</translation>
    </message>
</context>
<context>
    <name>NavigatorToggle</name>
    <message>
        <source>List of steps</source>
        <translation>Lijst van stappen</translation>
    </message>
    <message>
        <source>Hide the list of steps (Ctrl+L)</source>
        <translation>Verberg de lijst van stappen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Show the list of steps (Ctrl+L)</source>
        <translation>Toon de lijst van stappen (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
    <message>
        <source>Leave empty to use the template's title</source>
        <translation>Leeg laten voor de titel uit het sjabloon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Other template file…</source>
        <translation>Ander sjabloonbestand…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Evenement maken</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Kies een sjabloon</translation>
    </message>
    <message>
        <source>Staatsprint templates (*.toml)</source>
        <translation>Staatsprint-sjablonen (*.toml)</translation>
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <source>Pitch running order</source>
        <translation>Pitchvolgorde</translation>
    </message>
    <message>
        <source>Room shown</source>
        <translation>Getoonde zaal</translation>
    </message>
    <message>
        <source>Add the teams not in the order</source>
        <translation>Teams zonder plek toevoegen</translation>
    </message>
    <message>
        <source>Rooms…</source>
        <translation>Zalen…</translation>
    </message>
    <message>
        <source>Draw by lot</source>
        <translation>Loten</translation>
    </message>
    <message>
        <source>Move up ({key})</source>
        <translation>Omhoog ({key})</translation>
    </message>
    <message>
        <source>Move down ({key})</source>
        <translation>Omlaag ({key})</translation>
    </message>
    <message>
        <source>Absent (Space)</source>
        <translation>Afwezig (spatie)</translation>
    </message>
    <message>
        <source>Move the team to room</source>
        <translation>Team naar zaal verplaatsen</translation>
    </message>
    <message>
        <source>Room of this team:</source>
        <translation>Zaal van dit team:</translation>
    </message>
    <message>
        <source>(no idea chosen yet)</source>
        <translation>(nog geen idee gekozen)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>No running order yet: draw it by lot.</source>
        <translation>Nog geen pitchvolgorde: loot die.</translation>
    </message>
    <message>
        <source>This room's order was not drawn by lot.</source>
        <translation>De volgorde van deze zaal is niet geloot.</translation>
    </message>
    <message>
        <source>Drawn by lot at {time} with seed {seed}. Anyone can check it: the team numbers, sorted, shuffled with Python's random.Random({seed}).shuffle.</source>
        <translation>Geloot om {time} met seed {seed}. Iedereen kan dit nagaan: de teamnummers, oplopend gesorteerd, geschud met random.Random({seed}).shuffle van Python.</translation>
    </message>
    <message>
        <source>The programme has no item at {time} for the pitches: the order cannot be checked against it.</source>
        <translation>Het programma heeft om {time} geen onderdeel voor de pitches: de volgorde kan er niet aan getoetst worden.</translation>
    </message>
    <message>
        <source>{teams} teams need {needed} minutes; the window {start}–{end} has {window}: it fits.</source>
        <translation>{teams} teams hebben {needed} minuten nodig; het blok {start}–{end} heeft er {window}: het past.</translation>
    </message>
    <message>
        <source>{teams} teams need {needed} minutes, the window {start}–{end} has {window}.</source>
        <translation>{teams} teams hebben {needed} minuten nodig, het blok {start}–{end} heeft er {window}.</translation>
    </message>
    <message>
        <source>Present again (Space)</source>
        <translation>Toch aanwezig (spatie)</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Team {number}</translation>
    </message>
    <message>
        <source>Scores have arrived already: the jurors' kits list the present order. Draw a new order by lot for every room? The present order is replaced; the kits then list the old order until they are exported again.</source>
        <translation>Er zijn al scores binnen: de jurykits van de juryleden noemen de huidige volgorde. Voor elke zaal een nieuwe volgorde loten? De huidige volgorde wordt vervangen; de jurykits noemen dan de oude volgorde tot ze opnieuw zijn geëxporteerd.</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Opnieuw loten</translation>
    </message>
    <message>
        <source>The running order was drawn already. Draw a new order by lot for every room? The present order is replaced.</source>
        <translation>De pitchvolgorde is al geloot. Voor elke zaal een nieuwe volgorde loten? De huidige volgorde vervalt.</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Afwezig melden</translation>
    </message>
    <message>
        <source>1 juror has scored {team} already. Marking it absent takes the team out of the results. Continue?</source>
        <translation>1 jurylid heeft {team} al beoordeeld. Afwezig melden haalt het team uit de uitslag. Doorgaan?</translation>
    </message>
    <message>
        <source>{count} jurors have scored {team} already. Marking it absent takes the team out of the results. Continue?</source>
        <translation>{count} juryleden hebben {team} al beoordeeld. Afwezig melden haalt het team uit de uitslag. Doorgaan?</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <source>In how many rooms do the teams pitch at the same time?</source>
        <translation>In hoeveel zalen pitchen de teams tegelijk?</translation>
    </message>
    <message>
        <source>Room {number}</source>
        <translation>Zaal {number}</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Pitched idea</source>
        <translation>Gepitcht idee</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
</context>
<context>
    <name>OutboxBridge</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelCard</name>
    <message>
        <source>Add picture…</source>
        <translation>Foto toevoegen…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Foto weghalen</translation>
    </message>
    <message>
        <source>Caption, e.g. “Anna reports a move”</source>
        <translation>Onderschrift, bijv. “Anna geeft een verhuizing door”</translation>
    </message>
    <message>
        <source>What happens in this scene?</source>
        <translation>Wat gebeurt er in deze scène?</translation>
    </message>
    <message>
        <source>Delete panel</source>
        <translation>Paneel verwijderen</translation>
    </message>
    <message>
        <source>Panel {n}</source>
        <translation>Paneel {n}</translation>
    </message>
    <message>
        <source>Panel {n}: drag to move it, or press {back} or {on}</source>
        <translation>Paneel {n}: sleep het om het te verplaatsen, of druk op {back} of {on}</translation>
    </message>
    <message>
        <source>Caption of panel {n}</source>
        <translation>Onderschrift van paneel {n}</translation>
    </message>
    <message>
        <source>Text of panel {n}</source>
        <translation>Tekst van paneel {n}</translation>
    </message>
    <message>
        <source>No picture yet:
add a photo of a sketch</source>
        <translation>Nog geen foto:
voeg een foto van een schets toe</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Vervangen…</translation>
    </message>
    <message>
        <source>Choose another photo for this panel</source>
        <translation>Kies een andere foto voor dit paneel</translation>
    </message>
    <message>
        <source>Choose a photo (PNG or JPEG) of this panel's sketch</source>
        <translation>Kies een foto (PNG of JPEG) van de schets van dit paneel</translation>
    </message>
</context>
<context>
    <name>PaperGrid</name>
    <message>
        <source>Not seen</source>
        <translation>Niet gezien</translation>
    </message>
    <message>
        <source>Note for the jury</source>
        <translation>Notitie voor de jury</translation>
    </message>
    <message>
        <source>Feedback for the team</source>
        <translation>Feedback voor het team</translation>
    </message>
</context>
<context>
    <name>PaperPanel</name>
    <message>
        <source>Raced on paper? Choose the round, then type its ideas in (Enter for the next), or let the captain enter how many there were.</source>
        <translation>Op papier geracet? Kies het deel en typ de ideeën ervan in (Enter voor het volgende), of laat de teamcaptain invoeren hoeveel het er waren.</translation>
    </message>
    <message>
        <source>The round the paper ideas belong to</source>
        <translation>Het deel waar de papieren ideeën bij horen</translation>
    </message>
    <message>
        <source>An idea from paper, Enter: typed in under this round</source>
        <translation>Een idee van papier, Enter: ingetypt onder dit deel</translation>
    </message>
    <message>
        <source>Idea typed in after the round</source>
        <translation>Idee ingetypt na het deel</translation>
    </message>
    <message>
        <source>or the count:</source>
        <translation>of het aantal:</translation>
    </message>
    <message>
        <source>Number of ideas in this round, counted on paper</source>
        <translation>Aantal ideeën in dit deel, op papier geteld</translation>
    </message>
    <message>
        <source>Enter the count</source>
        <translation>Aantal invoeren</translation>
    </message>
    <message>
        <source>Take the count back</source>
        <translation>Aantal intrekken</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <source>Type in a paper sheet</source>
        <translation>Papieren scoreformulier invoeren</translation>
    </message>
    <message>
        <source>Scores from the paper sheet</source>
        <translation>Scores van het papieren formulier</translation>
    </message>
    <message>
        <source>Enter again to check</source>
        <translation>Nogmaals invoeren ter controle</translation>
    </message>
    <message>
        <source>Check and store</source>
        <translation>Controleren en opslaan</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Juror:</source>
        <translation>Jurylid:</translation>
    </message>
    <message>
        <source>First entry: type the sheet as the juror filled it in.</source>
        <translation>Eerste invoer: neem het formulier over zoals het jurylid het invulde.</translation>
    </message>
    <message>
        <source>Second entry: type the same sheet again, without looking at the first entry.</source>
        <translation>Tweede invoer: voer hetzelfde formulier nogmaals in, zonder naar de eerste invoer te kijken.</translation>
    </message>
    <message>
        <source>Tab goes to the next cell, Space ticks “not seen”, {keys} goes on.</source>
        <translation>Tab gaat naar het volgende vak, spatie vinkt “niet gezien” aan, {keys} gaat verder.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Roles (captain, time keeper…) are not given here: each team chooses them together, as the workbook says.</source>
        <translation>Rollen (teamcaptain, tijdbewaker…) worden hier niet toegewezen: elk team kiest ze samen, zoals het werkboek zegt.</translation>
    </message>
    <message>
        <source>Participants and teams</source>
        <translation>Deelnemers en teams</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>Aanmeldingen importeren…</translation>
    </message>
    <message>
        <source>A registration export (CSV or Excel) becomes participants, not yet in a team</source>
        <translation>Een export van de aanmeldingen (CSV of Excel) wordt deelnemers, nog zonder team</translation>
    </message>
    <message>
        <source>Forget e-mail addresses…</source>
        <translation>E-mailadressen vergeten…</translation>
    </message>
    <message>
        <source>Personal data: after the event, forget every participant's e-mail address</source>
        <translation>Persoonsgegevens: vergeet na het evenement het e-mailadres van elke deelnemer</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Zonder voorkeur</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) not yet placed</source>
        <translation>
            <numerusform>%n deelnemer nog niet ingedeeld</numerusform>
            <numerusform>%n deelnemers nog niet ingedeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) with a warning</source>
        <translation>
            <numerusform>%n team met een waarschuwing</numerusform>
            <numerusform>%n teams met een waarschuwing</numerusform>
        </translation>
    </message>
    <message>
        <source>no teams yet: make them above, or add an empty team</source>
        <translation>nog geen teams: maak ze hierboven, of voeg een leeg team toe</translation>
    </message>
    <message>
        <source>Everyone is placed and the teams are mixed as the rule asks.</source>
        <translation>Iedereen is ingedeeld en de teams zijn gemengd zoals de regel vraagt.</translation>
    </message>
    <message numerus="yes">
        <source>Re-form the %n team(s) of this challenge that already have people? Who is in which of them changes; teams that have started stay as they are.</source>
        <translation>
            <numerusform>%n team van deze challenge heeft al mensen: opnieuw indelen? Wie erin zit verandert; teams die al begonnen zijn blijven zoals ze zijn.</numerusform>
            <numerusform>%n teams van deze challenge hebben al mensen: opnieuw indelen? Wie in welk team zit verandert; teams die al begonnen zijn blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shuffle the teams again</source>
        <translation>Teams opnieuw schudden</translation>
    </message>
    <message>
        <source>Make the teams again</source>
        <translation>Teams opnieuw maken</translation>
    </message>
    <message>
        <source>The teams are made: adjust them by dragging, or with Alt+arrows on a person.</source>
        <translation>De teams zijn gemaakt: pas ze aan door te slepen, of met Alt+pijltjes op een persoon.</translation>
    </message>
    <message>
        <source>No e-mail addresses are kept for this event.</source>
        <translation>Voor dit evenement zijn geen e-mailadressen bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Forget the e-mail addresses of %n participant(s)? This cannot be undone; names, organisations and teams stay.</source>
        <translation>
            <numerusform>Het e-mailadres van %n deelnemer vergeten? Dit kan niet ongedaan worden gemaakt; namen, organisaties en teams blijven.</numerusform>
            <numerusform>De e-mailadressen van %n deelnemers vergeten? Dit kan niet ongedaan worden gemaakt; namen, organisaties en teams blijven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget e-mail addresses</source>
        <translation>E-mailadressen vergeten</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) forgotten.</source>
        <translation>
            <numerusform>%n e-mailadres vergeten.</numerusform>
            <numerusform>%n e-mailadressen vergeten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>absent today</source>
        <translation>vandaag afwezig</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Afwezig vandaag</translation>
    </message>
</context>
<context>
    <name>PersonMoves</name>
    <message>
        <source>{name} is not yet placed now, on the board of their preferred challenge.</source>
        <translation>{name} staat nu bij ‘Nog niet ingedeeld’, op het bord van de challenge van hun voorkeur.</translation>
    </message>
    <message>
        <source>{team} has already started. Move {name} out of it? Their roles in it end; their notes stay, with their name.</source>
        <translation>{team} is al begonnen. {name} eruit halen? Hun rollen in het team vervallen; hun notities blijven, met hun naam.</translation>
    </message>
    <message numerus="yes">
        <source>Their %n dot(s) in votes not yet revealed are taken back.</source>
        <translation>
            <numerusform>Hun %n stip in een nog niet onthulde stemming wordt teruggenomen.</numerusform>
            <numerusform>Hun %n stippen in nog niet onthulde stemmingen worden teruggenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move out of a team that has started</source>
        <translation>Uit een begonnen team halen</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verplaats naar…</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Afwezig vandaag</translation>
    </message>
    <message>
        <source>Preferred challenge</source>
        <translation>Voorkeurschallenge</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Zonder voorkeur</translation>
    </message>
</context>
<context>
    <name>PitchExports</name>
    <message>
        <source>Ready to share</source>
        <translation>Klaar om te delen</translation>
    </message>
    <message>
        <source>What is empty is said as missing in the PDF: export again whenever the team adds to it.</source>
        <translation>Wat nog leeg is, staat in de pdf als ontbrekend: exporteer opnieuw zodra het team iets aanvult.</translation>
    </message>
    <message>
        <source>Team dossier (PDF)…</source>
        <translation>Teamdossier (pdf)…</translation>
    </message>
    <message>
        <source>The team's whole day on A4: to print or to send.</source>
        <translation>De hele dag van het team op A4: om te printen of te versturen.</translation>
    </message>
    <message>
        <source>Flip-over poster (PDF)…</source>
        <translation>Flip-overposter (pdf)…</translation>
    </message>
    <message>
        <source>The pitch in big type on one sheet (A1; two sheets for the Idea Race winner).</source>
        <translation>De pitch in grote letters op één vel (A1; twee vellen voor de winnaar van de Idee Race).</translation>
    </message>
    <message>
        <source>Show the pitch on the beamer</source>
        <translation>Toon de pitch op de beamer</translation>
    </message>
    <message>
        <source>Landscape, made for the screen; PageDown goes on to the next team.</source>
        <translation>Liggend, gemaakt voor het scherm; PageDown gaat door naar het volgende team.</translation>
    </message>
</context>
<context>
    <name>PitchMeter</name>
    <message>
        <source>Questions answered</source>
        <translation>Beantwoorde vragen</translation>
    </message>
    <message>
        <source>{answered} of {asked} questions answered</source>
        <translation>{answered} van {asked} vragen beantwoord</translation>
    </message>
    <message>
        <source>Storyboard: {panels} of at least {minimum} panels</source>
        <translation>Storyboard: {panels} van minimaal {minimum} panelen</translation>
    </message>
    <message>
        <source>Storyboard: {panels} panels</source>
        <translation>Storyboard: {panels} panelen</translation>
    </message>
    <message>
        <source>Presenter: {name}</source>
        <translation>Presentator: {name}</translation>
    </message>
    <message>
        <source>Presenter: not chosen yet</source>
        <translation>Presentator: nog niet gekozen</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Alle vragen zijn beantwoord.</translation>
    </message>
    <message>
        <source>Still empty:</source>
        <translation>Nog leeg:</translation>
    </message>
    <message>
        <source>Go to: {question}</source>
        <translation>Ga naar: {question}</translation>
    </message>
    <message>
        <source>and {count} more…</source>
        <translation>en nog {count}…</translation>
    </message>
</context>
<context>
    <name>PitchPage</name>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Parts of the pitch</source>
        <translation>Onderdelen van de pitch</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: bring back the team's own text</source>
        <translation>Ongedaan maken: jullie eigen tekst terugzetten</translation>
    </message>
    <message>
        <source>Taken over again. Undo empties the answer again.</source>
        <translation>Opnieuw overgenomen. Ongedaan maken maakt het antwoord weer leeg.</translation>
    </message>
    <message>
        <source>Taken over again. Undo brings back your own text.</source>
        <translation>Opnieuw overgenomen. Ongedaan maken zet jullie eigen tekst terug.</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <source>Task split</source>
        <translation>Taakverdeling</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
</context>
<context>
    <name>PitchPanel</name>
    <message>
        <source>On the beamer</source>
        <translation>Op de beamer</translation>
    </message>
    <message>
        <source>Start the pitches on the beamer</source>
        <translation>Start de pitches op de beamer</translation>
    </message>
    <message>
        <source>Start pitch</source>
        <translation>Start pitch</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Start de vragen</translation>
    </message>
    <message>
        <source>Previous ({key})</source>
        <translation>Vorige ({key})</translation>
    </message>
    <message>
        <source>Next ({key})</source>
        <translation>Volgende ({key})</translation>
    </message>
    <message>
        <source>{key} starts the pitch, then the questions; the questions also start by themselves when the pitch time is up. PageDown and PageUp (a presenter's clicker too) go to the next or previous team, here and on the beamer; absent teams are skipped.</source>
        <translation>{key} start de pitch en daarna de vragen; de vragen starten ook vanzelf als de pitchtijd om is. PageDown en PageUp (ook van een presenter) gaan naar het volgende of vorige team, hier en op de beamer; afwezige teams worden overgeslagen.</translation>
    </message>
    <message>
        <source>On the beamer: {room}</source>
        <translation>Op de beamer: {room}</translation>
    </message>
    <message>
        <source>The beamer does not show the pitches.</source>
        <translation>De beamer toont de pitches niet.</translation>
    </message>
    <message>
        <source>First in {room}: {team}</source>
        <translation>Eerst in {room}: {team}</translation>
    </message>
    <message>
        <source>Now: {team}</source>
        <translation>Nu: {team}</translation>
    </message>
    <message>
        <source>Show {room} on the beamer</source>
        <translation>{room} op de beamer zetten</translation>
    </message>
    <message>
        <source>Still running in {room}: {team}, {timer} {countdown}</source>
        <translation>Loopt nog in {room}: {team}, {timer} {countdown}</translation>
    </message>
    <message>
        <source>Still running: {team}, {timer} {countdown}</source>
        <translation>Loopt nog: {team}, {timer} {countdown}</translation>
    </message>
    <message>
        <source>Show another room</source>
        <translation>Andere zaal tonen</translation>
    </message>
    <message>
        <source>{team} in {room} is on the beamer with its timer running. Show {other} on the beamer instead? {team}'s timer keeps running; show {room} again to come back to it.</source>
        <translation>{team} in {room} staat op de beamer en de tijd loopt. {other} op de beamer zetten? De tijd van {team} loopt door; zet {room} weer op de beamer om ernaar terug te gaan.</translation>
    </message>
    <message>
        <source>First: {team}</source>
        <translation>Eerst: {team}</translation>
    </message>
    <message>
        <source>Next: {team}</source>
        <translation>Hierna: {team}</translation>
    </message>
    <message>
        <source>This is the last team.</source>
        <translation>Dit is het laatste team.</translation>
    </message>
</context>
<context>
    <name>PitchQuestions</name>
    <message>
        <source>Your challenge asks these too: the jury will look for them.</source>
        <translation>Jullie challenge vraagt ook hiernaar: de jury let erop.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnaam</translation>
    </message>
    <message>
        <source>A name the jury and the room will remember.</source>
        <translation>Een naam die de jury en de zaal onthouden.</translation>
    </message>
    <message>
        <source>Who gives the pitch?</source>
        <translation>Wie geeft de pitch?</translation>
    </message>
    <message>
        <source>The presenter need not be the team captain; if the choice was left open, make it now.</source>
        <translation>De presentator hoeft niet per se de teamcaptain te zijn; staat de keuze nog open, maak hem dan nu.</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentator</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
</context>
<context>
    <name>PitchRun</name>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>{timer} (paused)</source>
        <translation>{timer} (gepauzeerd)</translation>
    </message>
</context>
<context>
    <name>ProblemStatementPage</name>
    <message>
        <source>No theme chosen yet: the theme vote decides it.</source>
        <translation>Nog geen thema gekozen: de stemming op thema's beslist.</translation>
    </message>
    <message>
        <source>No question of this theme is marked as the one that states it best.</source>
        <translation>Geen vraag van dit thema is gemarkeerd als de vraag die het het best verwoordt.</translation>
    </message>
    <message>
        <source>chosen by the team captain on a tie</source>
        <translation>gekozen door de teamcaptain bij gelijke stand</translation>
    </message>
    <message>
        <source>chosen by team captain {name} on a tie</source>
        <translation>gekozen door de teamcaptain {name} bij gelijke stand</translation>
    </message>
    <message>
        <source>Winning theme</source>
        <translation>Winnend thema</translation>
    </message>
    <message>
        <source>Your problem statement</source>
        <translation>Jullie probleemstelling</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Nog niet ingevuld:</translation>
    </message>
    <message>
        <source>Complete: this is the statement the gate and the pitch show.</source>
        <translation>Compleet: dit is de probleemstelling die de fase-afsluiting en de pitch tonen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Items keep their minutes when others move; an item with a fixed time (padlock) stays at its clock time. Alt+Up and Alt+Down move the chosen item; Enter in the minutes applies.</source>
        <translation>Onderdelen houden hun duur als andere schuiven; een onderdeel met een vaste tijd (hangslot) blijft op zijn tijd staan. Alt+pijl omhoog en Alt+pijl omlaag verplaatsen het gekozen onderdeel; Enter in de minuten past de duur toe.</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+pijl omhoog</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+pijl omlaag</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Asks first</source>
        <translation>Vraagt het eerst</translation>
    </message>
    <message>
        <source>New item: title in Dutch</source>
        <translation>Nieuw onderdeel: titel in het Nederlands</translation>
    </message>
    <message>
        <source>Title in English (optional)</source>
        <translation>Titel in het Engels (mag leeg)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add after the chosen item</source>
        <translation>Toevoegen na het gekozen onderdeel</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Remove “{title}” ({time}) from the programme? The items after it move up.</source>
        <translation>“{title}” ({time}) uit het programma verwijderen? De onderdelen erna schuiven naar voren.</translation>
    </message>
</context>
<context>
    <name>ProgrammeMarks</name>
    <message>
        <source>fixed time</source>
        <translation>vaste tijd</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>PROGRAMME AND BEAMER</source>
        <translation>PROGRAMMA EN BEAMER</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Programme of the day</source>
        <translation>Programma van de dag</translation>
    </message>
    <message>
        <source>Teams against the programme</source>
        <translation>Teams ten opzichte van het programma</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Plenary timer</source>
        <translation>Plenaire timer</translation>
    </message>
    <message>
        <source>Plenary item to time</source>
        <translation>Plenair onderdeel om te timen</translation>
    </message>
    <message>
        <source>Beamer</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>What the beamer shows</source>
        <translation>Wat de beamer toont</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Op scherm</translation>
    </message>
    <message>
        <source>Screen of the beamer</source>
        <translation>Scherm van de beamer</translation>
    </message>
    <message>
        <source>Automatic: the screen this window is not on</source>
        <translation>Automatisch: het scherm waar dit venster niet op staat</translation>
    </message>
    <message>
        <source>Open the beamer view</source>
        <translation>Open het beamerbeeld</translation>
    </message>
    <message>
        <source>F11: full screen on/off · Esc: leave full screen, then close</source>
        <translation>F11: volledig scherm aan/uit · Esc: volledig scherm uit, daarna sluiten</translation>
    </message>
    <message>
        <source>Feedback round: each team's problem statement</source>
        <translation>Terugkoppeling: de probleemstelling van elk team</translation>
    </message>
    <message>
        <source>On the beamer, one team per key press: → Space PageDown next, ← PageUp back</source>
        <translation>Op de beamer, één team per toets: → Spatie PageDown volgende, ← PageUp terug</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <source>e.g. Nog 5 minuten!</source>
        <translation>bijv. Nog 5 minuten!</translation>
    </message>
    <message>
        <source>Announcement on the beamer</source>
        <translation>Mededeling op de beamer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Close the beamer view</source>
        <translation>Sluit het beamerbeeld</translation>
    </message>
    <message>
        <source> · until {time}</source>
        <translation> · tot {time}</translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation>Nu: {title}</translation>
    </message>
    <message>
        <source>The day has not started yet</source>
        <translation>De dag is nog niet begonnen</translation>
    </message>
    <message>
        <source>Next at {time} · {title}</source>
        <translation>Straks {time} · {title}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>introductions</source>
        <translation>kennismaking</translation>
    </message>
    <message>
        <source>The programme (countdown to the next item)</source>
        <translation>Het programma (aftellen tot het volgende onderdeel)</translation>
    </message>
    <message>
        <source>The plenary timer</source>
        <translation>De plenaire timer</translation>
    </message>
    <message>
        <source>{team}: its step and timer</source>
        <translation>{team}: stap en timer</translation>
    </message>
    <message>
        <source>{team}: its pitch (PageDown: the next team)</source>
        <translation>{team}: de pitch (PageDown: volgend team)</translation>
    </message>
    <message>
        <source>The Idea Race: timer and leaderboard</source>
        <translation>De Idee Race: timer en tussenstand</translation>
    </message>
</context>
<context>
    <name>ProgrammeTable</name>
    <message>
        <source>Plenary</source>
        <translation>Plenair</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Team phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Drinks and social</source>
        <translation>Borrel</translation>
    </message>
    <message>
        <source>Does not fit: {minutes} min too long before {fixed} ({at})</source>
        <translation>Past niet: {minutes} min te lang vóór {fixed} ({at})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation>Titel (Nederlands)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titel (Engels)</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Vaste tijd</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>Past het?</translation>
    </message>
    <message>
        <source>A fixed time: type another to move it</source>
        <translation>Een vaste tijd: typ een andere tijd om het te verplaatsen</translation>
    </message>
    <message>
        <source>Follows from the items before it</source>
        <translation>Volgt uit de onderdelen ervoor</translation>
    </message>
    <message>
        <source>The day's last item: nothing after it to end it</source>
        <translation>Het laatste onderdeel van de dag: er komt niets na</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of {title}</source>
        <translation>Minuten van {title}</translation>
    </message>
    <message>
        <source>A fixed item keeps its clock time while the rest moves</source>
        <translation>Een vast onderdeel houdt zijn tijd terwijl de rest schuift</translation>
    </message>
    <message>
        <source>Fix its time</source>
        <translation>Tijd vastzetten</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RaceMessages</name>
    <message>
        <source>The race has not started: wait for the start signal. Nothing was written.</source>
        <translation>De race is nog niet begonnen: wacht op het startsein. Er is niets opgeschreven.</translation>
    </message>
    <message>
        <source>The race has started already.</source>
        <translation>De race is al begonnen.</translation>
    </message>
    <message>
        <source>The first round is over: a false start can no longer be called.</source>
        <translation>Het eerste deel is voorbij: een valse start kan niet meer.</translation>
    </message>
    <message>
        <source>This round has not started yet: type its ideas in once it has. Nothing was written.</source>
        <translation>Dit deel is nog niet begonnen: typ de ideeën in zodra het begonnen is. Er is niets opgeschreven.</translation>
    </message>
    <message>
        <source>The race has no such round.</source>
        <translation>De race heeft zo'n deel niet.</translation>
    </message>
    <message>
        <source>A count is a whole number from 0 to {limit}; nothing was changed.</source>
        <translation>Een aantal is een heel getal van 0 tot en met {limit}; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This round has not run yet for this team: enter its count once it has. Nothing was changed.</source>
        <translation>Deze ronde is voor dit team nog niet gelopen: voer de telling in als dat wel zo is. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This team wrote its ideas live in this round: they are counted already. A count by hand is for a team that raced on paper; nothing was changed.</source>
        <translation>Dit team schreef zijn ideeën live in deze ronde: die tellen al. Een telling met de hand is voor een team dat op papier racete; er is niets veranderd.</translation>
    </message>
    <message>
        <source>An empty idea is not written: type your idea first.</source>
        <translation>Een leeg idee wordt niet opgeschreven: typ eerst je idee.</translation>
    </message>
    <message>
        <source>An idea has at most {limit} characters.</source>
        <translation>Een idee heeft hoogstens {limit} tekens.</translation>
    </message>
</context>
<context>
    <name>RacePage</name>
    <message>
        <source>One team laptop: raced on paper?</source>
        <translation>Eén teamlaptop: op papier geracet?</translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation>Start de race</translation>
    </message>
    <message>
        <source>Our own start signal (the facilitator can start every team at once)</source>
        <translation>Ons eigen startsein (de facilitator kan alle teams tegelijk starten)</translation>
    </message>
    <message>
        <source>False start: back to the line</source>
        <translation>Valse start: terug naar de startlijn</translation>
    </message>
    <message>
        <source>The first round starts again at the next start signal; the ideas written stay</source>
        <translation>Het eerste deel begint opnieuw bij het volgende startsein; de opgeschreven ideeën blijven</translation>
    </message>
    <message>
        <source>One idea, Enter: in the row, and write the next</source>
        <translation>Eén idee, Enter: in de rij, en schrijf het volgende</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nieuw idee</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Who writes:</source>
        <translation>Wie schrijft:</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>False start</source>
        <translation>Valse start</translation>
    </message>
    <message>
        <source>Back to the start line? The first round starts again at the next start signal; the ideas written stay.</source>
        <translation>Terug naar de startlijn? Het eerste deel begint opnieuw bij het volgende startsein; de geschreven ideeën blijven.</translation>
    </message>
</context>
<context>
    <name>RaceScreen</name>
    <message>
        <source>Get ready at the start line!</source>
        <translation>Sta klaar bij de startlijn!</translation>
    </message>
</context>
<context>
    <name>RaceStanding</name>
    <message>
        <source>entered by hand by the facilitator</source>
        <translation>met de hand ingevoerd door de facilitator</translation>
    </message>
    <message>
        <source>count entered by the captain</source>
        <translation>aantal ingevoerd door de teamcaptain</translation>
    </message>
    <message>
        <source>typed in after the round</source>
        <translation>na het deel ingetypt</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>gelijkspel</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>ingetypt</translation>
    </message>
    <message>
        <source>No ideas yet: the longest row wins.</source>
        <translation>Nog geen ideeën: de langste rij wint.</translation>
    </message>
    <message>
        <source>A tie for first: {teams} each win {sheets} flip-over sheets!</source>
        <translation>Gedeeld eerste: {teams} krijgen elk {sheets} flip-overvellen!</translation>
    </message>
    <message>
        <source>{teams} wins {sheets} flip-over sheets!</source>
        <translation>{teams} krijgt {sheets} flip-overvellen!</translation>
    </message>
    <message>
        <source>A tie for first: {teams}</source>
        <translation>Gedeeld eerste: {teams}</translation>
    </message>
    <message>
        <source>{teams} wins the race</source>
        <translation>{teams} wint de race</translation>
    </message>
    <message>
        <source>Tied in the lead: {teams}</source>
        <translation>Gedeelde koppositie: {teams}</translation>
    </message>
    <message>
        <source>In the lead: {teams}</source>
        <translation>Aan kop: {teams}</translation>
    </message>
    <message>
        <source>After {round}: {teams} led with {count} ideas</source>
        <translation>Na {round}: {teams} aan kop met {count} ideeën</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Eindstand</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Tussenstand</translation>
    </message>
</context>
<context>
    <name>RaceStartCard</name>
    <message>
        <source>Start signal: every team at once</source>
        <translation>Startsein: alle teams tegelijk</translation>
    </message>
    <message>
        <source>The first round starts for every team that has not started its race; the beamer shows the race</source>
        <translation>Het eerste deel begint voor elk team dat zijn race nog niet begon; de beamer toont de race</translation>
    </message>
    <message>
        <source>False start: everyone back to the line</source>
        <translation>Valse start: iedereen terug naar de startlijn</translation>
    </message>
    <message>
        <source>A team that raced on paper: its count, entered by hand</source>
        <translation>Een team dat op papier racete: het aantal, met de hand ingevoerd</translation>
    </message>
    <message>
        <source>Team whose count is entered by hand</source>
        <translation>Team waarvan het aantal met de hand wordt ingevoerd</translation>
    </message>
    <message>
        <source>Round of the count</source>
        <translation>Deel van het aantal</translation>
    </message>
    <message>
        <source>Number of ideas counted by hand</source>
        <translation>Aantal ideeën, met de hand geteld</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invoeren</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Terugnemen</translation>
    </message>
    <message>
        <source>Take the count entered by hand back: the round counts its ideas again</source>
        <translation>De met de hand ingevoerde telling terugnemen: de ronde telt haar ideeën weer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Started for {count} team(s).</source>
        <translation>Gestart voor {count} team(s).</translation>
    </message>
    <message>
        <source>No team at the race is waiting at the start line.</source>
        <translation>Geen team bij de race staat nog aan de startlijn.</translation>
    </message>
    <message>
        <source>Not started: {teams} — they are not at the {step} yet.</source>
        <translation>Niet gestart: {teams} — zij zijn nog niet bij de {step}.</translation>
    </message>
    <message>
        <source>Count by hand taken back: the round counts its ideas again.</source>
        <translation>Telling met de hand teruggenomen: de ronde telt haar ideeën weer.</translation>
    </message>
    <message>
        <source>{count} team(s) back at the start line.</source>
        <translation>{count} team(s) terug bij de startlijn.</translation>
    </message>
    <message>
        <source>No team is in the first round.</source>
        <translation>Geen team zit in het eerste deel.</translation>
    </message>
    <message>
        <source>Count entered by hand: {count}.</source>
        <translation>Aantal met de hand ingevoerd: {count}.</translation>
    </message>
</context>
<context>
    <name>RaceTexts</name>
    <message>
        <source>Ideas written now are kept but not counted.</source>
        <translation>Ideeën die je nu opschrijft blijven bewaard, maar tellen niet mee.</translation>
    </message>
    <message>
        <source>At the start line: writing starts at the start signal.</source>
        <translation>Bij de startlijn: het schrijven begint bij het startsein.</translation>
    </message>
    <message>
        <source>{round}: write! One idea per note, Enter for the next.</source>
        <translation>{round}: schrijven! Eén idee per briefje, Enter voor het volgende.</translation>
    </message>
    <message>
        <source>{round} is paused.</source>
        <translation>{round} is gepauzeerd.</translation>
    </message>
    <message>
        <source>{round}: time is up.</source>
        <translation>{round}: de tijd is om.</translation>
    </message>
    <message>
        <source>The race is over.</source>
        <translation>De race is voorbij.</translation>
    </message>
    <message>
        <source>{count} ideas</source>
        <translation>{count} ideeën</translation>
    </message>
    <message>
        <source>1 idea</source>
        <translation>1 idee</translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation>(met de hand ingevoerd)</translation>
    </message>
    <message>
        <source>({typed} typed in afterwards)</source>
        <translation>({typed} achteraf ingetypt)</translation>
    </message>
    <message>
        <source>Per member:</source>
        <translation>Per teamlid:</translation>
    </message>
    <message>
        <source>{count} written outside a round's running time: kept, not counted.</source>
        <translation>{count} geschreven buiten de looptijd van een deel: bewaard, telt niet mee.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>telt niet mee</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>ingetypt</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Your ranking</source>
        <translation>Jouw rangorde</translation>
    </message>
    <message>
        <source>The teams by your weighted score. Not right? Choose a team (Enter) to correct it; finalise when it is as you mean it.</source>
        <translation>De teams op volgorde van jouw gewogen score. Klopt het niet? Kies een team (Enter) om het te corrigeren; rond af als het is zoals je het bedoelt.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewogen score</translation>
    </message>
    <message>
        <source>Back to scoring</source>
        <translation>Terug naar beoordelen</translation>
    </message>
    <message>
        <source>Finalise and save the juror file…</source>
        <translation>Afronden en het jurybestand opslaan…</translation>
    </message>
    <message>
        <source>Still to score (or mark as not seen): {teams}</source>
        <translation>Nog te beoordelen (of als niet gezien te markeren): {teams}</translation>
    </message>
    <message>
        <source>{team} ({count} of {total} criteria open)</source>
        <translation>{team} ({count} van {total} criteria open)</translation>
    </message>
    <message>
        <source>Not seen (not scored): {teams}</source>
        <translation>Niet gezien (niet beoordeeld): {teams}</translation>
    </message>
</context>
<context>
    <name>RecusalGrid</name>
    <message>
        <source>Recusals</source>
        <translation>Verschoningen</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Reden…</translation>
    </message>
    <message>
        <source>Note why the juror recuses from the team chosen in the grid (optional).</source>
        <translation>Noteer waarom het jurylid zich onthoudt bij het team dat in het raster is gekozen (optioneel).</translation>
    </message>
    <message>
        <source>Tick where a juror does not score a team (a conflict of interest). Arrow keys move, Space ticks.</source>
        <translation>Vink aan waar een jurylid een team niet beoordeelt (belangenverstrengeling). Pijltjestoetsen verplaatsen, Spatie vinkt aan.</translation>
    </message>
    <message>
        <source>Recusals: teams by jurors</source>
        <translation>Verschoningen: teams per jurylid</translation>
    </message>
    <message>
        <source>{juror} recuses from {team}</source>
        <translation>{juror} onthoudt zich bij {team}</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>Verschoning</translation>
    </message>
    <message>
        <source>Why does the juror not score this team? (optional)</source>
        <translation>Waarom beoordeelt het jurylid dit team niet? (optioneel)</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>First place</source>
        <translation>Eerste plaats</translation>
    </message>
    <message>
        <source>Second place</source>
        <translation>Tweede plaats</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Derde plaats</translation>
    </message>
    <message>
        <source>Shared {prize}</source>
        <translation>Gedeelde {prize}</translation>
    </message>
    <message>
        <source>Winners (shared prize)</source>
        <translation>Winnaars (gedeelde prijs)</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Winnaar</translation>
    </message>
    <message>
        <source>Place {place}</source>
        <translation>Plaats {place}</translation>
    </message>
    <message>
        <source>The winners</source>
        <translation>De winnaars</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Team {number}</translation>
    </message>
    <message>
        <source>That was the last winner.</source>
        <translation>Dat was de laatste winnaar.</translation>
    </message>
    <message>
        <source>This is the opening card.</source>
        <translation>Dit is de openingsdia.</translation>
    </message>
</context>
<context>
    <name>RevealQuestion</name>
    <message>
        <source>1 member has not placed all their dots yet: reveal anyway?</source>
        <translation>1 teamlid heeft nog niet alle stippen geplaatst: toch onthullen?</translation>
    </message>
    <message>
        <source>{count} members have not placed all their dots yet: reveal anyway?</source>
        <translation>{count} teamleden hebben nog niet alle stippen geplaatst: toch onthullen?</translation>
    </message>
    <message>
        <source>Not done yet: {names}.</source>
        <translation>Nog niet klaar: {names}.</translation>
    </message>
    <message>
        <source>Reveal the dots</source>
        <translation>Onthul de stippen</translation>
    </message>
</context>
<context>
    <name>RevealTab</name>
    <message>
        <source>Announce the winner of the {race} first</source>
        <translation>Eerst de winnaar van de {race} bekendmaken</translation>
    </message>
    <message>
        <source>Announce the audience award first</source>
        <translation>Eerst de publieksprijs bekendmaken</translation>
    </message>
    <message>
        <source>Start the reveal on the beamer</source>
        <translation>Bekendmaking starten op de beamer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Winners' reveal</source>
        <translation>Bekendmaking van de winnaars</translation>
    </message>
    <message>
        <source>Each PageDown (or a presenter clicker) shows the next card on the beamer: first the place, then the team. PageUp goes back.</source>
        <translation>Elke PageDown (of klik van een presenter) toont de volgende dia op de beamer: eerst de plaats, dan het team. PageUp gaat terug.</translation>
    </message>
    <message>
        <source>{count} prizes to announce, one key press at a time.</source>
        <translation>{count} prijzen om bekend te maken, één toetsdruk per keer.</translation>
    </message>
    <message>
        <source>The audience award is not in it yet: close its vote and confirm it first.</source>
        <translation>De publieksprijs staat er nog niet bij: sluit eerst de stemming en bevestig de prijs.</translation>
    </message>
    <message>
        <source>Opening: the winners</source>
        <translation>Opening: de winnaars</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>Beoordelingscriteria</translation>
    </message>
    <message>
        <source>Juror files were scored against this rubric. After a change they still count, with the new weights, until each juror sends a file made with a new kit.</source>
        <translation>Er zijn jurybestanden met deze criteria gescoord. Na een wijziging tellen ze nog mee, met de nieuwe wegingsfactoren, tot elk jurylid een bestand van een nieuwe jurykit stuurt.</translation>
    </message>
    <message>
        <source>The winners are confirmed: the rubric cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”).</source>
        <translation>De winnaars zijn bevestigd: de beoordelingscriteria kunnen nu niet meer veranderen. De juryvoorzitter heropent eerst de winnaars (Juryberaad, “Winnaars heropenen”).</translation>
    </message>
    <message>
        <source>Change the rubric…</source>
        <translation>Criteria wijzigen…</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Wegingsfactor</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Title of a new criterion, then Enter</source>
        <translation>Titel van een nieuw criterium, dan Enter</translation>
    </message>
    <message>
        <source>New criterion's title</source>
        <translation>Titel van het nieuwe criterium</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Criterion's title</source>
        <translation>Titel van het criterium</translation>
    </message>
    <message>
        <source>What the jury looks at</source>
        <translation>Waar de jury op let</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Laagste score</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Hoogste score</translation>
    </message>
    <message>
        <source>What the scores mean</source>
        <translation>Wat de scores betekenen</translation>
    </message>
    <message>
        <source>One level per line: a score or a range, then what it means, e.g. “1-3: Vague or general”</source>
        <translation>Eén niveau per regel: een score of een bereik, dan wat het betekent, bijv. “1-3: Vaag of algemeen”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Change the rubric</source>
        <translation>Criteria wijzigen</translation>
    </message>
    <message>
        <source>Juror files were scored against this rubric. After a change they still count, with the new weights, until the juror sends a new file (a criterion added makes them count for nothing until then: they have no score for it). Files made with the old kit that arrive later are refused, so every juror needs a new kit. Change the rubric?</source>
        <translation>Er zijn jurybestanden met deze criteria gescoord. Na een wijziging tellen ze nog mee, met de nieuwe wegingsfactoren, tot het jurylid een nieuw bestand stuurt (na een toegevoegd criterium tellen ze tot dan niet mee: ze hebben er geen score voor). Bestanden van de oude jurykit die later binnenkomen worden geweigerd, dus elk jurylid heeft een nieuwe jurykit nodig. De criteria wijzigen?</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision in use</source>
        <translation>Versie in gebruik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Import juror files…</source>
        <translation>Jurybestanden importeren…</translation>
    </message>
    <message>
        <source>Type in a paper sheet…</source>
        <translation>Papieren formulier invoeren…</translation>
    </message>
    <message>
        <source>Close scoring…</source>
        <translation>Scoren sluiten…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Accept (chair)…</source>
        <translation>Accepteren (voorzitter)…</translation>
    </message>
    <message>
        <source>Tip: drop juror files (.json) onto this tab to import them.</source>
        <translation>Tip: sleep jurybestanden (.json) op dit tabblad om ze te importeren.</translation>
    </message>
    <message>
        <source>(chair)</source>
        <translation>(voorzitter)</translation>
    </message>
    <message>
        <source>Scoring is closed (since {time}): a file that arrives now waits for the chair.</source>
        <translation>Het scoren is gesloten (sinds {time}): een bestand dat nu binnenkomt, wacht op de juryvoorzitter.</translation>
    </message>
    <message>
        <source>Scoring is open: import the jurors' files as they come in.</source>
        <translation>Het scoren is open: importeer de bestanden van de juryleden zodra ze binnenkomen.</translation>
    </message>
    <message>
        <source>Import juror files</source>
        <translation>Jurybestanden importeren</translation>
    </message>
    <message>
        <source>Juror files (*.json)</source>
        <translation>Jurybestanden (*.json)</translation>
    </message>
    <message>
        <source>Paper sheet of {juror} stored as revision {revision}.</source>
        <translation>Papieren formulier van {juror} opgeslagen als versie {revision}.</translation>
    </message>
    <message>
        <source>Close scoring</source>
        <translation>Scoren sluiten</translation>
    </message>
    <message>
        <source>Close scoring? The revisions in use are then frozen: a file that arrives later waits until the chair accepts it.</source>
        <translation>Scoren sluiten? De versies in gebruik liggen dan vast: een bestand dat later binnenkomt, wacht tot de juryvoorzitter het accepteert.</translation>
    </message>
    <message>
        <source>Scoring is closed.</source>
        <translation>Het scoren is gesloten.</translation>
    </message>
    <message>
        <source>Withdraw {juror}'s scores</source>
        <translation>Scores van {juror} intrekken</translation>
    </message>
    <message>
        <source>Why are {juror}'s scores withdrawn? (They leave the results; the reason goes into the jury's log.)</source>
        <translation>Waarom worden de scores van {juror} ingetrokken? (Ze tellen niet meer mee; de reden komt in het jurylogboek.)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Accept after close</source>
        <translation>Accepteren na sluiting</translation>
    </message>
    <message>
        <source>Why does the chair accept revision {revision} of {juror} after close? (The reason goes into the jury's log.)</source>
        <translation>Waarom accepteert de juryvoorzitter versie {revision} van {juror} na sluiting? (De reden komt in het jurylogboek.)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>After close: revision {revisions} waits for the chair</source>
        <translation>Na sluiting: versie {revisions} wacht op de juryvoorzitter</translation>
    </message>
    <message>
        <source>For an earlier rubric: no score on a criterion added since, so it does not count until a new file</source>
        <translation>Voor eerdere criteria: geen score op een later toegevoegd criterium, dus telt niet mee tot een nieuw bestand</translation>
    </message>
    <message>
        <source>In use, for an earlier rubric: counts with the new weights until a new file</source>
        <translation>In gebruik, voor eerdere criteria: telt mee met de nieuwe wegingsfactoren tot een nieuw bestand</translation>
    </message>
    <message>
        <source>Withdrawn: {reason}</source>
        <translation>Ingetrokken: {reason}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht op bestand</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Juror file</source>
        <translation>Jurybestand</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>Papieren formulier</translation>
    </message>
    <message>
        <source>Scored directly</source>
        <translation>Direct gescoord</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>Type a digit (0 is 10), ←/→ ±1, ↓/↑ or Tab: another criterion; {not_seen}: not seen; PgDn/PgUp: next/previous team.</source>
        <translation>Typ een cijfer (0 is 10), ←/→ ±1, ↓/↑ of Tab: ander criterium; {not_seen}: niet gezien; PgDn/PgUp: volgend/vorig team.</translation>
    </message>
    <message>
        <source>Type the score in digits, ←/→ ±1, ↓/↑ or Tab: another criterion; {not_seen}: not seen; PgDn/PgUp: next/previous team.</source>
        <translation>Typ de score in cijfers, ←/→ ±1, ↓/↑ of Tab: ander criterium; {not_seen}: niet gezien; PgDn/PgUp: volgend/vorig team.</translation>
    </message>
    <message>
        <source>A digit scores; ←/→ one lower/higher (→ starts at {low}); ↓/↑ the next/previous criterion; Delete clears.</source>
        <translation>Een cijfer geeft de score; ←/→ één lager/hoger (→ begint bij {low}); ↓/↑ het volgende/vorige criterium; Delete wist.</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewogen score</translation>
    </message>
    <message>
        <source>Not seen (I missed this pitch)</source>
        <translation>Niet gezien (ik heb deze pitch gemist)</translation>
    </message>
    <message>
        <source>Private note for the jury</source>
        <translation>Notitie voor de jury</translation>
    </message>
    <message>
        <source>Only the jury sees this.</source>
        <translation>Alleen de jury ziet dit.</translation>
    </message>
    <message>
        <source>Feedback for the team</source>
        <translation>Feedback voor het team</translation>
    </message>
    <message>
        <source>The team gets this after the day.</source>
        <translation>Het team krijgt dit na afloop.</translation>
    </message>
    <message>
        <source>Pitch {n} of {count} · Team {number}</source>
        <translation>Pitch {n} van {count} · Team {number}</translation>
    </message>
    <message>
        <source>Not seen: this team is not scored</source>
        <translation>Niet gezien: dit team wordt niet beoordeeld</translation>
    </message>
    <message>
        <source>{given} of {count} criteria scored</source>
        <translation>{given} van {count} criteria gescoord</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message numerus="yes">
        <source>%n join file(s) in {folder} would be replaced by new ones. Replace them?</source>
        <translation>
            <numerusform>%n deelnamebestand in {folder} zou door een nieuw worden vervangen. Vervangen?</numerusform>
            <numerusform>%n deelnamebestanden in {folder} zouden door nieuwe worden vervangen. Vervangen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Set up the jury before the pitches: who scores, with what, and how the winners are decided. Then export each juror's kit.</source>
        <translation>Richt de jury in vóór de pitches: wie beoordeelt, waarop, en hoe de winnaars worden bepaald. Exporteer daarna de jurykit van elk jurylid.</translation>
    </message>
</context>
<context>
    <name>ShiftRow</name>
    <message>
        <source>Shift the rest of the day</source>
        <translation>Schuif de rest van de dag</translation>
    </message>
    <message>
        <source>Everything that has not started yet moves {minutes} minutes</source>
        <translation>Alles wat nog niet begonnen is, schuift {minutes} minuten</translation>
    </message>
    <message>
        <source>The day runs to plan again.</source>
        <translation>De dag loopt weer volgens plan.</translation>
    </message>
    <message>
        <source>The day is shifted by {minutes} minutes, until {fixed} ({at}): {item} now takes {length} minutes.</source>
        <translation>De dag is {minutes} minuten verschoven, tot {fixed} ({at}): {item} duurt nu {length} minuten.</translation>
    </message>
    <message>
        <source>The day is shifted by {minutes} minutes.</source>
        <translation>De dag is {minutes} minuten verschoven.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Tab moves to the next control; Space presses the focused button. A text field keeps every key it types. The event, team and “I am” pickers are reached with a click or their shortcut, so no key switches them by accident.</source>
        <translation>Tab gaat naar het volgende onderdeel; Spatie drukt de knop in die de focus heeft. Een tekstveld houdt elke toets die je typt. De keuzelijsten voor evenement, team en “Ik ben” bereik je met een klik of hun sneltoets, zodat geen toets ze per ongeluk omzet.</translation>
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message>
        <source>done for the day</source>
        <translation>klaar met de dag</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>{minutes} min behind</source>
        <translation>{minutes} min achter</translation>
    </message>
    <message>
        <source>{minutes} min ahead</source>
        <translation>{minutes} min voor</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Steps of the day</source>
        <translation>Stappen van de dag</translation>
    </message>
    <message>
        <source>Programme and beamer</source>
        <translation>Programma en beamer</translation>
    </message>
    <message>
        <source>The challenge</source>
        <translation>De challenge</translation>
    </message>
    <message>
        <source>Team and introductions</source>
        <translation>Team en kennismaking</translation>
    </message>
    <message>
        <source>The jury: pitches, scores, winners</source>
        <translation>De jury: pitches, scores, winnaars</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Vorige stap (Alt+Pijl links)</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>Volgende stap →</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Volgende stap (Alt+Pijl rechts)</translation>
    </message>
    <message>
        <source>To the board</source>
        <translation>Naar het bord</translation>
    </message>
    <message>
        <source>PHASE {number} · {phase}</source>
        <translation>FASE {number} · {phase}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Timebox: {minutes} minutes</source>
        <translation>Timebox: {minutes} minuten</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Stap {number} van {total}</translation>
    </message>
    <message>
        <source>← To the team's step</source>
        <translation>← Naar de stap van het team</translation>
    </message>
    <message>
        <source>Move the team here</source>
        <translation>Verplaats het team hierheen</translation>
    </message>
    <message>
        <source>Next: {title} →</source>
        <translation>Volgende: {title} →</translation>
    </message>
    <message>
        <source>the introductions</source>
        <translation>de kennismaking</translation>
    </message>
    <message>
        <source>You are looking at another step than the team's. The team is at: {step}.</source>
        <translation>Je bekijkt een andere stap dan die van het team. Het team is bij: {step}.</translation>
    </message>
    <message>
        <source>About this phase ({start}–{end})</source>
        <translation>Over deze fase ({start}–{end})</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Wat hebben jullie nodig?</translation>
    </message>
    <message>
        <source>End of phase {number}: the outcome →</source>
        <translation>Einde van fase {number}: de uitkomst →</translation>
    </message>
    <message>
        <source>In parts</source>
        <translation>In delen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Bijvoorbeeld: {example}</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>Te beantwoorden</translation>
    </message>
    <message>
        <source>On your own first</source>
        <translation>Eerst individueel</translation>
    </message>
    <message>
        <source>One per sticky note</source>
        <translation>Eén per sticky note</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n stip per persoon</numerusform>
            <numerusform>%n stippen per persoon</numerusform>
        </translation>
    </message>
    <message>
        <source>Several dots on one item allowed</source>
        <translation>Meerdere stippen op één item toegestaan</translation>
    </message>
    <message>
        <source>At most one dot per item</source>
        <translation>Hoogstens één stip per item</translation>
    </message>
    <message>
        <source>Hidden until the reveal</source>
        <translation>Verborgen tot de onthulling</translation>
    </message>
    <message>
        <source>A tie: the {role} decides</source>
        <translation>Bij gelijke stand beslist de {role}</translation>
    </message>
    <message numerus="yes">
        <source>Keep at most %n</source>
        <translation>
            <numerusform>Kies maximaal %n</numerusform>
            <numerusform>Kies maximaal %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most ideas wins %n flip-over sheet(s)</source>
        <translation>
            <numerusform>Het team met de meeste ideeën krijgt %n flip-overvel</numerusform>
            <numerusform>Het team met de meeste ideeën krijgt %n flip-overvellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking %n year(s) ahead</source>
        <translation>
            <numerusform>%n jaar vooruit</numerusform>
            <numerusform>%n jaar vooruit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryboardPanel</name>
    <message>
        <source>Tell the idea as a story in scenes. Drag a panel by its number to move it, or press {back} / {on} in a panel.</source>
        <translation>Vertel het idee als een verhaal in scènes. Sleep een paneel aan zijn nummer om het te verplaatsen, of druk in een paneel op {back} / {on}.</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>+ Add panel</source>
        <translation>+ Paneel toevoegen</translation>
    </message>
    <message>
        <source>{count} of at least {minimum} panels</source>
        <translation>{count} van minimaal {minimum} panelen</translation>
    </message>
    <message>
        <source>The most a storyboard has: {limit} panels.</source>
        <translation>Een storyboard heeft hoogstens {limit} panelen.</translation>
    </message>
    <message>
        <source>No panels yet. Sketch the idea on paper in {minimum} to {maximum} scenes, add a panel for each, and photograph the sketches.</source>
        <translation>Nog geen panelen. Schets het idee op papier in {minimum} tot {maximum} scènes, voeg voor elke scène een paneel toe en maak een foto van de schetsen.</translation>
    </message>
    <message>
        <source>Choose a photo of the sketch</source>
        <translation>Kies een foto van de schets</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>dots</source>
        <translation>stippen</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Who does what?</source>
        <translation>Wie doet wat?</translation>
    </message>
    <message>
        <source>Add the team's members first: then split the tasks here.</source>
        <translation>Voeg eerst de teamleden toe; daarna verdeel je hier de taken.</translation>
    </message>
    <message>
        <source>{done} of {total} tasks split</source>
        <translation>{done} van {total} taken verdeeld</translation>
    </message>
    <message>
        <source>The presenter always presents.</source>
        <translation>De presentator presenteert altijd.</translation>
    </message>
    <message>
        <source>Presenter: {name} (always ticked for presenting)</source>
        <translation>Presentator: {name} (altijd aangevinkt bij presenteren)</translation>
    </message>
    <message>
        <source>No presenter chosen yet.</source>
        <translation>Nog geen presentator gekozen.</translation>
    </message>
</context>
<context>
    <name>TeamLane</name>
    <message>
        <source>Empty: drag someone here</source>
        <translation>Leeg: sleep hier iemand heen</translation>
    </message>
    <message>
        <source>This team has already started</source>
        <translation>Dit team is al begonnen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>Remove this empty team</source>
        <translation>Leeg team verwijderen</translation>
    </message>
    <message>
        <source>Room or break-out room</source>
        <translation>Zaal of break-out room</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n aanwezig</numerusform>
            <numerusform>%n aanwezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent today</source>
        <translation>
            <numerusform>%n vandaag afwezig</numerusform>
            <numerusform>%n vandaag afwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Room of {team}</source>
        <translation>Zaal van {team}</translation>
    </message>
</context>
<context>
    <name>TeamOverview</name>
    <message>
        <source>Running order</source>
        <translation>Pitchvolgorde</translation>
    </message>
    <message>
        <source>The teams and how far their scoring is</source>
        <translation>De teams en hoe ver hun beoordeling is</translation>
    </message>
    <message>
        <source>scored · {score}</source>
        <translation>gescoord · {score}</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>niet gezien</translation>
    </message>
    <message>
        <source>You do not score this team (recusal)</source>
        <translation>Je beoordeelt dit team niet (verschoning)</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria missing</source>
        <translation>
            <numerusform>nog %n criterium open</numerusform>
            <numerusform>nog %n criteria open</numerusform>
        </translation>
    </message>
    <message>
        <source>to score</source>
        <translation>nog te beoordelen</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>TEAM AND INTRODUCTIONS</source>
        <translation>TEAM EN KENNISMAKING</translation>
    </message>
    <message>
        <source>Take your team to the first phase →</source>
        <translation>Neem je team mee naar de eerste fase →</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnaam</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>One person may hold several roles.</source>
        <translation>Eén persoon mag meerdere rollen hebben.</translation>
    </message>
    <message>
        <source>May be chosen later: {roles}.</source>
        <translation>Mag later gekozen worden: {roles}.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Name of a new member, then Enter</source>
        <translation>Naam van een nieuw teamlid, dan Enter</translation>
    </message>
    <message>
        <source>New member's name</source>
        <translation>Naam van het nieuwe teamlid</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Tip: {tip}</source>
        <translation>Tip: {tip}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>“{default}” until you type a name</source>
        <translation>“{default}” tot je een naam typt</translation>
    </message>
    <message>
        <source>Continue with: {step} →</source>
        <translation>Verder met: {step} →</translation>
    </message>
    <message>
        <source>— still open —</source>
        <translation>— nog open —</translation>
    </message>
    <message>
        <source>No team yet: make the first team</source>
        <translation>Nog geen team: maak het eerste team</translation>
    </message>
    <message>
        <source>no introduction yet</source>
        <translation>nog geen kennismaking</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Teamlid verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the team? Their introduction is removed too.</source>
        <translation>{name} uit het team halen? De kennismaking verdwijnt dan ook.</translation>
    </message>
    <message numerus="yes">
        <source>Their %n note(s) stay on the board, with their name.</source>
        <translation>
            <numerusform>Hun %n sticky note blijft op het bord staan, met hun naam.</numerusform>
            <numerusform>Hun %n sticky notes blijven op het bord staan, met hun naam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes of theirs in an anonymous step, or in one not yet revealed, stay too (how many is not said here).</source>
        <translation>Hun sticky notes in een anonieme stap, of in een die nog niet is onthuld, blijven ook staan (hoeveel wordt hier niet gezegd).</translation>
    </message>
    <message numerus="yes">
        <source>Their %n dot(s) in votes already revealed stay counted: that vote happened.</source>
        <translation>
            <numerusform>Hun %n stip in een al onthulde stemming blijft meetellen: die stemming heeft plaatsgevonden.</numerusform>
            <numerusform>Hun %n stippen in al onthulde stemmingen blijven meetellen: die stemming heeft plaatsgevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n dot(s) in votes not yet revealed are taken back.</source>
        <translation>
            <numerusform>Hun %n stip in een nog niet onthulde stemming wordt teruggenomen.</numerusform>
            <numerusform>Hun %n stippen in nog niet onthulde stemmingen worden teruggenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>last minute!</source>
        <translation>laatste minuut!</translation>
    </message>
    <message>
        <source>left</source>
        <translation>nog</translation>
    </message>
    <message>
        <source>Timer: {step}</source>
        <translation>Timer van {step}</translation>
    </message>
    <message>
        <source>{time} over time — the timebox is a guide; move on when you can.</source>
        <translation>{time} over tijd — de tijd is een leidraad; ga door zodra het kan.</translation>
    </message>
    <message>
        <source>Ends at {time}</source>
        <translation>Klaar om {time}</translation>
    </message>
    <message>
        <source>Paused at {time} over time</source>
        <translation>Gepauzeerd op {time} over tijd</translation>
    </message>
    <message>
        <source>Paused with {time} left</source>
        <translation>Gepauzeerd met nog {time}</translation>
    </message>
    <message>
        <source>This timebox is finished.</source>
        <translation>Deze timebox is afgerond.</translation>
    </message>
    <message>
        <source>{key} starts the timer.</source>
        <translation>{key} start de timer.</translation>
    </message>
    <message>
        <source>{minutes} minutes. {key} starts the timer.</source>
        <translation>{minutes} minuten. {key} start de timer.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause the timer ({key})</source>
        <translation>Pauzeer de timer ({key})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>Resume the timer ({key})</source>
        <translation>Hervat de timer ({key})</translation>
    </message>
    <message>
        <source>Start the timer ({key})</source>
        <translation>Start de timer ({key})</translation>
    </message>
    <message>
        <source>Next: {title} →</source>
        <translation>Volgende: {title} →</translation>
    </message>
    <message>
        <source>{title} ({number} of {total})</source>
        <translation>{title} ({number} van {total})</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Geluid aan</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <source>The vehicle and its zones</source>
        <translation>Het voertuig en zijn onderdelen</translation>
    </message>
    <message>
        <source>A new answer, then Enter</source>
        <translation>Een nieuw antwoord, dan Enter</translation>
    </message>
    <message>
        <source>A new answer for this zone</source>
        <translation>Een nieuw antwoord voor dit onderdeel</translation>
    </message>
    <message>
        <source>Whole car</source>
        <translation>Hele auto</translation>
    </message>
    <message>
        <source>The whole car in view</source>
        <translation>De hele auto in beeld</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the car as a PNG picture</source>
        <translation>De auto opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Save the vehicle as PNG</source>
        <translation>Het voertuig opslaan als PNG</translation>
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation>De afbeelding kon daar niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>VoteOutcome</name>
    <message>
        <source>The tally</source>
        <translation>De telling</translation>
    </message>
    <message>
        <source>A tie: the {role} chooses {n}.</source>
        <translation>Gelijke stand: de {role} kiest er {n}.</translation>
    </message>
    <message>
        <source>A tie at the cut: choose at most {n} together (fewer is fine), or re-vote among the tied.</source>
        <translation>Gelijke stand op de grens: kies er samen maximaal {n} (minder mag ook), of stem opnieuw tussen de gelijke.</translation>
    </message>
    <message>
        <source>Still tied after re-vote {round}.</source>
        <translation>Nog steeds gelijk na herstemming {round}.</translation>
    </message>
    <message>
        <source>Confirm the choice</source>
        <translation>Bevestig de keuze</translation>
    </message>
    <message>
        <source>Re-vote among the tied</source>
        <translation>Stem opnieuw tussen de gelijke</translation>
    </message>
    <message>
        <source>At most {n} can be chosen: untick one first to choose another.</source>
        <translation>Er kunnen er maximaal {n} gekozen worden: haal er eerst één weg om een ander te kiezen.</translation>
    </message>
    <message>
        <source>Re-vote {round} among the tied: {n} dot(s) each, one per item. Take turns, then reveal it.</source>
        <translation>Herstemming {round} tussen de gelijke: {n} stip(pen) per persoon, één per item. Stem om de beurt en onthul dan.</translation>
    </message>
    <message>
        <source>Re-vote {round}: {dots}</source>
        <translation>Herstemming {round}: {dots}</translation>
    </message>
    <message>
        <source>Kept for the next step:</source>
        <translation>Mee naar de volgende stap:</translation>
    </message>
    <message>
        <source>The {n} with the most dots are proposed. You may keep fewer: at most {n}.</source>
        <translation>De {n} met de meeste stippen zijn voorgesteld. Jullie mogen er minder meenemen: maximaal {n}.</translation>
    </message>
    <message>
        <source>Un-keep</source>
        <translation>Niet mee</translation>
    </message>
    <message>
        <source>Not kept: {item}</source>
        <translation>Niet mee: {item}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Neem mee</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Next person →</source>
        <translation>Volgende persoon →</translation>
    </message>
    <message>
        <source>Reveal the dots</source>
        <translation>Onthul de stippen</translation>
    </message>
    <message>
        <source>▶ whose turn it is · ✓ has placed all dots</source>
        <translation>▶ wie aan de beurt is · ✓ heeft alle stippen geplaatst</translation>
    </message>
    <message>
        <source>Everyone's dots</source>
        <translation>Ieders stippen</translation>
    </message>
    <message>
        <source>Your turn:</source>
        <translation>Aan de beurt:</translation>
    </message>
    <message>
        <source>Re-vote {round}, your turn:</source>
        <translation>Herstemming {round}, aan de beurt:</translation>
    </message>
    <message>
        <source>Reveal the re-vote</source>
        <translation>Onthul de herstemming</translation>
    </message>
    <message>
        <source>{name}: {left} of {budget} dots left</source>
        <translation>{name}: nog {left} van {budget} stippen</translation>
    </message>
    <message>
        <source>{name} · {left} left</source>
        <translation>{name} · nog {left}</translation>
    </message>
    <message>
        <source>{name} has placed all dots</source>
        <translation>{name} heeft alle stippen geplaatst</translation>
    </message>
    <message>
        <source>{name} has {left} dots left</source>
        <translation>{name} heeft nog {left} stippen</translation>
    </message>
    <message>
        <source>{name} has not voted yet</source>
        <translation>{name} heeft nog niet gestemd</translation>
    </message>
    <message>
        <source>{status}; it is their turn</source>
        <translation>{status}; nu aan de beurt</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet, so there are no dots to reveal.</source>
        <translation>Er is nog niets om op te stemmen, dus er zijn geen stippen om te onthullen.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet: the step before makes the items.</source>
        <translation>Nog niets om op te stemmen: de stap hiervoor levert de items.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet. First write the pain points in the step “{step}”: each one becomes an item to vote on here.</source>
        <translation>Nog niets om op te stemmen. Schrijf eerst de knelpunten in de stap “{step}”: elk knelpunt wordt hier iets om op te stemmen.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet. First make themes in the step “{step}” (group the notes into clusters): each theme becomes an item to vote on here.</source>
        <translation>Nog niets om op te stemmen. Maak eerst thema's in de stap “{step}” (groepeer de briefjes in clusters): elk thema wordt hier iets om op te stemmen.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet. First write ideas in the step “{step}”: each idea becomes an item to vote on here.</source>
        <translation>Nog niets om op te stemmen. Schrijf eerst ideeën in de stap “{step}”: elk idee wordt hier iets om op te stemmen.</translation>
    </message>
    <message>
        <source>{action} a dot: {item}</source>
        <translation>{action} een stip: {item}</translation>
    </message>
    <message>
        <source>Not in a category</source>
        <translation>Zonder categorie</translation>
    </message>
    <message>
        <source>That was the last person: everyone has had a turn. Reveal the dots when the team is ready.</source>
        <translation>Dat was de laatste: iedereen is aan de beurt geweest. Onthul de stippen als het team klaar is.</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Instructions</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>The full instructions, questions and tips of this step</source>
        <translation>De volledige uitleg, vragen en tips van deze stap</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Bijvoorbeeld:</translation>
    </message>
</context>
<context>
    <name>ZonePanel</name>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Bijvoorbeeld: {example}</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>By %1</source>
        <translation>Door %1</translation>
    </message>
    <message>
        <source>in cluster %1</source>
        <translation>in cluster %1</translation>
    </message>
    <message>
        <source>states its cluster best</source>
        <translation>verwoordt het cluster het best</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Lege notitie</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Cluster zonder naam</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Nog geen antwoorden</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>Timeline from %1 to %2</source>
        <translation>Tijdlijn van %1 naar %2</translation>
    </message>
    <message>
        <source>Cluster; notes in it: %1</source>
        <translation>Cluster; notities erin: %1</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Before an upgrade</source>
        <translation>Voor een upgrade</translation>
    </message>
    <message>
        <source>End of a phase</source>
        <translation>Einde van een fase</translation>
    </message>
    <message>
        <source>Kept aside at a restore</source>
        <translation>Apart gezet bij terugzetten</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>This database is damaged, so Staatsprint did not open it. Restore a backup below (the damaged file is kept aside), or close this window and keep the file to report it.</source>
        <translation>Deze database is beschadigd, dus Staatsprint heeft hem niet geopend. Zet hieronder een reservekopie terug (het beschadigde bestand wordt apart bewaard), of sluit dit venster en bewaar het bestand om het te melden.</translation>
    </message>
    <message>
        <source>Staatsprint saves a backup of this database before every upgrade and at the end of each phase of the day (by the programme). The newest {keep} are kept, in:
{folder}</source>
        <translation>Staatsprint maakt een reservekopie van deze database voor elke upgrade en aan het einde van elke fase van de dag (volgens het programma). De nieuwste {keep} worden bewaard, in:
{folder}</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen reservekopieën van deze database.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Replace the database with the chosen backup, after asking</source>
        <translation>Vervang de database door de gekozen reservekopie, na een vraag</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Reservekopieën, nieuwste eerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>phase {phase}</source>
        <translation>fase {phase}</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>de hele database</translation>
    </message>
    <message>
        <source>The whole database is replaced by this backup of {when}: everything done after that moment is no longer in it.</source>
        <translation>De hele database wordt vervangen door deze reservekopie van {when}: alles wat daarna is gedaan, staat er dan niet meer in.</translation>
    </message>
    <message>
        <source>The event {event} is replaced by this backup of {when}: everything done in it after that moment is no longer in it. Other events are not touched.</source>
        <translation>Het evenement {event} wordt vervangen door deze reservekopie van {when}: alles wat daarna in is gedaan, staat er dan niet meer in. Andere evenementen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>First the database as it is now is kept aside as a backup ("Kept aside at a restore"), so restoring that one undoes this. Then Staatsprint reopens the database.</source>
        <translation>Eerst wordt de database zoals hij nu is apart gezet als reservekopie ("Apart gezet bij terugzetten"); die terugzetten maakt dit ongedaan. Daarna opent Staatsprint de database opnieuw.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze reservekopie terugzetten?</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Reserve&amp;kopieën…</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>This file is not a database at all, so Staatsprint did not open it; nothing was changed.
{url}</source>
        <translation>Dit bestand is helemaal geen database, dus Staatsprint heeft het niet geopend; er is niets veranderd.
{url}</translation>
    </message>
    <message>
        <source>This file is an SQLite database of another program (application id {what}), so Staatsprint did not open it; nothing was changed.
{url}</source>
        <translation>Dit bestand is een SQLite-database van een ander programma (application id {what}), dus Staatsprint heeft het niet geopend; er is niets veranderd.
{url}</translation>
    </message>
    <message>
        <source>This is the database of another program (schema revision {what}), not a Staatsprint database; nothing was changed.
{url}</source>
        <translation>Dit is de database van een ander programma (schemaversie {what}), geen Staatsprint-database; er is niets veranderd.
{url}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so no database was made there (a typo?). Check the path; nothing was created.
{path}</source>
        <translation>De map {folder} bestaat niet, dus daar is geen database gemaakt (een typefout?). Controleer het pad; er is niets aangemaakt.
{path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give a file name in it, e.g. staatsprint.sqlite.</source>
        <translation>{path} is een map, geen databasebestand. Geef een bestandsnaam daarin, bijvoorbeeld staatsprint.sqlite.</translation>
    </message>
    <message>
        <source>Staatsprint must upgrade this database, but could not first save a copy of it at {path} (is the disk full or the folder read-only?). Nothing was changed.

{reason}</source>
        <translation>Staatsprint moet deze database bijwerken, maar kon er eerst geen kopie van opslaan in {path} (is de schijf vol of de map alleen-lezen?). Er is niets veranderd.

{reason}</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Staatsprint. Install Staatsprint {version} or later to open it; nothing was changed.
{url}</source>
        <translation>Deze database is gemaakt door een nieuwere versie van Staatsprint. Installeer Staatsprint {version} of nieuwer om hem te openen; er is niets gewijzigd.
{url}</translation>
    </message>
    <message>
        <source>The event's server must be upgraded to this version of Staatsprint first. Only the facilitator's app does that (it saves a backup of every event first): wait until the facilitator has opened the event, then try again. Nothing was changed.</source>
        <translation>De server van het evenement moet eerst worden bijgewerkt naar deze versie van Staatsprint. Alleen de app van de facilitator doet dat (die bewaart eerst een reservekopie van elk evenement): wacht tot de facilitator het evenement heeft geopend en probeer het dan opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Staatsprint could not upgrade this database without losing rows, so it left it as it was. Keep the file and report this.

{reason}</source>
        <translation>Staatsprint kon deze database niet bijwerken zonder gegevens te verliezen en heeft hem daarom gelaten zoals hij was. Bewaar het bestand en meld dit.

{reason}</translation>
    </message>
    <message>
        <source>New database created at {path}.</source>
        <translation>Nieuwe database gemaakt in {path}.</translation>
    </message>
    <message>
        <source>Staatsprint upgraded your database. A copy of it from before the upgrade is kept at:
{backup}

To go back, close Staatsprint, delete {database}-wal if it is there, and copy that file over {database}.</source>
        <translation>Staatsprint heeft je database bijgewerkt. Een kopie van vóór de update staat in:
{backup}

Wil je terug? Sluit Staatsprint, verwijder {database}-wal als dat er is, en kopieer dat bestand over {database}.</translation>
    </message>
    <message>
        <source>Staatsprint upgraded the event's server. Before that it saved an archive of every event:
{paths}

File → Import event archive… brings one back into any database.</source>
        <translation>Staatsprint heeft de server van het evenement bijgewerkt. Daarvoor is van elk evenement een archief bewaard:
{paths}

Bestand → Evenementarchief importeren… zet er een terug in elke database.</translation>
    </message>
</context>
<context>
    <name>durability</name>
    <message>
        <source>The database is damaged, so Staatsprint did not open it; nothing was changed. Restore a backup with File → Backups… (offered now), or keep the file and report this.
{url}

{reason}</source>
        <translation>De database is beschadigd, dus Staatsprint heeft hem niet geopend; er is niets veranderd. Zet een reservekopie terug met Bestand → Reservekopieën… (nu aangeboden), of bewaar het bestand en meld dit.
{url}

{reason}</translation>
    </message>
    <message>
        <source>Staatsprint could not save a backup at {path} (is the disk full or the folder read-only?). Your work is saved in the database as before.

{reason}</source>
        <translation>Staatsprint kon geen reservekopie opslaan in {path} (is de schijf vol of de map alleen-lezen?). Je werk staat zoals altijd in de database.

{reason}</translation>
    </message>
    <message>
        <source>This backup belongs to another kind of database and cannot be restored here; nothing was changed.
{name}</source>
        <translation>Deze reservekopie hoort bij een ander soort database en kan hier niet worden teruggezet; er is niets veranderd.
{name}</translation>
    </message>
    <message>
        <source>This backup is itself damaged and cannot be restored; nothing was changed. Choose an older one.
{name}</source>
        <translation>Deze reservekopie is zelf beschadigd en kan niet worden teruggezet; er is niets veranderd. Kies een oudere.
{name}</translation>
    </message>
    <message>
        <source>The backup could not be written into the database, so it is as it was.
{path}

{reason}</source>
        <translation>De reservekopie kon niet in de database worden geschreven, dus die is zoals hij was.
{path}

{reason}</translation>
    </message>
    <message>
        <source>There is no such backup; nothing was changed.</source>
        <translation>Die reservekopie bestaat niet; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Invitation (in the list of challenges)</source>
        <translation>Uitnodiging (in de lijst met challenges)</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>De vraagstelling</translation>
    </message>
    <message>
        <source>Section {number}: heading</source>
        <translation>Deel {number}: kop</translation>
    </message>
    <message>
        <source>Section {number}: text</source>
        <translation>Deel {number}: tekst</translation>
    </message>
    <message>
        <source>Section {number}: point {point}</source>
        <translation>Deel {number}: punt {point}</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>+ Challenge</source>
        <translation>+ Challenge</translation>
    </message>
    <message>
        <source>Remove challenge</source>
        <translation>Challenge verwijderen</translation>
    </message>
    <message>
        <source>Challenge {number}</source>
        <translation>Challenge {number}</translation>
    </message>
    <message>
        <source>Also consider (the pitch answers these)</source>
        <translation>Neem ook mee (de pitch beantwoordt deze vragen)</translation>
    </message>
    <message>
        <source>Remove question {number}</source>
        <translation>Vraag {number} verwijderen</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Vraag {number}</translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation>+ Vraag</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Remove the challenge “{title}” with all its texts from this event?</source>
        <translation>De challenge “{title}” met al haar teksten uit dit evenement verwijderen?</translation>
    </message>
    <message>
        <source>Not saved; the template check says:</source>
        <translation>Niet opgeslagen; de controle van het sjabloon zegt:</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Stippen per persoon</translation>
    </message>
    <message>
        <source>At most to keep</source>
        <translation>Maximaal te kiezen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>Flip-over sheets for the winning team</source>
        <translation>Flip-overvellen voor het winnende team</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Years ahead on the timeline</source>
        <translation>Jaren vooruit op de tijdlijn</translation>
    </message>
    <message>
        <source>Several dots on one item allowed</source>
        <translation>Meerdere stippen op één item toegestaan</translation>
    </message>
    <message>
        <source>Everyone works alone first</source>
        <translation>Ieder werkt eerst alleen</translation>
    </message>
    <message>
        <source>One thought per note</source>
        <translation>Eén gedachte per briefje</translation>
    </message>
    <message>
        <source>Hidden until the reveal</source>
        <translation>Verborgen tot de onthulling</translation>
    </message>
    <message>
        <source>Anonymous (no names on notes and dots)</source>
        <translation>Anoniem (geen namen bij briefjes en stippen)</translation>
    </message>
    <message>
        <source>Dots have been placed in this vote: its rules stay as they are. The dots per person can still go up, or down to {placed} (the most one person has placed).</source>
        <translation>In deze stemming zijn al stippen gezet: de regels blijven zoals ze zijn. Het aantal stippen per persoon kan nog omhoog, of omlaag tot {placed} (het meeste dat iemand heeft gezet).</translation>
    </message>
    <message>
        <source>The phase has {window} min ({start}–{end} in this event's programme); its steps take {used} min, {free} min free.</source>
        <translation>De fase duurt {window} min ({start}–{end} in het programma van dit evenement); de stappen nemen {used} min, {free} min over.</translation>
    </message>
    <message>
        <source>{step}: minutes</source>
        <translation>{step}: minuten</translation>
    </message>
    <message>
        <source>A tie is broken by</source>
        <translation>Bij gelijke stand beslist</translation>
    </message>
    <message>
        <source>the team together</source>
        <translation>het team samen</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Team dossier (PDF)</source>
        <translation>Teamdossier (pdf)</translation>
    </message>
    <message>
        <source>Flip-over poster (PDF)</source>
        <translation>Flip-overposter (pdf)</translation>
    </message>
    <message>
        <source>A team's whole day on A4, to print or to send.</source>
        <translation>De hele dag van een team op A4, om te printen of te versturen.</translation>
    </message>
    <message>
        <source>A team's pitch in big type on one sheet (two for the Idea Race winner).</source>
        <translation>De pitch van een team in grote letters op één vel (twee voor de winnaar van de Idee Race).</translation>
    </message>
    <message>
        <source>Event report (PDF)</source>
        <translation>Eventrapport (pdf)</translation>
    </message>
    <message>
        <source>Every team per challenge, and the day's numbers: for the organiser.</source>
        <translation>Elk team per challenge, en de cijfers van de dag: voor de organisator.</translation>
    </message>
    <message>
        <source>Agenda (PDF)</source>
        <translation>Agenda (pdf)</translation>
    </message>
    <message>
        <source>The programme, the challenges and the teams with their members and rooms for the clipboard, and a sign for the door of each room.</source>
        <translation>Het programma, de challenges en de teams met hun leden en zalen voor op het klembord, en een bord voor de deur van elke zaal.</translation>
    </message>
    <message>
        <source>Outcomes (JSON/CSV)</source>
        <translation>Uitkomsten (JSON/CSV)</translation>
    </message>
    <message>
        <source>What every team made, as open data for other programs or Excel.</source>
        <translation>Wat elk team heeft gemaakt, als open data voor andere programma's of Excel.</translation>
    </message>
    <message>
        <source>Jury results (CSV)</source>
        <translation>Juryresultaten (CSV)</translation>
    </message>
    <message>
        <source>Every juror's scores and each prize's ranking, raw and adjusted, as two tables for Excel.</source>
        <translation>De scores van elk jurylid en per prijs de ranglijst, ruw en gecorrigeerd, als twee tabellen voor Excel.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <source>Reading the event…</source>
        <translation>Het event wordt gelezen…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Het bestand wordt gemaakt…</translation>
    </message>
    <message>
        <source>{done} of {total} teams written</source>
        <translation>{done} van {total} teams klaar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>No program on this computer opens it. The file is at: {path}</source>
        <translation>Geen programma op deze computer kan het bestand openen. Het staat hier: {path}</translation>
    </message>
    <message>
        <source>No program on this computer shows folders. The folder is: {path}</source>
        <translation>Geen programma op deze computer kan de map tonen. De map staat hier: {path}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{name} was not written: the disk is full. Free some space and try again.</source>
        <translation>{name} is niet opgeslagen: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{name} was not written: the folder {folder} does not exist. Choose another folder.</source>
        <translation>{name} is niet opgeslagen: de map {folder} bestaat niet. Kies een andere map.</translation>
    </message>
    <message>
        <source>{name} was not written: the folder {folder} may not be written to. Choose another folder.</source>
        <translation>{name} is niet opgeslagen: in de map {folder} mag niet worden geschreven. Kies een andere map.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name.</source>
        <translation>{path} is een map. Geef een bestandsnaam.</translation>
    </message>
    <message>
        <source>{name} was not written ({reason}). Nothing was changed.</source>
        <translation>{name} is niet opgeslagen ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly; nothing was written. Try again.</source>
        <translation>Het exporteren is onverwacht gestopt; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The export failed ({reason}); nothing was written.</source>
        <translation>Het exporteren is mislukt ({reason}); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Geef het bestand een naam.</translation>
    </message>
    <message>
        <source>Choose a team first: the dossier and the poster are a team's.</source>
        <translation>Kies eerst een team: het dossier en de poster horen bij een team.</translation>
    </message>
    <message>
        <source>Team &amp;dossier (PDF)…</source>
        <translation>Team&amp;dossier (pdf)…</translation>
    </message>
    <message>
        <source>Flip-over &amp;poster (PDF)…</source>
        <translation>Flip-over&amp;poster (pdf)…</translation>
    </message>
    <message>
        <source>Event &amp;report (PDF)…</source>
        <translation>Event&amp;rapport (pdf)…</translation>
    </message>
    <message>
        <source>&amp;Agenda (PDF)…</source>
        <translation>&amp;Agenda (pdf)…</translation>
    </message>
    <message>
        <source>&amp;Outcomes (JSON/CSV)…</source>
        <translation>&amp;Uitkomsten (JSON/CSV)…</translation>
    </message>
    <message>
        <source>&amp;Jury results (CSV)…</source>
        <translation>&amp;Juryresultaten (CSV)…</translation>
    </message>
    <message>
        <source>Participants' names</source>
        <translation>Namen van deelnemers</translation>
    </message>
    <message>
        <source>Include names and organisations</source>
        <translation>Namen en organisaties opnemen</translation>
    </message>
    <message>
        <source>Leave them out (for sharing outside the event)</source>
        <translation>Weglaten (om buiten het event te delen)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>JSON: one file, for other programs</source>
        <translation>JSON: één bestand, voor andere programma's</translation>
    </message>
    <message>
        <source>CSV: a folder of tables, for Excel</source>
        <translation>CSV: een map met tabellen, voor Excel</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Taal van het bestand</translation>
    </message>
    <message>
        <source>A1 (a flip-over sheet)</source>
        <translation>A1 (een flip-overvel)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation>In de map</translation>
    </message>
    <message>
        <source>Name of the folder</source>
        <translation>Naam van de map</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Export opslaan als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>The guide's text has a mistake on line {line}: {reason}.</source>
        <translation>De tekst van de handleiding heeft een fout op regel {line}: {reason}.</translation>
    </message>
    <message>
        <source>The guide cannot be read: {path}
{reason}</source>
        <translation>De handleiding kan niet worden gelezen: {path}
{reason}</translation>
    </message>
    <message>
        <source>The guide is in Dutch and English only.</source>
        <translation>De handleiding is er alleen in het Nederlands en het Engels.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title (at work)</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Motivation (why they take part)</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <source>Preferred challenge</source>
        <translation>Voorkeurschallenge</translation>
    </message>
    <message>
        <source>do not import</source>
        <translation>niet importeren</translation>
    </message>
    <message>
        <source>“{file}” cannot be read. {problem}</source>
        <translation>“{file}” kan niet worden gelezen. {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 row is refused. Correct it in the file, save it and read it again.</source>
        <translation>Er is niets geïmporteerd: 1 rij is geweigerd. Verbeter die in het bestand, sla het op en lees het opnieuw in.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows are refused. Correct them in the file, save it and read it again.</source>
        <translation>Er is niets geïmporteerd: {count} rijen zijn geweigerd. Verbeter ze in het bestand, sla het op en lees het opnieuw in.</translation>
    </message>
    <message>
        <source>No column is the name yet: choose “Name” for the column that holds the participants' names.</source>
        <translation>Nog geen kolom is de naam: kies “Naam” bij de kolom met de namen van de deelnemers.</translation>
    </message>
    <message>
        <source>Two columns are “{field}”: “{first}” and “{second}”. Choose “do not import” for one of them.</source>
        <translation>Twee kolommen zijn “{field}”: “{first}” en “{second}”. Kies bij een van beide “niet importeren”.</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>Het bestand heeft geen kolom {column}.</translation>
    </message>
    <message>
        <source>“{field}” is not something a participant has here.</source>
        <translation>“{field}” is geen gegeven van een deelnemer.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dit is een map, geen bestand.</translation>
    </message>
    <message>
        <source>The file is not there any more (moved or deleted?).</source>
        <translation>Het bestand is er niet meer (verplaatst of verwijderd?).</translation>
    </message>
    <message>
        <source>You may not read this file: copy it to your Documents folder, or ask its owner.</source>
        <translation>Je mag dit bestand niet lezen: kopieer het naar je map Documenten, of vraag het de eigenaar.</translation>
    </message>
    <message>
        <source>The computer cannot read the file (a disk or network problem?).</source>
        <translation>De computer kan het bestand niet lezen (een probleem met de schijf of het netwerk?).</translation>
    </message>
    <message>
        <source>The file is {megabytes} MB; a registration export is at most {limit} MB.</source>
        <translation>Het bestand is {megabytes} MB; een export van aanmeldingen is hooguit {limit} MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” holds no data.</source>
        <translation>Werkblad “{sheet}” bevat geen gegevens.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password: open it in Excel and save it without a password.</source>
        <translation>De werkmap is beveiligd met een wachtwoord: open hem in Excel en sla hem op zonder wachtwoord.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as Excel workbook (.xlsx) or as CSV.</source>
        <translation>Dit is een oud Excel-bestand (.xls): sla het op als Excel-werkmap (.xlsx) of als CSV.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods): save it as Excel workbook (.xlsx) or as CSV.</source>
        <translation>Dit is een OpenDocument-spreadsheet (.ods): sla het op als Excel-werkmap (.xlsx) of als CSV.</translation>
    </message>
    <message>
        <source>The workbook is damaged or not a real .xlsx file: open it in Excel and save it again.</source>
        <translation>De werkmap is beschadigd of geen echt .xlsx-bestand: open hem in Excel en sla hem opnieuw op.</translation>
    </message>
    <message>
        <source>This is neither a CSV file nor an Excel workbook (.xlsx).</source>
        <translation>Dit is geen CSV-bestand en geen Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>the text has characters in an unknown encoding: save the file as “CSV UTF-8”.</source>
        <translation>de tekst bevat tekens in een onbekende codering: sla het bestand op als “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>the row cannot be read (a quote that is not closed?): check its quotes.</source>
        <translation>de rij kan niet worden gelezen (een aanhalingsteken dat niet gesloten is?): controleer de aanhalingstekens.</translation>
    </message>
    <message>
        <source>the first row holds data ({value}), not column names: add a row with the column names above it.</source>
        <translation>de eerste rij bevat gegevens ({value}), geen kolomnamen: voeg erboven een rij met de kolomnamen toe.</translation>
    </message>
    <message>
        <source>It has more than {limit} rows: a registration export is far smaller.</source>
        <translation>Het heeft meer dan {limit} rijen: een export van aanmeldingen is veel kleiner.</translation>
    </message>
    <message>
        <source>There is no sheet “{sheet}” in it.</source>
        <translation>Er zit geen werkblad “{sheet}” in.</translation>
    </message>
    <message>
        <source>A CSV file has no sheets.</source>
        <translation>Een CSV-bestand heeft geen werkbladen.</translation>
    </message>
    <message>
        <source>merged cells in the row of column names: unmerge them so that every column has its own name.</source>
        <translation>samengevoegde cellen in de rij met kolomnamen: maak het samenvoegen ongedaan, zodat elke kolom een eigen naam heeft.</translation>
    </message>
    <message>
        <source>a formula without a saved value: open the file in Excel, save it, and choose it again.</source>
        <translation>een formule zonder opgeslagen waarde: open het bestand in Excel, sla het op en kies het opnieuw.</translation>
    </message>
    <message>
        <source>it is not a registration file Staatsprint can read.</source>
        <translation>het is geen bestand met aanmeldingen dat Staatsprint kan lezen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, cell {cell}: </source>
        <translation>Werkblad “{sheet}”, cel {cell}: </translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, line {line}: </source>
        <translation>Werkblad “{sheet}”, regel {line}: </translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>Regel {line}: </translation>
    </message>
    <message>
        <source>Choose the registration file</source>
        <translation>Kies het bestand met de aanmeldingen</translation>
    </message>
    <message>
        <source>Registrations (*.csv *.xlsx)</source>
        <translation>Aanmeldingen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welke kolom bevat wat?</translation>
    </message>
    <message>
        <source>The file's columns</source>
        <translation>De kolommen van het bestand</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Values in the file</source>
        <translation>Waarden in het bestand</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>(column {number} without a header)</source>
        <translation>(kolom {number} zonder kop)</translation>
    </message>
    <message>
        <source>Not recognised: choose what it is</source>
        <translation>Niet herkend: kies wat het is</translation>
    </message>
    <message>
        <source>(empty in every row)</source>
        <translation>(in elke rij leeg)</translation>
    </message>
    <message>
        <source>Import column “{header}” as</source>
        <translation>Kolom “{header}” importeren als</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Every column was recognised; change what is wrong. Staatsprint remembers this for files with the same columns.</source>
        <translation>Alle kolommen zijn herkend; verander wat niet klopt. Staatsprint onthoudt dit voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Waarom geweigerd</translation>
    </message>
    <message>
        <source>The row holds</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Dubbele rijen</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Dubbel met</translation>
    </message>
    <message>
        <source>Rows that will be imported</source>
        <translation>Rijen die worden geïmporteerd</translation>
    </message>
    <message>
        <source>Refused ({count}): correct these rows in the file</source>
        <translation>Geweigerd ({count}): verbeter deze rijen in het bestand</translation>
    </message>
    <message>
        <source>Duplicates, skipped ({count})</source>
        <translation>Dubbel, overgeslagen ({count})</translation>
    </message>
    <message>
        <source>Will be imported ({count})</source>
        <translation>Wordt geïmporteerd ({count})</translation>
    </message>
    <message>
        <source>1 participant ready to import</source>
        <translation>1 deelnemer klaar om te importeren</translation>
    </message>
    <message>
        <source>{count} participants ready to import</source>
        <translation>{count} deelnemers klaar om te importeren</translation>
    </message>
    <message>
        <source>1 participant will be imported</source>
        <translation>1 deelnemer wordt geïmporteerd</translation>
    </message>
    <message>
        <source>{count} participants will be imported</source>
        <translation>{count} deelnemers worden geïmporteerd</translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation>1 dubbel</translation>
    </message>
    <message>
        <source>{count} duplicates</source>
        <translation>{count} dubbel</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} geweigerd</translation>
    </message>
    <message>
        <source>1 empty line skipped</source>
        <translation>1 lege regel overgeslagen</translation>
    </message>
    <message>
        <source>{count} empty lines skipped</source>
        <translation>{count} lege regels overgeslagen</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <source>Import 1 participant</source>
        <translation>1 deelnemer importeren</translation>
    </message>
    <message>
        <source>Import {count} participants</source>
        <translation>{count} deelnemers importeren</translation>
    </message>
    <message>
        <source>Nothing is imported while a row is refused. Correct the refused rows in the file, save it and read it again.</source>
        <translation>Er wordt niets geïmporteerd zolang er een rij geweigerd is. Verbeter de geweigerde rijen in het bestand, sla het op en lees het opnieuw in.</translation>
    </message>
    <message>
        <source>Everyone in this file is in the event already: importing it again adds nobody.</source>
        <translation>Iedereen in dit bestand staat al in het evenement: opnieuw importeren voegt niemand toe.</translation>
    </message>
    <message>
        <source>This file holds no participants: every row is empty.</source>
        <translation>Dit bestand bevat geen deelnemers: elke rij is leeg.</translation>
    </message>
    <message>
        <source>1 participant imported; they are under Participants and teams, not yet in a team</source>
        <translation>1 deelnemer geïmporteerd; die staat bij Deelnemers en teams, nog zonder team</translation>
    </message>
    <message>
        <source>{count} participants imported; they are under Participants and teams, not yet in a team</source>
        <translation>{count} deelnemers geïmporteerd; ze staan bij Deelnemers en teams, nog zonder team</translation>
    </message>
</context>
<context>
    <name>join</name>
    <message>
        <source>“{name}” cannot be read. Copy it from the stick again; nothing was changed.</source>
        <translation>“{name}” kan niet worden gelezen. Kopieer het opnieuw van de stick; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“{name}” is not a Staatsprint join file. A join file ends in .staatsprint-join and comes from the facilitator; nothing was changed.</source>
        <translation>“{name}” is geen deelnamebestand van Staatsprint. Een deelnamebestand eindigt op .staatsprint-join en komt van de facilitator; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer Staatsprint. Install the latest version to join; nothing was changed.</source>
        <translation>“{name}” is gemaakt door een nieuwere Staatsprint. Installeer de nieuwste versie om mee te doen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or incomplete. Ask the facilitator for a new join file; nothing was changed.</source>
        <translation>“{name}” is beschadigd of onvolledig. Vraag de facilitator om een nieuw deelnamebestand; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“{name}” expired on {expires}. Ask the facilitator for a new join file; nothing was changed.</source>
        <translation>“{name}” is verlopen op {expires}. Vraag de facilitator om een nieuw deelnamebestand; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server of {event} at {server} does not answer. Is the facilitator's laptop on and on the same network, and is the event server started? The current event stays open.</source>
        <translation>De server van {event} op {server} antwoordt niet. Staat de laptop van de facilitator aan en op hetzelfde netwerk, en is de evenementserver gestart? Het huidige evenement blijft open.</translation>
    </message>
    <message>
        <source>The server at {server} refused the password of {login}. Ask the facilitator for a new join file; the current event stays open.</source>
        <translation>De server op {server} weigerde het wachtwoord van {login}. Vraag de facilitator om een nieuw deelnamebestand; het huidige evenement blijft open.</translation>
    </message>
    <message>
        <source>The server at {server} is not the server of {event}: its certificate does not match the join file. Nothing was sent; the current event stays open.</source>
        <translation>De server op {server} is niet de server van {event}: het certificaat past niet bij het deelnamebestand. Er is niets verstuurd; het huidige evenement blijft open.</translation>
    </message>
    <message>
        <source>The database at {server} does not hold {event}: it belongs to another event. Ask the facilitator for this event's join file; the current event stays open.</source>
        <translation>De database op {server} bevat {event} niet: die hoort bij een ander evenement. Vraag de facilitator om het deelnamebestand van dit evenement; het huidige evenement blijft open.</translation>
    </message>
    <message>
        <source>This event server speaks no TLS, so no join file can be made. Start the server with “staatsprint serve”.</source>
        <translation>Deze evenementserver gebruikt geen TLS, dus er kan geen deelnamebestand worden gemaakt. Start de server met “staatsprint serve”.</translation>
    </message>
    <message>
        <source>The password of {login} cannot be read with this login. Save join files on the facilitator's laptop.</source>
        <translation>Het wachtwoord van {login} is met deze login niet te lezen. Sla deelnamebestanden op op de laptop van de facilitator.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>the facilitator (everything of the event)</source>
        <translation>de facilitator (alles van het evenement)</translation>
    </message>
    <message>
        <source>a team (this laptop is that team's)</source>
        <translation>een team (deze laptop is van dat team)</translation>
    </message>
    <message>
        <source>a juror (scores only)</source>
        <translation>een jurylid (alleen scores)</translation>
    </message>
    <message>
        <source>a member of a team</source>
        <translation>een lid van een team</translation>
    </message>
    <message>
        <source>Join an event</source>
        <translation>Meedoen aan een evenement</translation>
    </message>
    <message>
        <source>Join files (*{suffix})</source>
        <translation>Deelnamebestanden (*{suffix})</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Joins as</source>
        <translation>Doet mee als</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>The file holds this login's password: Staatsprint uses it without showing it. The server is checked with the certificate in the file before anything is sent.</source>
        <translation>Het bestand bevat het wachtwoord van deze login: Staatsprint gebruikt het zonder het te tonen. De server wordt met het certificaat in het bestand gecontroleerd voordat er iets wordt verstuurd.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Meedoen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Join &amp;event…</source>
        <translation>&amp;Meedoen aan evenement…</translation>
    </message>
    <message>
        <source>S&amp;hared events</source>
        <translation>&amp;Gedeelde evenementen</translation>
    </message>
    <message>
        <source>No shared events joined yet</source>
        <translation>Nog niet meegedaan aan een gedeeld evenement</translation>
    </message>
    <message>
        <source>{event} · {day} — {login}</source>
        <translation>{event} · {day} — {login}</translation>
    </message>
    <message>
        <source>{event} (expired)</source>
        <translation>{event} (verlopen)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>Back to the shared event as {login}</source>
        <translation>Terug naar het gedeelde evenement als {login}</translation>
    </message>
    <message>
        <source>Join an event with a join file…</source>
        <translation>Meedoen aan een evenement met een deelnamebestand…</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Niet meegedaan</translation>
    </message>
    <message>
        <source>shared event</source>
        <translation>gedeeld evenement</translation>
    </message>
    <message>
        <source>shared, as {login}</source>
        <translation>gedeeld, als {login}</translation>
    </message>
    <message>
        <source>{login} is a juror's login. Jurors score in their own window with their jury kit (File → Open a jury kit…), on any laptop, also without a network; the facilitator merges their files. The shared window is for the facilitator and the teams.</source>
        <translation>{login} is de login van een jurylid. Juryleden beoordelen in hun eigen venster met hun jurykit (Bestand → Jurykit openen…), op elke laptop, ook zonder netwerk; de facilitator voegt hun bestanden samen. Het gedeelde venster is voor de facilitator en de teams.</translation>
    </message>
    <message>
        <source>This laptop joined as {login}: it is this team's laptop.</source>
        <translation>Deze laptop doet mee als {login}: het is de laptop van dit team.</translation>
    </message>
    <message>
        <source>Team (fixed on this laptop)</source>
        <translation>Team (vast op deze laptop)</translation>
    </message>
    <message>
        <source>Who uses this laptop (fixed on this laptop)</source>
        <translation>Wie gebruikt deze laptop (vast op deze laptop)</translation>
    </message>
    <message>
        <source>Event server</source>
        <translation>Evenementserver</translation>
    </message>
    <message>
        <source>Join files hold passwords. Hand them over on a stick or show them on this screen only — never on the beamer. Anyone with a team's file can work as that team.</source>
        <translation>Deelnamebestanden bevatten wachtwoorden. Geef ze op een stick of toon ze alleen op dit scherm — nooit op de beamer. Wie het bestand van een team heeft, kan als dat team werken.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Databaserol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Save join file…</source>
        <translation>Deelnamebestand opslaan…</translation>
    </message>
    <message>
        <source>Save all join files to a folder…</source>
        <translation>Alle deelnamebestanden in een map opslaan…</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Wachtwoorden tonen</translation>
    </message>
    <message>
        <source>This event is kept in a file on this laptop. To let other laptops join, start an event server on the facilitator's laptop: run “staatsprint serve” in a terminal. It makes a join file for every team, juror and the facilitator; open the facilitator's file here with File → Join event…, and this page lists them all.</source>
        <translation>Dit evenement staat in een bestand op deze laptop. Om andere laptops mee te laten doen, start je een evenementserver op de laptop van de facilitator: voer “staatsprint serve” uit in een terminal. Die maakt een deelnamebestand voor elk team, elk jurylid en de facilitator; open hier het bestand van de facilitator met Bestand → Meedoen aan evenement…, en deze pagina toont ze allemaal.</translation>
    </message>
    <message>
        <source>This event server has no logins for this event yet: “staatsprint serve” makes them.</source>
        <translation>Deze evenementserver heeft nog geen logins voor dit evenement: “staatsprint serve” maakt ze.</translation>
    </message>
    <message>
        <source>Every laptop joins with its own login's join file: File → Join event…, or drop the file on the window.</source>
        <translation>Elke laptop doet mee met het deelnamebestand van zijn eigen login: Bestand → Meedoen aan evenement…, of sleep het bestand op het venster.</translation>
    </message>
    <message>
        <source>Hide passwords</source>
        <translation>Wachtwoorden verbergen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>{count} join files saved in {folder}</source>
        <translation>{count} deelnamebestanden opgeslagen in {folder}</translation>
    </message>
    <message>
        <source>Replace join files?</source>
        <translation>Deelnamebestanden vervangen?</translation>
    </message>
    <message>
        <source>Save join file</source>
        <translation>Deelnamebestand opslaan</translation>
    </message>
    <message>
        <source>Save all join files to a folder</source>
        <translation>Alle deelnamebestanden in een map opslaan</translation>
    </message>
</context>
<context>
    <name>jury</name>
    <message>
        <source>{name} is a juror file (the scores you hand to the facilitator), not a jury kit. Open the kit the facilitator gave you (“Jurykit …”).</source>
        <translation>{name} is een jurybestand (de scores die je aan de facilitator geeft), geen jurykit. Open de kit die je van de facilitator kreeg („Jurykit …”).</translation>
    </message>
    <message>
        <source>{name} is not a jury kit. Open the kit the facilitator gave you (“Jurykit …”).</source>
        <translation>{name} is geen jurykit. Open de kit die je van de facilitator kreeg („Jurykit …”).</translation>
    </message>
    <message>
        <source>This kit is already open in another Staatsprint window on this laptop; scoring there keeps all scores in one place.</source>
        <translation>Deze kit is al geopend in een ander Staatsprint-venster op deze laptop; beoordeel daar verder, dan blijven alle scores op één plek.</translation>
    </message>
    <message>
        <source>The scores kept for this kit cannot be read ({path}); nothing was changed. Ask the facilitator for help before scoring again.</source>
        <translation>De bewaarde scores van deze kit zijn niet te lezen ({path}); er is niets gewijzigd. Vraag de facilitator om hulp voordat je verder beoordeelt.</translation>
    </message>
    <message>
        <source>This kit has no team for you to score (none yet, or you recused from every one). Ask the facilitator for a new kit.</source>
        <translation>Deze kit heeft geen team dat jij beoordeelt (nog geen, of je onthoudt je bij allemaal). Vraag de facilitator om een nieuwe kit.</translation>
    </message>
    <message>
        <source>This kit has no such team; nothing was changed.</source>
        <translation>Deze kit heeft zo'n team niet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This kit has no such criterion; nothing was changed.</source>
        <translation>Deze kit heeft zo'n criterium niet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{value} is not on the scale ({min} to {max}); nothing was changed.</source>
        <translation>{value} valt buiten de schaal ({min} tot en met {max}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{team} is marked as not seen: untick “Not seen” to score it.</source>
        <translation>{team} is gemarkeerd als niet gezien: zet „Niet gezien” uit om het te beoordelen.</translation>
    </message>
    <message>
        <source>You recused from {team}: it is not scored.</source>
        <translation>Je onthoudt je bij {team}: dit team beoordeel je niet.</translation>
    </message>
    <message>
        <source>Your scores are finalised. Start a new revision to change them.</source>
        <translation>Je scores zijn afgerond. Begin een nieuwe versie om ze te wijzigen.</translation>
    </message>
    <message>
        <source>Not finalised yet: score these teams, or mark them as not seen: {teams}.</source>
        <translation>Nog niet afgerond: beoordeel deze teams, of markeer ze als niet gezien: {teams}.</translation>
    </message>
    <message>
        <source>{team} ({count} of {total} criteria open)</source>
        <translation>{team} ({count} van {total} criteria open)</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters; nothing was saved.</source>
        <translation>Een notitie heeft hoogstens {limit} tekens; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Feedback has at most {limit} characters; nothing was saved.</source>
        <translation>Feedback heeft hoogstens {limit} tekens; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{name} is far too large to be a Staatsprint file; nothing was read.</source>
        <translation>{name} is veel te groot voor een Staatsprint-bestand; er is niets gelezen.</translation>
    </message>
    <message>
        <source>{name} does not exist: is the name or the folder right?</source>
        <translation>{name} bestaat niet: klopt de naam of de map?</translation>
    </message>
    <message>
        <source>{name} could not be read (a removed USB stick?).</source>
        <translation>{name} kon niet worden gelezen (is de USB-stick verwijderd?).</translation>
    </message>
    <message>
        <source>{name} is not a Staatsprint file, or it was cut off while copying.</source>
        <translation>{name} is geen Staatsprint-bestand, of het is bij het kopiëren afgebroken.</translation>
    </message>
    <message>
        <source>{name} is not a signed Staatsprint file.</source>
        <translation>{name} is geen ondertekend Staatsprint-bestand.</translation>
    </message>
    <message>
        <source>{name} is a jury kit, not a juror file: import the “Juryscores …” files the jurors hand in.</source>
        <translation>{name} is een jurykit, geen jurybestand: importeer de bestanden „Juryscores …” die de juryleden inleveren.</translation>
    </message>
    <message>
        <source>{name} is another kind of Staatsprint file than the one expected here.</source>
        <translation>{name} is een ander soort Staatsprint-bestand dan hier verwacht.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Staatsprint: update the app to open it.</source>
        <translation>{name} is gemaakt met een nieuwere Staatsprint: werk de app bij om het te openen.</translation>
    </message>
    <message>
        <source>{name} was not made for this event (or by someone it does not know).</source>
        <translation>{name} is niet voor dit evenement gemaakt (of door iemand die het niet kent).</translation>
    </message>
    <message>
        <source>{name} was changed after it was signed; it is not used. Ask for the original file.</source>
        <translation>{name} is gewijzigd nadat het is ondertekend; het wordt niet gebruikt. Vraag om het oorspronkelijke bestand.</translation>
    </message>
    <message>
        <source>Open a jury kit</source>
        <translation>Een jurykit openen</translation>
    </message>
    <message>
        <source>The jury kit was not opened</source>
        <translation>De jurykit is niet geopend</translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source>Board: undo</source>
        <translation>Bord: ongedaan maken</translation>
    </message>
    <message>
        <source>Board: redo</source>
        <translation>Bord: opnieuw doen</translation>
    </message>
    <message>
        <source>Board: delete the selected notes</source>
        <translation>Bord: de gekozen sticky notes verwijderen</translation>
    </message>
    <message>
        <source>Board: cluster the selected notes</source>
        <translation>Bord: de gekozen sticky notes clusteren</translation>
    </message>
    <message>
        <source>Board: everything in view</source>
        <translation>Bord: alles in beeld</translation>
    </message>
    <message>
        <source>Board: zoom in</source>
        <translation>Bord: inzoomen</translation>
    </message>
    <message>
        <source>Board: zoom out</source>
        <translation>Bord: uitzoomen</translation>
    </message>
    <message>
        <source>Board: mark the selected question as the one that states its theme best</source>
        <translation>Bord: markeer de gekozen vraag als de vraag die het thema het best verwoordt</translation>
    </message>
    <message>
        <source>Car: undo</source>
        <translation>Auto: ongedaan maken</translation>
    </message>
    <message>
        <source>Car: redo</source>
        <translation>Auto: opnieuw doen</translation>
    </message>
    <message>
        <source>Car: the whole car in view</source>
        <translation>Auto: de hele auto in beeld</translation>
    </message>
    <message>
        <source>Car: zoom in on the chosen zone</source>
        <translation>Auto: inzoomen op de gekozen zone</translation>
    </message>
    <message>
        <source>Car: zoom out</source>
        <translation>Auto: uitzoomen</translation>
    </message>
    <message>
        <source>Crystal Ball: undo</source>
        <translation>Crystal Ball: ongedaan maken</translation>
    </message>
    <message>
        <source>Crystal Ball: redo</source>
        <translation>Crystal Ball: opnieuw doen</translation>
    </message>
    <message>
        <source>Crystal Ball: place a milestone</source>
        <translation>Crystal Ball: een mijlpaal plaatsen</translation>
    </message>
    <message>
        <source>Storyboard: undo</source>
        <translation>Storyboard: ongedaan maken</translation>
    </message>
    <message>
        <source>Storyboard: redo</source>
        <translation>Storyboard: opnieuw doen</translation>
    </message>
    <message>
        <source>Storyboard: move the panel with the focus one place back</source>
        <translation>Storyboard: het paneel met de focus één plaats terug</translation>
    </message>
    <message>
        <source>Storyboard: move the panel with the focus one place on</source>
        <translation>Storyboard: het paneel met de focus één plaats verder</translation>
    </message>
    <message>
        <source>Task split: undo</source>
        <translation>Taakverdeling: ongedaan maken</translation>
    </message>
    <message>
        <source>Task split: redo</source>
        <translation>Taakverdeling: opnieuw</translation>
    </message>
    <message>
        <source>Beamer: the next team's pitch</source>
        <translation>Beamer: de pitch van het volgende team</translation>
    </message>
    <message>
        <source>Beamer: the previous team's pitch</source>
        <translation>Beamer: de pitch van het vorige team</translation>
    </message>
    <message>
        <source>Pitch questions: undo “Take over again”</source>
        <translation>Pitchvragen: “Opnieuw overnemen” ongedaan maken</translation>
    </message>
    <message>
        <source>Pitch questions: redo “Take over again”</source>
        <translation>Pitchvragen: “Opnieuw overnemen” opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Pitch: the next part (questions, storyboard, task split)</source>
        <translation>Pitch: het volgende onderdeel (vragen, storyboard, taakverdeling)</translation>
    </message>
    <message>
        <source>Pitch: the previous part</source>
        <translation>Pitch: het vorige onderdeel</translation>
    </message>
    <message>
        <source>Board: who writes (the 1st … 9th member)</source>
        <translation>Bord: wie schrijft (het 1e … 9e teamlid)</translation>
    </message>
    <message>
        <source>Scoring: the next team</source>
        <translation>Beoordelen: het volgende team</translation>
    </message>
    <message>
        <source>Scoring: the previous team</source>
        <translation>Beoordelen: het vorige team</translation>
    </message>
    <message>
        <source>Scoring: undo</source>
        <translation>Beoordelen: ongedaan maken</translation>
    </message>
    <message>
        <source>Scoring: redo</source>
        <translation>Beoordelen: opnieuw doen</translation>
    </message>
    <message>
        <source>Running order: move the selected team up</source>
        <translation>Pitchvolgorde: het gekozen team omhoog</translation>
    </message>
    <message>
        <source>Running order: move the selected team down</source>
        <translation>Pitchvolgorde: het gekozen team omlaag</translation>
    </message>
    <message>
        <source>Pitches: start the pitch timer, then the questions</source>
        <translation>Pitches: start de pitchtimer, daarna de vragen</translation>
    </message>
    <message>
        <source>Winners' reveal: the next card on the beamer</source>
        <translation>Bekendmaking: de volgende dia op de beamer</translation>
    </message>
    <message>
        <source>Winners' reveal: the previous card</source>
        <translation>Bekendmaking: de vorige dia</translation>
    </message>
    <message>
        <source>Paper sheet: on to the second entry, then check and store</source>
        <translation>Papieren formulier: door naar de tweede invoer, dan controleren en opslaan</translation>
    </message>
    <message>
        <source>Your ranking: back to scoring, where you left off</source>
        <translation>Jouw rangorde: terug naar beoordelen, waar je gebleven was</translation>
    </message>
    <message>
        <source>Scoring: mark the team as not seen, or unmark it</source>
        <translation>Beoordelen: het team als niet gezien markeren, of dat ongedaan maken</translation>
    </message>
    <message>
        <source>Jury: the next tab (running order, scores, juryberaad, reveal)</source>
        <translation>Jury: het volgende tabblad (pitchvolgorde, scores, juryberaad, bekendmaking)</translation>
    </message>
    <message>
        <source>Jury: the previous tab</source>
        <translation>Jury: het vorige tabblad</translation>
    </message>
    <message>
        <source>Edit the event: the next tab</source>
        <translation>Evenement bewerken: het volgende tabblad</translation>
    </message>
    <message>
        <source>Edit the event: the previous tab</source>
        <translation>Evenement bewerken: het vorige tabblad</translation>
    </message>
    <message>
        <source>Teams: move the person with the focus to the column on the left</source>
        <translation>Teams: de persoon met de focus naar de kolom links</translation>
    </message>
    <message>
        <source>Teams: move the person with the focus to the column on the right</source>
        <translation>Teams: de persoon met de focus naar de kolom rechts</translation>
    </message>
    <message>
        <source>Teams: move the person with the focus up in their team</source>
        <translation>Teams: de persoon met de focus omhoog in het team</translation>
    </message>
    <message>
        <source>Teams: move the person with the focus down in their team</source>
        <translation>Teams: de persoon met de focus omlaag in het team</translation>
    </message>
    <message>
        <source>Teams: move the person with the focus to… (a list of the teams)</source>
        <translation>Teams: de persoon met de focus verplaatsen naar… (een lijst van de teams)</translation>
    </message>
    <message>
        <source>Teams: the person with the focus is absent today, or there again</source>
        <translation>Teams: de persoon met de focus is vandaag afwezig, of weer aanwezig</translation>
    </message>
</context>
<context>
    <name>last_resort</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Something went wrong with what you just did.

Nothing that was already saved is lost. If it happens again, close Staatsprint and open it again; the details help whoever maintains it.</source>
        <translation>Er ging iets mis bij wat je net deed.

Er is niets verloren van wat al was opgeslagen. Gebeurt het opnieuw, sluit Staatsprint dan en open het weer; de details helpen wie het onderhoudt.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>There are no jury scores yet: import the jurors' files first.</source>
        <translation>Er zijn nog geen juryscores: importeer eerst de bestanden van de juryleden.</translation>
    </message>
    <message>
        <source>Give the member a name.</source>
        <translation>Geef het teamlid een naam.</translation>
    </message>
    <message>
        <source>{name} is already in this team. Use another name, e.g. with an initial.</source>
        <translation>{name} zit al in dit team. Gebruik een andere naam, bijvoorbeeld met een initiaal.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Een naam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A team name can have at most {limit} characters.</source>
        <translation>Een teamnaam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>The database cannot be reached:
{url}

{reason}</source>
        <translation>De database is niet bereikbaar:
{url}

{reason}</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Staatsprint. Update Staatsprint to open it; nothing was changed.

{reason}</source>
        <translation>Deze database is gemaakt door een nieuwere versie van Staatsprint. Werk Staatsprint bij om hem te openen; er is niets veranderd.

{reason}</translation>
    </message>
    <message>
        <source>This database holds the tables of another program ({what}), not a Staatsprint database; nothing was changed.
{url}</source>
        <translation>Deze database bevat de tabellen van een ander programma ({what}), geen Staatsprint-database; er is niets veranderd.
{url}</translation>
    </message>
    <message>
        <source>This team no longer exists (removed on another laptop?).</source>
        <translation>Dit team bestaat niet meer (verwijderd op een andere laptop?).</translation>
    </message>
    <message>
        <source>This member no longer exists (removed on another laptop?).</source>
        <translation>Dit teamlid bestaat niet meer (verwijderd op een andere laptop?).</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Dit evenement bestaat niet meer.</translation>
    </message>
    <message>
        <source>A note of this action no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation>Een sticky note van deze actie bestaat niet meer (verwijderd op een andere laptop?); er is niets veranderd.</translation>
    </message>
    <message>
        <source>This cluster no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation>Dit cluster bestaat niet meer (verwijderd op een andere laptop?); er is niets veranderd.</translation>
    </message>
    <message>
        <source>Only a member of this team can take one of its roles.</source>
        <translation>Alleen een lid van dit team kan een rol in dit team krijgen.</translation>
    </message>
    <message>
        <source>This event has no such challenge.</source>
        <translation>Dit evenement heeft die challenge niet.</translation>
    </message>
    <message>
        <source>That would start the next item before the current one. Choose a smaller shift.</source>
        <translation>Dan begint het volgende onderdeel vóór het huidige. Kies een kleinere verschuiving.</translation>
    </message>
    <message>
        <source>Shift the day by at most {limit} minutes at once.</source>
        <translation>Verschuif de dag met hoogstens {limit} minuten tegelijk.</translation>
    </message>
    <message>
        <source>Nothing of the programme is still to come.</source>
        <translation>Er komt niets meer op het programma.</translation>
    </message>
    <message>
        <source>An announcement has at most {limit} characters.</source>
        <translation>Een mededeling heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>An empty note is not made: type a thought first.</source>
        <translation>Een lege sticky note wordt niet gemaakt: typ eerst een gedachte.</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters.</source>
        <translation>Een sticky note heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character ({char}), which cannot be saved; nothing was saved. Remove it (it often comes along when pasting) and try again.</source>
        <translation>Deze tekst bevat een onzichtbaar stuurteken ({char}) dat niet kan worden opgeslagen; er is niets opgeslagen. Haal het weg (het komt vaak mee bij plakken) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This text holds a broken character ({char}), which cannot be saved; nothing was saved. Type that part again.</source>
        <translation>Deze tekst bevat een kapot teken ({char}) dat niet kan worden opgeslagen; er is niets opgeslagen. Typ dat stuk opnieuw.</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Geef het evenement een naam.</translation>
    </message>
    <message>
        <source>An event name can have at most {limit} characters.</source>
        <translation>Een evenementnaam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A place can have at most {limit} characters.</source>
        <translation>Een plaats heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A cluster name can have at most {limit} characters.</source>
        <translation>Een clusternaam heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Give the pain point a title.</source>
        <translation>Geef het knelpunt een titel.</translation>
    </message>
    <message>
        <source>A pain point's title can have at most {limit} characters.</source>
        <translation>De titel van een knelpunt heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>An answer can have at most {limit} characters; this one has {length}. Nothing was saved: shorten it.</source>
        <translation>Een antwoord heeft hoogstens {limit} tekens; dit antwoord heeft er {length}. Er is niets opgeslagen: maak het korter.</translation>
    </message>
    <message>
        <source>All {budget} dots are placed. Take one back to move it.</source>
        <translation>Alle {budget} stippen zijn geplakt. Haal er een terug om hem te verplaatsen.</translation>
    </message>
    <message>
        <source>One dot per item: this one has yours already.</source>
        <translation>Eén stip per item: hier zit die van jou al.</translation>
    </message>
    <message>
        <source>You have no dot on this item.</source>
        <translation>Je hebt geen stip op dit item.</translation>
    </message>
    <message>
        <source>Choose who votes: add the team's members first.</source>
        <translation>Kies wie stemt: voeg eerst de teamleden toe.</translation>
    </message>
    <message>
        <source>The dots are revealed: this vote is closed.</source>
        <translation>De stippen zijn onthuld: deze stemming is gesloten.</translation>
    </message>
    <message>
        <source>That item is no longer in the vote.</source>
        <translation>Dat item doet niet meer mee in de stemming.</translation>
    </message>
    <message>
        <source>This step has started (its timer ran, or something was written or voted in it): whether it is anonymous can no longer be changed.</source>
        <translation>Deze stap is begonnen (de timer liep, of er is al iets in geschreven of gestemd): of hij anoniem is, kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>This is not a database address Staatsprint can use:
{url}</source>
        <translation>Dit is geen databaseadres dat Staatsprint kan gebruiken:
{url}</translation>
    </message>
    <message>
        <source>This file is not a database (a document, or another kind of file?); nothing was changed.
{url}</source>
        <translation>Dit bestand is geen database (een document, of een ander soort bestand?); er is niets veranderd.
{url}</translation>
    </message>
    <message>
        <source>Choose {places} of the tied items.</source>
        <translation>Kies {places} van de items die gelijk staan.</translation>
    </message>
    <message>
        <source>Choose at most {places} of the tied items: the vote keeps at most that many.</source>
        <translation>Kies maximaal {places} van de items die gelijk staan: de stemming houdt er maximaal zoveel over.</translation>
    </message>
    <message>
        <source>Choose at least one of the tied items: the next step works it out.</source>
        <translation>Kies minimaal één van de items die gelijk staan: de volgende stap werkt het uit.</translation>
    </message>
    <message>
        <source>Reveal the dots first.</source>
        <translation>Onthul eerst de stippen.</translation>
    </message>
    <message>
        <source>At most {limit} are kept. Un-keep one first to keep another.</source>
        <translation>Er gaan er maximaal {limit} mee. Laat er eerst een vallen om een ander mee te nemen.</translation>
    </message>
    <message>
        <source>Only the {limit} with the most dots (and those tied with them) can be kept.</source>
        <translation>Alleen de {limit} met de meeste stippen (en die daarmee gelijk staan) kunnen mee.</translation>
    </message>
    <message>
        <source>That one is kept already.</source>
        <translation>Die gaat al mee.</translation>
    </message>
    <message>
        <source>That one is not kept.</source>
        <translation>Die gaat niet mee.</translation>
    </message>
    <message>
        <source>Keep at least one: the next step works it out.</source>
        <translation>Neem er minimaal één mee: de volgende stap werkt die uit.</translation>
    </message>
    <message>
        <source>This vote keeps its winner: nothing can be added or taken away.</source>
        <translation>Deze stemming neemt de winnaar mee: er kan niets bij of af.</translation>
    </message>
    <message>
        <source>First resolve the tie at the cut: choose, or re-vote among the tied.</source>
        <translation>Beslis eerst de gelijke stand op de grens: kies, of stem opnieuw tussen de gelijke.</translation>
    </message>
    <message>
        <source>A re-vote is open: place the dots, then reveal it.</source>
        <translation>Er loopt een herstemming: plak de stippen en onthul ze dan.</translation>
    </message>
    <message>
        <source>Start a re-vote among the tied items first.</source>
        <translation>Start eerst een herstemming tussen de items die gelijk staan.</translation>
    </message>
    <message>
        <source>Only the tied items are in the re-vote.</source>
        <translation>Alleen de items die gelijk staan doen mee aan de herstemming.</translation>
    </message>
    <message>
        <source>Here the tie is broken by a role (the captain), not by a re-vote.</source>
        <translation>Hier beslist een rol (de teamcaptain) bij gelijke stand, geen herstemming.</translation>
    </message>
    <message>
        <source>There is no tie left to resolve.</source>
        <translation>Er is geen gelijke stand meer te beslissen.</translation>
    </message>
    <message>
        <source>Type the rest of the question after “{prefix} …”; nothing was added.</source>
        <translation>Typ de rest van de vraag na “{prefix} …”; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Only a question inside a theme can state it best: drag it into the theme first.</source>
        <translation>Alleen een vraag in een thema kan het thema het best verwoorden: sleep de vraag eerst in het thema.</translation>
    </message>
    <message>
        <source>Deleting it would drop them; nothing was deleted.</source>
        <translation>Verwijderen zou ze laten vervallen; er is niets verwijderd.</translation>
    </message>
    <message>
        <source>The template cannot be used; nothing was changed.</source>
        <translation>Het sjabloon is niet bruikbaar; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Saving failed: the disk is full. Nothing was changed. Free up some space and try again.</source>
        <translation>Opslaan is niet gelukt: de schijf is vol. Er is niets veranderd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Saving failed: the database is busy (another window, laptop or command is saving). Nothing was changed. Try again in a moment.</source>
        <translation>Opslaan is niet gelukt: de database is bezet (een ander venster, een andere laptop of een opdracht slaat iets op). Er is niets veranderd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Saving failed: the database cannot be written to (the file or server is read-only). Nothing was changed. Open a copy you may change, or ask whoever manages the database.</source>
        <translation>Opslaan is niet gelukt: er kan niet in de database worden geschreven (het bestand of de server is alleen-lezen). Er is niets veranderd. Open een kopie die je mag wijzigen, of vraag het aan wie de database beheert.</translation>
    </message>
    <message>
        <source>Saving failed: the database refused a value ({reason}). Nothing was changed. Change what you entered and try again.</source>
        <translation>Opslaan is niet gelukt: de database weigerde een waarde ({reason}). Er is niets veranderd. Pas aan wat je invoerde en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Saving failed: the database could not be written (a disk or file error: {reason}). Nothing was changed. Check the disk and try again.</source>
        <translation>Opslaan is niet gelukt: de database kon niet worden geschreven (een schijf- of bestandsfout: {reason}). Er is niets veranderd. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Saving failed: the connection to the database server was lost. Nothing was changed. Check the network and try again.</source>
        <translation>Opslaan is niet gelukt: de verbinding met de databaseserver is verbroken. Er is niets veranderd. Controleer het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A milestone lies on the line, between now and {horizon} years ahead; nothing was changed. Place it on the line.</source>
        <translation>Een mijlpaal ligt op de lijn, tussen nu en {horizon} jaar vooruit; er is niets veranderd. Zet hem op de lijn.</translation>
    </message>
    <message>
        <source>The end card stays at the ideal situation; place a milestone for an earlier moment.</source>
        <translation>De eindkaart blijft bij de ideale situatie; plaats een mijlpaal voor een eerder moment.</translation>
    </message>
    <message>
        <source>This milestone no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation>Deze mijlpaal bestaat niet meer (verwijderd op een andere laptop?); er is niets veranderd.</translation>
    </message>
    <message>
        <source>This card has no such question; nothing was saved.</source>
        <translation>Deze kaart heeft zo'n vraag niet; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>A milestone's title has at most {limit} characters; nothing was saved. Put the rest in its answers.</source>
        <translation>De titel van een mijlpaal heeft hoogstens {limit} tekens; er is niets opgeslagen. Zet de rest in de antwoorden.</translation>
    </message>
    <message>
        <source>Only an idea the team kept in the idea vote has a timeline; nothing was changed.</source>
        <translation>Alleen een idee dat het team bij de ideeënstemming koos, heeft een tijdlijn; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Tick the idea the team will pitch first (or several, and name the combination).</source>
        <translation>Vink eerst het idee aan dat het team pitcht (of meerdere, en geef de combinatie een naam).</translation>
    </message>
    <message>
        <source>Only ideas the team kept in the idea vote can be chosen; nothing was changed.</source>
        <translation>Alleen ideeën die het team bij de ideeënstemming koos, kunnen gekozen worden; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Several ideas are ticked: give the combination a name, or tick one idea. Nothing was chosen yet.</source>
        <translation>Er zijn meerdere ideeën aangevinkt: geef de combinatie een naam, of vink één idee aan. Er is nog niets gekozen.</translation>
    </message>
    <message>
        <source>The combination's name has at most {limit} characters; nothing was chosen.</source>
        <translation>De naam van de combinatie heeft hoogstens {limit} tekens; er is niets gekozen.</translation>
    </message>
    <message>
        <source>The presenter always presents. To untick them, choose another presenter first.</source>
        <translation>De presentator presenteert altijd. Kies eerst een andere presentator om dit vinkje weg te halen.</translation>
    </message>
    <message>
        <source>This pitch has no such task; nothing was changed.</source>
        <translation>Deze pitch heeft zo'n taak niet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There are no teams yet to put in a running order.</source>
        <translation>Er zijn nog geen teams om in een pitchvolgorde te zetten.</translation>
    </message>
    <message>
        <source>Each team pitches in one room; nothing was drawn.</source>
        <translation>Elk team pitcht in één zaal; er is niets geloot.</translation>
    </message>
    <message>
        <source>Each room needs its own name; nothing was changed.</source>
        <translation>Elke zaal heeft een eigen naam nodig; er is niets veranderd.</translation>
    </message>
    <message>
        <source>A room's name has at most {limit} characters; nothing was changed.</source>
        <translation>De naam van een zaal heeft hoogstens {limit} tekens; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This team is not in the running order yet: add it (or draw again) first.</source>
        <translation>Dit team staat nog niet in de pitchvolgorde: voeg het eerst toe (of loot opnieuw).</translation>
    </message>
    <message>
        <source>No team of this room is present: nobody can pitch yet.</source>
        <translation>Geen team van deze zaal is aanwezig: er kan nog niemand pitchen.</translation>
    </message>
    <message>
        <source>{count} jurors have scored {team} already: marking it absent takes the team out of the results, so it needs your confirmation. Nothing was changed.</source>
        <translation>{count} juryleden hebben {team} al beoordeeld: afwezig melden haalt het team uit de uitslag en vraagt daarom om een bevestiging. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Team {number}</translation>
    </message>
    <message>
        <source>The winners are confirmed: who pitched cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”); nothing was changed.</source>
        <translation>De winnaars zijn bevestigd: wie er gepitcht heeft kan nu niet meer veranderen. De juryvoorzitter heropent eerst de winnaars (Juryberaad, “Winnaars heropenen”); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This team did not pitch (absent): choose another team. Nothing was voted.</source>
        <translation>Dit team heeft niet gepitcht (afwezig): kies een ander team. Er is niet gestemd.</translation>
    </message>
    <message>
        <source>Give the juror a name.</source>
        <translation>Geef het jurylid een naam.</translation>
    </message>
    <message>
        <source>A juror's name has at most {limit} characters.</source>
        <translation>De naam van een jurylid heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>{name} is already a juror. Use another name, e.g. with an initial.</source>
        <translation>{name} is al jurylid. Gebruik een andere naam, bijvoorbeeld met een voorletter.</translation>
    </message>
    <message>
        <source>An organisation has at most {limit} characters.</source>
        <translation>Een organisatie heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>This juror no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation>Dit jurylid bestaat niet meer (verwijderd op een andere laptop?); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name}'s scores have arrived, so {name} stays on the jury. Withdraw their file instead (Scores tab).</source>
        <translation>De scores van {name} zijn binnen, dus {name} blijft in de jury. Trek in plaats daarvan het bestand in (tabblad Scores).</translation>
    </message>
    <message>
        <source>{name}'s scores for this team are in use: they can no longer recuse from it. Withdraw the file first.</source>
        <translation>De scores van {name} voor dit team zijn in gebruik: verschonen kan niet meer. Trek eerst het bestand in.</translation>
    </message>
    <message>
        <source>A reason has at most {limit} characters.</source>
        <translation>Een reden heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Give the criterion a title.</source>
        <translation>Geef het criterium een titel.</translation>
    </message>
    <message>
        <source>A criterion's title has at most {limit} characters.</source>
        <translation>De titel van een criterium heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A description has at most {limit} characters.</source>
        <translation>Een omschrijving heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>A weight is a whole number from 1 to {limit}.</source>
        <translation>Een wegingsfactor is een heel getal van 1 tot en met {limit}.</translation>
    </message>
    <message>
        <source>The lowest score must be below the highest, both from {low} to {high}; nothing was changed.</source>
        <translation>De laagste score moet onder de hoogste liggen, beide van {low} tot en met {high}; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The rubric keeps at least one criterion.</source>
        <translation>Er blijft minstens één beoordelingscriterium.</translation>
    </message>
    <message>
        <source>This criterion breaks ties. Choose another tie criterion first.</source>
        <translation>Dit criterium beslist bij een gelijke stand. Kies eerst een ander beslissend criterium.</translation>
    </message>
    <message>
        <source>Scores in use were given on this criterion, so it stays. Withdraw those files first.</source>
        <translation>Op dit criterium zijn scores gegeven die in gebruik zijn, dus het blijft. Trek eerst die bestanden in.</translation>
    </message>
    <message>
        <source>This criterion no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation>Dit criterium bestaat niet meer (verwijderd op een andere laptop?); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The winners are confirmed: the rubric cannot change under them. The chair reopens the winners first (Juryberaad, “Reopen the winners”); nothing was changed.</source>
        <translation>De winnaars zijn bevestigd: de beoordelingscriteria kunnen nu niet meer veranderen. De juryvoorzitter heropent eerst de winnaars (Juryberaad, “Winnaars heropenen”); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Juror files were scored against this rubric: choose “Change the rubric…” first; nothing was changed.</source>
        <translation>Er zijn jurybestanden met deze criteria gescoord: kies eerst “Criteria wijzigen…”; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Line {line} of the levels does not start with a score or a range such as 1-3; nothing was saved.</source>
        <translation>Regel {line} van de niveaus begint niet met een score of een bereik zoals 1-3; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Line {line} of the levels lies outside the scale {low}–{high}; nothing was saved.</source>
        <translation>Regel {line} van de niveaus valt buiten de schaal {low}–{high}; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The levels {first} and {second} overlap; nothing was saved.</source>
        <translation>De niveaus {first} en {second} overlappen; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Say after each score or range what it means; nothing was saved.</source>
        <translation>Zet na elke score of elk bereik wat het betekent; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>A level's text has at most {limit} characters; nothing was saved.</source>
        <translation>De tekst van een niveau heeft hoogstens {limit} tekens; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Scores have arrived: a change of how the winners are decided needs a reason. Nothing was changed.</source>
        <translation>Er zijn scores binnen: een wijziging van hoe de winnaars worden bepaald vraagt om een reden. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Choose the criterion that breaks a tie.</source>
        <translation>Kies het criterium dat bij een gelijke stand beslist.</translation>
    </message>
    <message>
        <source>This event has no jurors yet: add them first.</source>
        <translation>Dit evenement heeft nog geen juryleden: voeg ze eerst toe.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>1 dot was placed on this.</source>
        <translation>Hierop is 1 stip uitgebracht.</translation>
    </message>
    <message>
        <source>{dots} dots were placed on this.</source>
        <translation>Hierop zijn {dots} stippen uitgebracht.</translation>
    </message>
    <message>
        <source>After the reveal it can no longer be merged.</source>
        <translation>Na de onthulling kan het niet meer worden samengevoegd.</translation>
    </message>
    <message>
        <source>After the reveal it can no longer be deleted.</source>
        <translation>Na de onthulling kan het niet meer worden verwijderd.</translation>
    </message>
    <message>
        <source>{count} pain point(s) made: see the next step.</source>
        <translation>{count} knelpunt(en) gemaakt: zie de volgende stap.</translation>
    </message>
    <message>
        <source>Nothing new made; already there: {titles}.</source>
        <translation>Niets nieuws gemaakt; bestaat al: {titles}.</translation>
    </message>
    <message>
        <source>{count} pain point(s) made; already there: {titles}.</source>
        <translation>{count} knelpunt(en) gemaakt; bestaat al: {titles}.</translation>
    </message>
    <message>
        <source>The winners are not confirmed yet: the jury chair confirms them in the Juryberaad tab first. Nothing is shown on the beamer.</source>
        <translation>De winnaars zijn nog niet bevestigd: de juryvoorzitter bevestigt ze eerst op het tabblad Juryberaad. Er wordt niets op de beamer getoond.</translation>
    </message>
    <message>
        <source>The Idea Race has no winner yet: every team that races must finish its last round.</source>
        <translation>De Idee Race heeft nog geen winnaar: elk team dat meedoet moet eerst zijn laatste ronde afronden.</translation>
    </message>
    <message>
        <source>The audience vote is closed; nothing was changed.</source>
        <translation>De stemming voor de publieksprijs is gesloten; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Make the participants' codes first.</source>
        <translation>Maak eerst de stemcodes van de deelnemers.</translation>
    </message>
    <message>
        <source>The audience vote is not open; nothing was voted.</source>
        <translation>De stemming voor de publieksprijs is niet open; er is niet gestemd.</translation>
    </message>
    <message>
        <source>This code is not known. Check the code on your slip and type it again; nothing was voted.</source>
        <translation>Deze code is onbekend. Controleer de code op je strookje en typ hem opnieuw; er is niet gestemd.</translation>
    </message>
    <message>
        <source>This code has already voted: each code votes once. Nothing was voted.</source>
        <translation>Met deze code is al gestemd: elke code stemt één keer. Er is niet gestemd.</translation>
    </message>
    <message>
        <source>You cannot vote for your own team; choose another team. Nothing was voted.</source>
        <translation>Je kunt niet op je eigen team stemmen; kies een ander team. Er is niet gestemd.</translation>
    </message>
    <message>
        <source>The tally is shown once the audience vote is closed.</source>
        <translation>De uitslag wordt getoond zodra de stemming voor de publieksprijs is gesloten.</translation>
    </message>
    <message>
        <source>Nobody voted: there is no audience award to confirm.</source>
        <translation>Niemand heeft gestemd: er is geen publieksprijs om te bevestigen.</translation>
    </message>
    <message>
        <source>The slips could not be saved ({reason}); no file was written. Choose another folder.</source>
        <translation>De strookjes konden niet worden opgeslagen ({reason}); er is geen bestand geschreven. Kies een andere map.</translation>
    </message>
    <message>
        <source>The winners are confirmed already: reopen them first; nothing was changed.</source>
        <translation>De winnaars zijn al bevestigd: heropen ze eerst; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The winners are not confirmed: there is nothing to reopen.</source>
        <translation>De winnaars zijn niet bevestigd: er is niets te heropenen.</translation>
    </message>
    <message>
        <source>Choose the winners of every prize first; nothing was confirmed.</source>
        <translation>Kies eerst de winnaars van elke prijs; er is niets bevestigd.</translation>
    </message>
    <message>
        <source>There is no such prize to award; nothing was confirmed.</source>
        <translation>Deze prijs bestaat niet; er is niets bevestigd.</translation>
    </message>
    <message>
        <source>Choose at least the winner of each prize; nothing was confirmed.</source>
        <translation>Kies ten minste de winnaar van elke prijs; er is niets bevestigd.</translation>
    </message>
    <message>
        <source>A team can take only one place on a podium; nothing was confirmed.</source>
        <translation>Een team kan maar één plaats op het podium krijgen; er is niets bevestigd.</translation>
    </message>
    <message>
        <source>This podium differs from the computed one: give the reason (it is recorded). Nothing was confirmed.</source>
        <translation>Dit podium wijkt af van het berekende: geef de reden (die wordt vastgelegd). Er is niets bevestigd.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the winners (it is recorded); nothing was changed.</source>
        <translation>Geef de reden om de winnaars te heropenen (die wordt vastgelegd); er is niets veranderd.</translation>
    </message>
    <message>
        <source>This event has no teams yet: there is no feedback to export; nothing was written.</source>
        <translation>Dit evenement heeft nog geen teams: er is geen feedback om te exporteren; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The chair chooses one of the tied teams.</source>
        <translation>De voorzitter kiest een van de gelijk geëindigde teams.</translation>
    </message>
    <message>
        <source>Give the reason for the chair's choice (it is recorded); nothing was decided.</source>
        <translation>Geef de reden voor de keuze van de voorzitter (die wordt vastgelegd); er is niets beslist.</translation>
    </message>
    <message>
        <source>This event has no jury yet: set up the jurors and send their kits first.</source>
        <translation>Dit evenement heeft nog geen jury: stel eerst de juryleden in en stuur hun jurykits.</translation>
    </message>
    <message>
        <source>Made for another event.</source>
        <translation>Gemaakt voor een ander evenement.</translation>
    </message>
    <message>
        <source>Made by a juror this event does not know.</source>
        <translation>Gemaakt door een jurylid dat dit evenement niet kent.</translation>
    </message>
    <message>
        <source>Made for an earlier rubric (version {version}; now {now}): the juror needs a new kit.</source>
        <translation>Gemaakt voor eerdere beoordelingscriteria (versie {version}; nu {now}): het jurylid heeft een nieuwe jurykit nodig.</translation>
    </message>
    <message>
        <source>Made for a rubric that has changed since: the juror needs a new kit.</source>
        <translation>Gemaakt voor beoordelingscriteria die sindsdien zijn gewijzigd: het jurylid heeft een nieuwe jurykit nodig.</translation>
    </message>
    <message>
        <source>Its “{field}” is not as a Staatsprint juror file has it.</source>
        <translation>Het veld “{field}” is niet zoals in een Staatsprint-jurybestand.</translation>
    </message>
    <message>
        <source>It scores a team this event does not have.</source>
        <translation>Het scoort een team dat dit evenement niet heeft.</translation>
    </message>
    <message>
        <source>It scores {team}, from which {juror} is recused.</source>
        <translation>Het scoort {team}, terwijl {juror} zich bij dat team onthoudt.</translation>
    </message>
    <message>
        <source>It marks {team} not seen and scores it too.</source>
        <translation>Het markeert {team} als niet gezien en scoort het toch.</translation>
    </message>
    <message>
        <source>{team} has {value} for “{criterion}”, outside its scale {min}–{max}.</source>
        <translation>{team} heeft {value} voor “{criterion}”, buiten de schaal {min}–{max}.</translation>
    </message>
    <message>
        <source>{team} has no score for “{criterion}” and is not marked not seen.</source>
        <translation>{team} heeft geen score voor “{criterion}” en is niet als niet gezien gemarkeerd.</translation>
    </message>
    <message>
        <source>It scores {team} on a criterion the rubric does not have ({key}).</source>
        <translation>Het scoort {team} op een criterium dat niet bij de beoordelingscriteria hoort ({key}).</translation>
    </message>
    <message>
        <source>It lists {team} twice.</source>
        <translation>Het noemt {team} twee keer.</translation>
    </message>
    <message>
        <source>It has nothing for {team} (not even “not seen”): was the kit older than the team list?</source>
        <translation>Het bevat niets voor {team} (ook geen “niet gezien”): was de jurykit ouder dan de teamlijst?</translation>
    </message>
    <message>
        <source>A comment for {team} cannot be stored: {reason}</source>
        <translation>Een opmerking bij {team} kan niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Revision {revision} of {juror} was received before with other scores: ask the juror which is right and to finalise a new revision.</source>
        <translation>Versie {revision} van {juror} is eerder met andere scores ontvangen: vraag het jurylid welke klopt en laat een nieuwe versie afronden.</translation>
    </message>
    <message>
        <source>This revision {revision} differs from the revision {revision} received before, but changes nothing: the newer revision {newer} counts.</source>
        <translation>Deze versie {revision} wijkt af van de versie {revision} die al binnen was, maar verandert niets: de nieuwere versie {newer} telt.</translation>
    </message>
    <message>
        <source>Only the revision in use can be withdrawn; nothing was changed.</source>
        <translation>Alleen de versie in gebruik kan worden ingetrokken; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This revision did not come after close; nothing was changed.</source>
        <translation>Deze versie kwam niet na sluiting binnen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Revision {revision} is older than revision {in_use} in use; nothing was changed.</source>
        <translation>Versie {revision} is ouder dan versie {in_use} in gebruik; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This juror file no longer exists; nothing was changed.</source>
        <translation>Dit jurybestand bestaat niet meer; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This juror no longer exists.</source>
        <translation>Dit jurylid bestaat niet meer.</translation>
    </message>
    <message>
        <source>Scoring is closed already.</source>
        <translation>Het scoren is al gesloten.</translation>
    </message>
    <message>
        <source>Give a reason: it goes into the jury's log. Nothing was changed.</source>
        <translation>Geef een reden: die komt in het jurylogboek. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>A reason has at most {limit} characters; nothing was changed.</source>
        <translation>Een reden heeft hoogstens {limit} tekens; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The second entry differs from the first at {team}, {what} (differences: {count}). Nothing was stored: correct the second entry, or start again.</source>
        <translation>De tweede invoer wijkt af van de eerste bij {team}, {what} (verschillen: {count}). Er is niets opgeslagen: verbeter de tweede invoer, of begin opnieuw.</translation>
    </message>
    <message>
        <source>{team}, {criterion}: “{text}” is not a whole number.</source>
        <translation>{team}, {criterion}: “{text}” is geen heel getal.</translation>
    </message>
    <message>
        <source>This challenge has nobody to place in a team (absent participants are not placed); nothing was changed.</source>
        <translation>Bij deze challenge is niemand om in een team te plaatsen (afwezigen worden niet ingedeeld); er is niets veranderd.</translation>
    </message>
    <message>
        <source>A team has at least one member; nothing was changed.</source>
        <translation>Een team heeft minstens één lid; er is niets veranderd.</translation>
    </message>
    <message>
        <source>A team of {size} is more than the {participants} participants to place: choose a smaller size. Nothing was changed.</source>
        <translation>Een team van {size} is meer dan de {participants} deelnemers om in te delen: kies een kleinere grootte. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Make at least one team; nothing was changed.</source>
        <translation>Maak minstens één team; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{count} teams is more than the {participants} participants to place: choose fewer teams. Nothing was changed.</source>
        <translation>{count} teams is meer dan de {participants} deelnemers om in te delen: kies minder teams. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Team {number} still has people in it: move them first. Nothing was removed.</source>
        <translation>Team {number} heeft nog mensen: verplaats ze eerst. Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Team {number} has already started its work, so it stays. Nothing was removed.</source>
        <translation>Team {number} is al aan het werk begonnen, dus het blijft. Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>A room's name has at most {limit} characters; nothing was saved.</source>
        <translation>De naam van een zaal heeft hoogstens {limit} tekens; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Phase {number} “{phase}” would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Make a step shorter (Steps tab) or give the phase more time (Programme tab); nothing was changed.</source>
        <translation>Fase {number} “{phase}” duurt dan {window} minuten ({start}–{end}), maar de stappen samen {steps}. Maak een stap korter (tab Stappen) of geef de fase meer tijd (tab Programma); er is niets veranderd.</translation>
    </message>
    <message>
        <source>Teams work on this challenge ({teams}): give them another challenge first. Nothing was removed.</source>
        <translation>Er werken teams aan deze challenge ({teams}): geef ze eerst een andere challenge. Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Participants prefer this challenge ({members}): change their preference first. Nothing was removed.</source>
        <translation>Deelnemers hebben deze challenge als voorkeur ({members}): pas eerst hun voorkeur aan. Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>This text has at most {limit} characters; nothing was saved.</source>
        <translation>Deze tekst heeft hoogstens {limit} tekens; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This text is no longer there (changed on another laptop?); nothing was saved.</source>
        <translation>Deze tekst is er niet meer (gewijzigd op een andere laptop?); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Texts are kept in Dutch and English only.</source>
        <translation>Teksten worden alleen in het Nederlands en het Engels bewaard.</translation>
    </message>
    <message>
        <source>This event has no such step.</source>
        <translation>Dit evenement heeft zo'n stap niet.</translation>
    </message>
    <message>
        <source>This step takes the minutes of its parts: change those.</source>
        <translation>Deze stap duurt zo lang als zijn onderdelen samen: pas die aan.</translation>
    </message>
    <message>
        <source>This step has no such part; nothing was saved.</source>
        <translation>Deze stap heeft zo'n onderdeel niet; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This rule is not set for this step; nothing was saved.</source>
        <translation>Deze regel hoort niet bij deze stap; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Dots have been placed in this vote: its rules stay as they are. Only the dots per person can still go up. Nothing was saved.</source>
        <translation>In deze stemming zijn al stippen gezet: de regels blijven zoals ze zijn. Alleen het aantal stippen per persoon kan nog omhoog. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Someone has placed {placed} dots in this vote already: the dots per person cannot go below {placed}. Nothing was saved.</source>
        <translation>Iemand heeft in deze stemming al {placed} stippen gezet: het aantal stippen per persoon kan niet onder {placed}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The file cannot be written ({reason}). Choose another folder or name; nothing was written.</source>
        <translation>Het bestand kan niet worden geschreven ({reason}). Kies een andere map of naam; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The next item, {fixed}, has a fixed time ({at}): nothing before it to shift. Unlock it in the event editor to move it; nothing was changed.</source>
        <translation>Het volgende onderdeel, {fixed}, heeft een vaste tijd ({at}): er is niets vóór om te verschuiven. Zet de tijd los in Evenement bewerken om het te verplaatsen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shift at most {most} minutes, or unlock “{fixed}” in Edit the event → Programme; nothing was changed.</source>
        <translation>“{item}” zou om {starts} beginnen, niet vóór “{fixed}” (vast om {at}). Schuif hoogstens {most} minuten, of zet “{fixed}” los in Evenement bewerken → Programma; er is niets veranderd.</translation>
    </message>
    <message>
        <source>“{item}” would start at {starts}, not before “{fixed}” (fixed at {at}). Shorten an item before it, or change the fixed time; nothing was changed.</source>
        <translation>“{item}” zou om {starts} beginnen, niet vóór “{fixed}” (vast om {at}). Maak een onderdeel ervoor korter of verander de vaste tijd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>“{item}” has a fixed time ({at}): change its time, or unlock it to move it.</source>
        <translation>“{item}” heeft een vaste tijd ({at}): verander de tijd, of zet hem los om het onderdeel te verplaatsen.</translation>
    </message>
    <message>
        <source>“{item}” is where its phase runs: a phase item cannot be removed.</source>
        <translation>“{item}” is de plek van een fase in het programma: een fase-onderdeel kan niet weg.</translation>
    </message>
    <message>
        <source>The programme keeps at least one item.</source>
        <translation>Het programma houdt minstens één onderdeel.</translation>
    </message>
    <message>
        <source>“{item}” lasts until “{fixed}” (fixed at {at}): make an earlier item longer, or change the fixed time.</source>
        <translation>“{item}” duurt tot “{fixed}” (vast om {at}): maak een eerder onderdeel langer, of verander de vaste tijd.</translation>
    </message>
    <message>
        <source>“{item}” is the day's last item: it has no end to change.</source>
        <translation>“{item}” is het laatste onderdeel van de dag: er is geen eind om te veranderen.</translation>
    </message>
    <message>
        <source>“{item}” has no fixed time: lock it first.</source>
        <translation>“{item}” heeft geen vaste tijd: zet de tijd eerst vast.</translation>
    </message>
    <message>
        <source>“{clock}” is not a clock time: write it as 12:30.</source>
        <translation>“{clock}” is geen tijd: schrijf hem als 12:30.</translation>
    </message>
    <message>
        <source>A new item is a plenary item, a break, the jury or the drinks; a phase comes with the template.</source>
        <translation>Een nieuw onderdeel is plenair, een pauze, de jury of de borrel; een fase komt met het sjabloon.</translation>
    </message>
    <message>
        <source>An item lasts 1 to {limit} minutes.</source>
        <translation>Een onderdeel duurt 1 tot {limit} minuten.</translation>
    </message>
    <message>
        <source>“{item}” would start at {starts}, past the end of the day; nothing was changed.</source>
        <translation>“{item}” zou om {starts} beginnen, na het einde van de dag; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The time of “{item}” belongs to the window of phase {number} “{phase}”: the phase would then last {window} minutes ({start}–{end}), but its steps take {steps} together. Keep “{item}” longer, or make a step shorter (Steps tab); nothing was changed.</source>
        <translation>De tijd van “{item}” hoort bij het tijdvak van fase {number} “{phase}”: de fase duurt dan {window} minuten ({start}–{end}), maar de stappen samen {steps}. Houd “{item}” langer, of maak een stap korter (tab Stappen); er is niets veranderd.</translation>
    </message>
    <message>
        <source>This programme item no longer exists (removed on another laptop?); nothing was changed.</source>
        <translation>Dit programma-onderdeel bestaat niet meer (op een andere laptop verwijderd?); er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>The changes kept on this laptop while the server was away could not be read, so none of them was saved. The file was kept as:
{path}</source>
        <translation>De wijzigingen die op deze laptop bewaard zijn terwijl de server weg was, konden niet worden gelezen; er is dus niets van opgeslagen. Het bestand is bewaard als:
{path}</translation>
    </message>
    <message>
        <source>Waiting for the server: this note is kept on this laptop and put on the board when the server is back.</source>
        <translation>Wacht op de server: deze notitie blijft op deze laptop bewaard en komt op het bord zodra de server terug is.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>The server is away: what you typed is kept on this laptop and saved when it is back.</source>
        <translation>De server is weg: wat je typte blijft op deze laptop bewaard en wordt opgeslagen zodra hij terug is.</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>&amp;Programme and beamer</source>
        <translation>&amp;Programma en beamer</translation>
    </message>
    <message>
        <source>The &amp;jury</source>
        <translation>De &amp;jury</translation>
    </message>
    <message>
        <source>&amp;All teams</source>
        <translation>&amp;Alle teams</translation>
    </message>
    <message>
        <source>Partici&amp;pants and teams</source>
        <translation>&amp;Deelnemers en teams</translation>
    </message>
    <message>
        <source>Edit the &amp;event</source>
        <translation>&amp;Evenement bewerken</translation>
    </message>
    <message>
        <source>Event &amp;server and join files</source>
        <translation>Evenement&amp;server en deelnamebestanden</translation>
    </message>
</context>
<context>
    <name>storyboard</name>
    <message>
        <source>A storyboard has at most {limit} panels; nothing was added. Delete a panel first, or tell more in each one.</source>
        <translation>Een storyboard heeft hoogstens {limit} panelen; er is niets toegevoegd. Verwijder eerst een paneel, of vertel meer in elk paneel.</translation>
    </message>
    <message>
        <source>This panel no longer exists (deleted on another laptop?); nothing was changed.</source>
        <translation>Dit paneel bestaat niet meer (verwijderd op een andere laptop?); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A caption has at most {limit} characters; nothing was saved. Put the rest in the panel's text.</source>
        <translation>Een onderschrift heeft hoogstens {limit} tekens; er is niets opgeslagen. Zet de rest in de tekst van het paneel.</translation>
    </message>
    <message>
        <source>A panel's text has at most {limit} characters; this one has {length}. Nothing was saved: shorten it.</source>
        <translation>De tekst van een paneel heeft hoogstens {limit} tekens; deze heeft er {length}. Er is niets opgeslagen: maak hem korter.</translation>
    </message>
    <message>
        <source>This picture is {size} MB; at most {limit} MB is taken. Nothing was changed. Take the photo at a lower resolution, or scale it down first.</source>
        <translation>Deze foto is {size} MB; hoogstens {limit} MB wordt aangenomen. Er is niets gewijzigd. Maak de foto met een lagere resolutie, of verklein hem eerst.</translation>
    </message>
    <message>
        <source>This file cannot be read as a picture (broken, incomplete, or not a picture). Nothing was changed. Choose a PNG or JPEG photo.</source>
        <translation>Dit bestand kan niet als afbeelding worden gelezen (beschadigd, onvolledig of geen afbeelding). Er is niets gewijzigd. Kies een PNG- of JPEG-foto.</translation>
    </message>
    <message>
        <source>A {format} file is not taken; nothing was changed. Choose a PNG or JPEG photo.</source>
        <translation>Een {format}-bestand wordt niet aangenomen; er is niets gewijzigd. Kies een PNG- of JPEG-foto.</translation>
    </message>
    <message>
        <source>This picture has more than {limit} megapixels; nothing was changed. Scale it down first.</source>
        <translation>Deze foto heeft meer dan {limit} megapixels; er is niets gewijzigd. Verklein hem eerst.</translation>
    </message>
</context>
<context>
    <name>sync_conflicts</name>
    <message>
        <source>this note</source>
        <translation>deze sticky note</translation>
    </message>
    <message>
        <source>this answer</source>
        <translation>dit antwoord</translation>
    </message>
    <message>
        <source>this score</source>
        <translation>deze score</translation>
    </message>
    <message>
        <source>this juror's comments</source>
        <translation>de opmerkingen van dit jurylid</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>dit onderdeel</translation>
    </message>
    <message>
        <source>Not saved: {what} was changed on another laptop meanwhile. Nothing was overwritten.</source>
        <translation>Niet opgeslagen: {what} is intussen op een andere laptop gewijzigd. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>Not undone: {what} was changed on another laptop since. Undo would overwrite that change.</source>
        <translation>Niet ongedaan gemaakt: {what} is sindsdien op een andere laptop gewijzigd. Ongedaan maken zou die wijziging overschrijven.</translation>
    </message>
</context>
<context>
    <name>sync_files</name>
    <message>
        <source>{name} was made by a newer Staatsprint: install Staatsprint {version} or later to import it; nothing was imported.</source>
        <translation>{name} is gemaakt met een nieuwere Staatsprint: installeer Staatsprint {version} of nieuwer om het te importeren; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Staatsprint: update the app to import it; nothing was imported.</source>
        <translation>{name} is gemaakt met een nieuwere Staatsprint: werk de app bij om het te importeren; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} is not a whole Staatsprint file ({what}); nothing was imported.</source>
        <translation>{name} is geen compleet Staatsprint-bestand ({what}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} refers to a {what} this event does not have; nothing was imported.</source>
        <translation>{name} verwijst naar een {what} die dit evenement niet heeft; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} is a team file of another event ({what}), not of an event in this database; nothing was imported.</source>
        <translation>{name} is een teambestand van een ander evenement ({what}), niet van een evenement in deze database; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} is for a team this event does not have ({what}); nothing was imported.</source>
        <translation>{name} is voor een team dat dit evenement niet heeft ({what}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} holds another team's work than its own; nothing was imported.</source>
        <translation>{name} bevat werk van een ander team dan het eigen team; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This laptop does not hold the event's secret: sign the team file with the team's kit (the facilitator makes it).</source>
        <translation>Deze laptop heeft het geheim van het evenement niet: onderteken het teambestand met de teamkit (de facilitator maakt die).</translation>
    </message>
    <message>
        <source>This event has no jury secret yet, so no team key can be made: open the jury once, then make the kit.</source>
        <translation>Dit evenement heeft nog geen jurygeheim, dus er kan geen teamsleutel worden gemaakt: open de jury één keer en maak dan de kit.</translation>
    </message>
    <message>
        <source>{name} is one team's part of the event “{what}”, which this database already holds. A team archive never changes an event that is here (it lacks the jury and the other teams' work); nothing was imported.</source>
        <translation>{name} is het deel van één team van het evenement „{what}”, dat al in deze database staat. Een teamarchief verandert nooit een evenement dat hier al is (het mist de jury en het werk van de andere teams); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} is not a team kit that can be read.</source>
        <translation>{name} is geen leesbare teamkit.</translation>
    </message>
    <message>
        <source>This team kit is for another event ({what}).</source>
        <translation>Deze teamkit is voor een ander evenement ({what}).</translation>
    </message>
    <message>
        <source>This team kit is for another team ({what}): choose the kit of this team.</source>
        <translation>Deze teamkit is voor een ander team ({what}): kies de kit van dit team.</translation>
    </message>
    <message>
        <source>The archive could not be written to {path}; choose another folder.</source>
        <translation>Het archief kon niet worden geschreven naar {path}; kies een andere map.</translation>
    </message>
    <message>
        <source>The team file could not be written to {path}; choose another folder.</source>
        <translation>Het teambestand kon niet worden geschreven naar {path}; kies een andere map.</translation>
    </message>
    <message>
        <source>Export &amp;team file…</source>
        <translation>&amp;Teambestand exporteren…</translation>
    </message>
    <message>
        <source>Import team &amp;file…</source>
        <translation>Teambestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Export event &amp;archive…</source>
        <translation>Evenementarchief e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Import event a&amp;rchive…</source>
        <translation>Evenementa&amp;rchief importeren…</translation>
    </message>
    <message>
        <source>Import an event archive…</source>
        <translation>Evenementarchief importeren…</translation>
    </message>
    <message>
        <source>What is this archive for?

A team's laptop gets the event and that team's own work only:
no jury data, no other team's work.</source>
        <translation>Waarvoor is dit archief?

De laptop van een team krijgt het evenement en alleen het eigen werk van dat team:
geen jurygegevens, geen werk van andere teams.</translation>
    </message>
    <message>
        <source>Export team file</source>
        <translation>Teambestand exporteren</translation>
    </message>
    <message>
        <source>Team files (*%s)</source>
        <translation>Teambestanden (*%s)</translation>
    </message>
    <message>
        <source>This laptop signs with the team's kit: choose it</source>
        <translation>Deze laptop ondertekent met de teamkit: kies die</translation>
    </message>
    <message>
        <source>Team kits (*.staatsprint-teamkit)</source>
        <translation>Teamkits (*.staatsprint-teamkit)</translation>
    </message>
    <message>
        <source>Export event archive</source>
        <translation>Evenementarchief exporteren</translation>
    </message>
    <message>
        <source>The whole event (for the facilitator or the server)</source>
        <translation>Het hele evenement (voor de facilitator of de server)</translation>
    </message>
    <message>
        <source>For one team's laptop: %s</source>
        <translation>Voor de laptop van één team: %s</translation>
    </message>
    <message>
        <source>Event archives (*%s)</source>
        <translation>Evenementarchieven (*%s)</translation>
    </message>
    <message>
        <source>Team %s</source>
        <translation>Team %s</translation>
    </message>
    <message>
        <source>Import team file</source>
        <translation>Teambestand importeren</translation>
    </message>
    <message>
        <source>Import event archive</source>
        <translation>Evenementarchief importeren</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Saved: %s</source>
        <translation>Opgeslagen: %s</translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation>Geïmporteerd: %s</translation>
    </message>
    <message>
        <source>Into “{event}”: {added} added, {updated} updated (newer in the file), {kept} kept (the same or newer here: a file never overwrites newer work).</source>
        <translation>In „{event}”: {added} toegevoegd, {updated} bijgewerkt (nieuwer in het bestand), {kept} behouden (hier gelijk of nieuwer: een bestand overschrijft nooit nieuwer werk).</translation>
    </message>
    <message>
        <source>Nothing changed: everything in this file is already here (the same or newer). Imported before, perhaps?</source>
        <translation>Er is niets veranderd: alles uit dit bestand staat hier al (hetzelfde of nieuwer). Misschien al eerder geïmporteerd?</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Dots and votes</source>
        <translation>Stippen en stemmen</translation>
    </message>
    <message>
        <source>Kept items</source>
        <translation>Doorgegane items</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Final choices</source>
        <translation>Eindkeuzes</translation>
    </message>
    <message>
        <source>Storyboard panels</source>
        <translation>Storyboardvakken</translation>
    </message>
    <message>
        <source>Step progress</source>
        <translation>Voortgang per stap</translation>
    </message>
    <message>
        <source>Race counts</source>
        <translation>Racetellingen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Pitch tasks</source>
        <translation>Pitchtaken</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Programme items</source>
        <translation>Programmaonderdelen</translation>
    </message>
    <message>
        <source>Jury scores</source>
        <translation>Juryscores</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Juryleden</translation>
    </message>
    <message>
        <source>Jury criteria</source>
        <translation>Jurycriteria</translation>
    </message>
    <message>
        <source>Jury log entries</source>
        <translation>Regels in het jurylogboek</translation>
    </message>
    <message>
        <source>Jury settings</source>
        <translation>Jury-instellingen</translation>
    </message>
    <message>
        <source>Juror files received</source>
        <translation>Ontvangen jurybestanden</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>Scoreformulieren</translation>
    </message>
    <message>
        <source>Juror recusals</source>
        <translation>Juryleden die zich onthouden</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <source>Pitch slots</source>
        <translation>Plaatsen in de pitchvolgorde</translation>
    </message>
    <message>
        <source>Audience votes</source>
        <translation>Publieksstemmen</translation>
    </message>
    <message>
        <source>Audience codes</source>
        <translation>Publiekscodes</translation>
    </message>
</context>
<context>
    <name>text_size</name>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tekst&amp;grootte</translation>
    </message>
</context>
</TS>