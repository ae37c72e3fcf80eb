<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Animation</name>
    <message>
        <source>can&apos;t tell the format of {name}: use a name ending in .webp, .gif or .mp4</source>
        <translation>Das Format von {name} ist nicht zu erkennen: Verwenden Sie einen Namen, der auf .webp, .gif oder .mp4 endet</translation>
    </message>
    <message>
        <source>fps must be between 1 and 60, not {fps:g}</source>
        <translation>Die Bildrate muss zwischen 1 und 60 liegen, nicht bei {fps:g}</translation>
    </message>
    <message>
        <source>can&apos;t write {path}: the folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>can&apos;t write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Rolling Journal</source>
        <translation>Rolling Journal</translation>
    </message>
    <message>
        <source>Rolling Journal cannot start</source>
        <translation>Rolling Journal kann nicht starten</translation>
    </message>
    <message>
        <source>The journal is in use</source>
        <translation>Das Tagebuch wird gerade benutzt</translation>
    </message>
    <message>
        <source>The journal in {folder} is in use by {holder}. Rolling Journal opens once it is done; try again in a moment.</source>
        <translation>Das Tagebuch in {folder} wird gerade von {holder} benutzt. Rolling Journal öffnet sich, sobald das erledigt ist; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Rolling Journal is already open</source>
        <translation>Rolling Journal ist schon geöffnet</translation>
    </message>
    <message>
        <source>Rolling Journal is already open on the journal in {folder} (only one window may write to it). That window has been asked to come forward.</source>
        <translation>Rolling Journal ist für das Tagebuch in {folder} schon geöffnet (nur ein Fenster darf hineinschreiben). Dieses Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>Einzelheiten stehen in {file}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Every entry you saved is safe on disk.</source>
        <translation>Jeder gespeicherte Eintrag ist sicher auf der Festplatte.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The journal in {folder} is not open.</source>
        <translation>Das Tagebuch in {folder} ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The journal is not open yet.</source>
        <translation>Das Tagebuch ist noch nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>daily copy</source>
        <translation>tägliche Kopie</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>before an update of the app</source>
        <translation>vor einer Aktualisierung der App</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>Ziel {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) so far ({verdict})</source>
        <translation>
            <numerusform>%n Sitzung bisher ({verdict})</numerusform>
            <numerusform>%n Sitzungen bisher ({verdict})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ({verdict})</source>
        <translation>
            <numerusform>%n Sitzung ({verdict})</numerusform>
            <numerusform>%n Sitzungen ({verdict})</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused {days} of 7 days (left out of the target)</source>
        <translation>{days} von 7 Tagen pausiert (aus dem Ziel herausgenommen)</translation>
    </message>
    <message>
        <source>Practice strength: {value} %</source>
        <translation>Übungsstärke: {value} %</translation>
    </message>
    <message>
        <source>{count} stopped because it hurt</source>
        <translation>{count} wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Pain before: {before}, after: {after}</source>
        <translation>Schmerz vorher: {before}, nachher: {after}</translation>
    </message>
    <message>
        <source>Smoothness: {value} of 5</source>
        <translation>Gleichmäßigkeit: {value} von 5</translation>
    </message>
    <message>
        <source>Right part led: {share}</source>
        <translation>Richtiger Körperteil führte: {share}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;Your progress will appear here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Log your first rolling session and this tab will chart it: how many sessions you do each week against the aim of {aim}, and how your pain before and after practice changes over the weeks.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;Hier erscheinen Ihre Fortschritte&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tragen Sie Ihre erste Sitzung ein, und dieser Reiter zeigt sie als Diagramm: wie viele Sitzungen Sie jede Woche schaffen, gemessen am Ziel von {aim}, und wie sich Ihr Schmerz vor und nach dem Üben über die Wochen verändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;The charts could not read the journal&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Your entries are not affected. The charts will try again after the next change, or when you choose another range.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;Die Diagramme konnten das Tagebuch nicht lesen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Ihre Einträge sind davon nicht betroffen. Die Diagramme versuchen es nach der nächsten Änderung erneut, oder wenn Sie einen anderen Zeitraum wählen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal am Tag</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal am Tag</translation>
    </message>
    <message>
        <source>{count} times a day</source>
        <translation>{count}-mal am Tag</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Range of weeks shown</source>
        <translation>Gezeigter Zeitraum in Wochen</translation>
    </message>
    <message>
        <source>Which weeks the charts show</source>
        <translation>Welche Wochen die Diagramme zeigen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export the charts as a PNG image</source>
        <translation>Die Diagramme als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the weekly table as CSV</source>
        <translation>Die Wochentabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Die Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save {path}:
{reason}</source>
        <translation>{path} konnte nicht gespeichert werden:
{reason}</translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>A practice session is running</source>
        <translation>Eine Übungssitzung läuft</translation>
    </message>
    <message>
        <source>A practice session is running. What would you like to do?</source>
        <translation>Eine Übungssitzung läuft. Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Finish opens the journal form with this session filled in. Pause keeps the session so you can carry on. Discard forgets it and closes.</source>
        <translation>„Beenden“ öffnet das Tagebuchformular mit dieser Sitzung. „Pause“ behält die Sitzung, damit Sie weitermachen können. „Verwerfen“ vergisst sie und schließt.</translation>
    </message>
    <message>
        <source>Finish and write it down</source>
        <translation>Beenden und eintragen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
</context>
<context>
    <name>ConflictMessage</name>
    <message>
        <source>This entry was changed on another computer</source>
        <translation>Dieser Eintrag wurde auf einem anderen Computer geändert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The session of {when} was deleted there since you opened it. Your changes were not saved.</source>
        <translation>Die Sitzung vom {when} wurde dort gelöscht, seit Sie sie geöffnet haben. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session of {when} was saved there since you opened it. Its new version is shown now; your changes were not saved. Make them again on the new version if they still apply.</source>
        <translation>Die Sitzung vom {when} wurde dort gespeichert, seit Sie sie geöffnet haben. Jetzt wird ihre neue Fassung gezeigt; Ihre Änderungen wurden nicht gespeichert. Nehmen Sie sie an der neuen Fassung noch einmal vor, wenn sie noch zutreffen.</translation>
    </message>
    <message>
        <source>What you had typed:
{yours}</source>
        <translation>Was Sie eingegeben hatten:
{yours}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DemoCanvas</name>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>to the person&apos;s LEFT</source>
        <translation>zur LINKEN der Person</translation>
    </message>
    <message>
        <source>to the person&apos;s RIGHT</source>
        <translation>zur RECHTEN der Person</translation>
    </message>
    <message>
        <source>Rolling to the person&apos;s LEFT</source>
        <translation>Rollen zur LINKEN der Person</translation>
    </message>
    <message>
        <source>Rolling to the person&apos;s RIGHT</source>
        <translation>Rollen zur RECHTEN der Person</translation>
    </message>
    <message>
        <source>Head leads</source>
        <translation>Der Kopf führt</translation>
    </message>
    <message>
        <source>Right knee leads</source>
        <translation>Das rechte Knie führt</translation>
    </message>
    <message>
        <source>Right hip leads</source>
        <translation>Die rechte Hüfte führt</translation>
    </message>
    <message>
        <source>Left knee leads</source>
        <translation>Das linke Knie führt</translation>
    </message>
    <message>
        <source>Left hip leads</source>
        <translation>Die linke Hüfte führt</translation>
    </message>
    <message>
        <source>Face up</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>On left side</source>
        <translation>Auf der linken Seite</translation>
    </message>
    <message>
        <source>Face down</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>On right side</source>
        <translation>Auf der rechten Seite</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>rechte Hüfte</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>linke Hüfte</translation>
    </message>
</context>
<context>
    <name>DemoInsets</name>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brustkorb</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>Becken</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>front of the body</source>
        <translation>Vorderseite des Körpers</translation>
    </message>
    <message>
        <source>back of the body</source>
        <translation>Rückseite des Körpers</translation>
    </message>
    <message>
        <source>left arm and leg</source>
        <translation>linker Arm und linkes Bein</translation>
    </message>
    <message>
        <source>right arm and leg</source>
        <translation>rechter Arm und rechtes Bein</translation>
    </message>
    <message>
        <source>twist</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>{degrees}°</source>
        <translation>{degrees}°</translation>
    </message>
    <message>
        <source>Nothing is turning yet.</source>
        <translation>Noch dreht sich nichts.</translation>
    </message>
    <message>
        <source>Turning so far, in order: {parts}.</source>
        <translation>Bisher drehen sich, der Reihe nach: {parts}.</translation>
    </message>
</context>
<context>
    <name>DemoOptions</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>From the feet</source>
        <translation>Von den Füßen her</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>Von oben</translation>
    </message>
    <message>
        <source>Close-up on the leader</source>
        <translation>Nah am führenden Körperteil</translation>
    </message>
    <message>
        <source>Who leads Part 3</source>
        <translation>Wer in Teil 3 führt</translation>
    </message>
    <message>
        <source>Head leads</source>
        <translation>Der Kopf führt</translation>
    </message>
    <message>
        <source>Knee, then hip leads</source>
        <translation>Erst das Knie, dann die Hüfte führt</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Where to look from. Auto: from the side the face turns to, so a head lead is always seen. Drag the picture to turn round it, scroll to zoom, double-click to reset.</source>
        <translation>Von wo aus Sie zuschauen. Automatisch: von der Seite, zu der sich das Gesicht dreht, damit die Führung des Kopfes immer zu sehen ist. Ziehen Sie das Bild, um es zu drehen, scrollen Sie zum Zoomen, ein Doppelklick stellt es zurück.</translation>
    </message>
    <message>
        <source>Slow at the hand-over</source>
        <translation>Langsam bei der Übergabe</translation>
    </message>
    <message>
        <source>Play the hand-over at half speed</source>
        <translation>Die Übergabe mit halber Geschwindigkeit abspielen</translation>
    </message>
    <message>
        <source>Plays the moment the lead passes from the knee to the hip at half speed.</source>
        <translation>Spielt den Moment, in dem die Führung vom Knie zur Hüfte wechselt, mit halber Geschwindigkeit ab.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Reduced motion: still frames, no animation</source>
        <translation>Weniger Bewegung: Standbilder statt Animation</translation>
    </message>
    <message>
        <source>Shows each step as still key frames with a line of text each, and never plays by itself. They can be printed.</source>
        <translation>Zeigt jeden Schritt als Standbilder mit je einer Zeile Text und spielt nie von selbst ab. Die Bilder lassen sich drucken.</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Show as in a mirror</source>
        <translation>Wie im Spiegel zeigen</translation>
    </message>
    <message>
        <source>Guide…</source>
        <translation>Anleitung…</translation>
    </message>
    <message>
        <source>Open the head leading explanation and the guide</source>
        <translation>Die Erklärung zur Führung durch den Kopf und die Anleitung öffnen</translation>
    </message>
    <message>
        <source>What head leading means, the exercise&apos;s own words, and the notes on the steps</source>
        <translation>Was Führung durch den Kopf bedeutet, die Worte der Übung selbst und die Hinweise zu den Schritten</translation>
    </message>
    <message>
        <source>Save as video…</source>
        <translation>Als Video speichern…</translation>
    </message>
    <message>
        <source>Save the demonstration as a video</source>
        <translation>Die Vorführung als Video speichern</translation>
    </message>
    <message>
        <source>Saves what is shown (this step or part, this camera) as an animated WebP or GIF, or an MP4 video.</source>
        <translation>Speichert, was gezeigt wird (diesen Schritt oder Teil, diese Kamera), als animiertes WebP oder GIF oder als MP4-Video.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Führung</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Some exercise files could not be read:</source>
        <translation>Einige Übungsdateien konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>No exercises could be loaded.</source>
        <translation>Es konnten keine Übungen geladen werden.</translation>
    </message>
    <message>
        <source>Preparing the demonstration: {title}…</source>
        <translation>Die Vorführung wird vorbereitet: {title}…</translation>
    </message>
    <message>
        <source>{part} leads, {t0:.1f}–{t1:.1f} s</source>
        <translation>{part} führt, {t0:.1f}–{t1:.1f} s</translation>
    </message>
    <message>
        <source>The demonstration could not be computed: {error}</source>
        <translation>Die Vorführung konnte nicht berechnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>DemoRenderer</name>
    <message>
        <source>Resting</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>{exercise} · {part} · all steps</source>
        <translation>{exercise} · {part} · alle Schritte</translation>
    </message>
    <message>
        <source>{exercise} · {part} · step {index} of {count}</source>
        <translation>{exercise} · {part} · Schritt {index} von {count}</translation>
    </message>
    <message>
        <source>{part}, roll {number}</source>
        <translation>{part}, Rolle {number}</translation>
    </message>
</context>
<context>
    <name>DemoView</name>
    <message>
        <source>Demonstration of the roll</source>
        <translation>Vorführung der Rolle</translation>
    </message>
    <message>
        <source>Drag to turn the camera, scroll to zoom, double-click to reset the view.</source>
        <translation>Ziehen, um die Kamera zu drehen, scrollen zum Zoomen, doppelklicken, um die Ansicht zurückzusetzen.</translation>
    </message>
    <message>
        <source>Loading exercises…</source>
        <translation>Übungen werden geladen…</translation>
    </message>
</context>
<context>
    <name>ExportAnimation</name>
    <message>
        <source>Save the demonstration as a video</source>
        <translation>Die Vorführung als Video speichern</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp);;Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>Animiertes WebP (*.webp);;Animiertes GIF (*.gif);;MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Saving the video</source>
        <translation>Das Video wird gespeichert</translation>
    </message>
    <message>
        <source>Video not saved</source>
        <translation>Video nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the demonstration to {path} ({seconds:.0f} s).</source>
        <translation>Die Vorführung wurde in {path} gespeichert ({seconds:.0f} s).</translation>
    </message>
</context>
<context>
    <name>FriendCheck</name>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brustkorb</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
</context>
<context>
    <name>FriendCheckFrame</name>
    <message>
        <source>Friend: what led the roll just done</source>
        <translation>Freund/in: Was hat die eben gemachte Rolle geführt?</translation>
    </message>
    <message>
        <source>The right part led, as it should</source>
        <translation>Der richtige Körperteil hat geführt, wie es sein soll</translation>
    </message>
    <message>
        <source>Something else led:</source>
        <translation>Etwas anderes hat geführt:</translation>
    </message>
    <message>
        <source>Something else led: {part}</source>
        <translation>Etwas anderes hat geführt: {part}</translation>
    </message>
    <message>
        <source>Friend: what led roll {n} of {total} ({part})?</source>
        <translation>Freund/in: Was hat Rolle {n} von {total} geführt ({part})?</translation>
    </message>
    <message>
        <source>✓  {name} led</source>
        <translation>✓  {name} hat geführt</translation>
    </message>
    <message>
        <source>{name} led, as it should</source>
        <translation>{name} hat geführt, wie es sein soll</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>Head leading</source>
        <translation>Führung mit dem Kopf</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Achten Sie darauf</translation>
    </message>
    <message>
        <source>With a friend</source>
        <translation>Mit Freund/in</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>How often?</source>
        <translation>Wie oft?</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <source>Notes on the steps</source>
        <translation>Hinweise zu den Schritten</translation>
    </message>
    <message>
        <source>{exercise}: head leading and guidance</source>
        <translation>{exercise}: Führung mit dem Kopf und Anleitung</translation>
    </message>
    <message>
        <source>Guidance text</source>
        <translation>Anleitungstext</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Lie down, face up.</source>
        <translation>Legen Sie sich auf den Rücken.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Machen Sie sich bereit</translation>
    </message>
    <message>
        <source>{start} First: {part}</source>
        <translation>{start} Zuerst: {part}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Next: {part}</source>
        <translation>Als Nächstes: {part}</translation>
    </message>
    <message>
        <source>Head leads</source>
        <translation>Kopf führt</translation>
    </message>
    <message>
        <source>Right knee over the left leg, right hip leads</source>
        <translation>Rechtes Knie über das linke Bein, rechte Hüfte führt</translation>
    </message>
    <message>
        <source>Left knee over the right leg, left hip leads</source>
        <translation>Linkes Knie über das rechte Bein, linke Hüfte führt</translation>
    </message>
    <message>
        <source>Right hip leads</source>
        <translation>Rechte Hüfte führt</translation>
    </message>
    <message>
        <source>Left hip leads</source>
        <translation>Linke Hüfte führt</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Right knee and hip</source>
        <translation>Rechtes Knie und rechte Hüfte</translation>
    </message>
    <message>
        <source>Left knee and hip</source>
        <translation>Linkes Knie und linke Hüfte</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <source>left</source>
        <translation>nach links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>nach rechts</translation>
    </message>
    <message>
        <source>Your chosen part leads</source>
        <translation>Der gewählte Körperteil führt</translation>
    </message>
    <message>
        <source>{count} half rolls</source>
        <translation>{count} halbe Rollen</translation>
    </message>
    <message>
        <source>1 full turn</source>
        <translation>1 ganze Umdrehung</translation>
    </message>
    <message>
        <source>{count} full turns</source>
        <translation>{count} ganze Umdrehungen</translation>
    </message>
    <message>
        <source>Roll over and over to the {direction}, {amount}, then back. {lead}.</source>
        <translation>Immer weiter {direction} rollen, {amount}, dann zurück. {lead}.</translation>
    </message>
    <message>
        <source>back to the centre, face up</source>
        <translation>zurück zur Mitte, auf den Rücken</translation>
    </message>
    <message>
        <source>back to the centre</source>
        <translation>zurück zur Mitte</translation>
    </message>
    <message>
        <source>to face up</source>
        <translation>auf den Rücken</translation>
    </message>
    <message>
        <source>to face down</source>
        <translation>auf den Bauch</translation>
    </message>
    <message>
        <source>{lead}, roll {direction} {where}</source>
        <translation>{lead}, {direction} rollen, {where}</translation>
    </message>
    <message>
        <source>The chosen part</source>
        <translation>Der gewählte Körperteil</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message>
        <source>Current roll</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Progress through this roll</source>
        <translation>Fortschritt in dieser Rolle</translation>
    </message>
    <message>
        <source>The exercise&apos;s words for this roll</source>
        <translation>Die Worte der Übung zu dieser Rolle</translation>
    </message>
    <message>
        <source>Where you are in the practice</source>
        <translation>Wo Sie beim Üben gerade sind</translation>
    </message>
    <message>
        <source>Seconds left in this roll</source>
        <translation>Verbleibende Sekunden dieser Rolle</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back one roll</source>
        <translation>Eine Rolle zurück</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Skip to the next roll</source>
        <translation>Zur nächsten Rolle springen</translation>
    </message>
    <message>
        <source>{part} · roll {number} of {rolls}</source>
        <translation>{part} · Rolle {number} von {rolls}</translation>
    </message>
    <message>
        <source> · half roll {number} of {halves}</source>
        <translation> · halbe Rolle {number} von {halves}</translation>
    </message>
    <message>
        <source>Rest between parts</source>
        <translation>Pause zwischen den Teilen</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Gleich geht es los</translation>
    </message>
    <message>
        <source> · paused (Resume starts this roll again)</source>
        <translation> · pausiert (Fortsetzen beginnt diese Rolle von vorn)</translation>
    </message>
    <message>
        <source>Last roll</source>
        <translation>Letzte Rolle</translation>
    </message>
    <message>
        <source>Next: a short rest, then {part}</source>
        <translation>Als Nächstes: eine kurze Pause, dann {part}</translation>
    </message>
    <message>
        <source>Next: {cue}</source>
        <translation>Als Nächstes: {cue}</translation>
    </message>
    <message>
        <source>Practice done</source>
        <translation>Übung geschafft</translation>
    </message>
    <message>
        <source>Well done. Press Finish to write it in your journal.</source>
        <translation>Gut gemacht. Klicken Sie auf „Beenden“, um es in Ihr Tagebuch einzutragen.</translation>
    </message>
    <message>
        <source>Completed: {parts}.</source>
        <translation>Abgeschlossen: {parts}.</translation>
    </message>
    <message>
        <source>Some rolls were skipped, so no part is complete.</source>
        <translation>Einige Rollen wurden übersprungen, daher ist kein Teil vollständig.</translation>
    </message>
    <message>
        <source>Timing your practice</source>
        <translation>Ihre Übungszeit läuft</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source>Slow, smooth, with the right part leading.</source>
        <translation>Langsam, gleichmäßig, mit dem richtigen Körperteil in Führung.</translation>
    </message>
    <message>
        <source>No exercise file is loaded, so there is no guide: the timer keeps your time for the journal.</source>
        <translation>Es ist keine Übungsdatei geladen, daher gibt es keine Anleitung: Die Uhr misst Ihre Zeit für das Tagebuch.</translation>
    </message>
    <message>
        <source>Practice is paused</source>
        <translation>Das Üben ist pausiert</translation>
    </message>
    <message>
        <source>Rest during the flare-up.</source>
        <translation>Ruhen Sie sich während des Schubs aus.</translation>
    </message>
    <message>
        <source>Paused days leave your target, no reminders come, and your practice strength does not fall. Resume practice when you are ready (Start still works if you want to practise today).</source>
        <translation>Pausierte Tage zählen nicht zu Ihrem Ziel, es kommen keine Erinnerungen, und Ihre Übungsstärke sinkt nicht. Nehmen Sie das Üben wieder auf, wenn Sie so weit sind („Start“ funktioniert trotzdem, wenn Sie heute üben möchten).</translation>
    </message>
    <message numerus="yes">
        <source>%n roll(s), about {minutes} min</source>
        <translation>
            <numerusform>%n Rolle, etwa {minutes} Min.</numerusform>
            <numerusform>%n Rollen, etwa {minutes} Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Start, then lie down on the rug, face up.</source>
        <translation>Klicken Sie auf „Start“ und legen Sie sich dann auf den Rücken auf die Matte.</translation>
    </message>
    <message>
        <source>Slow, smooth, at a constant speed. If it hurts, stop: press the red button or Escape.</source>
        <translation>Langsam, gleichmäßig, mit gleichbleibender Geschwindigkeit. Wenn es wehtut, hören Sie auf: Drücken Sie den roten Knopf oder Esc.</translation>
    </message>
    <message>
        <source>Tick the parts you want to practise.</source>
        <translation>Kreuzen Sie die Teile an, die Sie üben möchten.</translation>
    </message>
    <message>
        <source>Press Start to time your practice.</source>
        <translation>Klicken Sie auf „Start“, um Ihre Übungszeit zu messen.</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Your journal keeps this session at once, marked as stopped because it hurt. Add your pain and a note in the form if you like.</source>
        <translation>Ihr Tagebuch speichert diese Sitzung sofort, als wegen Schmerzen abgebrochen markiert. Tragen Sie Ihren Schmerz und eine Notiz im Formular ein, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Write how it went in the journal form.</source>
        <translation>Tragen Sie im Tagebuchformular ein, wie es lief.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ddd dd MMM yyyy  HH:mm</source>
        <translation>ddd, d. MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>friend: {right} of {total} roll led right</source>
        <translation>Freund/in: {right} von {total} Rolle richtig geführt</translation>
    </message>
    <message>
        <source>friend: {right} of {total} rolls led right</source>
        <translation>Freund/in: {right} von {total} Rollen richtig geführt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <source>Right lead</source>
        <translation>Richtig geführt</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund/in</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Journal history</source>
        <translation>Verlauf des Tagebuchs</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation>Verlauf nach Datum filtern</translation>
    </message>
    <message>
        <source>History from date</source>
        <translation>Verlauf ab Datum</translation>
    </message>
    <message>
        <source>History to date</source>
        <translation>Verlauf bis Datum</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Das Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No sessions logged yet. Fill in the form and press Save.</source>
        <translation>Noch keine Sitzungen eingetragen. Füllen Sie das Formular aus und klicken Sie auf Speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n session(s) in the chosen dates</source>
        <translation>
            <numerusform>{shown} von %n Sitzung im gewählten Zeitraum</numerusform>
            <numerusform>{shown} von %n Sitzungen im gewählten Zeitraum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import; nothing is imported</source>
        <translation>Den Import abbrechen; es wird nichts importiert</translation>
    </message>
    <message>
        <source>Reading {name}: {rows} rows so far…</source>
        <translation>{name} wird gelesen: bisher {rows} Zeilen…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be imported…</source>
        <translation>Wird abgebrochen: Es wird nichts importiert…</translation>
    </message>
</context>
<context>
    <name>JournalForm</name>
    <message>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>Yes, the right part led</source>
        <translation>Ja, der richtige Körperteil führte</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No, another part led</source>
        <translation>Nein, ein anderer Körperteil führte</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Teil 1</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Teil 2</translation>
    </message>
    <message>
        <source>Part 3</source>
        <translation>Teil 3</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Started at (year-month-day hours:minutes)</source>
        <translation>Beginn (Jahr-Monat-Tag Stunden:Minuten)</translation>
    </message>
    <message>
        <source>Duration: minutes, minutes:seconds or hours:minutes:seconds</source>
        <translation>Dauer: Minuten, Minuten:Sekunden oder Stunden:Minuten:Sekunden</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Parts done</source>
        <translation>Geübte Teile</translation>
    </message>
    <message>
        <source>Pain before (0 to 10)</source>
        <translation>Schmerz vorher (0 bis 10)</translation>
    </message>
    <message>
        <source>Pain after (0 to 10)</source>
        <translation>Schmerz nachher (0 bis 10)</translation>
    </message>
    <message>
        <source>I stopped because the movement hurt</source>
        <translation>Ich habe abgebrochen, weil die Bewegung wehtat</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Smoothness (1 jerky to 5 smooth)</source>
        <translation>Gleichmäßigkeit (1 ruckartig bis 5 gleichmäßig)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>1 = jerky or collapsing … 5 = smooth, constant speed, peaceful</source>
        <translation>1 = ruckartig oder in sich zusammensackend … 5 = gleichmäßig, gleichbleibende Geschwindigkeit, ruhig</translation>
    </message>
    <message>
        <source>Did the right part lead?</source>
        <translation>Hat der richtige Körperteil geführt?</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>Gleichmäßigkeit</translation>
    </message>
    <message>
        <source>Right part led</source>
        <translation>Richtiger Körperteil führte</translation>
    </message>
    <message>
        <source>A friend watched and checked the lead</source>
        <translation>Ein Freund oder eine Freundin hat zugeschaut und die Führung geprüft</translation>
    </message>
    <message>
        <source>A friend checked</source>
        <translation>Von Freund/in geprüft</translation>
    </message>
    <message>
        <source>Friend&apos;s remark</source>
        <translation>Bemerkung von Freund/in</translation>
    </message>
    <message>
        <source>What your friend noticed (optional)</source>
        <translation>Was Ihrem Freund oder Ihrer Freundin aufgefallen ist (freiwillig)</translation>
    </message>
    <message>
        <source>The friend&apos;s check of each roll</source>
        <translation>Die Kontrolle jeder Rolle durch Freund/in</translation>
    </message>
    <message>
        <source>Friend&apos;s checks</source>
        <translation>Kontrolle durch Freund/in</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How did it feel? Anything that sneaked in to lead?</source>
        <translation>Wie hat es sich angefühlt? Hat sich ein anderer Körperteil in die Führung geschlichen?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation>Diesen Eintrag speichern (Strg+S)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Einen neuen Eintrag beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable; leave it empty if you did not note it</source>
        <translation>0 = kein Schmerz, 10 = schlimmster vorstellbarer Schmerz; lassen Sie das Feld leer, wenn Sie es nicht notiert haben</translation>
    </message>
    <message>
        <source>Not saved: please fix the marked field(s).</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>{right} of {total} rolls led by the right part, as your friend saw it</source>
        <translation>{right} von {total} Rollen vom richtigen Körperteil geführt, wie Ihr Freund oder Ihre Freundin es gesehen hat</translation>
    </message>
    <message>
        <source>none (turn on “With a friend” when practising)</source>
        <translation>keine (schalten Sie beim Üben „Mit Freund/in“ ein)</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Friend checked</source>
        <translation>Von Freund/in geprüft</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>must be a whole number from 0 (no pain) to 10 (worst imaginable); you typed {text}</source>
        <translation>muss eine ganze Zahl von 0 (kein Schmerz) bis 10 (schlimmster vorstellbarer Schmerz) sein; Sie haben {text} eingegeben</translation>
    </message>
    <message>
        <source>minutes, or m:ss, or h:mm:ss</source>
        <translation>Minuten, oder m:ss, oder h:mm:ss</translation>
    </message>
    <message>
        <source>Type 10 for ten minutes, 10:30 for ten and a half, or 0:10:30.</source>
        <translation>Geben Sie 10 für zehn Minuten ein, 10:30 für zehneinhalb oder 0:10:30.</translation>
    </message>
    <message>
        <source>is missing: type minutes (10), minutes:seconds (10:30) or hours:minutes:seconds (0:10:30)</source>
        <translation>fehlt: Geben Sie Minuten (10), Minuten:Sekunden (10:30) oder Stunden:Minuten:Sekunden (0:10:30) ein</translation>
    </message>
    <message>
        <source>{text} is not a time: type minutes (10), minutes:seconds (10:30) or hours:minutes:seconds (0:10:30)</source>
        <translation>{text} ist keine Zeitangabe: Geben Sie Minuten (10), Minuten:Sekunden (10:30) oder Stunden:Minuten:Sekunden (0:10:30) ein</translation>
    </message>
    <message>
        <source>Pick the day</source>
        <translation>Tag auswählen</translation>
    </message>
    <message>
        <source>is missing: type it like 2026-11-25 08:00</source>
        <translation>fehlt: Geben Sie es so ein: 2026-11-25 08:00</translation>
    </message>
    <message>
        <source>{text} is not a date and time like 2026-11-25 08:00</source>
        <translation>{text} ist kein Datum mit Uhrzeit wie 2026-11-25 08:00</translation>
    </message>
    <message>
        <source>{text} is in the future: type when the session started</source>
        <translation>{text} liegt in der Zukunft: Geben Sie ein, wann die Sitzung begonnen hat</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Delete entry of {when}</source>
        <translation>Eintrag vom {when} löschen</translation>
    </message>
    <message>
        <source>Record the hurt stop of {when}</source>
        <translation>Schmerzabbruch vom {when} eintragen</translation>
    </message>
    <message>
        <source>restore the entry</source>
        <translation>Eintrag wiederherstellen</translation>
    </message>
    <message>
        <source>remove the entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Edit the entry of {when}</source>
        <translation>Eintrag vom {when} bearbeiten</translation>
    </message>
    <message>
        <source>undo the edit</source>
        <translation>Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete this entry (Delete); you can undo it (Ctrl+Z)</source>
        <translation>Diesen Eintrag löschen (Entf); Sie können das rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Not saved: please fix the marked field(s).</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Saved the session of {when}.</source>
        <translation>Die Sitzung vom {when} wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved the changes to the session of {when}.</source>
        <translation>Die Änderungen an der Sitzung vom {when} wurden gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} It is kept as a draft and saved as soon as the server answers.</source>
        <translation>Noch nicht gespeichert: {reason} Der Eintrag wird als Entwurf aufbewahrt und gespeichert, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Select an entry in the history to delete it.</source>
        <translation>Wählen Sie einen Eintrag im Verlauf aus, um ihn zu löschen.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted the session of {when}.</source>
        <translation>Die Sitzung vom {when} wurde gelöscht.</translation>
    </message>
    <message>
        <source>The session could not be saved yet: {reason}</source>
        <translation>Die Sitzung konnte noch nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved the session of {when}, stopped because it hurt.</source>
        <translation>Die Sitzung vom {when} wurde gespeichert, abgebrochen wegen Schmerzen.</translation>
    </message>
    <message>
        <source>Unsaved entry</source>
        <translation>Nicht gespeicherter Eintrag</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them before the practice session is filled in?</source>
        <translation>Das Formular enthält Änderungen, die nicht gespeichert sind. Sollen sie gespeichert werden, bevor die Übungssitzung eingetragen wird?</translation>
    </message>
    <message>
        <source>Your practice session is waiting: fix and save this entry, or press New entry, and it fills the form.</source>
        <translation>Ihre Übungssitzung wartet: Korrigieren und speichern Sie diesen Eintrag oder klicken Sie auf Neuer Eintrag, dann füllt sie das Formular.</translation>
    </message>
    <message>
        <source>Could not {what}: {reason}</source>
        <translation>Fehlgeschlagen ({what}): {reason}</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them first?</source>
        <translation>Das Formular enthält Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Could not keep the unsaved entry: {reason}</source>
        <translation>Der nicht gespeicherte Eintrag konnte nicht aufbewahrt werden: {reason}</translation>
    </message>
    <message>
        <source>Restored the entry you had not saved last time.</source>
        <translation>Der Eintrag, den Sie beim letzten Mal nicht gespeichert hatten, wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>JournalServerDialog</name>
    <message>
        <source>Journal server</source>
        <translation>Tagebuch-Server</translation>
    </message>
    <message>
        <source>Keep the journal on a PostgreSQL server to use the same journal on several computers. Leave the address empty to keep it in this computer&apos;s own file.</source>
        <translation>Bewahren Sie das Tagebuch auf einem PostgreSQL-Server auf, um dasselbe Tagebuch auf mehreren Computern zu nutzen. Lassen Sie die Adresse leer, um es in der eigenen Datei dieses Computers zu behalten.</translation>
    </message>
    <message>
        <source>Journal server address</source>
        <translation>Adresse des Tagebuch-Servers</translation>
    </message>
    <message>
        <source>Journal server password</source>
        <translation>Passwort des Tagebuch-Servers</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is never saved in the settings: it goes to the system keyring (or put it in ~/.pgpass).</source>
        <translation>Das Passwort wird nie in den Einstellungen gespeichert: Es kommt in den Schlüsselbund des Systems (oder tragen Sie es in ~/.pgpass ein).</translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation>Die Adresse muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>There is no system keyring to keep the password in. Put it in ~/.pgpass (host:port:database:user:password) and leave the field empty.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, in dem das Passwort aufbewahrt werden kann. Tragen Sie es in ~/.pgpass ein (host:port:database:user:password) und lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>KeyFrames</name>
    <message>
        <source>face up</source>
        <translation>auf dem Rücken</translation>
    </message>
    <message>
        <source>on left side</source>
        <translation>auf der linken Seite</translation>
    </message>
    <message>
        <source>face down</source>
        <translation>auf dem Bauch</translation>
    </message>
    <message>
        <source>on right side</source>
        <translation>auf der rechten Seite</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>rechte Hüfte</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>linke Hüfte</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Start: lying {status}, about to roll to the {way}.</source>
        <translation>Beginn: {status} liegend, gleich geht die Rolle nach {way}.</translation>
    </message>
    <message>
        <source>The {knee} leads: it lifts and crosses over the {other} leg before anything else moves.</source>
        <translation>Führung: {knee}. Es hebt sich und kreuzt über das andere Bein ({other}), bevor sich etwas anderes bewegt.</translation>
    </message>
    <message>
        <source>The head leads: the eyes and head turn first; the shoulders have not started.</source>
        <translation>Der Kopf führt: Augen und Kopf drehen sich zuerst; die Schultern haben noch nicht angefangen.</translation>
    </message>
    <message>
        <source>The {part} leads: it turns first; the rest follows.</source>
        <translation>Führung: {part}. Es dreht sich zuerst, der Rest folgt.</translation>
    </message>
    <message>
        <source>Hand-over: the {after} takes over the lead from the {before}.</source>
        <translation>Übergabe: Die Führung wechselt von „{before}“ zu „{after}“.</translation>
    </message>
    <message>
        <source>On the side: the turn has travelled down from the head to the pelvis and legs.</source>
        <translation>Auf der Seite: Die Drehung ist vom Kopf bis zu Becken und Beinen hinuntergewandert.</translation>
    </message>
    <message>
        <source>The twist at its peak: {degrees}° between the shoulders and the pelvis.</source>
        <translation>Die Drehung am stärksten: {degrees}° zwischen Schultern und Becken.</translation>
    </message>
    <message>
        <source>End: {status}, the twist back to {degrees}°.</source>
        <translation>Ende: {status}, die Drehung zurück auf {degrees}°.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Der Drucker oder die Datei konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>KeyFramesView</name>
    <message>
        <source>Still key frames of the roll</source>
        <translation>Standbilder der Rolle</translation>
    </message>
    <message>
        <source>Reduced motion: the roll as still frames</source>
        <translation>Weniger Bewegung: die Rolle als Standbilder</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the still frames</source>
        <translation>Die Standbilder drucken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the still frames as a PDF</source>
        <translation>Die Standbilder als PDF speichern</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Save the still frames</source>
        <translation>Die Standbilder speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LeadChart</name>
    <message>
        <source>Right part led (share of sessions)</source>
        <translation>Richtiger Körperteil führte (Anteil der Sitzungen)</translation>
    </message>
    <message>
        <source>Weekly share of sessions where the right part led</source>
        <translation>Wöchentlicher Anteil der Sitzungen, in denen der richtige Körperteil führte</translation>
    </message>
</context>
<context>
    <name>LeadScrubBar</name>
    <message>
        <source>Position in the roll</source>
        <translation>Stelle in der Rolle</translation>
    </message>
    <message>
        <source>hand-over marked at {count} point(s)</source>
        <translation>Übergabe an {count} Stelle(n) markiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace the journal with the backup of {label}?

The current journal is backed up first.</source>
        <translation>Das Tagebuch durch die Sicherung vom {label} ersetzen?

Das aktuelle Tagebuch wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Restored the backup of {label}.</source>
        <translation>Die Sicherung vom {label} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Rolling Journal</source>
        <translation>Rolling Journal</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Watch &amp;&amp; practise</source>
        <translation>&amp;Ansehen &amp;&amp; üben</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n unreadable row(s) aside as text; exports include them.</source>
        <translation>
            <numerusform>%n unlesbare Zeile als Text beiseitegelegt; Exporte enthalten sie.</numerusform>
            <numerusform>%n unlesbare Zeilen als Text beiseitegelegt; Exporte enthalten sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal: {path}</source>
        <translation>Tagebuch: {path}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Zustand: {state}</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Einträge: {count}</translation>
    </message>
    <message>
        <source>Unreadable rows: {count}</source>
        <translation>Unlesbare Zeilen: {count}</translation>
    </message>
    <message>
        <source>Kept aside: {count}</source>
        <translation>Beiseitegelegt: {count}</translation>
    </message>
    <message>
        <source>Backups: {count}</source>
        <translation>Sicherungen: {count}</translation>
    </message>
    <message>
        <source>Check the journal</source>
        <translation>Das Tagebuch prüfen</translation>
    </message>
    <message>
        <source>Keep them aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <source>Import journal</source>
        <translation>Tagebuch importieren</translation>
    </message>
    <message>
        <source>Journal files (*.csv *.json)</source>
        <translation>Tagebuchdateien (*.csv *.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {name}</source>
        <translation>
            <numerusform>%n Sitzung aus {name} importiert</numerusform>
            <numerusform>%n Sitzungen aus {name} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n already in the journal</source>
        <translation>
            <numerusform>; %n schon im Tagebuch vorhandene übersprungen</numerusform>
            <numerusform>; %n schon im Tagebuch vorhandene übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; added %n pause(s)</source>
        <translation>
            <numerusform>; dazu %n Übungspause</numerusform>
            <numerusform>; dazu %n Übungspausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n daily target change(s)</source>
        <translation>
            <numerusform> und %n Änderung des Tagesziels</numerusform>
            <numerusform> und %n Änderungen des Tagesziels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n Sitzung nach {path} exportiert.</numerusform>
            <numerusform>%n Sitzungen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n practice pause(s)</source>
        <translation>
            <numerusform>Mit %n Übungspause</numerusform>
            <numerusform>Mit %n Übungspausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n daily target change(s).</source>
        <translation>
            <numerusform> und %n Änderung des Tagesziels.</numerusform>
            <numerusform> und %n Änderungen des Tagesziels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable row(s) went out as raw text.</source>
        <translation>
            <numerusform>%n unlesbare Zeile wurde als Rohtext exportiert.</numerusform>
            <numerusform>%n unlesbare Zeilen wurden als Rohtext exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal &amp;server…</source>
        <translation>Tagebuch-&amp;Server…</translation>
    </message>
    <message>
        <source>&amp;About Rolling Journal</source>
        <translation>&amp;Über Rolling Journal</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>The journal is not open yet.</source>
        <translation>Das Tagebuch ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>About Rolling Journal</source>
        <translation>Über Rolling Journal</translation>
    </message>
    <message>
        <source>Rolling Journal {version}</source>
        <translation>Rolling Journal {version}</translation>
    </message>
    <message>
        <source>Watch, practise and log the middle-back rolling exercise. Your journal stays on this computer:</source>
        <translation>Die Rollübung für den mittleren Rücken ansehen, üben und eintragen. Ihr Tagebuch bleibt auf diesem Computer:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Export journal as {fmt}</source>
        <translation>Tagebuch als {fmt} exportieren</translation>
    </message>
    <message>
        <source>{fmt} files (*.{ext})</source>
        <translation>{fmt}-Dateien (*.{ext})</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Saved the report to {path} (pages: {pages}).</source>
        <translation>Der Bericht wurde in {path} gespeichert (Seiten: {pages}).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>C&amp;heck the journal…</source>
        <translation>Tagebuch &amp;prüfen…</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Save a PDF report of your practice for your physiotherapist</source>
        <translation>Einen PDF-Bericht über Ihr Üben für Ihre Physiotherapeutin oder Ihren Physiotherapeuten speichern</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Practice &amp;settings…</source>
        <translation>Übungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The exercise and &amp;head leading…</source>
        <translation>Die Übung und Führung mit dem &amp;Kopf…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Journal notice</source>
        <translation>Hinweis zum Tagebuch</translation>
    </message>
    <message>
        <source>Keep them aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <source>Keep the unreadable rows aside as text</source>
        <translation>Die unlesbaren Zeilen als Text beiseitelegen</translation>
    </message>
    <message>
        <source>Moves them into a table of their own, kept as text; exports include them. Nothing is deleted.</source>
        <translation>Verschiebt sie in eine eigene Tabelle, als Text aufbewahrt; Exporte enthalten sie. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>({count} more notice(s) after this one.)</source>
        <translation>(Danach noch {count} weitere(r) Hinweis(e).)</translation>
    </message>
</context>
<context>
    <name>PainBeforePicker</name>
    <message>
        <source>Pain before practice, 0 to 10 (optional)</source>
        <translation>Schmerz vor dem Üben, 0 bis 10 (freiwillig)</translation>
    </message>
    <message>
        <source>Pain now, before you start?</source>
        <translation>Wie stark ist der Schmerz jetzt, bevor Sie anfangen?</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Pain before: {value}</source>
        <translation>Schmerz vorher: {value}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the pain question</source>
        <translation>Die Frage nach dem Schmerz überspringen</translation>
    </message>
</context>
<context>
    <name>PainChangeChart</name>
    <message>
        <source>Pain after − before practice, each session: below 0 eased (blue), above 0 worse (orange), hatched 2 or more points worse</source>
        <translation>Schmerz nachher − vorher, jede Sitzung: unter 0 gelindert (blau), über 0 schlimmer (orange), schraffiert 2 oder mehr Punkte schlimmer</translation>
    </message>
    <message>
        <source>Bars above zero: pain after practice was higher than before</source>
        <translation>Balken über null: Der Schmerz war nach dem Üben stärker als vorher</translation>
    </message>
    <message>
        <source>after − before</source>
        <translation>nachher − vorher</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after practice (0–10)</source>
        <translation>Schmerz vor und nach dem Üben (0–10)</translation>
    </message>
    <message>
        <source>Pain ratings over time with rolling and weekly means</source>
        <translation>Schmerzwerte im Zeitverlauf mit gleitenden und wöchentlichen Mittelwerten</translation>
    </message>
    <message>
        <source>Pain before practice</source>
        <translation>Schmerz vor dem Üben</translation>
    </message>
    <message>
        <source>Pain after practice</source>
        <translation>Schmerz nach dem Üben</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Before, 7-day mean</source>
        <translation>Vorher, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>After, 7-day mean</source>
        <translation>Nachher, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Before, weekly mean</source>
        <translation>Vorher, Wochenmittel</translation>
    </message>
    <message>
        <source>First vs last 2 weeks</source>
        <translation>Erste gegen letzte 2 Wochen</translation>
    </message>
    <message>
        <source>Meaningful improvement</source>
        <translation>Deutliche Besserung</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>(and {count} more sessions rated {value} around then)</source>
        <translation>(und {count} weitere Sitzungen um diese Zeit mit {value} bewertet)</translation>
    </message>
</context>
<context>
    <name>PainWarning</name>
    <message>
        <source>Pain after practice was higher than before in {rises} of your last {recent} sessions, by 2 points or more.</source>
        <translation>Der Schmerz war nach dem Üben in {rises} Ihrer letzten {recent} Sitzungen um 2 oder mehr Punkte stärker als vorher.</translation>
    </message>
    <message>
        <source>In your last session, pain went from {before} before practice to {after} after.</source>
        <translation>In Ihrer letzten Sitzung ging der Schmerz von {before} vor dem Üben auf {after} danach.</translation>
    </message>
    <message>
        <source>You stopped because it hurt {count} times in the last 7 days.</source>
        <translation>Sie haben in den letzten 7 Tagen {count}-mal wegen Schmerzen abgebrochen.</translation>
    </message>
    <message>
        <source>If the movement hurts, don&apos;t do it yet. Focus on other exercises instead.</source>
        <translation>Wenn die Bewegung wehtut, machen Sie sie noch nicht. Konzentrieren Sie sich stattdessen auf andere Übungen.</translation>
    </message>
    <message>
        <source>If the pain keeps coming back, talk to a physiotherapist or doctor.</source>
        <translation>Wenn der Schmerz immer wiederkommt, sprechen Sie mit einer Physiotherapeutin, einem Physiotherapeuten oder Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
</context>
<context>
    <name>PainWarningFrame</name>
    <message>
        <source>Pain warning</source>
        <translation>Schmerzwarnung</translation>
    </message>
    <message>
        <source>⚠  Practice seems to hurt</source>
        <translation>⚠  Das Üben scheint wehzutun</translation>
    </message>
    <message>
        <source>While this warning stands, Start asks first and no reminders are shown.</source>
        <translation>Solange diese Warnung besteht, fragt Start zuerst nach und es erscheinen keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Dismiss for today</source>
        <translation>Für heute ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the pain warning for today</source>
        <translation>Die Schmerzwarnung für heute ausblenden</translation>
    </message>
</context>
<context>
    <name>PauseControls</name>
    <message>
        <source>Days to pause practice for</source>
        <translation>Tage, die das Üben pausieren soll</translation>
    </message>
    <message>
        <source>until resumed</source>
        <translation>bis zur Wiederaufnahme</translation>
    </message>
    <message>
        <source>Rest during a flare-up: paused days leave your target, reminders stop, and your practice strength does not fall.</source>
        <translation>Schonung bei einem Schub: Pausierte Tage zählen nicht zum Ziel, Erinnerungen hören auf und Ihre Übungsstärke sinkt nicht.</translation>
    </message>
    <message>
        <source>Pause practice</source>
        <translation>Üben pausieren</translation>
    </message>
    <message>
        <source>Pause practice from today</source>
        <translation>Üben ab heute pausieren</translation>
    </message>
    <message>
        <source>Resume practice</source>
        <translation>Üben wieder aufnehmen</translation>
    </message>
    <message>
        <source>Resume practice today</source>
        <translation>Üben heute wieder aufnehmen</translation>
    </message>
    <message>
        <source>Change pause</source>
        <translation>Pause ändern</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausiert, bis Sie wieder aufnehmen</translation>
    </message>
    <message>
        <source>Paused today; practice is back on tomorrow</source>
        <translation>Heute pausiert; ab morgen wird wieder geübt</translation>
    </message>
    <message>
        <source>Paused until {day}; back on {back}</source>
        <translation>Pausiert bis {day}; wieder ab {back}</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>{done} of {target} today</source>
        <translation>{done} von {target} heute</translation>
    </message>
    <message>
        <source>{done} of {target} this week</source>
        <translation>{done} von {target} diese Woche</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Loop the step</source>
        <translation>Den Schritt wiederholen</translation>
    </message>
    <message>
        <source>Coloured bands: who leads (amber the head, purple a knee, blue a hip); a dark mark: the hand-over. Click to jump there.</source>
        <translation>Farbige Bänder: wer führt (bernsteinfarben der Kopf, violett ein Knie, blau eine Hüfte); eine dunkle Markierung: die Übergabe. Klicken Sie, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Anhalten</translation>
    </message>
</context>
<context>
    <name>PosterView</name>
    <message>
        <source>Demonstration of the roll</source>
        <translation>Vorführung der Rolle</translation>
    </message>
    <message>
        <source>Preparing the demonstration…</source>
        <translation>Die Vorführung wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>PracticeChoices</name>
    <message>
        <source>Parts to practise</source>
        <translation>Zu übende Teile</translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation>Teil {number}</translation>
    </message>
    <message>
        <source>Practise part {number}</source>
        <translation>Teil {number} üben</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Seconds per roll</source>
        <translation>Sekunden pro Rolle</translation>
    </message>
    <message>
        <source> s per roll</source>
        <translation> s pro Rolle</translation>
    </message>
    <message>
        <source>Seconds for each half roll (face up to face down). Slower is fine: slow, smooth, at a constant speed.</source>
        <translation>Sekunden für jede halbe Rolle (von der Rückenlage in die Bauchlage). Langsamer ist in Ordnung: langsam, gleichmäßig, mit gleichbleibender Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Sound at each new roll</source>
        <translation>Ton bei jeder neuen Rolle</translation>
    </message>
    <message>
        <source>A short sound marks each new roll; the caption always flashes.</source>
        <translation>Ein kurzer Ton kündigt jede neue Rolle an; die Beschriftung blinkt immer.</translation>
    </message>
    <message>
        <source>This system has no sound for cues; the caption flashes.</source>
        <translation>Dieses System hat keinen Ton für Hinweise; die Beschriftung blinkt.</translation>
    </message>
</context>
<context>
    <name>PracticeExtras</name>
    <message>
        <source>With a friend</source>
        <translation>Mit Freund/in</translation>
    </message>
    <message>
        <source>With a friend: they check what led each roll</source>
        <translation>Mit Freund/in: Er oder sie prüft, was jede Rolle geführt hat</translation>
    </message>
    <message>
        <source>After each roll your friend taps what led it, in big buttons; it goes into the journal.</source>
        <translation>Nach jeder Rolle tippt Ihr Freund oder Ihre Freundin auf großen Knöpfen an, was sie geführt hat; das kommt ins Tagebuch.</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>If the movement hurts, don&apos;t do it yet. Focus on other exercises instead.</source>
        <translation>Wenn die Bewegung wehtut, machen Sie sie noch nicht. Konzentrieren Sie sich stattdessen auf andere Übungen.</translation>
    </message>
    <message>
        <source>Stopped because it hurt. {advice} This session is already saved in your journal; add your pain and a note if you like, then Save. Undo (Ctrl+Z) removes it.</source>
        <translation>Wegen Schmerzen abgebrochen. {advice} Diese Sitzung ist schon in Ihrem Tagebuch gespeichert; tragen Sie Ihren Schmerz und eine Notiz ein, wenn Sie möchten, und klicken Sie dann auf Speichern. Rückgängig (Strg+Z) entfernt sie.</translation>
    </message>
    <message>
        <source>Stopped because it hurt. {advice} The session is filled in; add a note if you like, then Save.</source>
        <translation>Wegen Schmerzen abgebrochen. {advice} Die Sitzung ist eingetragen; ergänzen Sie eine Notiz, wenn Sie möchten, und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>From the practice timer: add how it went, then Save.</source>
        <translation>Von der Übungsuhr: Ergänzen Sie, wie es lief, und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>Practice timer</source>
        <translation>Übungsuhr</translation>
    </message>
    <message>
        <source>Session time</source>
        <extracomment>Replaceable for tests and embedding: asks what to do when closing mid-session. Replaceable too: asks whether to start while the pain warning stands.</extracomment>
        <translation>Dauer der Sitzung</translation>
    </message>
    <message>
        <source>Practice not paused</source>
        <translation>Üben nicht pausiert</translation>
    </message>
    <message>
        <source>Practice not resumed</source>
        <translation>Üben nicht wieder aufgenommen</translation>
    </message>
</context>
<context>
    <name>PracticeSettingsDialog</name>
    <message>
        <source>Practice settings</source>
        <translation>Übungseinstellungen</translation>
    </message>
    <message>
        <source>Rest during a flare-up</source>
        <translation>Schonung bei einem Schub</translation>
    </message>
    <message>
        <source>Paused days leave your target, reminders stop, and your practice strength does not fall. This takes effect at once.</source>
        <translation>Pausierte Tage zählen nicht zum Ziel, Erinnerungen hören auf, und Ihre Übungsstärke sinkt nicht. Das gilt sofort.</translation>
    </message>
    <message>
        <source>Practice not paused</source>
        <translation>Üben nicht pausiert</translation>
    </message>
    <message>
        <source>Practice not resumed</source>
        <translation>Üben nicht wieder aufgenommen</translation>
    </message>
</context>
<context>
    <name>PracticeSettingsWidget</name>
    <message>
        <source>Sessions a day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>The exercise says: twice a day, but as often as you like.</source>
        <translation>Die Übung sagt: zweimal am Tag, aber gern so oft Sie möchten.</translation>
    </message>
    <message>
        <source>A new target applies from today on; past weeks keep the target they had.</source>
        <translation>Ein neues Ziel gilt ab heute; vergangene Wochen behalten ihr damaliges Ziel.</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Erinnern um</translation>
    </message>
    <message>
        <source>Reminder {number} on</source>
        <translation>Erinnerung {number} an</translation>
    </message>
    <message>
        <source>Reminder {number} time</source>
        <translation>Uhrzeit der Erinnerung {number}</translation>
    </message>
    <message>
        <source>Reminder {number}:</source>
        <translation>Erinnerung {number}:</translation>
    </message>
    <message>
        <source>Reminders appear as a notification from the system tray.</source>
        <translation>Erinnerungen erscheinen als Benachrichtigung im Infobereich.</translation>
    </message>
    <message>
        <source>Reminders appear as a banner in the Rolling Journal window while it is open.</source>
        <translation>Erinnerungen erscheinen als Leiste im Fenster von Rolling Journal, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>A reminder is left out when you have already practised since that reminder time.</source>
        <translation>Eine Erinnerung entfällt, wenn Sie seit ihrer Uhrzeit schon geübt haben.</translation>
    </message>
    <message>
        <source>Rest between parts, in seconds</source>
        <translation>Pause zwischen den Teilen, in Sekunden</translation>
    </message>
    <message>
        <source>Rest between parts:</source>
        <translation>Pause zwischen den Teilen:</translation>
    </message>
    <message>
        <source>Ask my pain (0 to 10) when I press Start</source>
        <translation>Bei Start nach meinem Schmerz (0 bis 10) fragen</translation>
    </message>
    <message>
        <source>Ask the pain before practice at Start</source>
        <translation>Bei Start nach dem Schmerz vor dem Üben fragen</translation>
    </message>
    <message>
        <source>Pain before:</source>
        <translation>Schmerz vorher:</translation>
    </message>
    <message>
        <source>Where the demonstration&apos;s arms lie</source>
        <translation>Wo die Arme in der Vorführung liegen</translation>
    </message>
    <message>
        <source>As the exercise shows them</source>
        <translation>Wie die Übung sie zeigt</translation>
    </message>
    <message>
        <source>Overhead, resting on the floor</source>
        <translation>Über dem Kopf, auf dem Boden abgelegt</translation>
    </message>
    <message>
        <source>Along the body (gentler on the shoulders)</source>
        <translation>Neben dem Körper (schonender für die Schultern)</translation>
    </message>
    <message>
        <source>A full overhead reach is not comfortable for everyone with a sore middle back: the demonstration can keep the arms along the body instead.</source>
        <translation>Die Arme ganz über den Kopf zu strecken, ist nicht für jeden mit schmerzendem mittlerem Rücken angenehm: Die Vorführung kann die Arme stattdessen neben dem Körper lassen.</translation>
    </message>
    <message>
        <source>Arms:</source>
        <translation>Arme:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore the newest backup</source>
        <translation>Die neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Die Sicherung vom {when} wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Eine Sicherung wählen…</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Eine Sicherung zum Wiederherstellen wählen</translation>
    </message>
    <message>
        <source>Start an empty journal</source>
        <translation>Ein leeres Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Start an empty journal; the old file and the backups stay</source>
        <translation>Ein leeres Tagebuch beginnen; die alte Datei und die Sicherungen bleiben</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to open the journal again</source>
        <translation>Erneut versuchen, das Tagebuch zu öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit Rolling Journal, leaving every file as it is</source>
        <translation>Rolling Journal beenden und alle Dateien so lassen, wie sie sind</translation>
    </message>
    <message>
        <source>The journal was damaged</source>
        <translation>Das Tagebuch wurde beschädigt</translation>
    </message>
    <message>
        <source>The journal is missing</source>
        <translation>Das Tagebuch fehlt</translation>
    </message>
    <message>
        <source>The journal is in use</source>
        <translation>Das Tagebuch wird gerade benutzt</translation>
    </message>
    <message>
        <source>The journal cannot be read</source>
        <translation>Das Tagebuch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The journal folder cannot be used</source>
        <translation>Der Ordner des Tagebuchs kann nicht benutzt werden</translation>
    </message>
    <message>
        <source>The journal is from a newer version</source>
        <translation>Das Tagebuch stammt von einer neueren Version</translation>
    </message>
    <message>
        <source>This is not a Rolling Journal journal</source>
        <translation>Das ist kein Tagebuch von Rolling Journal</translation>
    </message>
    <message>
        <source>The journal cannot be updated</source>
        <translation>Das Tagebuch kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The journal server cannot be reached</source>
        <translation>Der Tagebuch-Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The journal could not be opened</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Restoring the newest backup brings back what it holds. Starting an empty journal keeps every file as it is, so you can still restore a backup later (File &gt; Restore backup).</source>
        <translation>Die neueste Sicherung wiederherzustellen, bringt zurück, was sie enthält. Ein leeres Tagebuch zu beginnen, lässt alle Dateien, wie sie sind, sodass Sie später immer noch eine Sicherung wiederherstellen können (Datei &gt; Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>No backup passed every check; you can still choose one, or start an empty journal. Every file stays where it is.</source>
        <translation>Keine Sicherung hat alle Prüfungen bestanden; Sie können trotzdem eine wählen oder ein leeres Tagebuch beginnen. Alle Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>There is no backup. Starting an empty journal keeps the old file where it is.</source>
        <translation>Es gibt keine Sicherung. Ein leeres Tagebuch zu beginnen, lässt die alte Datei, wo sie ist.</translation>
    </message>
    <message>
        <source>Nothing was changed. Rolling Journal tries again every {seconds} seconds; press Try again once the server is back, or Quit.</source>
        <translation>Es wurde nichts verändert. Rolling Journal versucht es alle {seconds} Sekunden erneut; klicken Sie auf „Erneut versuchen“, sobald der Server wieder da ist, oder auf „Beenden“.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again once the other program is closed or the permissions are fixed.</source>
        <translation>Es wurde nichts geändert. Versuchen Sie es erneut, sobald das andere Programm geschlossen oder die Berechtigungen korrigiert sind.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Practice reminder</source>
        <translation>Übungserinnerung</translation>
    </message>
    <message>
        <source>Practise now</source>
        <translation>Jetzt üben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Die Erinnerung schließen</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Rolling Journal</source>
        <translation>Rolling Journal</translation>
    </message>
    <message>
        <source>Rolling Journal: practice reminders</source>
        <translation>Rolling Journal: Übungserinnerungen</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your rolls ({time}). Twice a day, but as often as you like. If it hurts, don&apos;t do it.</source>
        <translation>Zeit für Ihre Rollen ({time}). Zweimal am Tag, aber gern so oft Sie möchten. Wenn es wehtut, machen Sie sie nicht.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation>Teil {number}</translation>
    </message>
    <message>
        <source>none completed</source>
        <translation>keiner abgeschlossen</translation>
    </message>
    <message>
        <source>pain after practice 2 or more points above pain before in 2 of the last 4 sessions</source>
        <translation>Schmerz nachher in 2 der letzten 4 Sitzungen um 2 oder mehr Punkte über dem Schmerz vorher</translation>
    </message>
    <message>
        <source>pain after practice 3 or more points above pain before in the last session</source>
        <translation>Schmerz nachher in der letzten Sitzung um 3 oder mehr Punkte über dem Schmerz vorher</translation>
    </message>
    <message>
        <source>2 or more sessions stopped because it hurt within 7 days</source>
        <translation>2 oder mehr Sitzungen innerhalb von 7 Tagen wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>{first} to {last} ({weeks} weeks)</source>
        <translation>{first} bis {last} ({weeks} Wochen)</translation>
    </message>
    <message>
        <source>Rolling practice report</source>
        <translation>Bericht über das Rollen-Üben</translation>
    </message>
    <message>
        <source>Written on {day} by Rolling Journal {version}, from the journal kept by the person practising.</source>
        <translation>Erstellt am {day} von Rolling Journal {version}, aus dem Tagebuch der übenden Person.</translation>
    </message>
    <message>
        <source>The exercise: slow rolls on a rug from face up to face down and back, each led by one body part (knee, hip or head), twice a day. Pain is rated from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>Die Übung: langsame Rollen auf einem Teppich von der Rückenlage in die Bauchlage und zurück, jede von einem Körperteil geführt (Knie, Hüfte oder Kopf), zweimal am Tag. Der Schmerz wird von 0 (kein Schmerz) bis 10 (schlimmster vorstellbarer Schmerz) bewertet.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>{sessions} of a target of {target}</source>
        <translation>{sessions} bei einem Ziel von {target}</translation>
    </message>
    <message>
        <source> ({days} paused days left out of the target)</source>
        <translation> ({days} pausierte Tage aus dem Ziel herausgenommen)</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>Pain warnings</source>
        <translation>Schmerzwarnungen</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>Gleichmäßigkeit</translation>
    </message>
    <message>
        <source>{mean} of 5 on average</source>
        <translation>im Mittel {mean} von 5</translation>
    </message>
    <message>
        <source>Right part led</source>
        <translation>Richtiger Körperteil führte</translation>
    </message>
    <message>
        <source>{share} of the sessions that answered</source>
        <translation>{share} der Sitzungen mit Angabe</translation>
    </message>
    <message>
        <source>A friend&apos;s checks</source>
        <translation>Kontrollen durch Freund/in</translation>
    </message>
    <message>
        <source>{right} of {total} rolls led right, in {sessions} sessions</source>
        <translation>{right} von {total} Rollen richtig geführt, in {sessions} Sitzungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Practice strength</source>
        <translation>Übungsstärke</translation>
    </message>
    <message>
        <source>{value} % today</source>
        <translation>heute {value} %</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>In this period</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <source>Sessions per week against the target</source>
        <translation>Sitzungen pro Woche im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>Each week is measured against the target it had; paused days (rest during a flare-up, hatched) are left out of it.</source>
        <translation>Jede Woche wird an dem Ziel gemessen, das sie hatte; pausierte Tage (Schonung bei einem Schub, schraffiert) werden herausgenommen.</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation>Pausierte Tage</translation>
    </message>
    <message>
        <source>Hurt stops</source>
        <translation>Schmerzabbrüche</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Smooth­ness</source>
        <translation>Gleich­mäßig­keit</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>* this week is not over yet</source>
        <translation>* diese Woche ist noch nicht vorbei</translation>
    </message>
    <message>
        <source>Pain before and after practice</source>
        <translation>Schmerz vor und nach dem Üben</translation>
    </message>
    <message>
        <source>Each session&apos;s pain after practice minus pain before: above zero, practice left the pain worse; hatched bars, 2 points or more.</source>
        <translation>Schmerz nach dem Üben minus Schmerz vorher, für jede Sitzung: Über null hat das Üben den Schmerz verschlimmert; schraffierte Balken: 2 Punkte oder mehr.</translation>
    </message>
    <message>
        <source>A forgiving score of keeping to the target (as the Loop habit tracker scores a habit): each day counts a little, a few missed days after a long run lower it a little, a long gap a lot; paused days leave it as it is.</source>
        <translation>Ein nachsichtiges Maß dafür, wie das Ziel eingehalten wird (so wie die App Loop Habit Tracker eine Gewohnheit bewertet): Jeder Tag zählt ein wenig, ein paar verpasste Tage nach einer langen Serie senken es ein wenig, eine lange Lücke stark; pausierte Tage lassen es, wie es ist.</translation>
    </message>
    <message>
        <source>Pain warnings that stood</source>
        <translation>Schmerzwarnungen, die bestanden</translation>
    </message>
    <message>
        <source>still stands</source>
        <translation>besteht noch</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The pain warning did not stand in this period.</source>
        <translation>In diesem Zeitraum bestand keine Schmerzwarnung.</translation>
    </message>
    <message>
        <source>Every session stopped because it hurt</source>
        <translation>Jede wegen Schmerzen abgebrochene Sitzung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Parts completed</source>
        <translation>Abgeschlossene Teile</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>(notes left out)</source>
        <translation>(Notizen weggelassen)</translation>
    </message>
    <message>
        <source>No session was stopped because it hurt.</source>
        <translation>Keine Sitzung wurde wegen Schmerzen abgebrochen.</translation>
    </message>
    <message>
        <source>A friend’s checks of the lead</source>
        <translation>Kontrolle der Führung durch Freund/in</translation>
    </message>
    <message>
        <source>Rolls led by the right part</source>
        <translation>Vom richtigen Körperteil geführte Rollen</translation>
    </message>
    <message>
        <source>What led instead</source>
        <translation>Was stattdessen führte</translation>
    </message>
    <message>
        <source>{right} of {rolls}</source>
        <translation>{right} von {rolls}</translation>
    </message>
    <message>
        <source>No roll was checked by a friend in this period.</source>
        <translation>In diesem Zeitraum wurde keine Rolle von Freund/in kontrolliert.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>stood once (see below)</source>
        <translation>bestand einmal (siehe unten)</translation>
    </message>
    <message>
        <source>stood {n} times (see below)</source>
        <translation>bestand {n}-mal (siehe unten)</translation>
    </message>
    <message>
        <source>Could not write {file}</source>
        <translation>{file} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Rolling Journal report, {first} to {last} · Page {n} of {pages}</source>
        <translation>Bericht von Rolling Journal, {first} bis {last} · Seite {n} von {pages}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The journal will be replaced by the copy you choose. The current journal is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Das Tagebuch wird durch die gewählte Kopie ersetzt. Das aktuelle Tagebuch wird vorher gesichert, sodass sich das durch Wiederherstellen dieser Kopie rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>There are no backups yet. A copy is made every day the app starts, and before every import or update.</source>
        <translation>Es gibt noch keine Sicherungen. An jedem Tag, an dem die App startet, und vor jedem Import oder jeder Aktualisierung wird eine Kopie angelegt.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <source>Save a report for your physiotherapist</source>
        <translation>Einen Bericht für Ihre Physiotherapie speichern</translation>
    </message>
    <message>
        <source>A PDF of your practice to print or send: sessions per week against your target, pain before and after, every session stopped because it hurt, the pain warnings, a friend&apos;s checks, smoothness and how often the right part led.</source>
        <translation>Ein PDF über Ihr Üben zum Ausdrucken oder Versenden: Sitzungen pro Woche im Vergleich zu Ihrem Ziel, Schmerz vorher und nachher, jede wegen Schmerzen abgebrochene Sitzung, die Schmerzwarnungen, die Kontrollen durch Freund/in, die Gleichmäßigkeit und wie oft der richtige Körperteil geführt hat.</translation>
    </message>
    <message>
        <source>Weeks in the report</source>
        <translation>Wochen im Bericht</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Meine Notizen aufnehmen</translation>
    </message>
    <message>
        <source>Include my notes in the report</source>
        <translation>Meine Notizen in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>The last:</source>
        <translation>Die letzten:</translation>
    </message>
</context>
<context>
    <name>ServerStatusBar</name>
    <message>
        <source>Journal server status</source>
        <translation>Zustand des Tagebuch-Servers</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the journal server again</source>
        <translation>Erneut versuchen, den Tagebuch-Server zu erreichen</translation>
    </message>
    <message>
        <source>{message} What you typed is kept as a draft and nothing is lost; saving is tried again every {seconds} s.</source>
        <translation>{message} Was Sie eingegeben haben, wird als Entwurf aufbewahrt, und nichts geht verloren; das Speichern wird alle {seconds} s erneut versucht.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Das Üben starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the practice</source>
        <translation>Das Üben pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Finish and write it in the journal</source>
        <translation>Beenden und ins Tagebuch eintragen</translation>
    </message>
    <message>
        <source>It hurts: stop  (Esc)</source>
        <translation>Es tut weh: Stopp  (Esc)</translation>
    </message>
    <message>
        <source>It hurts: stop now</source>
        <translation>Es tut weh: sofort aufhören</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>SessionCounts</name>
    <message>
        <source>Sessions today</source>
        <translation>Sitzungen heute</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sitzungen diese Woche</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Übungseinstellungen</translation>
    </message>
    <message>
        <source>Paused today</source>
        <translation>Heute pausiert</translation>
    </message>
    <message>
        <source>{count} today · paused</source>
        <translation>{count} heute · pausiert</translation>
    </message>
    <message>
        <source>{count} of {target} today</source>
        <translation>{count} von {target} heute</translation>
    </message>
    <message>
        <source>{count} of {target} this week</source>
        <translation>{count} von {target} diese Woche</translation>
    </message>
    <message>
        <source>– of {target} today</source>
        <translation>– von {target} heute</translation>
    </message>
    <message>
        <source>– of {target} this week</source>
        <translation>– von {target} diese Woche</translation>
    </message>
</context>
<context>
    <name>SmoothnessChart</name>
    <message>
        <source>Smoothness (weekly mean, 1–5)</source>
        <translation>Gleichmäßigkeit (Wochenmittel, 1–5)</translation>
    </message>
    <message>
        <source>Weekly mean smoothness of the roll</source>
        <translation>Wöchentliche mittlere Gleichmäßigkeit der Rolle</translation>
    </message>
</context>
<context>
    <name>StartWithWarning</name>
    <message>
        <source>Practice seems to hurt</source>
        <translation>Das Üben scheint wehzutun</translation>
    </message>
    <message>
        <source>Start the practice anyway?</source>
        <translation>Trotzdem mit dem Üben beginnen?</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Trotzdem beginnen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Start the practice anyway</source>
        <translation>Trotzdem mit dem Üben beginnen</translation>
    </message>
    <message>
        <source>Do not start the practice now</source>
        <translation>Jetzt nicht mit dem Üben beginnen</translation>
    </message>
</context>
<context>
    <name>StepChooser</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>All of {part}, one after another</source>
        <translation>Ganz {part}, ein Schritt nach dem anderen</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>left</source>
        <comment>the way the body rolls</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the way the body rolls</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <comment>the side of a knee, hip or leg</comment>
        <translation>linke</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the side of a knee, hip or leg</comment>
        <translation>rechte</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>linke Hüfte</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>rechte Hüfte</translation>
    </message>
    <message>
        <source>face up</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>face down</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>Over and over to the {direction}, then back</source>
        <translation>Immer weiter nach {direction}, dann zurück</translation>
    </message>
    <message>
        <source>{leads} leads: roll {direction}, to {end}</source>
        <translation>{leads} führt: nach {direction} rollen, in die {end}</translation>
    </message>
    <message>
        <source>Knee, then hip: rolling {direction}, the {out_side} knee lifts and crosses over the {back_side} leg, then the {out_side} hip leads; coming back, the {back_side} knee and then the {back_side} hip lead.</source>
        <translation>Erst das Knie, dann die Hüfte: Beim Rollen nach {direction} hebt sich das {out_side} Knie und kreuzt über das {back_side} Bein, dann führt die {out_side} Hüfte; auf dem Rückweg führen erst das {back_side} Knie und dann die {back_side} Hüfte.</translation>
    </message>
    <message>
        <source>Head leading: your eyes and head turn first, then your shoulders, chest, pelvis and legs follow, one after another.</source>
        <translation>Der Kopf führt: Zuerst drehen sich Ihre Augen und Ihr Kopf, dann folgen Schultern, Brustkorb, Becken und Beine, eins nach dem anderen.</translation>
    </message>
    <message>
        <source>Knee, then hip: the {side} knee lifts and crosses over the {other} leg first, then the {side} hip takes the lead; lower back, middle back, shoulders and head follow, one after another.</source>
        <translation>Erst das Knie, dann die Hüfte: Zuerst hebt sich das {side} Knie und kreuzt über das {other} Bein, dann übernimmt die {side} Hüfte die Führung; unterer Rücken, mittlerer Rücken, Schultern und Kopf folgen, eins nach dem anderen.</translation>
    </message>
    <message>
        <source>Hip leading: the {side} hip turns first; lower back, middle back, shoulders and head follow, one after another.</source>
        <translation>Die Hüfte führt: Zuerst dreht sich die {side} Hüfte; unterer Rücken, mittlerer Rücken, Schultern und Kopf folgen, eins nach dem anderen.</translation>
    </message>
    <message>
        <source>Loading exercises…</source>
        <translation>Übungen werden geladen…</translation>
    </message>
    <message>
        <source>Step instructions</source>
        <translation>Anleitung zum Schritt</translation>
    </message>
</context>
<context>
    <name>StrengthPanel</name>
    <message>
        <source>Practice strength today</source>
        <translation>Übungsstärke heute</translation>
    </message>
    <message>
        <source>How well you keep to your target, forgivingly: each day counts a little, a few missed days after a long run lower it a little, a long gap a lot. Paused days leave it as it is.</source>
        <translation>Wie gut Sie Ihr Ziel einhalten, nachsichtig gemessen: Jeder Tag zählt ein wenig, ein paar verpasste Tage nach einer langen Serie senken sie ein wenig, eine lange Lücke stark. Pausierte Tage lassen sie, wie sie ist.</translation>
    </message>
    <message>
        <source>practice strength today</source>
        <translation>Übungsstärke heute</translation>
    </message>
    <message>
        <source>Practice strength (0–100 %)</source>
        <translation>Übungsstärke (0–100 %)</translation>
    </message>
    <message>
        <source>Practice strength over time</source>
        <translation>Übungsstärke im Verlauf</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>Too little data for a pain trend yet: it compares the first 2 weeks with the last 2 weeks, so it needs pain before practice recorded over at least 4 weeks</source>
        <translation>Noch zu wenige Daten für einen Schmerzverlauf: Er vergleicht die ersten 2 Wochen mit den letzten 2 Wochen und braucht daher den Schmerz vor dem Üben, notiert über mindestens 4 Wochen</translation>
    </message>
    <message>
        <source>Pain before practice fell from {a} to {b}: a meaningful improvement</source>
        <translation>Der Schmerz vor dem Üben sank von {a} auf {b}: eine deutliche Besserung</translation>
    </message>
    <message>
        <source>Pain before practice rose from {a} to {b}: a meaningful worsening</source>
        <translation>Der Schmerz vor dem Üben stieg von {a} auf {b}: eine deutliche Verschlechterung</translation>
    </message>
    <message>
        <source>Pain before practice stayed at {a}: no meaningful change</source>
        <translation>Der Schmerz vor dem Üben blieb bei {a}: keine deutliche Veränderung</translation>
    </message>
    <message>
        <source>Pain before practice fell from {a} to {b}: no meaningful change</source>
        <translation>Der Schmerz vor dem Üben sank von {a} auf {b}: keine deutliche Veränderung</translation>
    </message>
    <message>
        <source>Pain before practice rose from {a} to {b}: no meaningful change</source>
        <translation>Der Schmerz vor dem Üben stieg von {a} auf {b}: keine deutliche Veränderung</translation>
    </message>
    <message>
        <source>Mean of {first} ratings in the first 2 weeks ({first_days}) against {last} in the last 2 weeks ({last_days}); a change of 2 points or 30 % counts as meaningful.</source>
        <translation>Mittelwert von {first} Bewertungen in den ersten 2 Wochen ({first_days}) gegenüber {last} in den letzten 2 Wochen ({last_days}); eine Veränderung um 2 Punkte oder 30 % gilt als deutlich.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>pain after practice was on average {points} points higher than before in the last 2 weeks</source>
        <translation>der Schmerz nach dem Üben lag in den letzten 2 Wochen im Mittel {points} Punkte über dem vorher</translation>
    </message>
    <message>
        <source>pain after practice was on average {points} points lower than before in the last 2 weeks</source>
        <translation>der Schmerz nach dem Üben lag in den letzten 2 Wochen im Mittel {points} Punkte unter dem vorher</translation>
    </message>
    <message>
        <source>pain after practice was on average the same as before in the last 2 weeks</source>
        <translation>der Schmerz nach dem Üben war in den letzten 2 Wochen im Mittel genauso stark wie vorher</translation>
    </message>
    <message>
        <source>{trend}; {effect}</source>
        <translation>{trend}; {effect}</translation>
    </message>
    <message>
        <source>{trend}, but {effect}</source>
        <translation>{trend}, aber {effect}</translation>
    </message>
    <message>
        <source>{trend}, and {effect}</source>
        <translation>{trend}, und {effect}</translation>
    </message>
</context>
<context>
    <name>TrendText</name>
    <message>
        <source>Pain trend summary</source>
        <translation>Zusammenfassung des Schmerzverlaufs</translation>
    </message>
    <message>
        <source>How the pain trend was worked out</source>
        <translation>Wie der Schmerzverlauf berechnet wurde</translation>
    </message>
    <message>
        <source>Choose “Last 12 weeks” or more to compare two fortnights.</source>
        <translation>Wählen Sie „Letzte 12 Wochen“ oder mehr, um zwei Zweiwochenzeiträume zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>TwistGauge</name>
    <message>
        <source>Twist gauge</source>
        <translation>Drehungsanzeige</translation>
    </message>
    <message>
        <source>The twist of the middle back: the shoulders and the pelvis seen from the feet, and the angle between them. It grows as the wave travels down the body and is back to 0° at the end.</source>
        <translation>Die Drehung des mittleren Rückens: Schultern und Becken von den Füßen aus gesehen und der Winkel zwischen ihnen. Er wächst, während die Welle den Körper hinunterläuft, und ist am Ende wieder bei 0°.</translation>
    </message>
    <message>
        <source>Twist {degrees}° between shoulders and pelvis</source>
        <translation>Drehung {degrees}° zwischen Schultern und Becken</translation>
    </message>
</context>
<context>
    <name>WaveStrip</name>
    <message>
        <source>Wave strip</source>
        <translation>Wellenleiste</translation>
    </message>
    <message>
        <source>Head, shoulders, chest, lower back, pelvis and legs, in the order of the body. Each lights up when it starts to turn; the number says in which order they began, so you can read the wave at a glance.</source>
        <translation>Kopf, Schultern, Brustkorb, unterer Rücken, Becken und Beine, in der Reihenfolge des Körpers. Jedes leuchtet auf, wenn es sich zu drehen beginnt; die Zahl sagt, in welcher Reihenfolge sie angefangen haben, sodass Sie die Welle auf einen Blick ablesen können.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Bar chart of sessions per week against the target</source>
        <translation>Balkendiagramm der Sitzungen pro Woche, gemessen am Ziel</translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation>Pausierte Tage</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Diese Woche bisher</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Abgebrochen: Schmerzen</translation>
    </message>
    <message>
        <source>No sessions in these weeks</source>
        <translation>Keine Sitzungen in diesen Wochen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Target: {count} a week</source>
        <translation>Ziel: {count} pro Woche</translation>
    </message>
    <message>
        <source>Target of each week</source>
        <translation>Ziel jeder Woche</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Rolling Journal</source>
        <translation>Willkommen bei Rolling Journal</translation>
    </message>
    <message>
        <source>A gentle exercise for middle back pain, on a comfortable carpet or rug: slow rolls from face up to face down and back, each led by one part of you (a knee, a hip or your head). The gentle twist helps the middle back to free up.</source>
        <translation>Eine sanfte Übung bei Schmerzen im mittleren Rücken, auf einem bequemen Teppich: langsame Rollen von der Rückenlage in die Bauchlage und zurück, jede von einem Teil von Ihnen geführt (einem Knie, einer Hüfte oder Ihrem Kopf). Die sanfte Drehung hilft dem mittleren Rücken, freier zu werden.</translation>
    </message>
    <message>
        <source>If it hurts, don&apos;t do it at all.</source>
        <translation>Wenn es wehtut, machen Sie die Übung überhaupt nicht.</translation>
    </message>
    <message>
        <source>Watch each roll here. To practise, tick the parts on the right and press Start: the big caption says what to do and the countdown paces each roll. &quot;It hurts: stop&quot; (or Esc) stops at once; Finish writes the session in your journal.</source>
        <translation>Sehen Sie sich hier jede Rolle an. Zum Üben kreuzen Sie rechts die Teile an und klicken auf Start: Die große Beschriftung sagt, was zu tun ist, und der Countdown gibt das Tempo jeder Rolle vor. „Es tut weh: Stopp“ (oder Esc) hält sofort an; Fertig trägt die Sitzung in Ihr Tagebuch ein.</translation>
    </message>
    <message>
        <source>Watch Part 1</source>
        <translation>Teil 1 ansehen</translation>
    </message>
    <message>
        <source>Watch Part 1 of the exercise</source>
        <translation>Teil 1 der Übung ansehen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Die Begrüßung schließen</translation>
    </message>
</context>
</TS>
