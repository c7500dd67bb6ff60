<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Skip the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the repair step without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide my answer and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this answer hidden until you have both answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d rather not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave your answer out; the other partner can still answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heard you each felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the repair checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, please look away for a moment. Neither answer is shown until you have both answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s answer is hidden. Answer for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is hidden. Please hand over to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m %1: show me the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the question to the second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not feeling fully heard is worth knowing, not a failure. The repair step is next; take your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You felt heard. That is worth noticing together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s fine. You can still look at the repair step together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Repair, if you need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what fits, read a phrase out loud if it helps, or skip this. It is saved with this session and you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair phrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phrase you can read out to your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving the checklist or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Try that again · %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save, then start a short follow-up conversation linked to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try that again, %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the note, or leave it out, to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without the note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote a note. Skipping leaves it out; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the note out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your data could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard will close now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your Heard data is deleted. Heard will close now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions and notes are deleted. Heard will close now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes key could not be removed from your keyring: %1 You can remove the entry for “Heard” (notes-key) in your keyring or passwords app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all your Heard data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes every session, check-in, checklist and private note kept on this computer, and the notes key in your keyring. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to allow deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this without deleting anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all sessions, notes and the notes key, then close Heard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeardScale</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer how heard you felt, from 1 (not heard) to 5 (fully heard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>A private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Anything you want to remember from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Locked before it is saved, and kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or open this note with a passphrase instead of the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the keyring once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this session without a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the note box again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong with the note; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is locked with a key kept in your keyring before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking your keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked with a passphrase, for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked with the key in your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock it with a passphrase instead, or leave it out. Heard never saves a note unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is locked with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPair</name>
    <message>
        <source>Blue and vermillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue and ochre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermillion and blue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Lock this note with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is used for this session only. You will need it to read the note again, and Heard cannot recover it if it is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is locked with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when the note was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase that locks this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again to be sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostSessionDialog</name>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving what changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostSessionEditor</name>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;Try that again&apos; of an earlier session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the note, or leave it out, before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostSessionFlow</name>
    <message>
        <source>after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved. Your answers are still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Heard could not save this session ({0}). It keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is running. End it and close Heard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have shared so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time set aside to listen to each other, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set the session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length from %1 to %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both our phones are in another room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both phones are in another room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sight, not just on silent. Start is available once this is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sight, not just face down or on silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the timer with the first partner speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back at our &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts, streaks and past sessions (Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on screen when this partner has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the phones box when you are both ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Time together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the setup screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done, you two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave each other the whole time you planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for taking this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending early is fine. What you shared still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pauses yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Heard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every session, note and the notes key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
