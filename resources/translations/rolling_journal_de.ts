<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Animation</name>
    <message>
        <source>can&apos;t tell the format of {name}: use a name ending in .webp, .gif or .mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fps must be between 1 and 60, not {fps:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t write {path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Rolling Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Journal cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal in {folder} is in use by {holder}. Rolling Journal opens once it is done; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Journal is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Journal is already open on the journal in {folder} (only one window may write to it). That window has been asked to come forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry you saved is safe on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The journal in {folder} is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>daily copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Paused {days} of 7 days (left out of the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice strength: {value} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoInsets</name>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left arm and leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right arm and leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{degrees}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is turning yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning so far, in order: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads Part 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee, then hip leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the head leading explanation and the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What head leading means, the exercise&apos;s own words, and the notes on the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to look from. Auto: from the side the face turns to, so a head lead is always seen. Drag the picture to turn round it, scroll to zoom, double-click to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow at the hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the hand-over at half speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays the moment the lead passes from the knee to the hip at half speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion: still frames, no animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows each step as still key frames with a line of text each, and never plays by itself. They can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the demonstration as a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves what is shown (this step or part, this camera) as an animated WebP or GIF, or an MP4 video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading exercises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coloured bands: who leads (amber the head, purple a knee, blue a hip); a dark mark: the hand-over. Click to jump there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as in a mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some exercise files could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of {part}, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demonstration: {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} leads, {t0:.1f}–{t1:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRenderer</name>
    <message>
        <source>Resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} · {part} · all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} · {part} · step {index} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}, roll {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoView</name>
    <message>
        <source>Demonstration of the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to turn the camera, scroll to zoom, double-click to reset the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading exercises…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAnimation</name>
    <message>
        <source>Save the demonstration as a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated WebP (*.webp);;Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the demonstration to {path} ({seconds:.0f} s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FriendCheck</name>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FriendCheckFrame</name>
    <message>
        <source>Friend: what led the roll just done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right part led, as it should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else led:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else led: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend: what led roll {n} of {total} ({part})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  {name} led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} led, as it should</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>About this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <source>Notes on the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: head leading and guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Lie down, face up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} First: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right knee over the left leg, right hip leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left knee over the right leg, left hip leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hip leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hip leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right knee and hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left knee and hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chosen part leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll over and over to the {direction}, {amount}, then back. {lead}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the centre, face up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to face up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to face down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead}, roll {direction} {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>friend: {right} of %n roll(s) led right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy  HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Journal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions logged yet. Fill in the form and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n session(s) in the chosen dates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import; nothing is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}: {rows} rows so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: nothing will be imported…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalForm</name>
    <message>
        <source>Started at (year-month-day hours:minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: minutes, minutes:seconds or hours:minutes:seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend&apos;s check of each roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable; leave it empty if you did not note it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{right} of {total} rolls led by the right part, as your friend saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (turn on “With a friend” when practising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 (no pain) to 10 (worst imaginable); you typed {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes, or m:ss, or h:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 10 for ten minutes, 10:30 for ten and a half, or 0:10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: type minutes (10), minutes:seconds (10:30) or hours:minutes:seconds (0:10:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a time: type minutes (10), minutes:seconds (10:30) or hours:minutes:seconds (0:10:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: type it like 2026-11-25 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date and time like 2026-11-25 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is in the future: type when the session started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Delete entry of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the hurt stop of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry (Delete); you can undo it (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please fix the marked field(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the session of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to the session of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry in the history to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the session of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be saved yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the session of {when}, stopped because it hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them before the practice session is filled in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice session is waiting: fix and save this entry, or press New entry, and it fills the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the unsaved entry: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the entry you had not saved last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFrames</name>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: lying {status}, about to roll to the {way}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {part} leads: it turns first; the rest follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over: the {after} takes over the lead from the {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: {status}, the twist back to {degrees}°.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFramesView</name>
    <message>
        <source>Still key frames of the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion: the roll as still frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the still frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the still frames as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the still frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadScrubBar</name>
    <message>
        <source>Position in the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-over marked at {count} point(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with the backup of {label}?

The current journal is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch &amp;&amp; practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %n unreadable row(s) aside as text; exports include them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Journal: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable rows: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept aside: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal files (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n already in the journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; added %n pause(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n daily target change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n practice pause(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n daily target change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable row(s) went out as raw text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About Rolling Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rolling Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Journal {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch, practise and log the middle-back rolling exercise. Your journal stays on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export journal as {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fmt} files (*.{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to {path} (pages: {pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF report of your practice for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise and &amp;head leading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Journal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the unreadable rows aside as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves them into a table of their own, kept as text; exports include them. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count} more notice(s) after this one.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainBeforePicker</name>
    <message>
        <source>Pain before practice, 0 to 10 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now, before you start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the pain question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainChangeChart</name>
    <message>
        <source>Pain after − before practice, each session: below 0 eased (blue), above 0 worse (orange), hatched 2 or more points worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars above zero: pain after practice was higher than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after − before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainWarning</name>
    <message>
        <source>In your last session, pain went from {before} before practice to {after} after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the movement hurts, don&apos;t do it yet. Focus on other exercises instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the pain keeps coming back, talk to a physiotherapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainWarningFrame</name>
    <message>
        <source>Pain warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠  Practice seems to hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While this warning stands, Start asks first and no reminders are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the pain warning for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseControls</name>
    <message>
        <source>Days to pause practice for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest during a flare-up: paused days leave your target, reminders stop, and your practice strength does not fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause practice from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume practice today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused today; practice is back on tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {day}; back on {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>{done} of {target} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {target} this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterView</name>
    <message>
        <source>Demonstration of the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demonstration…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>Stopped because it hurt. {advice} This session is already saved in your journal; add your pain and a note if you like, then Save. Undo (Ctrl+Z) removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a friend</source>
        <extracomment>Replaceable for tests and embedding: asks what to do when closing mid-session. Replaceable too: asks whether to start while the pain warning stands.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a friend: they check what led each roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each roll your friend taps what led it, in big buttons; it goes into the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– of {target} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– of {target} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} today · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {target} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {target} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest during the flare-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused days leave your target, no reminders come, and your practice strength does not fall. Resume practice when you are ready (Start still works if you want to practise today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal keeps this session at once, marked as stopped because it hurt. Add your pain and a note in the form if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice not resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSettingsDialog</name>
    <message>
        <source>Practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest during a flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused days leave your target, reminders stop, and your practice strength does not fall. This takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice not resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSettingsWidget</name>
    <message>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise says: twice a day, but as often as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new target applies from today on; past weeks keep the target they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder {number} on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder {number} time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder {number}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as a notification from the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as a banner in the Rolling Journal window while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is left out when you have already practised since that reminder time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between parts, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask my pain (0 to 10) when I press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the pain before practice at Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the demonstration&apos;s arms lie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the exercise shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead, resting on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the body (gentler on the shoulders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full overhead reach is not comfortable for everyone with a sore middle back: the demonstration can keep the arms along the body instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty journal; the old file and the backups stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to open the journal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Rolling Journal, leaving every file as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Rolling Journal journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the newest backup brings back what it holds. Starting an empty journal keeps every file as it is, so you can still restore a backup later (File &gt; Restore backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup passed every check; you can still choose one, or start an empty journal. Every file stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup. Starting an empty journal keeps the old file where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Try again once the other program is closed or the permissions are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Practice reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Rolling Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Journal: practice reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your rolls ({time}). Twice a day, but as often as you like. If it hurts, don&apos;t do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after practice 2 or more points above pain before in 2 of the last 4 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after practice 3 or more points above pain before in the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 or more sessions stopped because it hurt within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last} ({weeks} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling practice report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on {day} by Rolling Journal {version}, from the journal kept by the person practising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise: slow rolls on a rug from face up to face down and back, each led by one body part (knee, hip or head), twice a day. Pain is rated from 0 (no pain) to 10 (worst imaginable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions} of a target of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({days} paused days left out of the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mean} of 5 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right part led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of the sessions that answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{right} of {total} rolls led right, in {sessions} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} % today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each week is measured against the target it had; paused days (rest during a flare-up, hatched) are left out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hurt stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth­ness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* this week is not over yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session&apos;s pain after practice minus pain before: above zero, practice left the pain worse; hatched bars, 2 points or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forgiving score of keeping to the target (as the Loop habit tracker scores a habit): each day counts a little, a few missed days after a long run lower it a little, a long gap a lot; paused days leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain warnings that stood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain warning did not stand in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session stopped because it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(notes left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session was stopped because it hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend’s checks of the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolls led by the right part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What led instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{right} of {rolls}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roll was checked by a friend in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stood %n time(s) (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Journal report, {first} to {last} · Page {n} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal will be replaced by the copy you choose. The current journal is backed up first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. A copy is made every day the app starts, and before every import or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <source>Save a report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of your practice to print or send: sessions per week against your target, pain before and after, every session stopped because it hurt, the pain warnings, a friend&apos;s checks, smoothness and how often the right part led.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my notes in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWithWarning</name>
    <message>
        <source>Practice seems to hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the practice anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the practice anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the practice now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthPanel</name>
    <message>
        <source>Practice strength today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well you keep to your target, forgivingly: each day counts a little, a few missed days after a long run lower it a little, a long gap a lot. Paused days leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice strength today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice strength (0–100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice strength over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>Too little data for a pain trend yet: it compares the first 2 weeks with the last 2 weeks, so it needs pain before practice recorded over at least 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before practice fell from {a} to {b}: a meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before practice rose from {a} to {b}: a meaningful worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before practice stayed at {a}: no meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before practice fell from {a} to {b}: no meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before practice rose from {a} to {b}: no meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of {first} ratings in the first 2 weeks ({first_days}) against {last} in the last 2 weeks ({last_days}); a change of 2 points or 30 % counts as meaningful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after practice was on average {points} points higher than before in the last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after practice was on average {points} points lower than before in the last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after practice was on average the same as before in the last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trend}; {effect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trend}, but {effect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trend}, and {effect}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwistGauge</name>
    <message>
        <source>Twist gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twist of the middle back: the shoulders and the pelvis seen from the feet, and the angle between them. It grows as the wave travels down the body and is back to 0° at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twist {degrees}° between shoulders and pelvis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveStrip</name>
    <message>
        <source>Wave strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head, shoulders, chest, lower back, pelvis and legs, in the order of the body. Each lights up when it starts to turn; the number says in which order they began, so you can read the wave at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rolling Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle exercise for middle back pain, on a comfortable carpet or rug: slow rolls from face up to face down and back, each led by one part of you (a knee, a hip or your head). The gentle twist helps the middle back to free up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it hurts, don&apos;t do it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch each roll here. To practise, tick the parts on the right and press Start: the big caption says what to do and the countdown paces each roll. &quot;It hurts: stop&quot; (or Esc) stops at once; Finish writes the session in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Part 1 of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
