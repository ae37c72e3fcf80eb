<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ChartsTab</name>
        <message numerus="yes">
            <source>%n session(s) so far ({verdict})</source>
            <translation>
                <numerusform>%n session so far ({verdict})</numerusform>
                <numerusform>%n sessions so far ({verdict})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) ({verdict})</source>
            <translation>
                <numerusform>%n session ({verdict})</numerusform>
                <numerusform>%n sessions ({verdict})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuideCard</name>
        <message numerus="yes">
            <source>%n roll(s), about {minutes} min</source>
            <translation>
                <numerusform>%n roll, about {minutes} min</numerusform>
                <numerusform>%n rolls, about {minutes} min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n session(s) in the chosen dates</source>
            <translation>
                <numerusform>{shown} of %n session in the chosen dates</numerusform>
                <numerusform>{shown} of %n sessions in the chosen dates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Kept %n unreadable row(s) aside as text; exports include them.</source>
            <translation>
                <numerusform>Kept %n unreadable row aside as text; exports include them.</numerusform>
                <numerusform>Kept %n unreadable rows aside as text; exports include them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n session(s) from {name}</source>
            <translation>
                <numerusform>Imported %n session from {name}</numerusform>
                <numerusform>Imported %n sessions from {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; skipped %n already in the journal</source>
            <translation>
                <numerusform>; skipped %n already in the journal</numerusform>
                <numerusform>; skipped %n already in the journal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; added %n pause(s)</source>
            <translation>
                <numerusform>; added %n pause</numerusform>
                <numerusform>; added %n pauses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n daily target change(s)</source>
            <translation>
                <numerusform> and %n daily target change</numerusform>
                <numerusform> and %n daily target changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n session(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n session to {path}.</numerusform>
                <numerusform>Exported %n sessions to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With %n practice pause(s)</source>
            <translation>
                <numerusform>With %n practice pause</numerusform>
                <numerusform>With %n practice pauses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n daily target change(s).</source>
            <translation>
                <numerusform> and %n daily target change.</numerusform>
                <numerusform> and %n daily target changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable row(s) went out as raw text.</source>
            <translation>
                <numerusform>%n unreadable row went out as raw text.</numerusform>
                <numerusform>%n unreadable rows went out as raw text.</numerusform>
            </translation>
        </message>
    </context>
</TS>
