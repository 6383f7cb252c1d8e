<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeyLadder</source>
        <translation>Über KeyLadder</translation>
    </message>
    <message>
        <source>Key negotiation of dual connectivity to deal with the leakage of secret key (the proposal KeyLadder steps through)</source>
        <translation>Schlüsselaushandlung bei Dual Connectivity gegen das Bekanntwerden geheimer Schlüssel (der Vorschlag, den KeyLadder durchgeht; Originaltitel: „Key negotiation of dual connectivity to deal with the leakage of secret key“)</translation>
    </message>
    <message>
        <source>3GPP System Architecture Evolution (SAE); Security architecture</source>
        <translation>3GPP System Architecture Evolution (SAE); Sicherheitsarchitektur</translation>
    </message>
    <message>
        <source>Security architecture and procedures for 5G System</source>
        <translation>Sicherheitsarchitektur und -verfahren für das 5G-System</translation>
    </message>
    <message>
        <source>Generic Authentication Architecture (GAA); Generic Bootstrapping Architecture (GBA); Annex B: the key derivation function</source>
        <translation>Generic Authentication Architecture (GAA); Generic Bootstrapping Architecture (GBA); Anhang B: die Schlüsselableitungsfunktion</translation>
    </message>
    <message>
        <source>Specification of the MILENAGE algorithm set: algorithm specification</source>
        <translation>Spezifikation des MILENAGE-Algorithmensatzes: Algorithmusspezifikation</translation>
    </message>
    <message>
        <source>Elliptic Curves for Security (X25519, X448)</source>
        <translation>Elliptische Kurven für die Sicherheit (X25519, X448)</translation>
    </message>
    <message>
        <source>Forward Secrecy for the Extensible Authentication Protocol Method for Authentication and Key Agreement (EAP-AKA&apos; FS)</source>
        <translation>Forward Secrecy für die EAP-Methode zur Authentifizierung und Schlüsselvereinbarung (EAP-AKA&apos; FS)</translation>
    </message>
    <message>
        <source>KeyLadder %1</source>
        <translation>KeyLadder %1</translation>
    </message>
    <message>
        <source>Steps through the Diffie-Hellman exchange proposed for UE and gNB in LTE-NR dual connectivity (EN-DC) and shows what each party, above all an attacker, can compute. Every value is computed for real.</source>
        <translation>Geht Schritt für Schritt durch den Diffie-Hellman-Austausch, der für UE und gNB in der LTE-NR-Dual-Connectivity (EN-DC) vorgeschlagen wird, und zeigt, was jede Partei – vor allem ein Angreifer – berechnen kann. Jeder Wert wird tatsächlich berechnet.</translation>
    </message>
    <message>
        <source>KeyLadder is free software under the GNU Lesser General Public License, version 3 or later (LGPL-3.0-or-later).</source>
        <translation>KeyLadder ist freie Software unter der GNU Lesser General Public License, Version 3 oder neuer (LGPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Aufgebaut auf</translation>
    </message>
    <message>
        <source>%1 — licence %2 — %3</source>
        <translation>%1 – Lizenz %2 – %3</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the measurement (Esc)</source>
        <translation>Messung anhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>AppMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
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
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Show &amp;future steps greyed</source>
        <translation>&amp;Künftige Schritte grau zeigen</translation>
    </message>
    <message>
        <source>Show &amp;secret values</source>
        <translation>&amp;Geheime Werte zeigen</translation>
    </message>
    <message>
        <source>Scenario &amp;panel</source>
        <translation>Szenario-&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Inspector and ledger</source>
        <translation>&amp;Inspektor und Wissensstand</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>S&amp;zenario</translation>
    </message>
    <message>
        <source>&amp;D-H (the proposal)</source>
        <translation>&amp;D-H (der Vorschlag)</translation>
    </message>
    <message>
        <source>&amp;Baseline (today&apos;s EN-DC)</source>
        <translation>&amp;Referenz (heutiges EN-DC)</translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation>Berechnung &amp;abbrechen</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>S&amp;chritt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;First</source>
        <translation>&amp;Erster</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>&amp;Letzter</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Sc&amp;hneller</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Lang&amp;samer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About KeyLadder</source>
        <translation>Über &amp;KeyLadder</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy diagram</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Side by side…</source>
        <translation>&amp;Nebeneinander…</translation>
    </message>
    <message>
        <source>&amp;Evaluation matrix…</source>
        <translation>&amp;Bewertungsmatrix…</translation>
    </message>
    <message>
        <source>&amp;Cost of the groups…</source>
        <translation>&amp;Kosten der Gruppen…</translation>
    </message>
    <message>
        <source>Discrete-log &amp;scaling…</source>
        <translation>&amp;Skalierung des diskreten Logarithmus…</translation>
    </message>
    <message>
        <source>Export step &amp;series</source>
        <translation>Schrittse&amp;rie exportieren</translation>
    </message>
    <message>
        <source>As &amp;SVG figures…</source>
        <translation>Als &amp;SVG-Abbildungen…</translation>
    </message>
    <message>
        <source>As &amp;PNG images (2×)…</source>
        <translation>Als &amp;PNG-Bilder (2×)…</translation>
    </message>
    <message>
        <source>Figures in the &amp;dark theme</source>
        <translation>Abbildungen im &amp;dunklen Farbschema</translation>
    </message>
    <message>
        <source>Figures &amp;list secret values</source>
        <translation>Abbildungen mit &amp;geheimen Werten</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Side by side — %1</source>
        <translation>Nebeneinander – %1</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>Vorheriger Schritt (←)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next step (→ or Space)</source>
        <translation>Nächster Schritt (→ oder Leertaste)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Both ladders and the strip as one figure (Ctrl+E)</source>
        <translation>Beide Leiterdiagramme und die Unterschiedsleiste als eine Abbildung (Ctrl+E)</translation>
    </message>
    <message>
        <source>Who knows what differs after step %1</source>
        <translation>Wer weiß was: Unterschiede nach Schritt %1</translation>
    </message>
    <message>
        <source>Both sides know the same values after this step.</source>
        <translation>Nach diesem Schritt kennen beide Seiten dieselben Werte.</translation>
    </message>
    <message>
        <source>only %1: %2</source>
        <translation>nur bei %1: %2</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>SVG figure (*.svg)</source>
        <translation>SVG-Abbildung (*.svg)</translation>
    </message>
    <message>
        <source>PDF figure (*.pdf)</source>
        <translation>PDF-Abbildung (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Follow the main window</source>
        <translation>Dem Hauptfenster folgen</translation>
    </message>
    <message>
        <source>Step both sides whenever the main window steps</source>
        <translation>Beide Seiten mitschalten, wenn das Hauptfenster einen Schritt weitergeht</translation>
    </message>
</context>
<context>
    <name>CostWindow</name>
    <message>
        <source>Cost of the D-H groups</source>
        <translation>Kosten der D-H-Gruppen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <source>Timed key generations and agreements per group; the median is shown</source>
        <translation>Gemessene Schlüsselerzeugungen und -vereinbarungen je Gruppe; angezeigt wird der Median</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Measure again on this machine (F5)</source>
        <translation>Auf diesem Rechner erneut messen (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The chart as SVG, PDF or PNG, or the table as Markdown (Ctrl+E)</source>
        <translation>Das Diagramm als SVG, PDF oder PNG oder die Tabelle als Markdown (Ctrl+E)</translation>
    </message>
    <message>
        <source>Measuring on this machine…</source>
        <translation>Messung auf diesem Rechner läuft…</translation>
    </message>
    <message>
        <source>Tick groups and press Measure.</source>
        <translation>Kreuzen Sie Gruppen an und klicken Sie auf „Messen“.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Public value</source>
        <translation>Öffentlicher Wert</translation>
    </message>
    <message>
        <source>Key generation</source>
        <translation>Schlüsselerzeugung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Octets added per message</source>
        <translation>Zusätzliche Oktette je Nachricht</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 Oktette</translation>
    </message>
    <message>
        <source>Export the costs</source>
        <translation>Kosten exportieren</translation>
    </message>
    <message>
        <source>SVG figure (*.svg)</source>
        <translation>SVG-Abbildung (*.svg)</translation>
    </message>
    <message>
        <source>PDF figure (*.pdf)</source>
        <translation>PDF-Abbildung (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>The table as Markdown on the clipboard, for a contribution (Ctrl+Shift+C)</source>
        <translation>Die Tabelle als Markdown in die Zwischenablage, für einen Beitrag (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Step %1 · %2 — click to inspect</source>
        <translation>Schritt %1 · %2 – zum Untersuchen klicken</translation>
    </message>
    <message>
        <source>Sequence diagram, step %1 of %2</source>
        <translation>Sequenzdiagramm, Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>EvaluationWindow</name>
    <message>
        <source>Evaluation matrix</source>
        <translation>Bewertungsmatrix</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run every situation against every procedure for the ticked groups (F5)</source>
        <translation>Jede Situation gegen jedes Verfahren für die angekreuzten Gruppen durchspielen (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The tables as Markdown, CSV or colour-coded HTML (Ctrl+E)</source>
        <translation>Die Tabellen als Markdown, CSV oder farbcodiertes HTML (Ctrl+E)</translation>
    </message>
    <message>
        <source>Each cell is a real negotiation with that attacker; “reads” means the attacker decrypted the user data. Hover a cell for the reason. %1 negotiations in %2 s.</source>
        <translation>Jede Zelle ist eine echte Aushandlung mit diesem Angreifer; „liest“ bedeutet, dass der Angreifer die Nutzdaten entschlüsselt hat. Den Grund zeigt der Tooltip einer Zelle. %1 Aushandlungen in %2 s.</translation>
    </message>
    <message>
        <source>Running the negotiations…</source>
        <translation>Aushandlungen laufen…</translation>
    </message>
    <message>
        <source>Group %1 — %2</source>
        <translation>Gruppe %1 – %2</translation>
    </message>
    <message>
        <source>Export the evaluation</source>
        <translation>Bewertung exportieren</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Colour-coded HTML page (*.html)</source>
        <translation>Farbcodierte HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>The table as Markdown on the clipboard, for a contribution (Ctrl+Shift+C)</source>
        <translation>Die Tabelle als Markdown in die Zwischenablage, für einen Beitrag (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open a scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>KeyLadder scenarios and figures (*.json *.svg *.png)</source>
        <translation>KeyLadder-Szenarien und -Abbildungen (*.json *.svg *.png)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>KeyLadder scenarios (*.json)</source>
        <translation>KeyLadder-Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved.</source>
        <translation>Das Szenario „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Zuerst speichern?</translation>
    </message>
    <message>
        <source>The scenario that was loaded before stays open.</source>
        <translation>Das zuvor geladene Szenario bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>vorheriger Schritt</translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation>erster / letzter Schritt</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>abspielen / anhalten</translation>
    </message>
    <message>
        <source>faster / slower</source>
        <translation>schneller / langsamer</translation>
    </message>
    <message>
        <source>zoom in / out</source>
        <translation>vergrößern / verkleinern</translation>
    </message>
    <message>
        <source>actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>open / save</source>
        <translation>öffnen / speichern</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG figure (*.svg)</source>
        <translation>SVG-Abbildung (*.svg)</translation>
    </message>
    <message>
        <source>PDF figure (*.pdf)</source>
        <translation>PDF-Abbildung (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Mermaid diagram (*.mmd)</source>
        <translation>Mermaid-Diagramm (*.mmd)</translation>
    </message>
    <message>
        <source>PlantUML diagram (*.puml)</source>
        <translation>PlantUML-Diagramm (*.puml)</translation>
    </message>
    <message>
        <source>ASCII ladder (*.txt)</source>
        <translation>ASCII-Leiterdiagramm (*.txt)</translation>
    </message>
    <message>
        <source>Trace JSON (*.json)</source>
        <translation>Trace-JSON (*.json)</translation>
    </message>
    <message>
        <source>export the diagram</source>
        <translation>das Diagramm exportieren</translation>
    </message>
    <message>
        <source>copy the diagram as an image</source>
        <translation>das Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Export one figure per step into a folder</source>
        <translation>Eine Abbildung pro Schritt in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>export one figure per step</source>
        <translation>eine Abbildung pro Schritt exportieren</translation>
    </message>
    <message>
        <source>side by side with another procedure</source>
        <translation>nebeneinander mit einem anderen Verfahren</translation>
    </message>
    <message>
        <source>evaluation matrix</source>
        <translation>Bewertungsmatrix</translation>
    </message>
    <message>
        <source>an analysis window full screen</source>
        <translation>ein Analysefenster im Vollbild</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>Prefer this group more</source>
        <translation>Diese Gruppe bevorzugen</translation>
    </message>
    <message>
        <source>Prefer this group less</source>
        <translation>Diese Gruppe zurückstufen</translation>
    </message>
    <message>
        <source>Hide other groups</source>
        <translation>Andere Gruppen ausblenden</translation>
    </message>
    <message>
        <source>Add groups…</source>
        <translation>Gruppen hinzufügen…</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Show or hide the values of keys and private values</source>
        <translation>Werte von Schlüsseln und privaten Werten zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Click an arrow or a box in the diagram to see what it carries.</source>
        <translation>Klicken Sie auf einen Pfeil oder einen Kasten im Diagramm, um zu sehen, was er enthält.</translation>
    </message>
    <message>
        <source>computed by %1</source>
        <translation>berechnet von %1</translation>
    </message>
    <message>
        <source>copied by the attacker</source>
        <translation>vom Angreifer kopiert</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustrativ</translation>
    </message>
    <message>
        <source>Not allocated by 3GPP: chosen by the proposal or by KeyLadder</source>
        <translation>Nicht von 3GPP vergeben: vom Vorschlag oder von KeyLadder gewählt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>Den Wert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>•••••••• (hidden; switch on Secrets to show)</source>
        <translation>•••••••• (verborgen; zum Anzeigen „Geheimnisse“ einschalten)</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Who knows what</source>
        <translation>Wer weiß was</translation>
    </message>
    <message numerus="yes">
        <source>(%n value(s))</source>
        <translation>
            <numerusform>(%n Wert)</numerusform>
            <numerusform>(%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide what this party knows</source>
        <translation>Zeigen oder verbergen, was diese Partei weiß</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>KeyLadder</source>
        <translation>KeyLadder</translation>
    </message>
    <message>
        <source>KeyLadder %1</source>
        <translation>KeyLadder %1</translation>
    </message>
    <message>
        <source>Computing… %1</source>
        <translation>Berechnung läuft… %1</translation>
    </message>
    <message>
        <source>Outcome: %1 · computed in %2 ms</source>
        <translation>Ergebnis: %1 · berechnet in %2 ms</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Kein Szenario</translation>
    </message>
    <message>
        <source>seeded RNG: deterministic — for teaching, not secure</source>
        <translation>RNG mit Startwert: deterministisch – für die Lehre, nicht sicher</translation>
    </message>
    <message>
        <source>zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>No scenario loaded</source>
        <translation>Kein Szenario geladen</translation>
    </message>
    <message>
        <source>Open a scenario (File › Open, or File › Examples).</source>
        <translation>Öffnen Sie ein Szenario (Datei › Öffnen oder Datei › Beispiele).</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
</context>
<context>
    <name>ScalingWindow</name>
    <message>
        <source>Discrete-log scaling</source>
        <translation>Skalierung des diskreten Logarithmus</translation>
    </message>
    <message>
        <source>Toy groups:</source>
        <translation>Spielzeuggruppen:</translation>
    </message>
    <message>
        <source>Budget per log:</source>
        <translation>Zeitbudget je Logarithmus:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>A discrete log not found within this time is shown as not found</source>
        <translation>Ein diskreter Logarithmus, der in dieser Zeit nicht gefunden wird, wird als nicht gefunden angezeigt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Solve one discrete log in each ticked toy group (F5)</source>
        <translation>In jeder angekreuzten Spielzeuggruppe einen diskreten Logarithmus berechnen (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The plot as SVG, PDF or PNG (Ctrl+E)</source>
        <translation>Das Diagramm als SVG, PDF oder PNG (Ctrl+E)</translation>
    </message>
    <message>
        <source>Solving discrete logs on this machine…</source>
        <translation>Diskrete Logarithmen werden auf diesem Rechner berechnet…</translation>
    </message>
    <message>
        <source>Tick toy groups and press Measure.</source>
        <translation>Kreuzen Sie Spielzeuggruppen an und klicken Sie auf „Messen“.</translation>
    </message>
    <message>
        <source>Measured here</source>
        <translation>Hier gemessen</translation>
    </message>
    <message>
        <source>%1: %2, %3 iterations</source>
        <translation>%1: %2, %3 Iterationen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: not found within the budget</source>
        <translation>%1: im Zeitbudget nicht gefunden</translation>
    </message>
    <message>
        <source>Real groups are extrapolated from the fastest measured rho rate on one core: Pollard rho or the number field sieve, whichever is cheaper. Records are published computations, in core-time.</source>
        <translation>Reale Gruppen werden aus der schnellsten gemessenen rho-Rate auf einem Kern hochgerechnet: Pollard rho oder das Zahlkörpersieb, je nachdem, was günstiger ist. Rekorde sind veröffentlichte Berechnungen, angegeben in Kernzeit.</translation>
    </message>
    <message>
        <source>Export the scaling plot</source>
        <translation>Skalierungsdiagramm exportieren</translation>
    </message>
    <message>
        <source>SVG figure (*.svg)</source>
        <translation>SVG-Abbildung (*.svg)</translation>
    </message>
    <message>
        <source>PDF figure (*.pdf)</source>
        <translation>PDF-Abbildung (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>D-H (the proposal)</source>
        <translation>D-H (der Vorschlag)</translation>
    </message>
    <message>
        <source>UE and gNB add a Diffie-Hellman exchange to the SgNB addition</source>
        <translation>UE und gNB ergänzen die SgNB-Hinzufügung um einen Diffie-Hellman-Austausch</translation>
    </message>
    <message>
        <source>Baseline (today&apos;s EN-DC)</source>
        <translation>Referenz (heutiges EN-DC)</translation>
    </message>
    <message>
        <source>S-KgNB = KDF(KeNB, sk-Counter), sent by the eNB to the gNB</source>
        <translation>S-KgNB = KDF(KeNB, sk-Counter), vom eNB an den gNB gesendet</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>none (the seed as written)</source>
        <translation>keine (der Vorschlag wie geschrieben)</translation>
    </message>
    <message>
        <source>combine with S-KgNB</source>
        <translation>mit S-KgNB kombinieren</translation>
    </message>
    <message>
        <source>replace S-KgNB</source>
        <translation>S-KgNB ersetzen</translation>
    </message>
    <message>
        <source>The proposal leaves the use of the D-H key FFS; combine and replace are illustrative (FC 0xF0/0xF1)</source>
        <translation>Der Vorschlag lässt die Verwendung des D-H-Schlüssels offen (FFS); Kombinieren und Ersetzen sind illustrativ (FC 0xF0/0xF1)</translation>
    </message>
    <message>
        <source>Fall back to baseline</source>
        <translation>Rückfall auf die Referenz</translation>
    </message>
    <message>
        <source>With no common group, carry on with today&apos;s procedure instead of rejecting (a bidding-down)</source>
        <translation>Ohne gemeinsame Gruppe mit dem heutigen Verfahren weitermachen statt abzulehnen (ein Bidding-down)</translation>
    </message>
    <message>
        <source>UE groups (in order)</source>
        <translation>UE-Gruppen (in Reihenfolge)</translation>
    </message>
    <message>
        <source>Minimum strength (bits)</source>
        <translation>Mindeststärke (Bit)</translation>
    </message>
    <message>
        <source>The UE refuses a selected group weaker than this (0: no policy)</source>
        <translation>Das UE lehnt eine gewählte Gruppe ab, die schwächer ist (0: keine Vorgabe)</translation>
    </message>
    <message>
        <source>gNB priority</source>
        <translation>gNB-Priorität</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>X2 protected (NDS/IP IPsec)</source>
        <translation>X2 geschützt (NDS/IP IPsec)</translation>
    </message>
    <message>
        <source>Attacker</source>
        <translation>Angreifer</translation>
    </message>
    <message>
        <source>tap Uu</source>
        <translation>Uu abhören</translation>
    </message>
    <message>
        <source>tap X2</source>
        <translation>X2 abhören</translation>
    </message>
    <message>
        <source>Leaked to the attacker</source>
        <translation>An den Angreifer gelangt</translation>
    </message>
    <message>
        <source>K / OPc</source>
        <translation>K / OPc</translation>
    </message>
    <message>
        <source>KeNB</source>
        <translation>KeNB</translation>
    </message>
    <message>
        <source>UE D-H priv.</source>
        <translation>UE-D-H priv.</translation>
    </message>
    <message>
        <source>gNB D-H priv.</source>
        <translation>gNB-D-H priv.</translation>
    </message>
    <message>
        <source>Leaks come after the session</source>
        <translation>Lecks erst nach der Sitzung</translation>
    </message>
    <message>
        <source>The attacker records the traffic now and obtains the keys later</source>
        <translation>Der Angreifer zeichnet den Verkehr jetzt auf und erhält die Schlüssel später</translation>
    </message>
    <message>
        <source>Active behaviour</source>
        <translation>Aktives Verhalten</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passiv</translation>
    </message>
    <message>
        <source>man in the middle on X2</source>
        <translation>Man-in-the-Middle auf X2</translation>
    </message>
    <message>
        <source>man in the middle on Uu</source>
        <translation>Man-in-the-Middle auf Uu</translation>
    </message>
    <message>
        <source>bidding-down on X2</source>
        <translation>Bidding-down auf X2</translation>
    </message>
    <message>
        <source>Randomness and data</source>
        <translation>Zufall und Daten</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>empty: system random</source>
        <translation>leer: System-Zufall</translation>
    </message>
    <message>
        <source>deterministic — for teaching, not secure</source>
        <translation>deterministisch – für die Lehre, nicht sicher</translation>
    </message>
    <message>
        <source>User data on NR</source>
        <translation>Nutzdaten auf NR</translation>
    </message>
</context>
<context>
    <name>StepListPanel</name>
    <message>
        <source>Start: the lifelines only</source>
        <translation>Start: nur die Lebenslinien</translation>
    </message>
    <message>
        <source>Go to step %1 (%2)</source>
        <translation>Zu Schritt %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StepToolBar</name>
    <message>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>Vorheriger Schritt (←)</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▷ Play</source>
        <translation>▷ Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (P)</source>
        <translation>Abspielen oder anhalten (P)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step (Space or →)</source>
        <translation>Nächster Schritt (Leertaste oder →)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
        <source>speed %1×</source>
        <translation>Tempo %1×</translation>
    </message>
    <message>
        <source>Playback speed (+ / −)</source>
        <translation>Abspieltempo (+ / −)</translation>
    </message>
    <message>
        <source>step %1 · %2 of %3</source>
        <translation>Schritt %1 · %2 von %3</translation>
    </message>
    <message>
        <source>start · 0 of %1</source>
        <translation>Start · 0 von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this run; the previous diagram stays</source>
        <translation>Diese Berechnung anhalten; das vorige Diagramm bleibt</translation>
    </message>
    <message>
        <source>Leave presenter</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast (F11)</source>
        <translation>Vollbild, große Schrift, hoher Kontrast (F11)</translation>
    </message>
    <message>
        <source>Theme: %1 (click to change)</source>
        <translation>Farbschema: %1 (zum Ändern klicken)</translation>
    </message>
    <message>
        <source>follow the system</source>
        <translation>wie das System</translation>
    </message>
    <message>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>It reads: “%1”</source>
        <translation>Er liest: „%1“</translation>
    </message>
    <message>
        <source>Outcome of the procedure: %1</source>
        <translation>Ergebnis des Verfahrens: %1</translation>
    </message>
</context>
<context>
    <name>keyladder::Attacker</name>
    <message>
        <source>IE 203 is inside NDS/IP on X2</source>
        <translation>IE 203 liegt auf X2 innerhalb von NDS/IP</translation>
    </message>
    <message>
        <source>X2 not tapped</source>
        <translation>X2 nicht abgehört</translation>
    </message>
    <message>
        <source>X2 unprotected but not tapped</source>
        <translation>X2 ungeschützt, aber nicht abgehört</translation>
    </message>
    <message>
        <source>sk-Counter unread</source>
        <translation>sk-Counter nicht gelesen</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, und %2</translation>
    </message>
    <message>
        <source>no K (or KeNB) leaked</source>
        <translation>kein K (oder KeNB) preisgegeben</translation>
    </message>
    <message>
        <source>K without RAND/AUTN (Uu not tapped)</source>
        <translation>K ohne RAND/AUTN (Uu nicht abgehört)</translation>
    </message>
    <message>
        <source>NAS COUNT not found</source>
        <translation>NAS COUNT nicht gefunden</translation>
    </message>
    <message>
        <source>KASME not derived</source>
        <translation>KASME nicht abgeleitet</translation>
    </message>
    <message>
        <source>KEi/KEr unseen (ciphered SRB1, NDS/IP on X2)</source>
        <translation>KEi/KEr nicht gesehen (SRB1 verschlüsselt, NDS/IP auf X2)</translation>
    </message>
    <message>
        <source>KEi/KEr unseen (ciphered SRB1)</source>
        <translation>KEi/KEr nicht gesehen (SRB1 verschlüsselt)</translation>
    </message>
    <message>
        <source>needs a D-H private value: %1</source>
        <translation>braucht einen privaten D-H-Wert: %1</translation>
    </message>
    <message>
        <source>the selected group is unknown</source>
        <translation>die gewählte Gruppe ist unbekannt</translation>
    </message>
    <message>
        <source>no S-KgNB: %1</source>
        <translation>kein S-KgNB: %1</translation>
    </message>
    <message>
        <source>no D-H key: %1</source>
        <translation>kein D-H-Schlüssel: %1</translation>
    </message>
    <message>
        <source>sk-Counter unknown</source>
        <translation>sk-Counter unbekannt</translation>
    </message>
    <message>
        <source>an input is wrong</source>
        <translation>eine Eingabe ist falsch</translation>
    </message>
    <message>
        <source>its forged RRCConnectionReconfiguration fails the UE&apos;s NIA2 integrity check (no K, so no KRRCint); the UE refused</source>
        <translation>seine gefälschte RRCConnectionReconfiguration besteht die NIA2-Integritätsprüfung des UE nicht (kein K, also kein KRRCint); das UE hat sie abgelehnt</translation>
    </message>
    <message>
        <source>no user data was sent: %1</source>
        <translation>es wurden keine Nutzdaten gesendet: %1</translation>
    </message>
    <message>
        <source>the NR user data was never captured (Uu not tapped)</source>
        <translation>die NR-Nutzdaten wurden nie mitgeschnitten (Uu nicht abgehört)</translation>
    </message>
    <message>
        <source>deciphering gives noise: a guessed input was wrong</source>
        <translation>Entschlüsseln ergibt Rauschen: eine geratene Eingabe war falsch</translation>
    </message>
    <message>
        <source>KUPenc not derived</source>
        <translation>KUPenc nicht abgeleitet</translation>
    </message>
    <message>
        <source>holds a wrong SgNB key</source>
        <translation>hat einen falschen SgNB-Schlüssel</translation>
    </message>
    <message>
        <source>needs KeNB and sk-Counter, or IE 203 on a readable X2: %1</source>
        <translation>braucht KeNB und sk-Counter oder IE 203 auf einem lesbaren X2: %1</translation>
    </message>
    <message>
        <source>not derived</source>
        <translation>nicht abgeleitet</translation>
    </message>
    <message>
        <source> (leaked after the session)</source>
        <translation> (nach der Sitzung preisgegeben)</translation>
    </message>
    <message>
        <source> (leaked)</source>
        <translation> (preisgegeben)</translation>
    </message>
    <message>
        <source> (seen in %1)</source>
        <translation> (gesehen in %1)</translation>
    </message>
    <message>
        <source> (guessed %1)</source>
        <translation> (geraten: %1)</translation>
    </message>
    <message>
        <source> (discrete log)</source>
        <translation> (diskreter Logarithmus)</translation>
    </message>
    <message>
        <source>not applicable: the network dropped D-H (fallback to the baseline)</source>
        <translation>entfällt: das Netz hat D-H fallen gelassen (Rückfall auf die Referenz)</translation>
    </message>
    <message>
        <source>not applicable: the baseline has no D-H exchange</source>
        <translation>entfällt: die Referenz hat keinen D-H-Austausch</translation>
    </message>
    <message>
        <source>holds a value that is not the UE&apos;s: %1</source>
        <translation>hat einen Wert, der nicht der des UE ist: %1</translation>
    </message>
    <message>
        <source>reads the user data: %1</source>
        <translation>liest die Nutzdaten: %1</translation>
    </message>
    <message>
        <source>. Active: %1</source>
        <translation>. Aktiv: %1</translation>
    </message>
    <message>
        <source>does not read the user data: %1</source>
        <translation>liest die Nutzdaten nicht: %1</translation>
    </message>
    <message>
        <source>%1: %2; not attempted</source>
        <translation>%1: %2; nicht versucht</translation>
    </message>
    <message>
        <source> (largest published record: %1, %2, %3)</source>
        <translation> (größter veröffentlichter Rekord: %1, %2, %3)</translation>
    </message>
    <message>
        <source>the leaked K does not match this subscriber: MAC-A of AUTN does not verify</source>
        <translation>das preisgegebene K gehört nicht zu diesem Teilnehmer: MAC-A von AUTN stimmt nicht</translation>
    </message>
    <message>
        <source>Milenage f1 check</source>
        <translation>Milenage-f1-Prüfung</translation>
    </message>
    <message>
        <source>MAC-A mismatch: K/OPc do not belong to this AUTN</source>
        <translation>MAC-A stimmt nicht: K/OPc gehören nicht zu diesem AUTN</translation>
    </message>
    <message>
        <source>no uplink NAS COUNT in 0..%1 reproduces the MAC-I of the SecurityModeCommand</source>
        <translation>kein Uplink-NAS-COUNT in 0..%1 reproduziert den MAC-I des SecurityModeCommand</translation>
    </message>
    <message>
        <source>confirmed: KRRCint from this KeNB reproduces the MAC-I of the SecurityModeCommand (NIA2), %1 value(s) tried</source>
        <translation>bestätigt: KRRCint aus diesem KeNB reproduziert den MAC-I des SecurityModeCommand (NIA2), %1 Wert(e) probiert</translation>
    </message>
    <message>
        <source>unconfirmed: no SecurityModeCommand captured to check it against</source>
        <translation>unbestätigt: kein SecurityModeCommand mitgeschnitten, an dem er sich prüfen ließe</translation>
    </message>
    <message>
        <source>small counter: NAS messages since the last AKA</source>
        <translation>kleiner Zähler: NAS-Nachrichten seit dem letzten AKA</translation>
    </message>
    <message>
        <source>NEA2 decipher + NIA2 check of %1</source>
        <translation>NEA2-Entschlüsselung + NIA2-Prüfung von %1</translation>
    </message>
    <message>
        <source>MAC-I does not verify: the keys are wrong, the content is not trusted</source>
        <translation>MAC-I stimmt nicht: die Schlüssel sind falsch, dem Inhalt ist nicht zu trauen</translation>
    </message>
    <message>
        <source>NEA2 decipher + NIA2 check: %1</source>
        <translation>NEA2-Entschlüsselung + NIA2-Prüfung: %1</translation>
    </message>
    <message>
        <source>NEA2 decipher of %1 (%2 bits), NIA2 MAC-I verified</source>
        <translation>NEA2-Entschlüsselung von %1 (%2 Bit), NIA2-MAC-I geprüft</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>no KEi: the D-H exchange was dropped, the SgNB key is S-KgNB as in the baseline</source>
        <translation>kein KEi: der D-H-Austausch ist entfallen, der SgNB-Schlüssel ist wie in der Referenz S-KgNB</translation>
    </message>
    <message>
        <source>small one-shot counter</source>
        <translation>kleiner einmaliger Zähler</translation>
    </message>
    <message>
        <source>confirmed: the resulting KUPenc deciphers the NR data to printable text, %1 value(s) tried</source>
        <translation>bestätigt: das resultierende KUPenc entschlüsselt die NR-Daten zu druckbarem Text, %1 Wert(e) probiert</translation>
    </message>
    <message>
        <source>sk-Counter of the first SgNB addition</source>
        <translation>sk-Counter der ersten SgNB-Hinzufügung</translation>
    </message>
    <message>
        <source>0 on initial configuration (srsRAN and OAI always send 0); not confirmed</source>
        <translation>0 bei der Erstkonfiguration (srsRAN und OAI senden immer 0); nicht bestätigt</translation>
    </message>
    <message>
        <source>discrete log of %1 in %2: not attempted</source>
        <translation>diskreter Logarithmus von %1 in %2: nicht versucht</translation>
    </message>
    <message>
        <source>group %1 has no finite-field parameters</source>
        <translation>Gruppe %1 hat keine Endlicher-Körper-Parameter</translation>
    </message>
    <message>
        <source>discrete log of %1: %2 iterations</source>
        <translation>diskreter Logarithmus von %1: %2 Iterationen</translation>
    </message>
    <message>
        <source>discrete log of %1 in %2 (%3)</source>
        <translation>diskreter Logarithmus von %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1: cancelled after %2</source>
        <translation>%1: nach %2 abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: not found within the budget of %2 (%3 iterations)</source>
        <translation>%1: im Zeitbudget von %2 nicht gefunden (%3 Iterationen)</translation>
    </message>
    <message>
        <source>out of budget</source>
        <translation>Zeitbudget erschöpft</translation>
    </message>
    <message>
        <source>%1: the value is not in the order-q subgroup</source>
        <translation>%1: der Wert liegt nicht in der Untergruppe der Ordnung q</translation>
    </message>
    <message>
        <source>not in the subgroup</source>
        <translation>nicht in der Untergruppe</translation>
    </message>
    <message>
        <source>%1: the exponent found does not reproduce %2</source>
        <translation>%1: der gefundene Exponent reproduziert %2 nicht</translation>
    </message>
    <message>
        <source>%1: g^x = %2 mod p, %3 iterations, %4</source>
        <translation>%1: g^x = %2 mod p, %3 Iterationen, %4</translation>
    </message>
    <message>
        <source>generated in %1</source>
        <translation>erzeugt in %1</translation>
    </message>
    <message>
        <source>public value of %1</source>
        <translation>öffentlicher Wert von %1</translation>
    </message>
    <message>
        <source>to share a D-H key with the UE</source>
        <translation>um einen D-H-Schlüssel mit dem UE zu teilen</translation>
    </message>
    <message>
        <source>KEi replaced by its own (one D-H key with the UE)</source>
        <translation>KEi durch das eigene ersetzt (ein D-H-Schlüssel mit dem UE)</translation>
    </message>
    <message>
        <source>to share a D-H key with the gNB</source>
        <translation>um einen D-H-Schlüssel mit dem gNB zu teilen</translation>
    </message>
    <message>
        <source>KEr replaced by its own (another D-H key with the gNB)</source>
        <translation>KEr durch das eigene ersetzt (ein weiterer D-H-Schlüssel mit dem gNB)</translation>
    </message>
    <message>
        <source>NR user data deciphered with the UE-side KUPenc, re-enciphered with the gNB-side one</source>
        <translation>NR-Nutzdaten mit dem UE-seitigen KUPenc entschlüsselt, mit dem gNB-seitigen neu verschlüsselt</translation>
    </message>
    <message>
        <source>UE D-H groups &apos;%1&apos; stripped to the weakest, %2 (%3-bit security)</source>
        <translation>D-H-Gruppen des UE &apos;%1&apos; auf die schwächste reduziert, %2 (%3-Bit-Sicherheit)</translation>
    </message>
    <message>
        <source>NEA2 decipher + NIA2 check in transit: %1</source>
        <translation>NEA2-Entschlüsselung + NIA2-Prüfung unterwegs: %1</translation>
    </message>
    <message>
        <source>NEA2 decipher of %1, NIA2 MAC-I verified</source>
        <translation>NEA2-Entschlüsselung von %1, NIA2-MAC-I geprüft</translation>
    </message>
    <message>
        <source>forged RRCConnectionReconfiguration</source>
        <translation>gefälschte RRCConnectionReconfiguration</translation>
    </message>
    <message>
        <source>forged without KRRCenc/KRRCint (no K): keys made up, MAC-I cannot verify</source>
        <translation>ohne KRRCenc/KRRCint gefälscht (kein K): Schlüssel erfunden, MAC-I kann nicht stimmen</translation>
    </message>
    <message>
        <source>false base station forged %1 without KRRCint (it does not hold K)</source>
        <translation>falsche Basisstation hat %1 ohne KRRCint gefälscht (sie hat kein K)</translation>
    </message>
    <message>
        <source>its forged %1 fails the UE&apos;s NIA2 integrity check (no K, so no KRRCint); the UE refused</source>
        <translation>sein gefälschtes %1 besteht die NIA2-Integritätsprüfung des UE nicht (kein K, also kein KRRCint); das UE hat abgelehnt</translation>
    </message>
    <message>
        <source>system information (PLMN identity, broadcast)</source>
        <translation>Systeminformation (PLMN-Kennung, per Broadcast)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>split AUTN = (SQN xor AK) || AMF || MAC-A</source>
        <translation>AUTN zerlegen = (SQN xor AK) || AMF || MAC-A</translation>
    </message>
    <message>
        <source>AUTN octets 0-5</source>
        <translation>AUTN-Oktette 0-5</translation>
    </message>
    <message>
        <source>AUTN octets 6-7</source>
        <translation>AUTN-Oktette 6-7</translation>
    </message>
    <message>
        <source>Milenage f1-f5 (MAC-A checked) -&gt; AK, SQN, RES, CK, IK</source>
        <translation>Milenage f1-f5 (MAC-A geprüft) -&gt; AK, SQN, RES, CK, IK</translation>
    </message>
    <message>
        <source>MAC-A of AUTN verified with f1: K matches this subscriber</source>
        <translation>MAC-A von AUTN mit f1 geprüft: K gehört zu diesem Teilnehmer</translation>
    </message>
    <message>
        <source>%1 agreement: own private (towards UE) with the UE&apos;s KEr</source>
        <translation>%1-Schlüsseleinigung: eigener privater Wert (zum UE) mit dem KEr des UE</translation>
    </message>
    <message>
        <source>%1 agreement: gNB private with KEr</source>
        <translation>%1-Schlüsseleinigung: privater Wert des gNB mit KEr</translation>
    </message>
    <message>
        <source>%1 agreement: UE private with KEi</source>
        <translation>%1-Schlüsseleinigung: privater Wert des UE mit KEi</translation>
    </message>
    <message>
        <source>agreement: own private (towards gNB) with the gNB&apos;s KEi</source>
        <translation>Schlüsseleinigung: eigener privater Wert (zum gNB) mit dem KEi des gNB</translation>
    </message>
    <message>
        <source>key usage none: the SgNB key is S-KgNB (the D-H key is not used)</source>
        <translation>Schlüsselnutzung keine: der SgNB-Schlüssel ist S-KgNB (der D-H-Schlüssel wird nicht genutzt)</translation>
    </message>
    <message>
        <source>baseline: the SgNB key is S-KgNB</source>
        <translation>Referenz: der SgNB-Schlüssel ist S-KgNB</translation>
    </message>
    <message>
        <source> (gNB side)</source>
        <translation> (gNB-Seite)</translation>
    </message>
    <message>
        <source>NEA0: the NR PDCP payload is the plaintext</source>
        <translation>NEA0: die NR-PDCP-Nutzlast ist der Klartext</translation>
    </message>
    <message>
        <source>NEA2 decipher of the NR user data (COUNT %1, BEARER %2, DIRECTION %3)</source>
        <translation>NEA2-Entschlüsselung der NR-Nutzdaten (COUNT %1, BEARER %2, DIRECTION %3)</translation>
    </message>
    <message>
        <source>not printable: a wrong key gives noise</source>
        <translation>nicht druckbar: ein falscher Schlüssel ergibt Rauschen</translation>
    </message>
</context>
<context>
    <name>keyladder::CostEstimate</name>
    <message>
        <source>A discrete log costs about 2^%1 group operations here (%2).</source>
        <translation>Ein diskreter Logarithmus kostet hier etwa 2^%1 Gruppenoperationen (%2).</translation>
    </message>
    <message>
        <source>A discrete log costs about 2^%1 operations here (%2).</source>
        <translation>Ein diskreter Logarithmus kostet hier etwa 2^%1 Operationen (%2).</translation>
    </message>
    <message>
        <source> Within reach of a laptop: the attacker computes it.</source>
        <translation> In Reichweite eines Laptops: der Angreifer berechnet ihn.</translation>
    </message>
    <message>
        <source> The largest prime-field discrete log computed so far is %1 bits (2019, about %2 core-years)</source>
        <translation> Der größte bisher berechnete diskrete Logarithmus in einem Primkörper hat %1 Bit (2019, etwa %2 Kernjahre)</translation>
    </message>
    <message>
        <source>%1 core-years</source>
        <translation>%1 Kernjahre</translation>
    </message>
    <message>
        <source>%1 of one core</source>
        <translation>%1 eines Kerns</translation>
    </message>
    <message>
        <source>; a %1-bit field would take about %2 at that pace.</source>
        <translation>; ein %1-Bit-Körper bräuchte in diesem Tempo etwa %2.</translation>
    </message>
    <message>
        <source>; here the subgroup, not the field, is the weak side.</source>
        <translation>; hier ist die Untergruppe, nicht der Körper, die schwache Seite.</translation>
    </message>
    <message>
        <source> Record elliptic-curve discrete logs are in 112- to 113-bit groups: secp112r1 (2009) took about 8.5e16 = 2^%1 point additions; this one is 2^%2 times more work.</source>
        <translation> Rekorde für diskrete Logarithmen auf elliptischen Kurven liegen bei Gruppen mit 112 bis 113 Bit: secp112r1 (2009) brauchte etwa 8.5e16 = 2^%1 Punktadditionen; dieser hier ist 2^%2-mal so viel Arbeit.</translation>
    </message>
</context>
<context>
    <name>keyladder::Engine</name>
    <message>
        <source> The attacker took the %1 off the link and delivered its own version to the %2, which now checks it with its own keys.</source>
        <translation> Der Angreifer hat die %1 von der Verbindung genommen und seine eigene Fassung an den %2 zugestellt, der sie nun mit seinen eigenen Schlüsseln prüft.</translation>
    </message>
    <message>
        <source>AKA: Authentication Request with RAND and AUTN in clear</source>
        <translation>AKA: Authentication Request mit RAND und AUTN im Klartext</translation>
    </message>
    <message>
        <source>The UE attached earlier. The MME/HSS runs Milenage on the subscriber&apos;s long-term key K with a fresh RAND, and sends RAND and AUTN in a NAS Authentication Request: in clear, because no security exists yet. The USIM checks AUTN (MAC-A), answers with RES, and both ends derive CK, IK and then KASME. Everything here follows from K and what crossed the air: whoever holds K can repeat every step.</source>
        <translation>Das UE hat sich zuvor angemeldet. MME/HSS berechnen Milenage mit dem Langzeitschlüssel K des Teilnehmers und einem frischen RAND und senden RAND und AUTN in einem NAS Authentication Request: im Klartext, denn noch gibt es keinen Schutz. Die USIM prüft AUTN (MAC-A), antwortet mit RES, und beide Seiten leiten CK, IK und daraus KASME ab. Alles hier folgt aus K und dem, was über die Luftschnittstelle ging: Wer K besitzt, kann jeden Schritt nachrechnen.</translation>
    </message>
    <message>
        <source>AS security: KeNB to the eNB, SecurityModeCommand</source>
        <translation>AS-Sicherheit: KeNB an den eNB, SecurityModeCommand</translation>
    </message>
    <message>
        <source>The MME derives KeNB from KASME and the uplink NAS COUNT and hands it to the eNB over S1 (IPsec). The eNB derives the RRC keys KRRCenc and KRRCint (FC 0x15) and starts AS security with a SecurityModeCommand: the chosen algorithms are in clear, integrity-protected with KRRCint. The UE derives the same keys from its own KASME and confirms. From now on SRB1 is ciphered and integrity protected. An attacker holding K can derive all of these keys too: the NAS COUNT is small and guessable.</source>
        <translation>Die MME leitet KeNB aus KASME und dem Uplink-NAS-COUNT ab und übergibt ihn über S1 (IPsec) an den eNB. Der eNB leitet die RRC-Schlüssel KRRCenc und KRRCint ab (FC 0x15) und startet die AS-Sicherheit mit einem SecurityModeCommand: Die gewählten Algorithmen stehen im Klartext, mit Integritätsschutz unter KRRCint. Das UE leitet dieselben Schlüssel aus seinem eigenen KASME ab und bestätigt. Ab jetzt ist SRB1 verschlüsselt und integritätsgeschützt. Ein Angreifer, der K besitzt, kann all diese Schlüssel ebenfalls ableiten: Der NAS-COUNT ist klein und erratbar.</translation>
    </message>
    <message>
        <source>eNB asks the gNB to be secondary node, with the UE&apos;s D-H groups</source>
        <translation>eNB bittet den gNB, Sekundärknoten zu werden, mit den D-H-Gruppen des UE</translation>
    </message>
    <message>
        <source>eNB asks the gNB to be secondary node, with S-KgNB</source>
        <translation>eNB bittet den gNB, Sekundärknoten zu werden, mit S-KgNB</translation>
    </message>
    <message>
        <source>The eNB (MeNB) derives S-KgNB from KeNB and sk-Counter, as today, and sends the SGNB ADDITION REQUEST over X2-C. Today it carries S-KgNB in IE 203 (SgNB Security Key); the proposal adds the UE&apos;s D-H capability groups, in the UE&apos;s order. </source>
        <translation>Der eNB (MeNB) leitet wie heute S-KgNB aus KeNB und sk-Counter ab und sendet den SGNB ADDITION REQUEST über X2-C. Heute trägt er S-KgNB in IE 203 (SgNB Security Key); der Vorschlag fügt die D-H-Fähigkeitsgruppen des UE hinzu, in der Reihenfolge des UE. </translation>
    </message>
    <message>
        <source>X2 is protected by NDS/IP: a tap sees only ESP.</source>
        <translation>X2 ist durch NDS/IP geschützt: Beim Abhören ist nur ESP zu sehen.</translation>
    </message>
    <message>
        <source>X2 is NOT protected: anyone on the link reads S-KgNB and the group list.</source>
        <translation>X2 ist NICHT geschützt: Jeder auf der Verbindung liest S-KgNB und die Gruppenliste.</translation>
    </message>
    <message>
        <source>The eNB (MeNB) derives S-KgNB = KDF(KeNB, sk-Counter) and sends it to the gNB in IE 203 of the SGNB ADDITION REQUEST. The eNB therefore always knows the key the gNB will use. </source>
        <translation>Der eNB (MeNB) leitet S-KgNB = KDF(KeNB, sk-Counter) ab und sendet ihn in IE 203 des SGNB ADDITION REQUEST an den gNB. Der eNB kennt daher stets den Schlüssel, den der gNB verwenden wird. </translation>
    </message>
    <message>
        <source>X2 is NOT protected: anyone on the link reads S-KgNB.</source>
        <translation>X2 ist NICHT geschützt: Jeder auf der Verbindung liest S-KgNB.</translation>
    </message>
    <message>
        <source>gNB accepts S-KgNB and chooses its NR algorithms</source>
        <translation>gNB übernimmt S-KgNB und wählt seine NR-Algorithmen</translation>
    </message>
    <message>
        <source>As today: the gNB chooses NR ciphering and integrity algorithms from the NR UE Security Capabilities and its own priority list, and will use the S-KgNB it received from the eNB. No D-H exchange.</source>
        <translation>Wie heute: Der gNB wählt NR-Verschlüsselungs- und Integritätsalgorithmen aus den NR UE Security Capabilities und seiner eigenen Prioritätsliste und verwendet den S-KgNB, den er vom eNB erhalten hat. Kein D-H-Austausch.</translation>
    </message>
    <message>
        <source>gNB selects a D-H group and makes KEi</source>
        <translation>gNB wählt eine D-H-Gruppe und erzeugt KEi</translation>
    </message>
    <message>
        <source>The gNB walks its own priority list and takes the first group the UE also supports (like the algorithm choice of TS 36.423 8.7.4.2). It then generates a fresh key pair in that group: KEi is the public half, the private value never leaves the gNB.</source>
        <translation>Der gNB geht seine eigene Prioritätsliste durch und nimmt die erste Gruppe, die auch das UE unterstützt (wie bei der Algorithmenwahl nach TS 36.423 8.7.4.2). Dann erzeugt er in dieser Gruppe ein frisches Schlüsselpaar: KEi ist der öffentliche Teil, der private Wert verlässt den gNB nie.</translation>
    </message>
    <message>
        <source>No common D-H group: the gNB falls back to the baseline (bidding-down)</source>
        <translation>Keine gemeinsame D-H-Gruppe: Der gNB fällt auf die Referenz zurück (Bidding-down)</translation>
    </message>
    <message>
        <source>No group is in both lists. The scenario allows a fallback, so the gNB carries on without D-H and uses the S-KgNB from IE 203, exactly as today. Nothing tells the UE that D-H was dropped: an attacker who can edit the group list on an unprotected X2 can force this bidding-down at will.</source>
        <translation>Keine Gruppe steht in beiden Listen. Das Szenario erlaubt einen Rückfall, also macht der gNB ohne D-H weiter und verwendet den S-KgNB aus IE 203, genau wie heute. Nichts teilt dem UE mit, dass D-H weggefallen ist: Ein Angreifer, der die Gruppenliste auf einem ungeschützten X2 ändern kann, kann dieses Bidding-down nach Belieben erzwingen.</translation>
    </message>
    <message>
        <source>No common D-H group</source>
        <translation>Keine gemeinsame D-H-Gruppe</translation>
    </message>
    <message>
        <source>gNB rejects: SGNB ADDITION REQUEST REJECT</source>
        <translation>gNB lehnt ab: SGNB ADDITION REQUEST REJECT</translation>
    </message>
    <message>
        <source>With no group in common the gNB cannot run the proposal and refuses the addition. The UE stays on LTE only; no NR leg is set up.</source>
        <translation>Ohne gemeinsame Gruppe kann der gNB den Vorschlag nicht ausführen und lehnt die Hinzufügung ab. Das UE bleibt nur auf LTE; es wird kein NR-Zweig aufgebaut.</translation>
    </message>
    <message>
        <source>gNB answers with the selected group and KEi</source>
        <translation>gNB antwortet mit der gewählten Gruppe und KEi</translation>
    </message>
    <message>
        <source>gNB acknowledges the addition</source>
        <translation>gNB bestätigt die Hinzufügung</translation>
    </message>
    <message>
        <source>The SGNB ADDITION REQUEST ACKNOWLEDGE carries the NR configuration for the UE (SgNB to MeNB Container, CG-Config) and, new with the proposal, the selected group and KEi. KEi is public: the eNB relays it and learns it, which is harmless for D-H.</source>
        <translation>Der SGNB ADDITION REQUEST ACKNOWLEDGE trägt die NR-Konfiguration für das UE (SgNB to MeNB Container, CG-Config) und, neu mit dem Vorschlag, die gewählte Gruppe und KEi. KEi ist öffentlich: Der eNB leitet ihn weiter und erfährt ihn dabei, was für D-H unschädlich ist.</translation>
    </message>
    <message>
        <source>The SGNB ADDITION REQUEST ACKNOWLEDGE carries the NR configuration for the UE (SgNB to MeNB Container, CG-Config).</source>
        <translation>Der SGNB ADDITION REQUEST ACKNOWLEDGE trägt die NR-Konfiguration für das UE (SgNB to MeNB Container, CG-Config).</translation>
    </message>
    <message>
        <source>eNB relays group and KEi to the UE (RRCConnectionReconfiguration)</source>
        <translation>eNB leitet Gruppe und KEi an das UE weiter (RRCConnectionReconfiguration)</translation>
    </message>
    <message>
        <source>eNB sends sk-Counter to the UE (RRCConnectionReconfiguration)</source>
        <translation>eNB sendet sk-Counter an das UE (RRCConnectionReconfiguration)</translation>
    </message>
    <message>
        <source>The eNB embeds the NR configuration in an RRCConnectionReconfiguration on SRB1, with sk-Counter so the UE can derive S-KgNB itself</source>
        <translation>Der eNB bettet die NR-Konfiguration in eine RRCConnectionReconfiguration auf SRB1 ein, mit sk-Counter, damit das UE S-KgNB selbst ableiten kann</translation>
    </message>
    <message>
        <source>, and, new with the proposal, the selected group and KEi. </source>
        <translation>, und, neu mit dem Vorschlag, die gewählte Gruppe und KEi. </translation>
    </message>
    <message>
        <source>SRB1 is ciphered with 128-NEA2 under KRRCenc and integrity protected with 128-NIA2 under KRRCint: a tap sees only ciphertext, but both keys come from K.</source>
        <translation>SRB1 ist mit 128-NEA2 unter KRRCenc verschlüsselt und mit 128-NIA2 unter KRRCint integritätsgeschützt: Beim Abhören ist nur Chiffretext zu sehen, aber beide Schlüssel stammen aus K.</translation>
    </message>
    <message>
        <source>SRB1 uses NEA0 (no ciphering): the content is readable on the air.</source>
        <translation>SRB1 verwendet NEA0 (keine Verschlüsselung): Der Inhalt ist auf der Luftschnittstelle lesbar.</translation>
    </message>
    <message>
        <source>UE confirms (RRCConnectionReconfigurationComplete)</source>
        <translation>UE bestätigt (RRCConnectionReconfigurationComplete)</translation>
    </message>
    <message>
        <source>The UE applies the NR configuration and confirms on SRB1.</source>
        <translation>Das UE übernimmt die NR-Konfiguration und bestätigt auf SRB1.</translation>
    </message>
    <message>
        <source> It offered D-H groups but got no KEi: nothing in the protocol tells it that the D-H exchange was dropped.</source>
        <translation> Es hat D-H-Gruppen angeboten, aber kein KEi erhalten: Nichts im Protokoll teilt ihm mit, dass der D-H-Austausch weggefallen ist.</translation>
    </message>
    <message>
        <source>UE checks KEi, makes KEr and derives the D-H key</source>
        <translation>UE prüft KEi, erzeugt KEr und leitet den D-H-Schlüssel ab</translation>
    </message>
    <message>
        <source>The UE checks that the group is one it offered and strong enough for its policy, validates KEi, generates its own key pair (KEr is the public half) and computes the D-H key from its private value and KEi. It answers with RRCConnectionReconfigurationComplete carrying KEr. The eNB relays both halves but cannot compute the D-H key: that needs one of the private values.</source>
        <translation>Das UE prüft, dass es die Gruppe angeboten hat und dass sie für seine Vorgaben stark genug ist, validiert KEi, erzeugt sein eigenes Schlüsselpaar (KEr ist der öffentliche Teil) und berechnet den D-H-Schlüssel aus seinem privaten Wert und KEi. Es antwortet mit einer RRCConnectionReconfigurationComplete, die KEr trägt. Der eNB leitet beide Hälften weiter, kann den D-H-Schlüssel aber nicht berechnen: Dazu braucht es einen der privaten Werte.</translation>
    </message>
    <message>
        <source>UE refuses a group it did not offer</source>
        <translation>UE lehnt eine Gruppe ab, die es nicht angeboten hat</translation>
    </message>
    <message>
        <source>UE refuses the group %1: weaker than its policy</source>
        <translation>UE lehnt die Gruppe %1 ab: schwächer als seine Vorgabe</translation>
    </message>
    <message>
        <source>The selected group gives only about %1 bits of security; the UE&apos;s policy asks for at least %2. It refuses the reconfiguration and re-establishes the RRC connection; the eNB releases the gNB. A minimum-strength policy is what stops a bidding-down of the group list.</source>
        <translation>Die gewählte Gruppe bietet nur etwa %1 Bit Sicherheit; die Vorgabe des UE verlangt mindestens %2. Es lehnt die Rekonfiguration ab und baut die RRC-Verbindung neu auf; der eNB gibt den gNB frei. Eine Mindeststärke ist es, die ein Bidding-down der Gruppenliste verhindert.</translation>
    </message>
    <message>
        <source>UE refuses KEi: %1 check failed</source>
        <translation>UE lehnt KEi ab: Prüfung „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>eNB relays KEr; the gNB derives the same D-H key</source>
        <translation>eNB leitet KEr weiter; der gNB leitet denselben D-H-Schlüssel ab</translation>
    </message>
    <message>
        <source>eNB confirms to the gNB</source>
        <translation>eNB bestätigt dem gNB</translation>
    </message>
    <message>
        <source>The SGNB RECONFIGURATION COMPLETE carries the UE&apos;s NR RRCReconfigurationComplete and, new with the proposal, KEr. The gNB validates KEr and computes the D-H key from its private value: the same key as the UE&apos;s, which neither the eNB nor a passive holder of K can compute.</source>
        <translation>Die SGNB RECONFIGURATION COMPLETE trägt die NR RRCReconfigurationComplete des UE und, neu mit dem Vorschlag, KEr. Der gNB validiert KEr und berechnet den D-H-Schlüssel aus seinem privaten Wert: denselben Schlüssel wie das UE, den weder der eNB noch ein passiver Besitzer von K berechnen kann.</translation>
    </message>
    <message>
        <source>The SGNB RECONFIGURATION COMPLETE tells the gNB that the UE applied the configuration.</source>
        <translation>Die SGNB RECONFIGURATION COMPLETE teilt dem gNB mit, dass das UE die Konfiguration übernommen hat.</translation>
    </message>
    <message>
        <source>gNB refuses KEr: %1 check failed</source>
        <translation>gNB lehnt KEr ab: Prüfung „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Both ends now derive the SgNB keys. The UE computes S-KgNB from KeNB and sk-Counter (the gNB got it in IE 203). </source>
        <translation>Beide Seiten leiten nun die SgNB-Schlüssel ab. Das UE berechnet S-KgNB aus KeNB und sk-Counter (der gNB hat ihn in IE 203 erhalten). </translation>
    </message>
    <message>
        <source>In the baseline the SgNB key is S-KgNB itself, which the eNB also knows and which follows from K. </source>
        <translation>In der Referenz ist der SgNB-Schlüssel S-KgNB selbst, den auch der eNB kennt und der aus K folgt. </translation>
    </message>
    <message>
        <source>Key usage &apos;none&apos; (the seed as written, &quot;how to use the D-H key is FFS&quot;): the D-H key is computed but not used, so the SgNB key is still S-KgNB and still follows from K. </source>
        <translation>Schlüsselverwendung „none“ (der Vorschlag wie geschrieben, „how to use the D-H key is FFS“): Der D-H-Schlüssel wird berechnet, aber nicht verwendet; der SgNB-Schlüssel ist also weiterhin S-KgNB und folgt weiterhin aus K. </translation>
    </message>
    <message>
        <source>Key usage &apos;combine&apos; (illustrative, FC 0xF0): S-KgNB&apos; = KDF(S-KgNB, D-H key, sk-Counter). It is secret if either input is: a passive attacker with K has S-KgNB but not the D-H key. </source>
        <translation>Schlüsselverwendung „combine“ (illustrativ, FC 0xF0): S-KgNB&apos; = KDF(S-KgNB, D-H-Schlüssel, sk-Counter). Er ist geheim, wenn eine der beiden Eingaben geheim ist: Ein passiver Angreifer mit K hat S-KgNB, aber nicht den D-H-Schlüssel. </translation>
    </message>
    <message>
        <source>Key usage &apos;replace&apos; (illustrative, FC 0xF1): S-KgNB&apos; = KDF(D-H key, sk-Counter). It no longer depends on the authenticated keys at all, so nothing binds it to the subscriber. </source>
        <translation>Schlüsselverwendung „replace“ (illustrativ, FC 0xF1): S-KgNB&apos; = KDF(D-H-Schlüssel, sk-Counter). Er hängt gar nicht mehr von den authentisierten Schlüsseln ab, also bindet ihn nichts an den Teilnehmer. </translation>
    </message>
    <message>
        <source>From the SgNB key the NR keys follow with FC 0x69: KUPenc for the user plane, KSgNB-RRC-enc and KSgNB-RRC-int for SRB3.</source>
        <translation>Aus dem SgNB-Schlüssel folgen die NR-Schlüssel mit FC 0x69 (Schlüsselableitung): KUPenc für die Nutzerebene, KSgNB-RRC-enc und KSgNB-RRC-int für SRB3.</translation>
    </message>
    <message>
        <source>UE and gNB derive the SgNB keys (key usage: %1)</source>
        <translation>UE und gNB leiten die SgNB-Schlüssel ab (Schlüsselverwendung: %1)</translation>
    </message>
    <message>
        <source>UE and gNB derive the SgNB keys from S-KgNB</source>
        <translation>UE und gNB leiten die SgNB-Schlüssel aus S-KgNB ab</translation>
    </message>
    <message>
        <source>UE sends user data on the NR leg</source>
        <translation>UE sendet Nutzdaten auf dem NR-Zweig</translation>
    </message>
    <message>
        <source>The UE sends its data on an NR DRB, </source>
        <translation>Das UE sendet seine Daten auf einem NR-DRB, </translation>
    </message>
    <message>
        <source>ciphered with 128-NEA2 under KUPenc (COUNT %1, BEARER %2, uplink). Whoever can read it must hold KUPenc, i.e. the SgNB key.</source>
        <translation>verschlüsselt mit 128-NEA2 unter KUPenc (COUNT %1, BEARER %2, Uplink). Wer sie lesen kann, muss KUPenc besitzen, also den SgNB-Schlüssel.</translation>
    </message>
    <message>
        <source>with NEA0: in clear.</source>
        <translation>mit NEA0: im Klartext.</translation>
    </message>
    <message>
        <source> The gNB deciphers it with its own KUPenc.</source>
        <translation> Der gNB entschlüsselt sie mit seinem eigenen KUPenc.</translation>
    </message>
    <message>
        <source>After the session: the attacker obtains the leaked keys</source>
        <translation>Nach der Sitzung: Der Angreifer erhält die durchgesickerten Schlüssel</translation>
    </message>
    <message>
        <source>The attacker recorded the traffic and gets the keys only now. Whatever it can still compute from the recording is what forward secrecy would have had to protect.</source>
        <translation>Der Angreifer hat den Verkehr aufgezeichnet und erhält die Schlüssel erst jetzt. Was er aus der Aufzeichnung noch berechnen kann, hätte Forward Secrecy schützen müssen.</translation>
    </message>
    <message>
        <source>compare RES with XRES</source>
        <translation>RES mit XRES vergleichen</translation>
    </message>
    <message>
        <source>choose NR algorithms</source>
        <translation>NR-Algorithmen wählen</translation>
    </message>
    <message>
        <source>select group: first of the gNB&apos;s priority list that the UE supports</source>
        <translation>Gruppe wählen: die erste der gNB-Prioritätsliste, die das UE unterstützt</translation>
    </message>
    <message>
        <source>generate key pair in %1</source>
        <translation>Schlüsselpaar erzeugen in %1</translation>
    </message>
    <message>
        <source>check the selected group against the UE&apos;s policy</source>
        <translation>gewählte Gruppe gegen die Vorgabe des UE prüfen</translation>
    </message>
    <message>
        <source>validate KEi</source>
        <translation>KEi validieren</translation>
    </message>
    <message>
        <source>validate KEi and agree: D-H key = %1 agreement</source>
        <translation>KEi validieren und vereinbaren: D-H-Schlüssel = %1-Vereinbarung</translation>
    </message>
    <message>
        <source>validate KEr and agree: D-H key = %1 agreement</source>
        <translation>KEr validieren und vereinbaren: D-H-Schlüssel = %1-Vereinbarung</translation>
    </message>
    <message>
        <source>no common D-H group: fell back to the baseline (a bidding-down)</source>
        <translation>keine gemeinsame D-H-Gruppe: Rückfall auf die Referenz (ein Bidding-down)</translation>
    </message>
    <message>
        <source>D-H key agreed in group %1; SgNB key: %2</source>
        <translation>D-H-Schlüssel in Gruppe %1 vereinbart; SgNB-Schlüssel: %2</translation>
    </message>
    <message>
        <source>S-KgNB (D-H key not used)</source>
        <translation>S-KgNB (D-H-Schlüssel nicht verwendet)</translation>
    </message>
    <message>
        <source>KDF(S-KgNB, D-H key) (combine)</source>
        <translation>KDF(S-KgNB, D-H-Schlüssel) (combine)</translation>
    </message>
    <message>
        <source>KDF(D-H key) (replace)</source>
        <translation>KDF(D-H-Schlüssel) (replace)</translation>
    </message>
    <message>
        <source>baseline: the gNB uses the S-KgNB it got from the eNB (IE 203)</source>
        <translation>Referenz: Der gNB verwendet den S-KgNB, den er vom eNB erhalten hat (IE 203)</translation>
    </message>
</context>
<context>
    <name>keyladder::EvaluationMatrix</name>
    <message>
        <source>Nothing leaked, Uu tapped</source>
        <translation>Nichts gestohlen, Uu abgehört</translation>
    </message>
    <message>
        <source>K leaked, passive (Uu tapped)</source>
        <translation>K gestohlen, passiv (Uu abgehört)</translation>
    </message>
    <message>
        <source>K leaked after the session (Uu recorded)</source>
        <translation>K nach der Sitzung gestohlen (Uu aufgezeichnet)</translation>
    </message>
    <message>
        <source>Unprotected X2 tapped (and Uu), nothing leaked</source>
        <translation>Ungeschütztes X2 (und Uu) abgehört, nichts gestohlen</translation>
    </message>
    <message>
        <source>X2 man in the middle (unprotected X2, Uu relayed), nothing leaked</source>
        <translation>Man in the Middle auf X2 (ungeschütztes X2, Uu weitergeleitet), nichts gestohlen</translation>
    </message>
    <message>
        <source>X2 man in the middle attempted on a protected X2</source>
        <translation>Man in the Middle auf einem geschützten X2 versucht</translation>
    </message>
    <message>
        <source>False base station relaying SRB1, K leaked</source>
        <translation>Falsche Basisstation leitet SRB1 weiter, K gestohlen</translation>
    </message>
    <message>
        <source>False base station relaying SRB1, nothing leaked</source>
        <translation>Falsche Basisstation leitet SRB1 weiter, nichts gestohlen</translation>
    </message>
    <message>
        <source>X2 group downgrade to the weakest group, K leaked</source>
        <translation>Herabstufung auf X2 zur schwächsten Gruppe, K gestohlen</translation>
    </message>
    <message>
        <source>X2 group downgrade, K leaked, UE minSecurityBits 112</source>
        <translation>Herabstufung auf X2, K gestohlen, UE minSecurityBits 112</translation>
    </message>
    <message>
        <source>Baseline (today)</source>
        <translation>Referenz (heute)</translation>
    </message>
    <message>
        <source>D-H, key not used</source>
        <translation>D-H, Schlüssel nicht verwendet</translation>
    </message>
    <message>
        <source>D-H, combine</source>
        <translation>D-H, kombiniert</translation>
    </message>
    <message>
        <source>D-H, replace</source>
        <translation>D-H, ersetzt</translation>
    </message>
</context>
<context>
    <name>keyladder::KnowledgeBase</name>
    <message>
        <source>own: %1</source>
        <translation>eigen: %1</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>received in %1</source>
        <translation>empfangen in %1</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>observed in %1</source>
        <translation>beobachtet in %1</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>leaked: %1</source>
        <translation>preisgegeben: %1</translation>
    </message>
    <message>
        <source>leaked</source>
        <translation>preisgegeben</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>geraten: %1</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>geraten</translation>
    </message>
    <message>
        <source>derived by %1</source>
        <translation>abgeleitet durch %1</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source> (step %1)</source>
        <translation> (Schritt %1)</translation>
    </message>
</context>
<context>
    <name>keyladder::app</name>
    <message>
        <source>taken off the link by the attacker</source>
        <translation>vom Angreifer von der Verbindung genommen</translation>
    </message>
    <message>
        <source>PDCP COUNT / BEARER / DIRECTION</source>
        <translation>PDCP COUNT / BEARER / DIRECTION</translation>
    </message>
    <message>
        <source>on the wire</source>
        <translation>auf der Leitung</translation>
    </message>
    <message>
        <source>illustrative, not allocated by 3GPP</source>
        <translation>illustrativ, nicht von 3GPP vergeben</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>undurchsichtig</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>lesbar</translation>
    </message>
    <message>
        <source>rejects %1</source>
        <translation>lehnt %1 ab</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No attacker in this scenario</source>
        <translation>Kein Angreifer in diesem Szenario</translation>
    </message>
    <message>
        <source>The attacker reads the user data</source>
        <translation>Der Angreifer liest die Nutzdaten</translation>
    </message>
    <message>
        <source>The attacker cannot read the user data</source>
        <translation>Der Angreifer kann die Nutzdaten nicht lesen</translation>
    </message>
    <message>
        <source>✔ %1: %2</source>
        <translation>✔ %1: %2</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>preparing the diagram</source>
        <translation>Diagramm wird vorbereitet</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>user plane</source>
        <translation>Nutzerebene</translation>
    </message>
    <message>
        <source>after the session</source>
        <translation>nach der Sitzung</translation>
    </message>
    <message>
        <source>established</source>
        <translation>aufgebaut</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>Integritätsschutz</translation>
    </message>
    <message>
        <source>ciphered + integrity</source>
        <translation>verschlüsselt + Integritätsschutz</translation>
    </message>
    <message>
        <source>ciphered</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>IPsec (NDS/IP)</source>
        <translation>IPsec (NDS/IP)</translation>
    </message>
</context>
<context>
    <name>keyladder::app::AnalysisController</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Cannot export: no file name was given.</source>
        <translation>Export nicht möglich: kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Nothing to export yet: the measurement has not run.</source>
        <translation>Noch nichts zu exportieren: Die Messung wurde noch nicht durchgeführt.</translation>
    </message>
    <message>
        <source>Cannot export %1: unknown format “.%2” (use .svg, .pdf or .png)</source>
        <translation>%1 kann nicht exportiert werden: unbekanntes Format „.%2“ (.svg, .pdf oder .png verwenden)</translation>
    </message>
    <message>
        <source>Cannot export %1: the figure could not be drawn.</source>
        <translation>%1 kann nicht exportiert werden: Die Abbildung konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot copy: there is no clipboard.</source>
        <translation>Kopieren nicht möglich: Es gibt keine Zwischenablage.</translation>
    </message>
    <message>
        <source>Copied the table as Markdown.</source>
        <translation>Die Tabelle wurde als Markdown kopiert.</translation>
    </message>
</context>
<context>
    <name>keyladder::app::ComparisonController</name>
    <message>
        <source>Baseline (today&apos;s EN-DC)</source>
        <translation>Referenz (heutiges EN-DC)</translation>
    </message>
    <message>
        <source>D-H, key not used</source>
        <translation>D-H, Schlüssel nicht verwendet</translation>
    </message>
    <message>
        <source>D-H, combined with S-KgNB</source>
        <translation>D-H, mit S-KgNB kombiniert</translation>
    </message>
    <message>
        <source>D-H, replaces S-KgNB</source>
        <translation>D-H, ersetzt S-KgNB</translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation>Vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source>Running both procedures</source>
        <translation>Beide Verfahren werden berechnet</translation>
    </message>
    <message>
        <source>D-H, combined</source>
        <translation>D-H, kombiniert</translation>
    </message>
    <message>
        <source>D-H, replacing S-KgNB</source>
        <translation>D-H, ersetzt S-KgNB</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>keyladder::app::CostController</name>
    <message>
        <source>Unknown group “%1”.</source>
        <translation>Unbekannte Gruppe „%1“.</translation>
    </message>
    <message>
        <source>Group %1 cannot be measured: %2</source>
        <translation>Gruppe %1 kann nicht gemessen werden: %2</translation>
    </message>
    <message>
        <source>Choose at least one group to measure.</source>
        <translation>Wählen Sie mindestens eine Gruppe zum Messen aus.</translation>
    </message>
    <message>
        <source>Measuring key generation and agreement</source>
        <translation>Schlüsselerzeugung und -vereinbarung werden gemessen</translation>
    </message>
    <message>
        <source>Nothing to export yet: the measurement has not run.</source>
        <translation>Noch nichts zu exportieren: Die Messung wurde noch nicht durchgeführt.</translation>
    </message>
    <message>
        <source>Nothing to copy yet: the measurement has not run.</source>
        <translation>Noch nichts zu kopieren: Die Messung wurde noch nicht durchgeführt.</translation>
    </message>
</context>
<context>
    <name>keyladder::app::EvaluationController</name>
    <message>
        <source>Choose at least one group to evaluate.</source>
        <translation>Wählen Sie mindestens eine Gruppe zum Bewerten aus.</translation>
    </message>
    <message>
        <source>Running every attacker situation against every procedure</source>
        <translation>Jede Angreifersituation wird gegen jedes Verfahren durchgespielt</translation>
    </message>
    <message>
        <source>Nothing to export yet: the evaluation has not run.</source>
        <translation>Noch nichts zu exportieren: Die Bewertung wurde noch nicht durchgeführt.</translation>
    </message>
    <message>
        <source>Cannot export %1: unknown format “.%2” (use .md, .csv or .html)</source>
        <translation>%1 kann nicht exportiert werden: unbekanntes Format „.%2“ (.md, .csv oder .html verwenden)</translation>
    </message>
    <message>
        <source>Nothing to copy yet: the evaluation has not run.</source>
        <translation>Noch nichts zu kopieren: Die Bewertung wurde noch nicht durchgeführt.</translation>
    </message>
</context>
<context>
    <name>keyladder::app::GroupCatalogModel</name>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 B · breakable live</source>
        <translation>%1 B · live brechbar</translation>
    </message>
    <message>
        <source>%1 B · ~%2-bit security</source>
        <translation>%1 B · ~%2 Bit Sicherheit</translation>
    </message>
</context>
<context>
    <name>keyladder::app::LadderLayout</name>
    <message>
        <source>forged by the attacker</source>
        <translation>vom Angreifer gefälscht</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>Abhören</translation>
    </message>
    <message>
        <source>tap %1</source>
        <translation>%1 abhören</translation>
    </message>
    <message>
        <source>eNB (MeNB)</source>
        <translation>eNB (MeNB)</translation>
    </message>
    <message>
        <source>gNB (SgNB)</source>
        <translation>gNB (SgNB)</translation>
    </message>
    <message>
        <source>MME / HSS</source>
        <translation>MME / HSS</translation>
    </message>
    <message>
        <source>Attacker</source>
        <translation>Angreifer</translation>
    </message>
</context>
<context>
    <name>keyladder::app::ScalingController</name>
    <message>
        <source>“%1” is not a toy group; only toy groups are measured.</source>
        <translation>„%1“ ist keine Spielzeuggruppe; gemessen werden nur Spielzeuggruppen.</translation>
    </message>
    <message>
        <source>Choose at least one toy group to measure.</source>
        <translation>Wählen Sie mindestens eine Spielzeuggruppe zum Messen aus.</translation>
    </message>
    <message>
        <source>Solving discrete logs in the toy groups</source>
        <translation>Diskrete Logarithmen in den Spielzeuggruppen werden berechnet</translation>
    </message>
</context>
<context>
    <name>keyladder::app::SessionController</name>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Press Space or → to step through the exchange.</source>
        <translation>Mit Leertaste oder → durch den Austausch gehen.</translation>
    </message>
    <message>
        <source>seed proposal: Diffie-Hellman between UE and gNB in EN-DC</source>
        <translation>Ausgangsvorschlag: Diffie-Hellman zwischen UE und gNB in EN-DC</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a valid scenario</source>
        <translation>%1 ist kein gültiges Szenario</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>running the exchange</source>
        <translation>Austausch wird berechnet</translation>
    </message>
    <message>
        <source>The run was cancelled; the previous diagram stays.</source>
        <translation>Die Berechnung wurde abgebrochen; das vorige Diagramm bleibt.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the scenario has not run.</source>
        <translation>Noch nichts zu exportieren: Das Szenario wurde noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Cannot export %1: unknown format “.%2” (use .svg, .pdf, .png, .mmd, .puml, .txt or .json)</source>
        <translation>%1 kann nicht exportiert werden: unbekanntes Format „.%2“ (.svg, .pdf, .png, .mmd, .puml, .txt oder .json verwenden)</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot export %1: the figure could not be drawn.</source>
        <translation>%1 kann nicht exportiert werden: Die Abbildung konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Nothing to copy yet: the scenario has not run.</source>
        <translation>Noch nichts zu kopieren: Das Szenario wurde noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Cannot copy the diagram: there is no clipboard.</source>
        <translation>Das Diagramm kann nicht kopiert werden: Es gibt keine Zwischenablage.</translation>
    </message>
    <message>
        <source>Cannot copy the diagram: it could not be drawn.</source>
        <translation>Das Diagramm kann nicht kopiert werden: Es konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot copy the diagram: %1</source>
        <translation>Das Diagramm kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>Diagramm in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Cannot export: no file name was given.</source>
        <translation>Export nicht möglich: kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>ein unbenanntes Szenario</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1 from %2</source>
        <translation>Die nicht gespeicherten Änderungen an %1 wurden aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Cannot export: no folder was given.</source>
        <translation>Export nicht möglich: kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>Cannot export the series: %1</source>
        <translation>Die Schrittserie kann nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files into %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>A step series is being exported; wait for it to finish.</source>
        <translation>Eine Schrittserie wird gerade exportiert; warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Exporting the step series…</source>
        <translation>Schrittserie wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the step series: %1 of %2…</source>
        <translation>Schrittserie wird exportiert: %1 von %2…</translation>
    </message>
</context>
<context>
    <name>keyladder::render::Comparison</name>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>D-H, %1</source>
        <translation>D-H, %1</translation>
    </message>
    <message>
        <source>only %1: %2</source>
        <translation>nur bei %1: %2</translation>
    </message>
    <message>
        <source>Both sides know the same values after this step.</source>
        <translation>Nach diesem Schritt kennen beide Seiten dieselben Werte.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Who knows what differs after step %1 of %2:</source>
        <translation>Wer was anders weiß, nach Schritt %1 von %2:</translation>
    </message>
</context>
<context>
    <name>keyladder::render::CostTable</name>
    <message>
        <source>Measured on this machine: median of %1 key generations and %1 agreements (the agreement includes the validation of the peer&apos;s public value), system RNG, one thread. Octets: the same scenario run with D-H and as the baseline, each message&apos;s wire size compared.</source>
        <translation>Gemessen auf diesem Rechner: Median von %1 Schlüsselerzeugungen und %1 Vereinbarungen (die Vereinbarung schließt die Prüfung des öffentlichen Werts der Gegenseite ein), System-Zufallsgenerator, ein Thread. Oktette: dasselbe Szenario mit D-H und als Referenz berechnet, die Größe jeder Nachricht auf der Leitung verglichen.</translation>
    </message>
    <message>
        <source>Cost of the D-H exchange per group</source>
        <translation>Kosten des D-H-Austauschs je Gruppe</translation>
    </message>
    <message>
        <source>Key generation and agreement time per group (log scale), octets added per message</source>
        <translation>Zeit für Schlüsselerzeugung und -vereinbarung je Gruppe (logarithmisch), zusätzliche Oktette je Nachricht</translation>
    </message>
    <message>
        <source>%1-bit security, %2-octet values</source>
        <translation>%1 Bit Sicherheit, Werte mit %2 Oktetten</translation>
    </message>
    <message>
        <source>keygen %1 µs</source>
        <translation>Erzeugung %1 µs</translation>
    </message>
    <message>
        <source>agree %1 µs</source>
        <translation>Vereinbarung %1 µs</translation>
    </message>
</context>
<context>
    <name>keyladder::render::DiagramPainter</name>
    <message>
        <source>up to step %1 (%2 of %3)</source>
        <translation>bis Schritt %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>before the first step</source>
        <translation>vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>deterministic RNG — for teaching, not secure</source>
        <translation>deterministischer Zufallsgenerator – für den Unterricht, nicht sicher</translation>
    </message>
    <message>
        <source>Secret values held after this step (do not publish real keys):</source>
        <translation>Geheime Werte nach diesem Schritt (echte Schlüssel nie veröffentlichen):</translation>
    </message>
</context>
<context>
    <name>keyladder::render::EmbeddedScenario</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: larger than a KeyLadder figure can be</source>
        <translation>%1: größer, als eine KeyLadder-Abbildung sein kann</translation>
    </message>
    <message>
        <source>%1: this PNG carries no KeyLadder scenario</source>
        <translation>%1: Dieses PNG enthält kein KeyLadder-Szenario</translation>
    </message>
    <message>
        <source>%1: this SVG carries no KeyLadder scenario</source>
        <translation>%1: Dieses SVG enthält kein KeyLadder-Szenario</translation>
    </message>
    <message>
        <source>%1: neither a PNG nor an SVG figure</source>
        <translation>%1: weder eine PNG- noch eine SVG-Abbildung</translation>
    </message>
</context>
<context>
    <name>keyladder::render::FigureExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected a .svg, .pdf or .png file name</source>
        <translation>%1: erwartet wird ein Dateiname auf .svg, .pdf oder .png</translation>
    </message>
    <message>
        <source>%1: the figure could not be drawn</source>
        <translation>%1: Die Abbildung konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>keyladder::render::MatrixTable</name>
    <message>
        <source>reads</source>
        <translation>liest</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Attacker situation</source>
        <translation>Angreifersituation</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>**reads**: the attacker reads the user data; safe: it does not; rejected: the negotiation failed.
</source>
        <translation>**liest**: Der Angreifer liest die Nutzdaten; sicher: Er liest sie nicht; abgelehnt: Die Aushandlung ist gescheitert.
</translation>
    </message>
</context>
<context>
    <name>keyladder::render::ScalingPlot</name>
    <message>
        <source>record %1 (%2)</source>
        <translation>Rekord %1 (%2)</translation>
    </message>
    <message>
        <source>Discrete-log time against group size</source>
        <translation>Zeit für den diskreten Logarithmus gegen die Gruppengröße</translation>
    </message>
    <message>
        <source>Discrete-log time against group size (log scales), measured here and extrapolated</source>
        <translation>Zeit für den diskreten Logarithmus gegen die Gruppengröße (logarithmisch), hier gemessen und hochgerechnet</translation>
    </message>
    <message>
        <source>1 s</source>
        <translation>1 s</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>age of the universe</source>
        <translation>Alter des Universums</translation>
    </message>
    <message>
        <source>group size in bits (p for finite fields, the field for curves)</source>
        <translation>Gruppengröße in Bit (p bei endlichen Körpern, der Körper bei Kurven)</translation>
    </message>
    <message>
        <source>● measured here (toy groups)   ○ finite field, extrapolated   □ curve, extrapolated (rho)   ◆ published record (core-time)</source>
        <translation>● hier gemessen (Spielzeuggruppen)   ○ endlicher Körper, hochgerechnet   □ Kurve, hochgerechnet (rho)   ◆ veröffentlichter Rekord (Kernzeit)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Step through Diffie-Hellman key negotiation in EN-DC and see what an attacker can compute.</source>
        <translation>Schritt für Schritt durch die Diffie-Hellman-Schlüsselaushandlung in EN-DC gehen und sehen, was ein Angreifer berechnen kann.</translation>
    </message>
    <message>
        <source>Open the scenario FILE.</source>
        <translation>Das Szenario FILE öffnen.</translation>
    </message>
    <message>
        <source>Start at step N.</source>
        <translation>Bei Schritt N beginnen.</translation>
    </message>
    <message>
        <source>Start in presenter mode.</source>
        <translation>Im Präsentationsmodus starten.</translation>
    </message>
    <message>
        <source>Render the window offscreen at the given step, write it to OUT.png and exit.</source>
        <translation>Das Fenster beim angegebenen Schritt ohne Bildschirm zeichnen, als OUT.png speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size WxH (default 1280x800).</source>
        <translation>Fenstergröße BxH (Vorgabe 1280x800).</translation>
    </message>
    <message>
        <source>Print the time to the first frame of the loaded diagram and exit.</source>
        <translation>Die Zeit bis zum ersten Bild des geladenen Diagramms ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Re-run the scenario, print the longest UI-thread stall meanwhile and exit.</source>
        <translation>Das Szenario neu berechnen, die längste Blockade des UI-Threads währenddessen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>--step needs a number &gt;= 0</source>
        <translation>--step braucht eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>--size needs WxH, e.g. 1920x1080</source>
        <translation>--size braucht BxH, z. B. 1920x1080</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no scenario to show</source>
        <translation>kein Szenario zum Anzeigen</translation>
    </message>
    <message>
        <source>the start-up self-test failed, so KeyLadder will not run: %1</source>
        <translation>der Selbsttest beim Start ist fehlgeschlagen, daher läuft KeyLadder nicht: %1</translation>
    </message>
    <message>
        <source>Open an analysis window: comparison, evaluation, costs or scaling (with --screenshot, that window is the one written).</source>
        <translation>Ein Analysefenster öffnen: comparison, evaluation, costs oder scaling (mit --screenshot wird dieses Fenster gespeichert).</translation>
    </message>
    <message>
        <source>--view needs comparison, evaluation, costs or scaling</source>
        <translation>--view braucht comparison, evaluation, costs oder scaling</translation>
    </message>
</context>
</TS>
