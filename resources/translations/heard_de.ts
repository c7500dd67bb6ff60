<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AidsBar</name>
    <message>
        <source>Ask for ideas (W)</source>
        <translation>Um Ideen bitten (W)</translation>
    </message>
    <message>
        <source>Just listen (W)</source>
        <translation>Nur zuhören (W)</translation>
    </message>
    <message>
        <source>Break (B)</source>
        <translation>Auszeit (B)</translation>
    </message>
    <message>
        <source>Need a break</source>
        <translation>Eine Auszeit brauchen</translation>
    </message>
    <message>
        <source>Pause with a calm breathing screen. Key: B.</source>
        <translation>Pause mit einem ruhigen Atembild. Taste: B.</translation>
    </message>
    <message>
        <source>Start over (R)</source>
        <translation>Neu beginnen (R)</translation>
    </message>
    <message>
        <source>Start this turn over</source>
        <translation>Diesen Beitrag neu beginnen</translation>
    </message>
    <message>
        <source>Can we try that again? The turn starts again from now. Key: R.</source>
        <translation>Können wir das noch einmal versuchen? Der Beitrag beginnt ab jetzt neu. Taste: R.</translation>
    </message>
    <message>
        <source>Distracted (D)</source>
        <translation>Abgelenkt (D)</translation>
    </message>
    <message>
        <source>I got distracted</source>
        <translation>Ich war abgelenkt</translation>
    </message>
    <message>
        <source>Notes that attention slipped, without any fuss. Key: D.</source>
        <translation>Hält fest, dass die Aufmerksamkeit weg war – ohne Aufhebens. Taste: D.</translation>
    </message>
    <message>
        <source>Just listen or ideas welcome</source>
        <translation>Nur zuhören oder Ideen willkommen</translation>
    </message>
    <message>
        <source>The speaker says whether they want ideas this turn, or just to be heard. Key: W.</source>
        <translation>Die sprechende Person sagt, ob sie in diesem Beitrag Ideen möchte oder nur gehört werden will. Taste: W.</translation>
    </message>
    <message>
        <source>Cards (C)</source>
        <translation>Karten (C)</translation>
    </message>
    <message>
        <source>Prompt cards</source>
        <translation>Impulskarten</translation>
    </message>
    <message>
        <source>Open questions, reflecting back, validating, body language. Key: C.</source>
        <translation>Offene Fragen, Spiegeln, Anerkennen, Körpersprache. Taste: C.</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Tasten (?)</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Alle Tasten zeigen</translation>
    </message>
    <message>
        <source>Lists every key of the session. Key: ? or F1.</source>
        <translation>Listet alle Tasten des Gesprächs auf. Taste: ? oder F1.</translation>
    </message>
    <message>
        <source>Presence aids</source>
        <translation>Hilfen, um ganz da zu sein</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Was gerade passiert ist</translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>We&apos;re ready to carry on (B)</source>
        <translation>Wir sind bereit weiterzumachen (B)</translation>
    </message>
    <message>
        <source>Taking a break</source>
        <translation>Eine Auszeit</translation>
    </message>
    <message>
        <source>Take a breather</source>
        <translation>Atmet durch</translation>
    </message>
    <message>
        <source>Breathe in as the circle grows, and out as it settles.</source>
        <translation>Atmet ein, während der Kreis wächst, und aus, während er zur Ruhe kommt.</translation>
    </message>
    <message>
        <source>Carry on after the break</source>
        <translation>Nach der Auszeit weitermachen</translation>
    </message>
    <message>
        <source>Ends the break; the clock runs again. Key: B.</source>
        <translation>Beendet die Auszeit; die Uhr läuft wieder. Taste: B.</translation>
    </message>
    <message>
        <source>The session is paused, not ended. %1</source>
        <translation>Das Gespräch ist pausiert, nicht beendet. %1</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>Breathe in as the circle grows, out as it shrinks.</source>
        <translation>Einatmen, während der Kreis wächst, ausatmen, während er kleiner wird.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>%1 phone-free in this range; %2 a day on average.</source>
        <translation>%1 handyfrei in diesem Zeitraum; im Schnitt %2 pro Tag.</translation>
    </message>
    <message>
        <source>%1 phone-free in this range; %2 a week on average.</source>
        <translation>%1 handyfrei in diesem Zeitraum; im Schnitt %2 pro Woche.</translation>
    </message>
    <message>
        <source>%1 phone-free in this range; %2 a month on average.</source>
        <translation>%1 handyfrei in diesem Zeitraum; im Schnitt %2 pro Monat.</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Partner A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Partner B</translation>
    </message>
    <message>
        <source>No phone-free time in this range.</source>
        <translation>In diesem Zeitraum gab es keine handyfreie Zeit.</translation>
    </message>
    <message>
        <source>Nobody has talked in this range yet.</source>
        <translation>In diesem Zeitraum hat noch niemand gesprochen.</translation>
    </message>
    <message>
        <source>Nicely balanced</source>
        <translation>Schön ausgeglichen</translation>
    </message>
    <message>
        <source>%1 talked more</source>
        <translation>%1 hat mehr geredet</translation>
    </message>
    <message>
        <source>%1: %2 %3%, %4 %5% of the talk.</source>
        <translation>%1: %2 %3 %, %4 %5 % der Redezeit.</translation>
    </message>
    <message>
        <source>No pause cues in this range yet.</source>
        <translation>In diesem Zeitraum gab es noch keine Pausen.</translation>
    </message>
    <message>
        <source>Measured by listening ears: about %1%.</source>
        <translation>Von den offenen Ohren gemessen: etwa %1 %.</translation>
    </message>
    <message>
        <source>About %1% of pauses honoured.</source>
        <translation>Etwa %1 % der Pausen eingehalten.</translation>
    </message>
    <message>
        <source>About %1% of pauses honoured, up %2 points lately.</source>
        <translation>Etwa %1 % der Pausen eingehalten, zuletzt %2 Punkte mehr.</translation>
    </message>
    <message>
        <source>About %1% of pauses honoured, down %2 points lately.</source>
        <translation>Etwa %1 % der Pausen eingehalten, zuletzt %2 Punkte weniger.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (up %3)</source>
        <translation>%1 %2 (%3 mehr)</translation>
    </message>
    <message>
        <source>%1 %2 (down %3)</source>
        <translation>%1 %2 (%3 weniger)</translation>
    </message>
    <message>
        <source>No check-ins in this range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Rückmeldungen.</translation>
    </message>
    <message>
        <source>Felt heard, out of 5: %1.</source>
        <translation>Gehört gefühlt, von 5: %1.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Skip the check-in</source>
        <translation>Rückmeldung überspringen</translation>
    </message>
    <message>
        <source>Go on to the repair step without answering</source>
        <translation>Ohne Antwort weiter zum Wiedergutmachen</translation>
    </message>
    <message>
        <source>Hide my answer and go on</source>
        <translation>Meine Antwort verbergen und weiter</translation>
    </message>
    <message>
        <source>Keep this answer hidden until you have both answered</source>
        <translation>Diese Antwort bleibt verborgen, bis ihr beide geantwortet habt</translation>
    </message>
    <message>
        <source>I&apos;d rather not answer</source>
        <translation>Ich möchte lieber nicht antworten</translation>
    </message>
    <message>
        <source>Leave your answer out; the other partner can still answer</source>
        <translation>Deine Antwort weglassen; dein Gegenüber kann trotzdem antworten</translation>
    </message>
    <message>
        <source>How heard you each felt</source>
        <translation>Wie gehört ihr euch gefühlt habt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the repair checklist</source>
        <translation>Weiter zur Liste fürs Wiedergutmachen</translation>
    </message>
    <message>
        <source>%1, please look away for a moment. Neither answer is shown until you have both answered.</source>
        <translation>%1, schau bitte kurz weg. Keine Antwort wird gezeigt, bevor ihr beide geantwortet habt.</translation>
    </message>
    <message>
        <source>%1&apos;s answer is hidden. Answer for yourself.</source>
        <translation>Die Antwort von %1 ist verborgen. Antworte für dich selbst.</translation>
    </message>
    <message>
        <source>Thank you, %1.</source>
        <translation>Danke, %1.</translation>
    </message>
    <message>
        <source>Your answer is hidden. Please hand over to %1.</source>
        <translation>Deine Antwort ist verborgen. Bitte gib an %1 weiter.</translation>
    </message>
    <message>
        <source>I&apos;m %1: show me the question</source>
        <translation>Ich bin %1: Zeig mir die Frage</translation>
    </message>
    <message>
        <source>Show the question to the second partner</source>
        <translation>Die Frage dem zweiten Partner zeigen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Not feeling fully heard is worth knowing, not a failure. The repair step is next; take your time.</source>
        <translation>Sich nicht ganz gehört zu fühlen ist gut zu wissen – kein Versagen. Als Nächstes kommt das Wiedergutmachen; nehmt euch Zeit.</translation>
    </message>
    <message>
        <source>You felt heard. That is worth noticing together.</source>
        <translation>Ihr habt euch gehört gefühlt. Das ist es wert, gemeinsam bemerkt zu werden.</translation>
    </message>
    <message>
        <source>That&apos;s fine. You can still look at the repair step together.</source>
        <translation>Das ist in Ordnung. Ihr könnt euch das Wiedergutmachen trotzdem gemeinsam ansehen.</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Repair, if you need it</source>
        <translation>Wiedergutmachen, wenn ihr es braucht</translation>
    </message>
    <message>
        <source>Tick what fits, read a phrase out loud if it helps, or skip this. It is saved with this session and you can change it later.</source>
        <translation>Hakt an, was passt, lest einen Satz laut vor, wenn es hilft – oder überspringt es. Es wird mit diesem Gespräch gespeichert, und ihr könnt es später ändern.</translation>
    </message>
    <message>
        <source>Repair phrase: %1</source>
        <translation>Satz zum Wiedergutmachen: %1</translation>
    </message>
    <message>
        <source>A phrase you can read out to your partner</source>
        <translation>Ein Satz, den du deinem Gegenüber vorlesen kannst</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave without saving the checklist or note</source>
        <translation>Gehen, ohne Liste oder Notiz zu speichern</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Try that again · %n min</source>
        <translation>
            <numerusform>&amp;Noch einmal · %n Min.</numerusform>
            <numerusform>&amp;Noch einmal · %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save, then start a short follow-up conversation linked to this one</source>
        <translation>Speichern, dann ein kurzes Folgegespräch zu diesem beginnen</translation>
    </message>
    <message numerus="yes">
        <source>Try that again, %n minutes</source>
        <translation>
            <numerusform>Noch einmal versuchen, %n Minute</numerusform>
            <numerusform>Noch einmal versuchen, %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Save and go back to the start</source>
        <translation>Speichern und zurück zum Anfang</translation>
    </message>
    <message>
        <source>Lock the note, or leave it out, to save.</source>
        <translation>Schließt die Notiz ab oder lasst sie weg, um zu speichern.</translation>
    </message>
    <message>
        <source>Leave without the note?</source>
        <translation>Ohne die Notiz gehen?</translation>
    </message>
    <message>
        <source>You wrote a note. Skipping leaves it out; it is not saved.</source>
        <translation>Ihr habt eine Notiz geschrieben. Beim Überspringen fällt sie weg; sie wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Leave the note out</source>
        <translation>Notiz weglassen</translation>
    </message>
</context>
<context>
    <name>ChimePlayer</name>
    <message>
        <source>Sound is unavailable (%1).</source>
        <translation>Ton ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>No sound device was found, so the chime is off. Everything else works.</source>
        <translation>Es wurde kein Audiogerät gefunden, daher ist der Klang aus. Alles andere funktioniert.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Heard ran into a problem</source>
        <translation>Heard ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong inside Heard. What you have shared so far has been saved, and you can carry on. If it happens again, the details below help to fix it; they hold no notes or conversation, but do read them before sharing.</source>
        <translation>In Heard ist etwas schiefgegangen. Was ihr bisher geteilt habt, ist gespeichert, und ihr könnt weitermachen. Falls es wieder passiert, helfen die Details unten bei der Behebung. Sie enthalten keine Notizen und nichts aus eurem Gespräch – lest sie trotzdem, bevor ihr sie weitergebt.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Versions and where the error happened</source>
        <translation>Versionen und wo der Fehler aufgetreten ist</translation>
    </message>
    <message>
        <source>The full log is in %1</source>
        <translation>Das vollständige Protokoll liegt in %1</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Die Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Puts the details on the clipboard</source>
        <translation>Legt die Details in die Zwischenablage</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CuePanel</name>
    <message>
        <source>Pause before answering</source>
        <translation>Pause vor der Antwort</translation>
    </message>
    <message>
        <source>Take a breath.</source>
        <translation>Atmet durch.</translation>
    </message>
    <message>
        <source>%1, let it land before you answer.</source>
        <translation>%1, lass es ankommen, bevor du antwortest.</translation>
    </message>
    <message>
        <source>Nobody has the floor. Then it&apos;s %1&apos;s turn.</source>
        <translation>Gerade hat niemand das Wort. Dann ist %1 an der Reihe.</translation>
    </message>
</context>
<context>
    <name>CueRing</name>
    <message>
        <source>Pause cue</source>
        <translation>Pausenzeichen</translation>
    </message>
    <message>
        <source>%n second of quiet left</source>
        <translation>noch %n Sekunde Stille</translation>
    </message>
    <message>
        <source>%n seconds of quiet left</source>
        <translation>noch %n Sekunden Stille</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Some of your data could not be deleted.</source>
        <translation>Einige eurer Daten konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Heard will close now; try again.</source>
        <translation>Heard wird jetzt beendet; versucht es noch einmal.</translation>
    </message>
    <message>
        <source>All your Heard data is deleted. Heard will close now.</source>
        <translation>Alle eure Heard-Daten sind gelöscht. Heard wird jetzt beendet.</translation>
    </message>
    <message>
        <source>Your sessions and notes are deleted. Heard will close now.</source>
        <translation>Eure Gespräche und Notizen sind gelöscht. Heard wird jetzt beendet.</translation>
    </message>
    <message>
        <source>The notes key could not be removed from your keyring: %1 You can remove the entry for “Heard” (notes-key) in your keyring or passwords app.</source>
        <translation>Der Schlüssel für die Notizen konnte nicht aus eurem Schlüsselbund entfernt werden: %1 Ihr könnt den Eintrag „Heard“ (notes-key) in eurem Schlüsselbund oder eurer Passwort-App selbst entfernen.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>&amp;Your data</source>
        <translation>&amp;Eure Daten</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Alle meine Daten löschen …</translation>
    </message>
    <message>
        <source>Delete every session, note and the notes key</source>
        <translation>Jedes Gespräch, jede Notiz und den Notizschlüssel löschen</translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Delete all your Heard data?</source>
        <translation>Alle eure Heard-Daten löschen?</translation>
    </message>
    <message>
        <source>This removes every session, check-in, checklist and private note kept on this computer, and the notes key in your keyring. It cannot be undone.</source>
        <translation>Damit werden alle Gespräche, Rückmeldungen, Listen und privaten Notizen auf diesem Computer entfernt, dazu der Notizschlüssel in eurem Schlüsselbund. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>no files yet</source>
        <translation>noch keine Dateien</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Mir ist klar, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message>
        <source>Tick to allow deleting</source>
        <translation>Ankreuzen, um das Löschen zu erlauben</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <source>Close this without deleting anything</source>
        <translation>Schließen, ohne etwas zu löschen</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Delete all sessions, notes and the notes key, then close Heard</source>
        <translation>Alle Gespräche, Notizen und den Notizschlüssel löschen, dann Heard beenden</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>weitergemacht</translation>
    </message>
    <message>
        <source>took a break</source>
        <translation>eine Auszeit genommen</translation>
    </message>
    <message>
        <source>started a turn over</source>
        <translation>einen Beitrag neu begonnen</translation>
    </message>
    <message>
        <source>got distracted</source>
        <translation>abgelenkt gewesen</translation>
    </message>
    <message>
        <source>was interrupted</source>
        <translation>unterbrochen worden</translation>
    </message>
    <message>
        <source>the computer slept</source>
        <translation>der Computer hat geschlafen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Sonstiges:</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Partner A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Partner B</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Gespräch vom %1</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>phones away</source>
        <translation>Handys weg</translation>
    </message>
    <message>
        <source>phones nearby</source>
        <translation>Handys in der Nähe</translation>
    </message>
    <message>
        <source>● waited through the pause   ○ jumped in</source>
        <translation>● Pause abgewartet   ○ dazwischengeredet</translation>
    </message>
    <message>
        <source>Nothing out of the ordinary.</source>
        <translation>Nichts Besonderes.</translation>
    </message>
    <message>
        <source>The checklist was skipped.</source>
        <translation>Die Liste wurde übersprungen.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>The note written after this session</source>
        <translation>Die Notiz, die nach diesem Gespräch geschrieben wurde</translation>
    </message>
    <message>
        <source>Show the note</source>
        <translation>Notiz zeigen</translation>
    </message>
    <message>
        <source>Show the private note</source>
        <translation>Die private Notiz zeigen</translation>
    </message>
    <message>
        <source>Unlocks the note with your keyring and shows it</source>
        <translation>Öffnet die Notiz mit eurem Schlüsselbund und zeigt sie</translation>
    </message>
    <message>
        <source>No note was written.</source>
        <translation>Es wurde keine Notiz geschrieben.</translation>
    </message>
    <message>
        <source>There is a private note. It stays locked until you ask.</source>
        <translation>Es gibt eine private Notiz. Sie bleibt verschlossen, bis ihr sie öffnet.</translation>
    </message>
    <message>
        <source>Change answers…</source>
        <translation>Antworten ändern …</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Antworten ändern</translation>
    </message>
    <message>
        <source>Change this session&apos;s check-in, checklist or private note</source>
        <translation>Rückmeldung, Liste oder private Notiz dieses Gesprächs ändern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back to the history</source>
        <translation>Zurück zum Verlauf</translation>
    </message>
    <message>
        <source>How heard you felt</source>
        <translation>Wie gehört ihr euch gefühlt habt</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <translation>%1 (%2 von 5)</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Unlocking the note…</source>
        <translation>Notiz wird geöffnet …</translation>
    </message>
    <message>
        <source>The note is shown until you close this window.</source>
        <translation>Die Notiz bleibt sichtbar, bis ihr dieses Fenster schließt.</translation>
    </message>
    <message>
        <source>The note could not be opened.</source>
        <translation>Die Notiz konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>DndStatus</name>
    <message>
        <source>Do not disturb is on: notifications will keep quiet.</source>
        <translation>„Bitte nicht stören“ ist an: Benachrichtigungen bleiben still.</translation>
    </message>
    <message>
        <source>Do not disturb is off. Turning it on (the bell in the top bar) keeps notifications quiet.</source>
        <translation>„Bitte nicht stören“ ist aus. Schaltet ihr es ein (die Glocke in der oberen Leiste), bleiben Benachrichtigungen still.</translation>
    </message>
    <message>
        <source>Do not disturb is off. Turning it on (the notifications icon in the panel) keeps notifications quiet.</source>
        <translation>„Bitte nicht stören“ ist aus. Schaltet ihr es ein (das Benachrichtigungssymbol in der Leiste), bleiben Benachrichtigungen still.</translation>
    </message>
    <message>
        <source>Do not disturb is off. Turning it on keeps notifications quiet.</source>
        <translation>„Bitte nicht stören“ ist aus. Schaltet ihr es ein, bleiben Benachrichtigungen still.</translation>
    </message>
    <message>
        <source>If you can, silence notifications on this computer too.</source>
        <translation>Wenn möglich, schaltet auch die Benachrichtigungen an diesem Computer stumm.</translation>
    </message>
</context>
<context>
    <name>EarsIndicator</name>
    <message>
        <source>Listening ears</source>
        <translation>Offene Ohren</translation>
    </message>
    <message>
        <source>Listening ears are on</source>
        <translation>Offene Ohren sind an</translation>
    </message>
    <message>
        <source>The microphone hears only whether someone is speaking, never words. Nothing is recorded. Click, or press L, to turn listening ears off.</source>
        <translation>Das Mikrofon hört nur, ob jemand spricht, nie Worte. Nichts wird aufgenommen. Klicken oder L drücken, um die offenen Ohren auszuschalten.</translation>
    </message>
    <message>
        <source>Listening ears are on: they hear silence, never words. L turns them off.</source>
        <translation>Offene Ohren sind an: Sie hören Stille, nie Worte. L schaltet sie aus.</translation>
    </message>
</context>
<context>
    <name>EarsWiring</name>
    <message>
        <source>Listening ears are off: %1. Everything else works.</source>
        <translation>Die offenen Ohren sind aus: %1. Alles andere funktioniert.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your story starts with one conversation.</source>
        <translation>Eure Geschichte beginnt mit einem Gespräch.</translation>
    </message>
    <message>
        <source>After your first session, this is where you will see your phone-free time, your streak, how the talk is shared, and how heard you both feel.</source>
        <translation>Nach eurem ersten Gespräch seht ihr hier eure handyfreie Zeit, eure Serie, wie die Redezeit verteilt ist und wie gehört ihr euch beide fühlt.</translation>
    </message>
    <message>
        <source>Start your first session</source>
        <translation>Euer erstes Gespräch beginnen</translation>
    </message>
    <message>
        <source>Go back to the start screen to begin a session</source>
        <translation>Zurück zum Startbildschirm, um ein Gespräch zu beginnen</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Heard export, everything (*.json)</source>
        <translation>Heard-Export, alles (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet, one row per session (*.csv)</source>
        <translation>Tabelle, eine Zeile pro Gespräch (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved %1 session(s) to %2, notes included in plain text.</source>
        <translation>%1 Gespräch(e) in %2 gespeichert, Notizen als Klartext enthalten.</translation>
    </message>
    <message>
        <source>Saved %1 session(s) to %2.</source>
        <translation>%1 Gespräch(e) in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Saving the history…</source>
        <translation>Der Verlauf wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Imported %1 session(s), %2 were already here.</source>
        <translation>%1 Gespräch(e) importiert, %2 waren schon vorhanden.</translation>
    </message>
    <message>
        <source>Imported %1 session(s).</source>
        <translation>%1 Gespräch(e) importiert.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>Waiting for your keyring…</source>
        <translation>Warte auf euren Schlüsselbund …</translation>
    </message>
    <message>
        <source>the keyring failed</source>
        <translation>der Schlüsselbund hat versagt</translation>
    </message>
    <message>
        <source>Notes cannot be unlocked: %1 Nothing was changed.</source>
        <translation>Die Notizen lassen sich nicht öffnen: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Include your private notes?</source>
        <translation>Eure privaten Notizen einschließen?</translation>
    </message>
    <message>
        <source>Your notes would be unlocked and written into the file as plain text, readable by anyone who gets the file. Include them?</source>
        <translation>Eure Notizen würden geöffnet und als Klartext in die Datei geschrieben – lesbar für alle, die die Datei bekommen. Einschließen?</translation>
    </message>
    <message>
        <source>Import a history</source>
        <translation>Einen Verlauf importieren</translation>
    </message>
    <message>
        <source>Import the private notes?</source>
        <translation>Die privaten Notizen importieren?</translation>
    </message>
    <message>
        <source>This file holds private notes. Lock them with the key in your keyring and import them too?</source>
        <translation>Diese Datei enthält private Notizen. Sollen sie mit dem Schlüssel aus eurem Schlüsselbund verschlossen und ebenfalls importiert werden?</translation>
    </message>
</context>
<context>
    <name>FloorIndicator</name>
    <message>
        <source>Just listen</source>
        <translation>Nur zuhören</translation>
    </message>
    <message>
        <source>Ideas welcome</source>
        <translation>Ideen willkommen</translation>
    </message>
    <message>
        <source>%1 wants to be heard, not fixed.</source>
        <translation>%1 möchte gehört werden, nicht repariert.</translation>
    </message>
    <message>
        <source>%1 is open to your thoughts.</source>
        <translation>%1 ist offen für deine Gedanken.</translation>
    </message>
    <message>
        <source>Who has the floor</source>
        <translation>Wer das Wort hat</translation>
    </message>
    <message>
        <source>Take your time. Press Space when you&apos;re done.</source>
        <translation>Lass dir Zeit. Drück die Leertaste, wenn du fertig bist.</translation>
    </message>
    <message>
        <source>%1 has the floor</source>
        <translation>%1 hat das Wort</translation>
    </message>
    <message>
        <source>%1 is listening</source>
        <translation>%1 hört zu</translation>
    </message>
    <message>
        <source>%1 has the floor. %2 is listening. %1 asks: %3.</source>
        <translation>%1 hat das Wort. %2 hört zu. %1 bittet: %3.</translation>
    </message>
</context>
<context>
    <name>FocusKeeper</name>
    <message>
        <source>The screen may dim during a session: %1.</source>
        <translation>Der Bildschirm kann während eines Gesprächs dunkel werden: %1.</translation>
    </message>
</context>
<context>
    <name>HeadlineCards</name>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation>%1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation>%1 Gespräch</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Gespräche</translation>
    </message>
    <message>
        <source>Your streak</source>
        <translation>Eure Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <source>In this range</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 in a row</source>
        <translation>%1 am Stück</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Beginnt eine neue</translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation>Beste: %1</translation>
    </message>
    <message>
        <source>%1 phone-free</source>
        <translation>%1 handyfrei</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>HeardScale</name>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Answer how heard you felt, from 1 (not heard) to 5 (fully heard)</source>
        <translation>Antworte, wie gehört du dich gefühlt hast, von 1 (nicht gehört) bis 5 (ganz gehört)</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;How Heard works…</source>
        <translation>&amp;So funktioniert Heard …</translation>
    </message>
    <message>
        <source>The floor, the pause and the repair</source>
        <translation>Das Wort, die Pause und das Wiedergutmachen</translation>
    </message>
    <message>
        <source>&amp;Keys during a session</source>
        <translation>&amp;Tasten während eines Gesprächs</translation>
    </message>
    <message>
        <source>Every key of the session screen</source>
        <translation>Alle Tasten des Gesprächsbildschirms</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Phone-free minutes per day</source>
        <translation>Handyfreie Minuten pro Tag</translation>
    </message>
    <message>
        <source>Phone-free minutes per week</source>
        <translation>Handyfreie Minuten pro Woche</translation>
    </message>
    <message>
        <source>Phone-free minutes per month</source>
        <translation>Handyfreie Minuten pro Monat</translation>
    </message>
    <message>
        <source>Who talked more, day by day</source>
        <translation>Wer mehr geredet hat, Tag für Tag</translation>
    </message>
    <message>
        <source>Who talked more, week by week</source>
        <translation>Wer mehr geredet hat, Woche für Woche</translation>
    </message>
    <message>
        <source>Who talked more, month by month</source>
        <translation>Wer mehr geredet hat, Monat für Monat</translation>
    </message>
    <message>
        <source>Phone-free minutes</source>
        <translation>Handyfreie Minuten</translation>
    </message>
    <message>
        <source>Who talked more</source>
        <translation>Wer mehr geredet hat</translation>
    </message>
    <message>
        <source>Pauses honoured (%)</source>
        <translation>Eingehaltene Pausen (%)</translation>
    </message>
    <message>
        <source>How heard you felt (1 to 5)</source>
        <translation>Wie gehört ihr euch gefühlt habt (1 bis 5)</translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation>selbst angegeben</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>Who talked more, session by session</source>
        <translation>Wer mehr geredet hat, Gespräch für Gespräch</translation>
    </message>
    <message>
        <source>even</source>
        <translation>ausgeglichen</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Return to the start screen (Esc)</source>
        <translation>Zurück zum Startbildschirm (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramme als PNG speichern …</translation>
    </message>
    <message>
        <source>Save the four charts as one PNG image</source>
        <translation>Die vier Diagramme als ein PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the history as a JSON or CSV file</source>
        <translation>Den Verlauf als JSON- oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add sessions from a Heard JSON export</source>
        <translation>Gespräche aus einem Heard-JSON-Export hinzufügen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>In diesem Zeitraum gibt es nichts.</translation>
    </message>
    <message>
        <source>There are sessions, just not between these days. Show everything?</source>
        <translation>Es gibt Gespräche, nur nicht zwischen diesen Tagen. Alles zeigen?</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Filter: a date, a name, &apos;early&apos;, &apos;note&apos;…</source>
        <translation>Filter: ein Datum, ein Name, „vorzeitig“, „Notiz“ …</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Gespräche filtern</translation>
    </message>
    <message>
        <source>Show only the sessions whose row has these words</source>
        <translation>Nur Gespräche zeigen, deren Zeile diese Wörter enthält</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Ansichten des Verlaufs</translation>
    </message>
    <message>
        <source>Charts over time, or the list of sessions</source>
        <translation>Diagramme über die Zeit oder die Liste der Gespräche</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Gespräche (%1)</translation>
    </message>
    <message>
        <source>Saved. The charts show the change.</source>
        <translation>Gespeichert. Die Diagramme zeigen die Änderung.</translation>
    </message>
    <message>
        <source>Saved the charts to %1.</source>
        <translation>Die Diagramme wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>HoldSilenceCue</name>
    <message>
        <source>Hold the silence</source>
        <translation>Haltet die Stille</translation>
    </message>
    <message>
        <source>They</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>%1 may not be finished.</source>
        <translation>%1 ist vielleicht noch nicht fertig.</translation>
    </message>
    <message>
        <source>%1 Hold the silence.</source>
        <translation>%1 Haltet die Stille.</translation>
    </message>
</context>
<context>
    <name>IntroDialog</name>
    <message>
        <source>The floor</source>
        <translation>Das Wort</translation>
    </message>
    <message>
        <source>One of you has the floor and talks; the other listens, really listens.</source>
        <translation>Eine*r von euch hat das Wort und redet; die andere Person hört zu – wirklich zu.</translation>
    </message>
    <message>
        <source>No rehearsing a reply, no fixing. The speaker says whether they&apos;d like ideas or just to be heard.</source>
        <translation>Keine Antwort im Kopf proben, nichts reparieren. Die sprechende Person sagt, ob sie Ideen möchte oder einfach gehört werden will.</translation>
    </message>
    <message>
        <source>When you&apos;re done, press Space to pass the floor.</source>
        <translation>Wenn du fertig bist, drück die Leertaste, um das Wort abzugeben.</translation>
    </message>
    <message>
        <source>Space: pass the floor  ·  W: just listen or ideas welcome</source>
        <translation>Leertaste: Wort abgeben  ·  W: nur zuhören oder Ideen willkommen</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Die Pause</translation>
    </message>
    <message>
        <source>After every turn comes a quiet moment before anyone answers.</source>
        <translation>Nach jedem Beitrag kommt ein stiller Moment, bevor jemand antwortet.</translation>
    </message>
    <message>
        <source>Count to three, let it land. Silence is not a gap to fill; some of the most important things are said after a pause.</source>
        <translation>Zählt bis drei, lasst es ankommen. Stille ist keine Lücke, die gefüllt werden muss; manches Wichtigste wird erst nach einer Pause gesagt.</translation>
    </message>
    <message>
        <source>Need more than a moment? Take a break: the session waits for you.</source>
        <translation>Braucht ihr mehr als einen Moment? Nehmt euch eine Auszeit: Das Gespräch wartet auf euch.</translation>
    </message>
    <message>
        <source>B: need a break  ·  P: pause  ·  C: prompt cards for the listener</source>
        <translation>B: Auszeit  ·  P: Pause  ·  C: Impulskarten für die zuhörende Person</translation>
    </message>
    <message>
        <source>The repair</source>
        <translation>Das Wiedergutmachen</translation>
    </message>
    <message>
        <source>Nobody listens perfectly. Drifted off, jumped in, got defensive? Say so.</source>
        <translation>Niemand hört perfekt zu. Abgeschweift, reingeplatzt, in die Verteidigung gegangen? Sprecht es aus.</translation>
    </message>
    <message>
        <source>“Can we try that again?” starts the turn over. No score, no penalty.</source>
        <translation>„Können wir das noch einmal versuchen?“ beginnt den Beitrag neu. Keine Punkte, keine Strafe.</translation>
    </message>
    <message>
        <source>Afterwards, a short checklist and a &apos;did you feel heard?&apos; help you both notice.</source>
        <translation>Danach helfen euch eine kurze Liste und ein „Hast du dich gehört gefühlt?“, es gemeinsam zu bemerken.</translation>
    </message>
    <message>
        <source>R: start this turn over  ·  D: I got distracted  ·  ? or F1: every key</source>
        <translation>R: Beitrag neu beginnen  ·  D: ich war abgelenkt  ·  ? oder F1: alle Tasten</translation>
    </message>
    <message>
        <source>How Heard works</source>
        <translation>So funktioniert Heard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The screen before</source>
        <translation>Die Seite davor</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Close the introduction (Esc)</source>
        <translation>Die Einführung schließen (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next screen (Enter)</source>
        <translation>Die nächste Seite (Eingabe)</translation>
    </message>
    <message>
        <source>Let&apos;s begin</source>
        <translation>Los geht’s</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>this system offers no way for Heard to keep the screen awake</source>
        <translation>dieses System bietet Heard keine Möglichkeit, den Bildschirm wach zu halten</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Press ? or Esc to close this.</source>
        <translation>Mit ? oder Esc schließen.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys during a session</source>
        <translation>Tasten während eines Gesprächs</translation>
    </message>
</context>
<context>
    <name>ListeningEarsIntro</name>
    <message>
        <source>Listening ears</source>
        <translation>Offene Ohren</translation>
    </message>
    <message>
        <source>Heard can listen for silence, never for words.</source>
        <translation>Heard kann auf Stille hören – nie auf Worte.</translation>
    </message>
    <message>
        <source>What it hears</source>
        <translation>Was es hört</translation>
    </message>
    <message>
        <source>Only whether someone is speaking or not, 30 times a second. It cannot make out words.</source>
        <translation>Nur, ob jemand spricht oder nicht, 30-mal pro Sekunde. Worte kann es nicht verstehen.</translation>
    </message>
    <message>
        <source>What it keeps</source>
        <translation>Was es behält</translation>
    </message>
    <message>
        <source>Nothing but counts: whether each pause was held, and how often you held a silence.</source>
        <translation>Nur Zahlen: ob jede Pause gehalten wurde und wie oft ihr eine Stille ausgehalten habt.</translation>
    </message>
    <message>
        <source>What never happens</source>
        <translation>Was nie passiert</translation>
    </message>
    <message>
        <source>No sound is ever recorded, stored or sent anywhere.</source>
        <translation>Kein Ton wird je aufgenommen, gespeichert oder irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>While it is on, a small microphone shows at the top of the session screen. Press L, or click the microphone, to turn it off.</source>
        <translation>Solange es an ist, zeigt der Gesprächsbildschirm oben ein kleines Mikrofon. Drückt L oder klickt auf das Mikrofon, um es auszuschalten.</translation>
    </message>
    <message>
        <source>Turn on listening ears</source>
        <translation>Offene Ohren einschalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Turn listening ears on. Enter.</source>
        <translation>Offene Ohren einschalten. Eingabetaste.</translation>
    </message>
    <message>
        <source>Leave listening ears off. Escape.</source>
        <translation>Offene Ohren ausgeschaltet lassen. Esc.</translation>
    </message>
</context>
<context>
    <name>MicAudioSource</name>
    <message>
        <source>Heard is not allowed to use the microphone</source>
        <translation>Heard darf das Mikrofon nicht verwenden</translation>
    </message>
    <message>
        <source>the sound system could not be loaded (%1)</source>
        <translation>das Tonsystem konnte nicht geladen werden (%1)</translation>
    </message>
    <message>
        <source>no microphone was found</source>
        <translation>es wurde kein Mikrofon gefunden</translation>
    </message>
    <message>
        <source>the microphone&apos;s sound format is not one Heard can read</source>
        <translation>Heard kann das Tonformat des Mikrofons nicht lesen</translation>
    </message>
    <message>
        <source>the microphone could not be opened</source>
        <translation>das Mikrofon ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>the microphone stopped working</source>
        <translation>das Mikrofon funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>the microphone was disconnected</source>
        <translation>das Mikrofon wurde getrennt</translation>
    </message>
    <message>
        <source>the microphone stopped sending sound</source>
        <translation>vom Mikrofon kommt kein Ton mehr</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>A private note</source>
        <translation>Eine private Notiz</translation>
    </message>
    <message>
        <source>Optional. Anything you want to remember from today.</source>
        <translation>Freiwillig. Alles, woran ihr euch von heute erinnern wollt.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Optional. Locked before it is saved, and kept on this computer only.</source>
        <translation>Freiwillig. Wird vor dem Speichern verschlossen und bleibt nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Note problem</source>
        <translation>Problem mit der Notiz</translation>
    </message>
    <message>
        <source>Use a passphrase…</source>
        <translation>Passphrase verwenden …</translation>
    </message>
    <message>
        <source>Lock or open this note with a passphrase instead of the keyring</source>
        <translation>Diese Notiz mit einer Passphrase statt mit dem Schlüsselbund verschließen oder öffnen</translation>
    </message>
    <message>
        <source>Retry the keyring</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the keyring once more</source>
        <translation>Den Schlüsselbund noch einmal fragen</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Save this session without a note</source>
        <translation>Dieses Gespräch ohne Notiz speichern</translation>
    </message>
    <message>
        <source>Write a note after all</source>
        <translation>Doch eine Notiz schreiben</translation>
    </message>
    <message>
        <source>Open the note box again</source>
        <translation>Das Notizfeld wieder öffnen</translation>
    </message>
    <message>
        <source>Something went wrong with the note; nothing was changed.</source>
        <translation>Mit der Notiz ist etwas schiefgegangen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>It is locked with a key kept in your keyring before saving.</source>
        <translation>Sie wird vor dem Speichern mit einem Schlüssel aus eurem Schlüsselbund verschlossen.</translation>
    </message>
    <message>
        <source>Unlocking your keyring…</source>
        <translation>Euer Schlüsselbund wird geöffnet …</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Die Passphrase wird geprüft …</translation>
    </message>
    <message>
        <source>Locked with a passphrase, for this session only.</source>
        <translation>Mit einer Passphrase verschlossen, nur für dieses Gespräch.</translation>
    </message>
    <message>
        <source>Locked with the key in your keyring.</source>
        <translation>Mit dem Schlüssel aus eurem Schlüsselbund verschlossen.</translation>
    </message>
    <message>
        <source>Lock it with a passphrase instead, or leave it out. Heard never saves a note unlocked.</source>
        <translation>Verschließt sie stattdessen mit einer Passphrase oder lasst sie weg. Heard speichert eine Notiz nie unverschlossen.</translation>
    </message>
    <message>
        <source>No note for this session.</source>
        <translation>Keine Notiz für dieses Gespräch.</translation>
    </message>
    <message>
        <source>This note is locked with a passphrase.</source>
        <translation>Diese Notiz ist mit einer Passphrase verschlossen.</translation>
    </message>
    <message>
        <source>Open with the passphrase…</source>
        <translation>Mit der Passphrase öffnen …</translation>
    </message>
</context>
<context>
    <name>NoticeLine</name>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>PartnerPair</name>
    <message>
        <source>Blue and vermillion</source>
        <translation>Blau und Zinnoberrot</translation>
    </message>
    <message>
        <source>Blue and ochre</source>
        <translation>Blau und Ocker</translation>
    </message>
    <message>
        <source>Vermillion and blue</source>
        <translation>Zinnoberrot und Blau</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Lock this note with a passphrase</source>
        <translation>Diese Notiz mit einer Passphrase verschließen</translation>
    </message>
    <message>
        <source>Choose a passphrase for this note</source>
        <translation>Wählt eine Passphrase für diese Notiz</translation>
    </message>
    <message>
        <source>It is used for this session only. You will need it to read the note again, and Heard cannot recover it if it is forgotten.</source>
        <translation>Sie gilt nur für dieses Gespräch. Ihr braucht sie, um die Notiz wieder zu lesen, und Heard kann sie nicht wiederherstellen, wenn sie vergessen wird.</translation>
    </message>
    <message>
        <source>Open this note</source>
        <translation>Diese Notiz öffnen</translation>
    </message>
    <message>
        <source>This note is locked with a passphrase</source>
        <translation>Diese Notiz ist mit einer Passphrase verschlossen</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when the note was written.</source>
        <translation>Gebt die Passphrase ein, die beim Schreiben der Notiz gewählt wurde.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase that locks this note</source>
        <translation>Die Passphrase, die diese Notiz verschließt</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Type it again to be sure</source>
        <translation>Zur Sicherheit noch einmal eingeben</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Lock the note</source>
        <translation>Notiz verschließen</translation>
    </message>
    <message>
        <source>Open the note</source>
        <translation>Notiz öffnen</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Diese Passphrase verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Go back without a passphrase</source>
        <translation>Ohne Passphrase zurück</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>PausedPanel</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Take the time you need. Press P or Resume when you&apos;re both ready.</source>
        <translation>Nehmt euch die Zeit, die ihr braucht. Drückt P oder „Weiter“, wenn ihr beide bereit seid.</translation>
    </message>
</context>
<context>
    <name>PostSessionDialog</name>
    <message>
        <source>After the session</source>
        <translation>Nach dem Gespräch</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Die Änderungen speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close without saving what changed</source>
        <translation>Schließen, ohne die Änderungen zu speichern</translation>
    </message>
</context>
<context>
    <name>PostSessionEditor</name>
    <message>
        <source>After the session</source>
        <translation>Nach dem Gespräch</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>A &apos;Try that again&apos; of an earlier session.</source>
        <translation>Ein „Noch einmal“ zu einem früheren Gespräch.</translation>
    </message>
    <message>
        <source>Lock the note, or leave it out, before saving.</source>
        <translation>Verschließt die Notiz oder lasst sie weg, bevor ihr speichert.</translation>
    </message>
</context>
<context>
    <name>PostSessionFlow</name>
    <message>
        <source>after the session</source>
        <translation>nach dem Gespräch</translation>
    </message>
    <message>
        <source>This could not be saved. Your answers are still here; try again.</source>
        <translation>Das konnte nicht gespeichert werden. Eure Antworten sind noch da; versucht es noch einmal.</translation>
    </message>
</context>
<context>
    <name>PresenceWiring</name>
    <message>
        <source>Reminders appear here, and as desktop notifications while Heard runs in the tray.</source>
        <translation>Erinnerungen erscheinen hier und als Desktop-Benachrichtigungen, solange Heard im Infobereich läuft.</translation>
    </message>
    <message>
        <source>Reminders appear in this window while Heard is open.</source>
        <translation>Erinnerungen erscheinen in diesem Fenster, solange Heard geöffnet ist.</translation>
    </message>
    <message>
        <source>Heard could not set itself to start at login (%1).</source>
        <translation>Heard konnte sich nicht für den Start bei der Anmeldung eintragen (%1).</translation>
    </message>
</context>
<context>
    <name>PromptCards</name>
    <message>
        <source>Prompt cards</source>
        <translation>Impulskarten</translation>
    </message>
    <message>
        <source>Left and right arrows, or 1 to 4, change the deck.</source>
        <translation>Pfeil links und rechts oder 1 bis 4 wechseln den Stapel.</translation>
    </message>
    <message>
        <source>Who has the floor, and what they asked for</source>
        <translation>Wer das Wort hat und worum die Person gebeten hat</translation>
    </message>
    <message>
        <source>Close (C)</source>
        <translation>Schließen (C)</translation>
    </message>
    <message>
        <source>Close the prompt cards</source>
        <translation>Die Impulskarten schließen</translation>
    </message>
    <message>
        <source>Key: C or Escape.</source>
        <translation>Taste: C oder Esc.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Taste: %1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Versuch: %1</translation>
    </message>
    <message>
        <source>Avoid: %1</source>
        <translation>Lieber nicht: %1</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum …</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>last 3 months</source>
        <translation>letzte 3 Monate</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>Grouped to fit</source>
        <translation>Passend gruppiert</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tagen</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Wochen</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monaten</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which sessions the charts and the table show</source>
        <translation>Welche Gespräche die Diagramme und die Tabelle zeigen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>The first day to show</source>
        <translation>Der erste Tag, der gezeigt wird</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>The last day to show</source>
        <translation>Der letzte Tag, der gezeigt wird</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Group the charts</source>
        <translation>Diagramme gruppieren</translation>
    </message>
    <message>
        <source>Add up the charts by day, week or month; automatic picks one for the range</source>
        <translation>Die Diagramme nach Tag, Woche oder Monat zusammenfassen; automatisch wählt passend zum Zeitraum</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>In 30 minutes  (%1)</source>
        <translation>In 30 Minuten  (%1)</translation>
    </message>
    <message>
        <source>In an hour  (%1)</source>
        <translation>In einer Stunde  (%1)</translation>
    </message>
    <message>
        <source>This evening at %1</source>
        <translation>Heute Abend um %1</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Morgen um %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor ihr beginnt</translation>
    </message>
    <message>
        <source>Yes, we both do</source>
        <translation>Ja, wir beide</translation>
    </message>
    <message>
        <source>Not really, one of us is spent</source>
        <translation>Nicht wirklich, eine*r von uns ist erschöpft</translation>
    </message>
    <message>
        <source>Yes, we can</source>
        <translation>Ja, können wir</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Gerade nicht</translation>
    </message>
    <message>
        <source>That&apos;s all right. Listening well takes energy. Choose a time when you can both be present, and Heard will remind you.</source>
        <translation>Das ist in Ordnung. Gut zuhören braucht Kraft. Wählt eine Zeit, zu der ihr beide ganz da sein könnt, und Heard erinnert euch.</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <source>Both of you are ready: the timer starts</source>
        <translation>Ihr seid beide bereit: Die Zeit läuft los</translation>
    </message>
    <message>
        <source>Pick a time later…</source>
        <translation>Eine spätere Zeit wählen …</translation>
    </message>
    <message>
        <source>Set a reminder</source>
        <translation>Eine Erinnerung setzen</translation>
    </message>
    <message>
        <source>Skip the check</source>
        <translation>Frage überspringen</translation>
    </message>
    <message>
        <source>Start straight away without answering</source>
        <translation>Sofort beginnen, ohne zu antworten</translation>
    </message>
    <message>
        <source>Ask us this before each session</source>
        <translation>Fragt uns das vor jedem Gespräch</translation>
    </message>
    <message>
        <source>Ask before each session</source>
        <translation>Vor jedem Gespräch fragen</translation>
    </message>
    <message>
        <source>Untick to start without this check</source>
        <translation>Haken entfernen, um ohne diese Frage zu beginnen</translation>
    </message>
    <message>
        <source>Do we both have the energy for this now?</source>
        <translation>Haben wir beide jetzt die Kraft dafür?</translation>
    </message>
    <message numerus="yes">
        <source>Can we both give it our full attention for the next %n minutes?</source>
        <translation>
            <numerusform>Können wir beide %n Minute lang ganz bei der Sache sein?</numerusform>
            <numerusform>Können wir beide die nächsten %n Minuten ganz bei der Sache sein?</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer for both of you</source>
        <translation>Eine Antwort für euch beide</translation>
    </message>
    <message>
        <source>When would suit you both?</source>
        <translation>Wann passt es euch beiden?</translation>
    </message>
    <message>
        <source>Remind us then</source>
        <translation>Dann erinnern</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd, d. MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>Another time</source>
        <translation>Eine andere Zeit</translation>
    </message>
    <message>
        <source>Any day and time for the reminder</source>
        <translation>Ein beliebiger Tag und eine Uhrzeit für die Erinnerung</translation>
    </message>
    <message>
        <source>Sets the reminder</source>
        <translation>Setzt die Erinnerung</translation>
    </message>
    <message>
        <source>Another time:</source>
        <translation>Eine andere Zeit:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the check</source>
        <translation>Zurück zur Frage</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Resume where we left off</source>
        <translation>Dort weitermachen, wo wir aufgehört haben</translation>
    </message>
    <message>
        <source>Keep it as interrupted</source>
        <translation>Als unterbrochen behalten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Partner A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Partner B</translation>
    </message>
    <message>
        <source>dddd dd MMMM &apos;at&apos; HH:mm</source>
        <translation>dddd, d. MMMM &apos;um&apos; HH:mm</translation>
    </message>
    <message>
        <source>Heard closed before the session of %1 (%2) had finished. %3 of it was saved.</source>
        <translation>Heard wurde beendet, bevor das Gespräch von %1 (%2) zu Ende war. %3 davon sind gespeichert.</translation>
    </message>
    <message>
        <source>%n earlier unfinished session was kept as interrupted.</source>
        <translation>%n früheres unvollendetes Gespräch wurde als unterbrochen behalten.</translation>
    </message>
    <message>
        <source>%n earlier unfinished sessions were kept as interrupted.</source>
        <translation>%n frühere unvollendete Gespräche wurden als unterbrochen behalten.</translation>
    </message>
    <message>
        <source>A session did not finish</source>
        <translation>Ein Gespräch wurde nicht beendet</translation>
    </message>
    <message>
        <source>You can pick up where you left off, or keep what was saved in your history.</source>
        <translation>Ihr könnt dort weitermachen, wo ihr aufgehört habt, oder das Gespeicherte in eurem Verlauf behalten.</translation>
    </message>
    <message>
        <source>It is too long ago to pick up again, so what was saved is kept in your history as interrupted.</source>
        <translation>Es ist zu lange her, um weiterzumachen. Was gespeichert wurde, bleibt als unterbrochen in eurem Verlauf.</translation>
    </message>
    <message>
        <source>Carry on with this session, paused until you resume</source>
        <translation>Dieses Gespräch fortsetzen, pausiert, bis ihr weitermacht</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>What was saved stays in your history, marked as interrupted</source>
        <translation>Was gespeichert wurde, bleibt in eurem Verlauf, als unterbrochen markiert</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <source>Got it (G)</source>
        <translation>Verstanden (G)</translation>
    </message>
    <message>
        <source>Not quite, let me add… (N)</source>
        <translation>Nicht ganz, ich ergänze … (N)</translation>
    </message>
    <message>
        <source>In your own words, and aim for the feeling: “What I&apos;m hearing is…” or “It sounds like you&apos;re feeling…”. Then ask: “Did I get that?”</source>
        <translation>Mit deinen eigenen Worten, und ziel auf das Gefühl: „Ich höre heraus, dass …“ oder „Es klingt, als würdest du dich … fühlen.“ Dann frag: „Habe ich das richtig verstanden?“</translation>
    </message>
    <message>
        <source>Reflect back</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>The reflection landed: the floor passes to the listener. Key: G.</source>
        <translation>Das Spiegeln ist angekommen: Das Wort geht an die zuhörende Person. Taste: G.</translation>
    </message>
    <message>
        <source>Not quite, let me add</source>
        <translation>Nicht ganz, ich ergänze</translation>
    </message>
    <message>
        <source>The speaker gets the floor back to add what was missed. Key: N.</source>
        <translation>Die sprechende Person bekommt das Wort zurück, um Fehlendes zu ergänzen. Taste: N.</translation>
    </message>
    <message>
        <source>%1, reflect back what you heard</source>
        <translation>%1, gib wieder, was du gehört hast</translation>
    </message>
    <message>
        <source>%1, did %2 get it?</source>
        <translation>%1, hat %2 es verstanden?</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1. %2 um %3</translation>
    </message>
    <message>
        <source>It&apos;s time for your %1 (%2).</source>
        <translation>Es ist Zeit für „%1“ (%2).</translation>
    </message>
    <message>
        <source>While Heard was closed, %1 was due %2.</source>
        <translation>Während Heard geschlossen war, war „%1“ fällig: %2.</translation>
    </message>
    <message>
        <source>While Heard was closed, %1 was due %2, and 1 time before that.</source>
        <translation>Während Heard geschlossen war, war „%1“ fällig: %2, und einmal davor.</translation>
    </message>
    <message>
        <source>While Heard was closed, %1 was due %2, and %3 times before that.</source>
        <translation>Während Heard geschlossen war, war „%1“ fällig: %2, und %3-mal davor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>While Heard was closed: %1.</source>
        <translation>Während Heard geschlossen war: %1.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Opens the start screen with it</source>
        <translation>Öffnet damit den Startbildschirm</translation>
    </message>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind us again a little later</source>
        <translation>Erinnert uns etwas später noch einmal</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation>Diese Erinnerung ausblenden</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 beginnen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Heard is still here, in the tray, so your ritual reminders can reach you. Quit it from the tray icon&apos;s menu.</source>
        <translation>Heard ist noch da, im Infobereich, damit euch die Erinnerungen an eure Rituale erreichen. Beenden könnt ihr es über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <source>Time for your %1</source>
        <translation>Zeit für „%1“</translation>
    </message>
    <message>
        <source>We&apos;ll remind you at %1: %2.</source>
        <translation>Wir erinnern euch um %1: %2.</translation>
    </message>
</context>
<context>
    <name>RitualsCard</name>
    <message>
        <source>Rituals kept</source>
        <translation>Eingehaltene Rituale</translation>
    </message>
    <message>
        <source>%1 in a row</source>
        <translation>%1 in Folge</translation>
    </message>
    <message>
        <source>Keep the next one</source>
        <translation>Haltet das nächste ein</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kept</source>
        <translation>%1: %2 von %3 eingehalten</translation>
    </message>
    <message>
        <source>%1: not due yet</source>
        <translation>%1: noch nicht fällig</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
</context>
<context>
    <name>RitualsDialog</name>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>every day at %1</source>
        <translation>jeden Tag um %1</translation>
    </message>
    <message>
        <source>every %1 at %2</source>
        <translation>jeden %1 um %2</translation>
    </message>
    <message>
        <source>every month on the %1 at %2</source>
        <translation>jeden Monat am %1 um %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Rituals and reminders</source>
        <translation>Rituale und Erinnerungen</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 Min.</translation>
    </message>
    <message>
        <source>Kind of talk</source>
        <translation>Gesprächsart</translation>
    </message>
    <message>
        <source>What you will do at this time</source>
        <translation>Was ihr zu dieser Zeit macht</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Every day, every week or every month</source>
        <translation>Jeden Tag, jede Woche oder jeden Monat</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>For a weekly ritual</source>
        <translation>Für ein wöchentliches Ritual</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <source>For a monthly ritual; in a shorter month, its last day</source>
        <translation>Für ein monatliches Ritual; in einem kürzeren Monat dessen letzter Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Your local time</source>
        <translation>Eure Ortszeit</translation>
    </message>
    <message>
        <source>Add the ritual</source>
        <translation>Ritual hinzufügen</translation>
    </message>
    <message>
        <source>Save it and remind us</source>
        <translation>Speichern und uns erinnern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Time set aside, again and again, so there&apos;s room to be heard.</source>
        <translation>Immer wieder Zeit füreinander, damit Raum ist, gehört zu werden.</translation>
    </message>
    <message>
        <source>A new ritual</source>
        <translation>Ein neues Ritual</translation>
    </message>
    <message>
        <source>No rituals yet.</source>
        <translation>Noch keine Rituale.</translation>
    </message>
    <message>
        <source>%1. Next: %2</source>
        <translation>%1. Nächstes Mal: %2</translation>
    </message>
    <message numerus="yes">
        <source>kept %n in a row</source>
        <translation>
            <numerusform>%n-mal in Folge eingehalten</numerusform>
            <numerusform>%n-mal in Folge eingehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1, %2</source>
        <translation>Erinnerung: %1, %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop these reminders</source>
        <translation>Diese Erinnerungen beenden</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Could not save it: %1</source>
        <translation>Konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd, dd.MM., HH:mm</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>Paused where you left off</source>
        <translation>Pausiert, wo ihr aufgehört habt</translation>
    </message>
    <message>
        <source>Heard cannot open its data</source>
        <translation>Heard kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>%1 Nothing was changed. Please use a newer version of Heard.</source>
        <translation>%1 Es wurde nichts geändert. Bitte verwendet eine neuere Version von Heard.</translation>
    </message>
    <message>
        <source>Heard&apos;s data file was damaged and could not be read, so it was set aside as %1. Nothing was deleted. Heard has started again with an empty history.</source>
        <translation>Die Datendatei von Heard war beschädigt und ließ sich nicht lesen. Sie wurde deshalb als %1 beiseitegelegt. Es wurde nichts gelöscht. Heard hat mit einem leeren Verlauf neu begonnen.</translation>
    </message>
    <message>
        <source>Heard started afresh</source>
        <translation>Heard hat neu begonnen</translation>
    </message>
    <message>
        <source>No system sleep notices ({0}): Heard still notices a sleep when it wakes.</source>
        <translation>Keine Meldungen des Systems zum Ruhezustand ({0}): Heard bemerkt einen Ruhezustand trotzdem beim Aufwachen.</translation>
    </message>
</context>
<context>
    <name>ScreenSaverKeepAwake</name>
    <message>
        <source>no desktop session bus (D-Bus)</source>
        <translation>kein D-Bus der Desktop-Sitzung</translation>
    </message>
</context>
<context>
    <name>SessionAids</name>
    <message>
        <source>Take your time. Press Space when you&apos;re done.</source>
        <translation>Lass dir Zeit. Drück die Leertaste, wenn du fertig bist.</translation>
    </message>
    <message>
        <source>Time to start wrapping up. Finish your thought, no rush.</source>
        <translation>Zeit, langsam zum Schluss zu kommen. Bring deinen Gedanken zu Ende, ohne Eile.</translation>
    </message>
    <message>
        <source>What this session is for</source>
        <translation>Worum es in diesem Gespräch geht</translation>
    </message>
    <message>
        <source>Prompt cards for the listener</source>
        <translation>Impulskarten für die zuhörende Person</translation>
    </message>
    <message>
        <source>%1 has the floor and is open to ideas.</source>
        <translation>%1 hat das Wort und ist offen für Ideen.</translation>
    </message>
    <message>
        <source>%1 has the floor and asks you to just listen.</source>
        <translation>%1 hat das Wort und bittet dich, nur zuzuhören.</translation>
    </message>
    <message>
        <source>Noted, no harm done. Come back to %1 when you&apos;re ready.</source>
        <translation>Notiert, kein Problem. Komm zu %1 zurück, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Noted, no harm done.</source>
        <translation>Notiert, kein Problem.</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>Die sprechende Person</translation>
    </message>
    <message>
        <source>“Can we try that again?” %1 starts this turn over.</source>
        <translation>„Können wir das noch einmal versuchen?“ %1 beginnt den Beitrag neu.</translation>
    </message>
    <message>
        <source>%1 says: ideas are welcome.</source>
        <translation>%1 sagt: Ideen sind willkommen.</translation>
    </message>
    <message>
        <source>%1 says: please just listen.</source>
        <translation>%1 sagt: Bitte nur zuhören.</translation>
    </message>
</context>
<context>
    <name>SessionAnnouncer</name>
    <message>
        <source>One minute left.</source>
        <translation>Noch eine Minute.</translation>
    </message>
    <message>
        <source>%1 has the floor. %2 is listening.</source>
        <translation>%1 hat das Wort. %2 hört zu.</translation>
    </message>
    <message>
        <source>The pause is over.</source>
        <translation>Die Pause ist vorbei.</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Carrying on with the quiet moment.</source>
        <translation>Der stille Moment geht weiter.</translation>
    </message>
    <message>
        <source>Pause. Take a breath and let it land.</source>
        <translation>Pause. Atmet durch und lasst es ankommen.</translation>
    </message>
    <message>
        <source>%1 speaks next.</source>
        <translation>Als Nächstes spricht %1.</translation>
    </message>
    <message>
        <source>Reflect back: %1, say what you heard.</source>
        <translation>Spiegeln: %1, sag, was du gehört hast.</translation>
    </message>
    <message>
        <source>A break. The clock is stopped; take the time you need.</source>
        <translation>Eine Auszeit. Die Uhr steht; nehmt euch die Zeit, die ihr braucht.</translation>
    </message>
    <message>
        <source>Paused. The clock is stopped.</source>
        <translation>Pausiert. Die Uhr steht.</translation>
    </message>
    <message>
        <source>The session is over. Thank you both for listening.</source>
        <translation>Das Gespräch ist vorbei. Danke euch beiden fürs Zuhören.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Heard could not save this session ({0}). It keeps running.</source>
        <translation>Heard konnte dieses Gespräch nicht speichern ({0}). Es läuft weiter.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the check-in</source>
        <translation>Weiter zur Rückmeldung</translation>
    </message>
    <message>
        <source>in a session</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Gespräch beenden?</translation>
    </message>
    <message>
        <source>A session is running. End it and close Heard?</source>
        <translation>Ein Gespräch läuft. Beenden und Heard schließen?</translation>
    </message>
    <message>
        <source>What you have shared so far is kept.</source>
        <translation>Was ihr bisher geteilt habt, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Heard cannot save to its data folder right now (%1). The session keeps running and nothing is lost: Heard keeps trying, and offers a copy at the end.</source>
        <translation>Heard kann gerade nicht in seinem Datenordner speichern (%1). Das Gespräch läuft weiter, und nichts geht verloren: Heard versucht es weiter und bietet am Ende eine Kopie an.</translation>
    </message>
    <message>
        <source>A copy is in %1; it can be imported into your history later.</source>
        <translation>Eine Kopie liegt in %1; sie lässt sich später in euren Verlauf importieren.</translation>
    </message>
    <message>
        <source>Heard could not write a copy anywhere, so please save one yourself.</source>
        <translation>Heard konnte nirgends eine Kopie schreiben; bitte speichert selbst eine.</translation>
    </message>
    <message>
        <source>Heard could not save this session in its data folder. %1</source>
        <translation>Heard konnte dieses Gespräch nicht in seinem Datenordner speichern. %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Still not possible: %1</source>
        <translation>Immer noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Eine Kopie wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save a copy of this session</source>
        <translation>Eine Kopie dieses Gesprächs speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>SessionKeys</name>
    <message>
        <source>Whoever is speaking</source>
        <translation>Wer gerade spricht</translation>
    </message>
    <message>
        <source>Whoever is listening</source>
        <translation>Wer gerade zuhört</translation>
    </message>
    <message>
        <source>Either of you</source>
        <translation>Ihr beide</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>I&apos;m done: pass the floor</source>
        <translation>Ich bin fertig: Wort abgeben</translation>
    </message>
    <message>
        <source>Just listen ⇄ ideas welcome (this turn)</source>
        <translation>Nur zuhören ⇄ Ideen willkommen (dieser Beitrag)</translation>
    </message>
    <message>
        <source>Got it (after a reflection)</source>
        <translation>Verstanden (nach dem Spiegeln)</translation>
    </message>
    <message>
        <source>Not quite, let me add…</source>
        <translation>Nicht ganz, ich ergänze …</translation>
    </message>
    <message>
        <source>Prompt cards: questions, reflecting…</source>
        <translation>Impulskarten: Fragen, Spiegeln …</translation>
    </message>
    <message>
        <source>I jumped in (noted, no blame)</source>
        <translation>Ich bin reingeplatzt (notiert, ohne Vorwurf)</translation>
    </message>
    <message>
        <source>Start this turn over</source>
        <translation>Diesen Beitrag neu beginnen</translation>
    </message>
    <message>
        <source>Need a break (and back again)</source>
        <translation>Auszeit (und zurück)</translation>
    </message>
    <message>
        <source>I got distracted (just noted)</source>
        <translation>Ich war abgelenkt (nur notiert)</translation>
    </message>
    <message>
        <source>Listening ears on or off (silence only, never words)</source>
        <translation>Offene Ohren an oder aus (nur Stille, nie Worte)</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? oder F1</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Diese Tasten zeigen</translation>
    </message>
    <message>
        <source>End the session (asks first)</source>
        <translation>Gespräch beenden (fragt vorher)</translation>
    </message>
    <message>
        <source>In the prompt cards: ← and → or 1 to 4 change the deck, ↑ and ↓ scroll, C or Esc closes.</source>
        <translation>In den Impulskarten: ← und → oder 1 bis 4 wechseln den Stapel, ↑ und ↓ blättern, C oder Esc schließt.</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>I&apos;m done — pass the floor (Space)</source>
        <translation>Fertig – Wort abgeben (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Weiter (P)</translation>
    </message>
    <message>
        <source>I jumped in (I)</source>
        <translation>Ich bin reingeplatzt (I)</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Partner A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Partner B</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Session status, updated as it changes</source>
        <translation>Stand des Gesprächs, wird bei jeder Änderung aktualisiert</translation>
    </message>
    <message>
        <source>I&apos;m done, pass the floor</source>
        <translation>Ich bin fertig, Wort weitergeben</translation>
    </message>
    <message>
        <source>Say you have finished speaking. A short pause follows, then your partner has the floor. Key: Space.</source>
        <translation>Zeigt an, dass du fertig bist. Es folgt eine kurze Pause, dann hat dein Gegenüber das Wort. Taste: Leertaste.</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <source>Stop the clock for a moment, or carry on after a pause. Key: P.</source>
        <translation>Die Uhr kurz anhalten oder nach einer Pause weitermachen. Taste: P.</translation>
    </message>
    <message>
        <source>I jumped in</source>
        <translation>Ich bin reingeplatzt</translation>
    </message>
    <message>
        <source>Note, without blame, that the listener answered before the pause was over. Key: I.</source>
        <translation>Ohne Vorwurf festhalten, dass die zuhörende Person vor dem Ende der Pause geantwortet hat. Taste: I.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <source>Asks you to confirm before ending. Key: Escape.</source>
        <translation>Fragt vor dem Beenden nach. Taste: Esc.</translation>
    </message>
    <message>
        <source>Time&apos;s up. Thank you both for listening.</source>
        <translation>Die Zeit ist um. Danke euch beiden fürs Zuhören.</translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation>Bereit, wenn ihr es seid.</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Gespräch beenden?</translation>
    </message>
    <message>
        <source>End the session now?</source>
        <translation>Das Gespräch jetzt beenden?</translation>
    </message>
    <message>
        <source>You&apos;ll go on to a short check-in together.</source>
        <translation>Danach folgt eine kurze gemeinsame Rückmeldung.</translation>
    </message>
    <message>
        <source>End session (Enter)</source>
        <translation>Gespräch beenden (Eingabe)</translation>
    </message>
    <message>
        <source>Keep talking (Esc)</source>
        <translation>Weiterreden (Esc)</translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <source>%1 has the floor. %2 is listening.</source>
        <translation>%1 hat das Wort. %2 hört zu.</translation>
    </message>
    <message>
        <source>Pause. Take a breath.</source>
        <translation>Pause. Atmet durch.</translation>
    </message>
    <message>
        <source>%1 speaks next.</source>
        <translation>Als Nächstes spricht %1.</translation>
    </message>
    <message>
        <source>%1 reflects back. %2 says whether it landed.</source>
        <translation>%1 spiegelt. %2 sagt, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>A break. The session is paused, not ended. Press B to carry on.</source>
        <translation>Eine Auszeit. Das Gespräch ist pausiert, nicht beendet. Drückt B, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Paused. Press P to resume.</source>
        <translation>Pausiert. Drückt P, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>Das Gespräch ist vorbei.</translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation>Bereit, wenn ihr es seid.</translation>
    </message>
    <message>
        <source>One minute left.</source>
        <translation>Noch eine Minute.</translation>
    </message>
    <message>
        <source>paused · the clock is stopped</source>
        <translation>pausiert · die Uhr steht</translation>
    </message>
    <message>
        <source>last minute · no need to rush</source>
        <translation>letzte Minute · kein Grund zur Eile</translation>
    </message>
    <message>
        <source>left in this session</source>
        <translation>bleiben in diesem Gespräch</translation>
    </message>
    <message>
        <source>You paused during the quiet moment: %n more second of quiet, then %1 has the floor.</source>
        <translation>Ihr habt im stillen Moment pausiert: noch %n Sekunde Stille, dann hat %1 das Wort.</translation>
    </message>
    <message>
        <source>You paused during the quiet moment: %n more seconds of quiet, then %1 has the floor.</source>
        <translation>Ihr habt im stillen Moment pausiert: noch %n Sekunden Stille, dann hat %1 das Wort.</translation>
    </message>
    <message>
        <source>When you resume, %1 carries on reflecting back.</source>
        <translation>Wenn ihr weitermacht, spiegelt %1 weiter.</translation>
    </message>
    <message>
        <source>When you resume, %1 picks up where they left off.</source>
        <translation>Wenn ihr weitermacht, setzt %1 dort an, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Everything picks up where you left off.</source>
        <translation>Alles geht dort weiter, wo ihr aufgehört habt.</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Beitrag %1</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Phones away</source>
        <translation>Handys weg</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <source>Pauses honoured</source>
        <translation>Pausen eingehalten</translation>
    </message>
    <message>
        <source>Felt heard</source>
        <translation>Gehört gefühlt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 %2% · %3 %4%</source>
        <translation>%1 %2 % · %3 %4 %</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd, dd.MM.yyyy, HH:mm</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>locked note</source>
        <translation>verschlossene Notiz</translation>
    </message>
    <message>
        <source>Felt heard (%1 / %2)</source>
        <translation>Gehört gefühlt (%1 / %2)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>One row per session. Sort by clicking a column; press Enter to open a session.</source>
        <translation>Eine Zeile pro Gespräch. Zum Sortieren auf eine Spalte klicken; mit der Eingabetaste ein Gespräch öffnen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes are saved as you make them</source>
        <translation>Änderungen werden sofort gespeichert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the settings (Esc)</source>
        <translation>Einstellungen schließen (Esc)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Eure Daten</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in a folder only your user account can open. Private notes are encrypted.</source>
        <translation>Alles bleibt auf diesem Computer, in einem Ordner, den nur euer Benutzerkonto öffnen kann. Private Notizen sind verschlüsselt.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Where Heard keeps your sessions</source>
        <translation>Wo Heard eure Gespräche aufbewahrt</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Den Datenordner in der Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>The new language is used from the next time Heard starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Heard.</translation>
    </message>
    <message>
        <source>The folder could not be opened here; its location is shown above.</source>
        <translation>Der Ordner ließ sich hier nicht öffnen; sein Ort steht oben.</translation>
    </message>
    <message>
        <source>The two of you</source>
        <translation>Ihr zwei</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Presence aids</source>
        <translation>Hilfen, um ganz da zu sein</translation>
    </message>
    <message>
        <source>Listening ears</source>
        <translation>Offene Ohren</translation>
    </message>
    <message>
        <source>Look and language</source>
        <translation>Aussehen und Sprache</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <source>Speaks first</source>
        <translation>Spricht zuerst</translation>
    </message>
    <message>
        <source>The first partner&apos;s name, filled in at the start</source>
        <translation>Der Name der Person, die zuerst spricht; wird am Anfang eingetragen</translation>
    </message>
    <message>
        <source>Listens first</source>
        <translation>Hört zuerst zu</translation>
    </message>
    <message>
        <source>The second partner&apos;s name, filled in at the start</source>
        <translation>Der Name der Person, die zuerst zuhört; wird am Anfang eingetragen</translation>
    </message>
    <message>
        <source>Your colours</source>
        <translation>Eure Farben</translation>
    </message>
    <message>
        <source>Colour pairs that stay apart for colour-blind eyes; names are always shown too</source>
        <translation>Farbpaare, die auch bei Farbenblindheit unterscheidbar bleiben; die Namen stehen immer dabei</translation>
    </message>
    <message>
        <source>Usual length</source>
        <translation>Übliche Dauer</translation>
    </message>
    <message>
        <source>The session length the start screen offers</source>
        <translation>Die Gesprächsdauer, die der Startbildschirm vorschlägt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Pause after each turn</source>
        <translation>Pause nach jedem Beitrag</translation>
    </message>
    <message>
        <source>Seconds of quiet before the listener answers (1 to 10)</source>
        <translation>Sekunden Stille, bevor die zuhörende Person antwortet (1 bis 10)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Soft chime when the pause ends</source>
        <translation>Leiser Klang am Ende der Pause</translation>
    </message>
    <message>
        <source>A quiet sound that says the floor is open</source>
        <translation>Ein leiser Ton, der sagt: Das Wort ist frei</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Lautstärke des Klangs</translation>
    </message>
    <message>
        <source>How loud the chime is, from 0 to 100 percent</source>
        <translation>Wie laut der Klang ist, von 0 bis 100 Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Full screen during a session</source>
        <translation>Vollbild während eines Gesprächs</translation>
    </message>
    <message>
        <source>Nothing else on screen while you talk</source>
        <translation>Nichts anderes auf dem Bildschirm, während ihr redet</translation>
    </message>
    <message>
        <source>Keep the screen awake during a session</source>
        <translation>Bildschirm während eines Gesprächs wach halten</translation>
    </message>
    <message>
        <source>The screen does not dim or lock while you talk</source>
        <translation>Der Bildschirm wird nicht dunkel und sperrt nicht, während ihr redet</translation>
    </message>
    <message>
        <source>Readiness check before starting</source>
        <translation>Vor dem Start fragen, ob ihr bereit seid</translation>
    </message>
    <message>
        <source>Ask whether now is a good time, and offer to pick a later one</source>
        <translation>Fragen, ob jetzt ein guter Zeitpunkt ist, und eine spätere Zeit anbieten</translation>
    </message>
    <message>
        <source>Reflection step after each turn</source>
        <translation>Spiegeln nach jedem Beitrag</translation>
    </message>
    <message>
        <source>The listener says back what they heard; the speaker answers got it or not quite</source>
        <translation>Die zuhörende Person gibt wieder, was sie gehört hat; die sprechende antwortet „verstanden“ oder „nicht ganz“</translation>
    </message>
    <message>
        <source>Gentle limit per turn</source>
        <translation>Sanfte Grenze pro Beitrag</translation>
    </message>
    <message>
        <source>After two minutes a quiet note suggests wrapping up; never a cut-off</source>
        <translation>Nach zwei Minuten schlägt ein leiser Hinweis vor, zum Schluss zu kommen; nie ein Abbruch</translation>
    </message>
    <message>
        <source>Start in the tray for reminders</source>
        <translation>Für Erinnerungen im Infobereich starten</translation>
    </message>
    <message>
        <source>Heard waits quietly in the tray to remind you of your rituals</source>
        <translation>Heard wartet still im Infobereich, um euch an eure Rituale zu erinnern</translation>
    </message>
    <message>
        <source>Listening ears (microphone)</source>
        <translation>Offene Ohren (Mikrofon)</translation>
    </message>
    <message>
        <source>Notices speech and silence only, to help hold the pause. No sound is kept or sent</source>
        <translation>Bemerkt nur Sprechen und Stille, um die Pause halten zu helfen. Kein Ton wird gespeichert oder gesendet</translation>
    </message>
    <message>
        <source>Quiet before “hold the silence”</source>
        <translation>Stille bis „Stille halten“</translation>
    </message>
    <message>
        <source>How long the speaker is quiet before the listener is asked to hold the silence</source>
        <translation>Wie lange die sprechende Person still ist, bevor die zuhörende Person gebeten wird, die Stille zu halten</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Strictness about noise</source>
        <translation>Strenge bei Geräuschen</translation>
    </message>
    <message>
        <source>0 counts most sounds as speech, 3 only clear speech (for a noisy room)</source>
        <translation>0 zählt die meisten Geräusche als Sprechen, 3 nur deutliches Sprechen (für einen lauten Raum)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Used from the next time Heard starts</source>
        <translation>Gilt ab dem nächsten Start von Heard</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light, dark, or whatever the system uses</source>
        <translation>Hell, dunkel oder wie das System</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>A quarter larger, on top of the system&apos;s own text size</source>
        <translation>Ein Viertel größer, zusätzlich zur Schriftgröße des Systems</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Time set aside to listen to each other, one at a time.</source>
        <translation>Zeit, um einander zuzuhören – eine*r nach dem anderen.</translation>
    </message>
    <message>
        <source>Speaks first</source>
        <translation>Spricht zuerst</translation>
    </message>
    <message>
        <source>First partner&apos;s name</source>
        <translation>Name der Person, die zuerst spricht</translation>
    </message>
    <message>
        <source>Listens first</source>
        <translation>Hört zuerst zu</translation>
    </message>
    <message>
        <source>Second partner&apos;s name</source>
        <translation>Name der Person, die zuerst zuhört</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the session length</source>
        <translation>Die Gesprächsdauer festlegen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Custom length in minutes</source>
        <translation>Eigene Dauer in Minuten</translation>
    </message>
    <message>
        <source>Any length from %1 to %2 minutes</source>
        <translation>Jede Dauer von %1 bis %2 Minuten</translation>
    </message>
    <message>
        <source>Both our phones are in another room</source>
        <translation>Unsere beiden Handys sind in einem anderen Raum</translation>
    </message>
    <message>
        <source>Both phones are in another room</source>
        <translation>Beide Handys sind in einem anderen Raum</translation>
    </message>
    <message>
        <source>Out of sight, not just on silent. Start is available once this is ticked.</source>
        <translation>Außer Sichtweite, nicht nur stummgeschaltet. Beginnen geht, sobald das angehakt ist.</translation>
    </message>
    <message>
        <source>Out of sight, not just face down or on silent.</source>
        <translation>Außer Sichtweite – nicht nur umgedreht oder stummgeschaltet.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Listening ears: notice our pauses (never words)</source>
        <translation>Offene Ohren: unsere Pausen bemerken (nie Worte)</translation>
    </message>
    <message>
        <source>Listening ears</source>
        <translation>Offene Ohren</translation>
    </message>
    <message>
        <source>Optional. The microphone hears only whether someone is speaking, to measure the pause and help hold silences. No sound is kept or sent.</source>
        <translation>Freiwillig. Das Mikrofon hört nur, ob jemand spricht, um die Pause zu messen und beim Halten der Stille zu helfen. Kein Ton wird gespeichert oder gesendet.</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <source>Starts the timer with the first partner speaking</source>
        <translation>Startet die Zeit; die erste Person spricht</translation>
    </message>
    <message>
        <source>&amp;Look back at our history</source>
        <translation>Unseren Ver&amp;lauf ansehen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Charts, streaks and past sessions (Alt+L)</source>
        <translation>Diagramme, Serien und frühere Gespräche (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Names, colours, pause length, sound, language and theme (Ctrl+,)</source>
        <translation>Namen, Farben, Pausenlänge, Klang, Sprache und Farbschema (Strg+,)</translation>
    </message>
    <message>
        <source>Kind of talk</source>
        <translation>Gesprächsart</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Rituals</source>
        <translation>&amp;Rituale</translation>
    </message>
    <message>
        <source>Rituals and reminders</source>
        <translation>Rituale und Erinnerungen</translation>
    </message>
    <message>
        <source>A daily, weekly or monthly time to talk, with a reminder (Alt+R)</source>
        <translation>Eine tägliche, wöchentliche oder monatliche Zeit zum Reden, mit Erinnerung (Alt+R)</translation>
    </message>
    <message>
        <source>Shown on screen when this partner has the floor</source>
        <translation>Wird angezeigt, wenn diese Person das Wort hat</translation>
    </message>
    <message>
        <source>Tick the phones box when you are both ready.</source>
        <translation>Hakt das Kästchen zu den Handys an, wenn ihr beide bereit seid.</translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation>Partner A</translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation>Partner B</translation>
    </message>
</context>
<context>
    <name>SleepWatch</name>
    <message>
        <source>no system D-Bus</source>
        <translation>kein System-D-Bus</translation>
    </message>
    <message>
        <source>logind is not running</source>
        <translation>logind läuft nicht</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Time together</source>
        <translation>Gemeinsame Zeit</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Pauses honoured</source>
        <translation>Pausen eingehalten</translation>
    </message>
    <message>
        <source>Longest turn</source>
        <translation>Längster Beitrag</translation>
    </message>
    <message>
        <source>Silences held</source>
        <translation>Gehaltene Stille</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Return to the setup screen</source>
        <translation>Zurück zum Startbildschirm</translation>
    </message>
    <message>
        <source>Well done, you two.</source>
        <translation>Gut gemacht, ihr zwei.</translation>
    </message>
    <message>
        <source>You gave each other the whole time you planned.</source>
        <translation>Ihr habt einander die ganze geplante Zeit geschenkt.</translation>
    </message>
    <message>
        <source>Thank you for taking this time.</source>
        <translation>Danke, dass ihr euch diese Zeit genommen habt.</translation>
    </message>
    <message>
        <source>Ending early is fine. What you shared still counts.</source>
        <translation>Früher aufzuhören ist in Ordnung. Was ihr geteilt habt, zählt trotzdem.</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 von %2 geplant</translation>
    </message>
    <message>
        <source>%1 minutes together</source>
        <translation>%1 Minuten gemeinsam</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No pauses yet</source>
        <translation>Noch keine Pausen</translation>
    </message>
</context>
<context>
    <name>SuspendGuard</name>
    <message>
        <source>Paused while the computer slept</source>
        <translation>Pausiert, während der Computer schlief</translation>
    </message>
</context>
<context>
    <name>TalkShareBar</name>
    <message>
        <source>No talk yet</source>
        <translation>Noch keine Redezeit</translation>
    </message>
    <message>
        <source>%1 %2% · %3 %4%</source>
        <translation>%1 %2 % · %3 %4 %</translation>
    </message>
    <message>
        <source>Talk time shared</source>
        <translation>Verteilung der Redezeit</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <source>Talk time: %1</source>
        <translation>Redezeit: %1</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Our own kinds of talk</source>
        <translation>Unsere eigenen Gesprächsarten</translation>
    </message>
    <message>
        <source>Sunday walk</source>
        <translation>Sonntagsspaziergang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What you call this kind of talk</source>
        <translation>Wie ihr diese Gesprächsart nennt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>How long the talk lasts</source>
        <translation>Wie lange das Gespräch dauert</translation>
    </message>
    <message>
        <source>One line shown during the talk (optional)</source>
        <translation>Eine Zeile, die während des Gesprächs zu sehen ist (freiwillig)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Leitgedanke</translation>
    </message>
    <message>
        <source>Shown on the session screen</source>
        <translation>Wird auf dem Gesprächsbildschirm angezeigt</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Adds it to the kinds of talk</source>
        <translation>Fügt sie den Gesprächsarten hinzu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Eine hinzufügen</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 Min.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this kind of talk (past sessions keep its name)</source>
        <translation>Diese Gesprächsart entfernen (frühere Gespräche behalten ihren Namen)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Could not save it: %1</source>
        <translation>Konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Kind of talk</source>
        <translation>Gesprächsart</translation>
    </message>
    <message>
        <source>A template sets the length and shows a line of guidance during the talk</source>
        <translation>Eine Gesprächsart legt die Dauer fest und zeigt während des Gesprächs einen Leitgedanken</translation>
    </message>
    <message>
        <source>Our own…</source>
        <translation>Eigene …</translation>
    </message>
    <message>
        <source>Our own templates</source>
        <translation>Unsere eigenen Gesprächsarten</translation>
    </message>
    <message>
        <source>Save a kind of talk of your own, with its length and a line of guidance</source>
        <translation>Eine eigene Gesprächsart speichern, mit Dauer und Leitgedanken</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeDisplay</name>
    <message>
        <source>%n hour</source>
        <translation>%n Stunde</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n Stunden</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n Minute</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n Minuten</translation>
    </message>
    <message>
        <source>%n second</source>
        <translation>%n Sekunde</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <translation>%n Sekunden</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>%1 in the session</source>
        <translation>%1 im Gespräch</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Heard</source>
        <translation>Heard öffnen</translation>
    </message>
    <message>
        <source>Quit Heard</source>
        <translation>Heard beenden</translation>
    </message>
</context>
<context>
    <name>TurnTimeline</name>
    <message>
        <source>Turns, in time order</source>
        <translation>Beiträge in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>No turns were recorded.</source>
        <translation>Es wurden keine Beiträge aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 %n turn, %2</source>
        <translation>%1 %n Beitrag, %2</translation>
    </message>
    <message>
        <source>%1 %n turns, %2</source>
        <translation>%1 %n Beiträge, %2</translation>
    </message>
    <message>
        <source>%1 of %2 pauses honoured</source>
        <translation>%1 von %2 Pausen eingehalten</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>This session is not saved yet</source>
        <translation>Dieses Gespräch ist noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Try to save in the data folder again</source>
        <translation>Noch einmal versuchen, im Datenordner zu speichern</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Eine Kopie speichern …</translation>
    </message>
    <message>
        <source>Save this session as a file you can import later</source>
        <translation>Dieses Gespräch als Datei speichern, die ihr später importieren könnt</translation>
    </message>
</context>
<context>
    <name>WindowsKeepAwake</name>
    <message>
        <source>Windows refused to keep the display on</source>
        <translation>Windows hat abgelehnt, den Bildschirm an zu lassen</translation>
    </message>
</context>
</TS>
