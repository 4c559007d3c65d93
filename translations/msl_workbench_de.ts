<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="32"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="34"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="39"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite-Speicher (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Fine-tune an LLM recommender with the Masked Softmax Loss.</source>
        <translation>Feinabstimmung eines LLM-Empfehlungssystems mit dem Masked Softmax Loss.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Create and open the demo workspace.</source>
        <translation>Den Demo-Arbeitsbereich anlegen und öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Demo workspace folder.</source>
        <translation>Ordner des Demo-Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>Open this dataset folder.</source>
        <translation>Diesen Datensatzordner öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>Experiment store file.</source>
        <translation>Datei des Experiment-Speichers.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>Page to show: workspace, train, masks, trie, recommendations, runs.</source>
        <translation>Anzuzeigende Seite: workspace, train, masks, trie, recommendations, runs.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="89"/>
        <source>Save the window as this PNG once the workspace is shown, then quit.</source>
        <translation>Das Fenster als diese PNG-Datei speichern, sobald der Arbeitsbereich angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Select every run of the store on the Runs page, save the charts of the loss, the row loss at τ, τ, the invalid mass and the validation NDCG@10 into this folder as PNG, then quit (after --screenshot, if given).</source>
        <translation>Auf der Seite „Läufe“ alle Läufe des Speichers auswählen, die Diagramme von Verlust, Zeilenverlust bei τ, τ, ungültiger Masse und Validierungs-NDCG@10 als PNG in diesen Ordner speichern und danach beenden (nach --screenshot, falls angegeben).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Once the workspace is shown, load this run of the store where a model is shown: Inspect masks and Model A of Recommendations, Model B its counterpart (--screenshot waits for both).</source>
        <translation>Sobald der Arbeitsbereich angezeigt wird, diesen Lauf des Speichers überall laden, wo ein Modell angezeigt wird: in „Masken prüfen“ und als Modell A der Empfehlungen, Modell B als sein Gegenstück (--screenshot wartet auf beide).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="109"/>
        <source>Once the workspace is shown, apply this preset on the Train page and start it (--screenshot waits for the run to end).</source>
        <translation>Sobald der Arbeitsbereich angezeigt wird, diese Vorgabe auf der Seite „Training“ anwenden und starten (--screenshot wartet auf das Ende des Laufs).</translation>
    </message>
</context>
<context>
    <name>msl::plots::ChartToolbar</name>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="19"/>
        <source>Log y</source>
        <translation>Log. y</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="23"/>
        <location filename="../plots/chart_toolbar.cpp" line="26"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="31"/>
        <source>Logarithmic y axis</source>
        <translation>Logarithmische y-Achse</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="34"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="35"/>
        <source>Wall time (s)</source>
        <translation>Uhrzeit (s)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="36"/>
        <source>X axis</source>
        <translation>x-Achse</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="42"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="43"/>
        <source>Show all data again (or double-click the chart)</source>
        <translation>Wieder alle Daten zeigen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="47"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="50"/>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="51"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="52"/>
        <source>Document (PDF)…</source>
        <translation>Dokument (PDF)…</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="53"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="54"/>
        <source>Vector image (SVG)…</source>
        <translation>Vektorgrafik (SVG)…</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="55"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="56"/>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="56"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>msl::plots::HeatmapChart</name>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="22"/>
        <source>Gradient norm per layer</source>
        <translation>Gradientennorm je Schicht</translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="26"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="28"/>
        <source>log10 gradient norm</source>
        <translation>log10 Gradientennorm</translation>
    </message>
</context>
<context>
    <name>msl::plots::LiveChart</name>
    <message>
        <location filename="../plots/live_chart.cpp" line="57"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="60"/>
        <location filename="../plots/live_chart.cpp" line="189"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="189"/>
        <source>Wall time (s)</source>
        <translation>Uhrzeit (s)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="201"/>
        <location filename="../plots/live_chart.cpp" line="204"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="209"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="214"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="233"/>
        <source>%1 at %2: %3 (smoothed %4)</source>
        <translation>%1 bei %2: %3 (geglättet %4)</translation>
    </message>
</context>
<context>
    <name>msl::plots::PlotExport</name>
    <message>
        <location filename="../plots/plot_export.cpp" line="40"/>
        <source>Cannot export %1: use a .png, .pdf or .svg file name.</source>
        <translation>%1 kann nicht exportiert werden: Verwenden Sie einen Dateinamen mit .png, .pdf oder .svg.</translation>
    </message>
    <message>
        <location filename="../plots/plot_export.cpp" line="45"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>msl::ui::BranchingNodeModel</name>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="32"/>
        <source>(start of title)</source>
        <translation>(Titelanfang)</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="50"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="52"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="54"/>
        <source>Valid next tokens</source>
        <translation>Gültige nächste Tokens</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="56"/>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="58"/>
        <source>Titles sharing the prefix</source>
        <translation>Titel mit diesem Präfix</translation>
    </message>
</context>
<context>
    <name>msl::ui::CatalogTrieView</name>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="22"/>
        <source>Depth (tokens from the start of the title)</source>
        <translation>Tiefe (Tokens ab Titelanfang)</translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="22"/>
        <source>Trie nodes</source>
        <translation>Trie-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="31"/>
        <source>Largest branching prefixes</source>
        <translation>Präfixe mit den meisten Verzweigungen</translation>
    </message>
</context>
<context>
    <name>msl::ui::ConfigDiffDialog</name>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="15"/>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="24"/>
        <source>Compare run configs</source>
        <translation>Laufkonfigurationen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="27"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="41"/>
        <source>The configs are the same.</source>
        <translation>Die Konfigurationen sind gleich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config_diff_dialog.cpp" line="42"/>
        <source>%n key(s) differ.</source>
        <translation>
            <numerusform>%n Schlüssel unterscheidet sich.</numerusform>
            <numerusform>%n Schlüssel unterscheiden sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msl::ui::ConfigFieldEditor</name>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="62"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="63"/>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="127"/>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="134"/>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="147"/>
        <source>%1 must be two numbers, e.g. 0.9, 0.999</source>
        <translation>%1 muss aus zwei Zahlen bestehen, z. B. 0.9, 0.999</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="178"/>
        <source>Tokenizer (tokenizer.json);;JSON (*.json)</source>
        <translation>Tokenizer (tokenizer.json);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>msl::ui::DemoPanel</name>
    <message>
        <location filename="../ui/demo_panel.cpp" line="19"/>
        <source>Train the demo r&amp;uns</source>
        <translation>Demo-Läufe &amp;trainieren</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="24"/>
        <source>LML, MSL and MSL+ATS on the demo workspace from the same initial weights, and the popularity, Markov, SASRec and same-series baselines, recorded in this store (mslw demo, a few minutes on a CPU)</source>
        <translation>LML, MSL und MSL+ATS auf dem Demo-Arbeitsbereich mit denselben Anfangsgewichten sowie die Baselines Popularität, Markov, SASRec und gleiche Reihe, aufgezeichnet in diesem Speicher (mslw demo, einige Minuten auf einer CPU)</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="28"/>
        <source>Cancel the demo runs</source>
        <translation>Demo-Läufe abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="85"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="97"/>
        <source>Starting the demo…</source>
        <translation>Demo wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="145"/>
        <source>The demo runs are in this store: select them to compare.</source>
        <translation>Die Demo-Läufe sind in diesem Speicher: Wählen Sie sie zum Vergleichen aus.</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="148"/>
        <source>Demo cancelled; the runs it finished stay in the store.</source>
        <translation>Demo abgebrochen; die bereits abgeschlossenen Läufe bleiben im Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="149"/>
        <source>The demo failed: %1</source>
        <translation>Die Demo ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>msl::ui::GeneratedTitleModel</name>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="42"/>
        <source>No catalog item has this title: the model invented it</source>
        <translation>Kein Katalogartikel hat diesen Titel: Das Modell hat ihn erfunden</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="51"/>
        <source>in catalog</source>
        <translation>im Katalog</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="51"/>
        <source>invented</source>
        <translation>erfunden</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="61"/>
        <source>Generated title</source>
        <translation>Erzeugter Titel</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="63"/>
        <source>First token p</source>
        <translation>p des ersten Tokens</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="65"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>msl::ui::HistoryModel</name>
    <message>
        <location filename="../ui/history_model.cpp" line="68"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/history_model.cpp" line="70"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>msl::ui::HistoryPanel</name>
    <message>
        <location filename="../ui/history_panel.cpp" line="25"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="28"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="34"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="36"/>
        <source>Add an item: id or title</source>
        <translation>Artikel hinzufügen: ID oder Titel</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="37"/>
        <source>Add item</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="39"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="53"/>
        <source>History (oldest first)</source>
        <translation>Verlauf (älteste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="79"/>
        <source>User %1&apos;s next item: %2 [%3]</source>
        <translation>Nächster Artikel von Nutzer %1: %2 [%3]</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="105"/>
        <source>&apos;%1&apos; is no item of the catalog; type an id or pick a title.</source>
        <translation>„%1“ ist kein Artikel des Katalogs; geben Sie eine ID ein oder wählen Sie einen Titel.</translation>
    </message>
</context>
<context>
    <name>msl::ui::InvalidTokenModel</name>
    <message>
        <location filename="../ui/invalid_token_model.cpp" line="55"/>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location filename="../ui/invalid_token_model.cpp" line="57"/>
        <source>Invalid token</source>
        <translation>Ungültiges Token</translation>
    </message>
    <message>
        <location filename="../ui/invalid_token_model.cpp" line="59"/>
        <source>Full softmax p</source>
        <translation>p (volles Softmax)</translation>
    </message>
</context>
<context>
    <name>msl::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/item_table_model.cpp" line="53"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="55"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="57"/>
        <source>Title tokens</source>
        <translation>Titel-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="59"/>
        <source>Items with this title</source>
        <translation>Artikel mit diesem Titel</translation>
    </message>
</context>
<context>
    <name>msl::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>MSL Workbench</source>
        <translation>MSL Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="51"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="53"/>
        <source>Inspect masks</source>
        <translation>Masken prüfen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="54"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="55"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="56"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="60"/>
        <source>Your dataset and model. Open a dataset folder, or create the demo workspace, to see its catalog, users and splits; pick the checkpoint and the device every page trains and evaluates on.</source>
        <translation>Ihr Datensatz und Ihr Modell. Öffnen Sie einen Datensatzordner oder legen Sie den Demo-Arbeitsbereich an, um Katalog, Nutzer und Aufteilungen zu sehen; wählen Sie den Checkpoint und das Gerät, mit denen jede Seite trainiert und evaluiert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="65"/>
        <source>Fine-tune the model with MSL, MSL+ATS or the plain language-modelling loss (LML). Pick a preset and press Start: loss, temperature, gradient norms, memory and evaluations update live. Under MSL+ATS the objective τ·ℓ climbs while ATS raises τ: the objective ÷ τ is the curve that falls as the model learns, and validation NDCG@10 says whether its recommendations improve.</source>
        <translation>Trainieren Sie das Modell mit MSL, MSL+ATS oder dem einfachen Sprachmodell-Verlust (LML) nach. Wählen Sie eine Vorgabe und drücken Sie „Start“: Verlust, Temperatur, Gradientennormen, Speicher und Evaluierungen werden live aktualisiert. Unter MSL+ATS steigt das Trainingsziel τ·ℓ, während ATS τ erhöht: Das Trainingsziel ÷ τ ist die Kurve, die fällt, während das Modell lernt, und der Validierungs-NDCG@10 zeigt, ob seine Empfehlungen besser werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="72"/>
        <source>Which next tokens are valid at each position of a target title: the catalog trie behind MSL&apos;s mask. Load a model to see how much probability it puts on the tokens the mask removes.</source>
        <translation>Welche nächsten Tokens an jeder Position eines Zieltitels gültig sind: der Katalog-Trie hinter der Maske von MSL. Laden Sie ein Modell, um zu sehen, wie viel Wahrscheinlichkeit es auf die Tokens legt, die die Maske entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>One user&apos;s history and the top titles of two models side by side: by default the run you trained and the run it is naturally compared with. Edit the history and both lists recompute.</source>
        <translation>Der Verlauf eines Nutzers und die besten Titel zweier Modelle nebeneinander: standardmäßig der Lauf, den Sie trainiert haben, und der Lauf, mit dem er naturgemäß verglichen wird. Bearbeiten Sie den Verlauf, und beide Listen werden neu berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="82"/>
        <source>Every run and baseline of this workspace&apos;s store. Select runs to chart any stored metric; the table compares their latest evaluations with a reference run, with paired tests. Add baselines fits popularity, Markov and SASRec on the training split.</source>
        <translation>Alle Läufe und Baselines im Speicher dieses Arbeitsbereichs. Wählen Sie Läufe aus, um eine beliebige gespeicherte Metrik darzustellen; die Tabelle vergleicht ihre neuesten Evaluierungen in gepaarten Tests mit einem Referenzlauf. „Baselines hinzufügen“ passt Popularität, Markov und SASRec auf der Trainingsaufteilung an.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102"/>
        <source>The workspace could not be opened.</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>Open a dataset folder or create the demo workspace.</source>
        <translation>Öffnen Sie einen Datensatzordner oder legen Sie den Demo-Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;Open dataset folder…</source>
        <translation>Datensatzordner &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="186"/>
        <source>Create &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Recent datasets</source>
        <translation>&amp;Zuletzt geöffnete Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Open &amp;checkpoint folder…</source>
        <translation>&amp;Checkpoint-Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>Create &amp;tiny model…</source>
        <translation>&amp;Kleines Modell anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="202"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Open experiment &amp;store…</source>
        <translation>Experiment-&amp;Speicher öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="207"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="213"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>Inspect &amp;masks</source>
        <translation>&amp;Masken prüfen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>Re&amp;commendations</source>
        <translation>&amp;Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227"/>
        <source>The &amp;method</source>
        <translation>Die &amp;Methode</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>Show page &amp;introductions</source>
        <translation>&amp;Einführungen der Seiten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>&amp;About MSL Workbench</source>
        <translation>Ü&amp;ber MSL Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>Open dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260"/>
        <source>Open experiment store</source>
        <translation>Experiment-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite-Speicher (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>Creating the demo workspace in %1…</source>
        <translation>Demo-Arbeitsbereich wird in %1 angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>MSL Workbench — %1</source>
        <translation>MSL Workbench — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>Opened %1 in %2 s.</source>
        <translation>%1 in %2 s geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>About MSL Workbench</source>
        <translation>Über MSL Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="353"/>
        <source>&lt;p&gt;&lt;b&gt;MSL Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Fine-tune an LLM as a recommender with the Masked Softmax Loss, and watch and debug training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MSL Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Feinabstimmung eines LLM als Empfehlungssystem mit dem Masked Softmax Loss; Training beobachten und debuggen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>msl::ui::MaskInspectorPage</name>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="42"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="46"/>
        <source>Invalid tokens the full softmax favours</source>
        <translation>Ungültige Tokens, die das volle Softmax bevorzugt</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="58"/>
        <source>&amp;Sample masks</source>
        <translation>&amp;Beispielmasken</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="59"/>
        <source>Catalog &amp;trie</source>
        <translation>Katalog-&amp;Trie</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="67"/>
        <location filename="../ui/mask_inspector_page.cpp" line="85"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="71"/>
        <source>Target title tokens</source>
        <translation>Tokens des Zieltitels</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="72"/>
        <location filename="../ui/mask_inspector_page.cpp" line="76"/>
        <source>Target position</source>
        <translation>Zielposition</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="72"/>
        <source>Valid tokens</source>
        <translation>Gültige Tokens</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="82"/>
        <source>Valid tokens at the position</source>
        <translation>Gültige Tokens an der Position</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="86"/>
        <source>Target tokens</source>
        <translation>Ziel-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="88"/>
        <source>Valid tokens at position</source>
        <translation>Gültige Tokens an Position</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="107"/>
        <source>Load a checkpoint or a stored run to see the model&apos;s probabilities.</source>
        <translation>Laden Sie einen Checkpoint oder einen gespeicherten Lauf, um die Wahrscheinlichkeiten des Modells zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="126"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="146"/>
        <source>Running the model on sample %1…</source>
        <translation>Modell wird auf Beispiel %1 ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="168"/>
        <source>The model&apos;s tokenizer splits this target differently from the workspace&apos;s tokenizer; its probabilities are not shown.</source>
        <translation>Der Tokenizer des Modells zerlegt dieses Ziel anders als der Tokenizer des Arbeitsbereichs; seine Wahrscheinlichkeiten werden nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="191"/>
        <source>Position %1: the target token has p = %2 under the masked softmax and %3 under the full softmax; invalid tokens hold %4 of the full softmax.</source>
        <translation>Position %1: Das Ziel-Token hat p = %2 unter dem maskierten Softmax und %3 unter dem vollen Softmax; ungültige Tokens halten %4 des vollen Softmax.</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="237"/>
        <source>vocabulary: %1</source>
        <translation>Vokabular: %1</translation>
    </message>
</context>
<context>
    <name>msl::ui::MethodDialog</name>
    <message>
        <location filename="../ui/method_dialog.cpp" line="18"/>
        <source>The method — MSL Workbench</source>
        <translation>Die Methode — MSL Workbench</translation>
    </message>
    <message>
        <location filename="../ui/method_dialog.cpp" line="23"/>
        <source>The description of the method is missing from this build.</source>
        <translation>Die Beschreibung der Methode fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../ui/method_dialog.cpp" line="27"/>
        <source>The method</source>
        <translation>Die Methode</translation>
    </message>
</context>
<context>
    <name>msl::ui::ModelFigures</name>
    <message>
        <location filename="../ui/model_figures.cpp" line="20"/>
        <source>%1 · %2 layers · hidden %3 · heads %4/%5 kv · vocabulary %6</source>
        <translation>%1 · %2 Schichten · hidden %3 · Heads %4/%5 kv · Vokabular %6</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="27"/>
        <source>%1 (%2 stored in %3 tensors)</source>
        <translation>%1 (%2 gespeichert in %3 Tensoren)</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="38"/>
        <source>inference %1 · LoRA training %2 (%3, 512 tokens)</source>
        <translation>Inferenz %1 · LoRA-Training %2 (%3, 512 Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="43"/>
        <source>unknown: the free memory of %1 cannot be read</source>
        <translation>unbekannt: Der freie Speicher von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="46"/>
        <source>yes: LoRA training needs %1 of the %2 free on %3</source>
        <translation>ja: LoRA-Training braucht %1 der %2 freien auf %3</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="47"/>
        <source>no: LoRA training needs %1, only %2 are free on %3</source>
        <translation>nein: LoRA-Training braucht %1, auf %3 sind nur %2 frei</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="57"/>
        <source>%1 — %2 (%3, %4 free)</source>
        <translation>%1 — %2 (%3, %4 frei)</translation>
    </message>
</context>
<context>
    <name>msl::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model_panel.cpp" line="31"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="33"/>
        <source>Open &amp;checkpoint…</source>
        <translation>&amp;Checkpoint öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="34"/>
        <source>Create &amp;tiny model…</source>
        <translation>&amp;Kleines Modell anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="36"/>
        <source>Recent chec&amp;kpoints</source>
        <translation>&amp;Zuletzt geöffnete Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="41"/>
        <location filename="../ui/model_panel.cpp" line="112"/>
        <source>Open checkpoint folder</source>
        <translation>Checkpoint-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="42"/>
        <source>A Hugging Face checkpoint folder: config.json and safetensors</source>
        <translation>Ein Hugging-Face-Checkpoint-Ordner: config.json und safetensors</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="43"/>
        <source>Create tiny model</source>
        <translation>Kleines Modell anlegen</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="44"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="45"/>
        <source>Recent checkpoints</source>
        <translation>Zuletzt geöffnete Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="48"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="50"/>
        <source>cpu</source>
        <translation>cpu</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="52"/>
        <source>Model progress</source>
        <translation>Modellfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="75"/>
        <source>Dev&amp;ice</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="76"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="77"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="78"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="79"/>
        <source>Memory estimate</source>
        <translation>Speicherschätzung</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="80"/>
        <source>Fits the device</source>
        <translation>Passt auf das Gerät</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="119"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="135"/>
        <source>Create tiny model in folder</source>
        <translation>Kleines Modell in Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="142"/>
        <source>Open a dataset with a tokenizer.json first: a model is made for its tokenizer.</source>
        <translation>Öffnen Sie zuerst einen Datensatz mit einer tokenizer.json: Ein Modell wird für dessen Tokenizer angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="153"/>
        <source>Creating a tiny model in %1…</source>
        <translation>Kleines Modell wird in %1 angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="165"/>
        <source>A randomly initialised Llama-style model (~0.1M body parameters) for %1</source>
        <translation>Ein zufällig initialisiertes Modell im Llama-Stil (~0,1 Mio. Rumpfparameter) für %1</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="167"/>
        <source>Open a dataset with a tokenizer.json first: a model is made for its tokenizer</source>
        <translation>Öffnen Sie zuerst einen Datensatz mit einer tokenizer.json: Ein Modell wird für dessen Tokenizer angelegt</translation>
    </message>
</context>
<context>
    <name>msl::ui::ModelSourcePicker</name>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="56"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="60"/>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="60"/>
        <source>Stored run</source>
        <translation>Gespeicherter Lauf</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="61"/>
        <source>%1: model source</source>
        <translation>%1: Modellquelle</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="62"/>
        <source>config.json, model.safetensors, tokenizer.json</source>
        <translation>config.json, model.safetensors, tokenizer.json</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="63"/>
        <source>LoRA adapter (optional)</source>
        <translation>LoRA-Adapter (optional)</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="64"/>
        <source>experiments.sqlite</source>
        <translation>experiments.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="65"/>
        <source>%1: checkpoint folder</source>
        <translation>%1: Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="66"/>
        <source>%1: LoRA adapter folder</source>
        <translation>%1: LoRA-Adapter-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="67"/>
        <source>%1: experiment store</source>
        <translation>%1: Experiment-Speicher</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="68"/>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="69"/>
        <source>%1: run</source>
        <translation>%1: Lauf</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="74"/>
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="75"/>
        <source>step </source>
        <translation>Schritt </translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="76"/>
        <source>%1: checkpoint step</source>
        <translation>%1: Checkpoint-Schritt</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="130"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="152"/>
        <source>%1 (run %2, %3)</source>
        <translation>%1 (Lauf %2, %3)</translation>
    </message>
</context>
<context>
    <name>msl::ui::PageIntro</name>
    <message>
        <location filename="../ui/page_intro.cpp" line="33"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location filename="../ui/page_intro.cpp" line="34"/>
        <source>Dismiss this page&apos;s introduction</source>
        <translation>Einführung dieser Seite ausblenden</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommendationColumn</name>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="49"/>
        <source>%1: constrained top-K</source>
        <translation>%1: eingeschränkte Top-K</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="51"/>
        <source>%1: unconstrained generation</source>
        <translation>%1: uneingeschränkte Generierung</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="86"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="108"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="135"/>
        <source>No known next item.</source>
        <translation>Kein bekannter nächster Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="137"/>
        <source>Next item at rank %1 of %2.</source>
        <translation>Nächster Artikel auf Rang %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="138"/>
        <source>Next item not in the top %1.</source>
        <translation>Nächster Artikel nicht unter den ersten %1.</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="139"/>
        <source>%1 %2 of %3 unconstrained titles are invented (%4 s).</source>
        <translation>%1 %2 von %3 uneingeschränkten Titeln sind erfunden (%4 s).</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommendationListModel</name>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="53"/>
        <source>The user&apos;s next item</source>
        <translation>Der nächste Artikel des Nutzers</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="81"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="83"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="85"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="87"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommendationsPage</name>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="40"/>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="41"/>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="49"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="50"/>
        <source>Per-user metrics</source>
        <translation>Metriken je Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="55"/>
        <source>Choose a stored run for model A first.</source>
        <translation>Wählen Sie zuerst einen gespeicherten Lauf für Modell A.</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="71"/>
        <location filename="../ui/recommendations_page.cpp" line="89"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="75"/>
        <source>Beams</source>
        <translation>Beams</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="76"/>
        <source>Full softmax, then mask (HF CBS)</source>
        <translation>Volles Softmax, dann maskieren (HF CBS)</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="78"/>
        <source>Masked softmax (as MSL trains)</source>
        <translation>Maskiertes Softmax (wie MSL trainiert)</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="79"/>
        <source>Masking variant</source>
        <translation>Maskierungsvariante</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="82"/>
        <source>Unconstrained generations</source>
        <translation>Uneingeschränkte Generierungen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="91"/>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="94"/>
        <source>Unconstrained</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="98"/>
        <source>Search user ids</source>
        <translation>Nutzer-IDs suchen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="100"/>
        <source>Search users</source>
        <translation>Nutzer suchen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="106"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommenderLoader</name>
    <message>
        <location filename="../ui/recommender_loader.cpp" line="30"/>
        <source>, step %1</source>
        <translation>, Schritt %1</translation>
    </message>
    <message>
        <location filename="../ui/recommender_loader.cpp" line="31"/>
        <source>%1%2 on %3</source>
        <translation>%1%2 auf %3</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunConfigBar</name>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="18"/>
        <source>Paper: Book</source>
        <translation>Paper: Book</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="19"/>
        <source>Paper: Toy</source>
        <translation>Paper: Toy</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="20"/>
        <source>Quick CPU demo</source>
        <translation>Schnelle CPU-Demo</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="32"/>
        <source>Apply preset</source>
        <translation>Voreinstellung anwenden</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="34"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="36"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="38"/>
        <source>Clone run…</source>
        <translation>Lauf klonen…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="39"/>
        <source>Fill the form with a stored run&apos;s config</source>
        <translation>Das Formular mit der Konfiguration eines gespeicherten Laufs füllen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="41"/>
        <source>Compare with run…</source>
        <translation>Mit Lauf vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="42"/>
        <source>What differs between this form and a stored run&apos;s config</source>
        <translation>Was sich zwischen diesem Formular und der Konfiguration eines gespeicherten Laufs unterscheidet</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="44"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunConfigFields</name>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="33"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="34"/>
        <source>Run name in the store; empty: data folder and loss</source>
        <translation>Name des Laufs im Speicher; leer: Datenordner und Verlust</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="35"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="36"/>
        <source>Checkpoints go to &lt;folder&gt;/run-&lt;id&gt;-&lt;store&gt;; relative to the store&apos;s folder</source>
        <translation>Checkpoints werden in &lt;Ordner&gt;/run-&lt;id&gt;-&lt;Speicher&gt; abgelegt; relativ zum Ordner des Speichers</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="37"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="38"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="39"/>
        <source>Train split</source>
        <translation>Trainingsaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="40"/>
        <source>Validation split</source>
        <translation>Validierungsaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="41"/>
        <source>Test split</source>
        <translation>Testaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="42"/>
        <source>Cutoff length</source>
        <translation>Maximale Länge</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="43"/>
        <source>Prompt + target tokens; the oldest history items are dropped, never the target</source>
        <translation>Prompt- + Ziel-Tokens; die ältesten Verlaufsartikel werden verworfen, nie das Ziel</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="44"/>
        <source>Length bucketing</source>
        <translation>Längen-Bucketing</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="45"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="46"/>
        <source>Create a random model</source>
        <translation>Zufälliges Modell anlegen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="47"/>
        <source>Train a randomly initialised model instead of loading a checkpoint</source>
        <translation>Ein zufällig initialisiertes Modell trainieren, statt einen Checkpoint zu laden</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="48"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="49"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="50"/>
        <source>Creation seed</source>
        <translation>Seed für die Erzeugung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="51"/>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="52"/>
        <source>Hugging Face folder with config.json and model.safetensors</source>
        <translation>Hugging-Face-Ordner mit config.json und model.safetensors</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="53"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="53"/>
        <source>tokenizer.json; empty: the checkpoint&apos;s</source>
        <translation>tokenizer.json; leer: der des Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="54"/>
        <source>Tokenizer vocabulary</source>
        <translation>Tokenizer-Vokabular</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="55"/>
        <source>Created model without a tokenizer: BPE of this size trained on the train split</source>
        <translation>Angelegtes Modell ohne Tokenizer: BPE dieser Größe, trainiert auf der Trainingsaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="56"/>
        <location filename="../ui/run_config_fields.cpp" line="57"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="58"/>
        <source>lml: full-vocabulary softmax; msl: softmax over the valid tokens; msl_ats: MSL with the adaptive temperature</source>
        <translation>lml: Softmax über das ganze Vokabular; msl: Softmax über die gültigen Tokens; msl_ats: MSL mit adaptiver Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="60"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="60"/>
        <source>Temperature of LML/MSL; initial τ of ATS</source>
        <translation>Temperatur von LML/MSL; anfängliches τ von ATS</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="61"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="61"/>
        <source>ATS: n·η must exceed 1</source>
        <translation>ATS: n·η muss größer als 1 sein</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="62"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="62"/>
        <source>ATS: weight of the new estimate in the EMA</source>
        <translation>ATS: Gewicht der neuen Schätzung im EMA</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="63"/>
        <source>ATS warm-up steps</source>
        <translation>ATS-Aufwärmschritte</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="64"/>
        <source>Minimum τ</source>
        <translation>Minimales τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="65"/>
        <source>Maximum τ</source>
        <translation>Maximales τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="66"/>
        <source>ATS rows</source>
        <translation>ATS-Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="67"/>
        <source>Single-token rows</source>
        <translation>Einzel-Token-Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="68"/>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="69"/>
        <source>Invalid mass every</source>
        <translation>Ungültige Masse alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="70"/>
        <source>Measure the probability on invalid tokens every k steps; 0 = never</source>
        <translation>Die Wahrscheinlichkeit auf ungültigen Tokens alle k Schritte messen; 0 = nie</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="71"/>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="72"/>
        <source>LoRA (off: full fine-tuning)</source>
        <translation>LoRA (aus: vollständiges Fine-Tuning)</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="73"/>
        <source>Rank r</source>
        <translation>Rang r</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="74"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="75"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="76"/>
        <source>Targets</source>
        <translation>Zielmodule</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="76"/>
        <source>Comma-separated projection names</source>
        <translation>Kommagetrennte Namen der Projektionen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="77"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="78"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="79"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="80"/>
        <source>Betas</source>
        <translation>Betas</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="80"/>
        <source>Two numbers, e.g. 0.9, 0.999</source>
        <translation>Zwei Zahlen, z. B. 0.9, 0.999</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="81"/>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="82"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="83"/>
        <source>Warm-up steps</source>
        <translation>Aufwärmschritte</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="84"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="85"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="86"/>
        <source>Gradient accumulation</source>
        <translation>Gradientenakkumulation</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="87"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="88"/>
        <source>Max steps</source>
        <translation>Max. Schritte</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="89"/>
        <source>&gt; 0 stops there and sets the schedule&apos;s length; 0 = by epochs</source>
        <translation>&gt; 0 hält dort an und legt die Länge des Zeitplans fest; 0 = nach Epochen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="90"/>
        <source>Clip norm</source>
        <translation>Clipping-Norm</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="90"/>
        <source>0 = no clipping</source>
        <translation>0 = kein Clipping</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="91"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="92"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="92"/>
        <source>Steps; 0 = only at epoch ends</source>
        <translation>Schritte; 0 = nur am Epochenende</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="93"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="94"/>
        <source>auto (the Workspace page&apos;s choice), cpu, cuda or cuda:N</source>
        <translation>auto (die Auswahl der Seite Arbeitsbereich), cpu, cuda oder cuda:N</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="95"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="96"/>
        <source>auto: bf16 on CUDA, fp32 on the CPU. LoRA in bf16 stores the base weights in bf16; full fine-tuning keeps fp32 master weights and computes in bf16 (autocast). Adapters, optimizer and loss stay fp32</source>
        <translation>auto: bf16 auf CUDA, fp32 auf der CPU. LoRA in bf16 speichert die Basisgewichte in bf16; volles Fine-Tuning behält fp32-Mastergewichte und rechnet in bf16 (Autocast). Adapter, Optimierer und Verlust bleiben fp32</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="99"/>
        <source>Activation checkpointing</source>
        <translation>Aktivierungs-Checkpointing</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="100"/>
        <source>Recompute each layer in backward: less memory, about a third more compute</source>
        <translation>Jede Schicht im Rückwärtsdurchlauf neu berechnen: weniger Speicher, etwa ein Drittel mehr Rechenaufwand</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="101"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="102"/>
        <source>Evaluate every</source>
        <translation>Evaluieren alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="102"/>
        <source>Steps; 0 = never during training</source>
        <translation>Schritte; 0 = nie während des Trainings</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="103"/>
        <source>Subset</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="103"/>
        <source>Validation samples per evaluation; 0 = all</source>
        <translation>Validierungsbeispiele je Evaluierung; 0 = alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="104"/>
        <source>Subset seed</source>
        <translation>Seed der Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="105"/>
        <source>The same seed picks the same samples in every run</source>
        <translation>Derselbe Seed wählt in jedem Lauf dieselben Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="106"/>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="106"/>
        <source>The split evaluated in full after training</source>
        <translation>Die nach dem Training vollständig evaluierte Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="107"/>
        <source>Beams</source>
        <translation>Beams</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="107"/>
        <source>Beam width = titles returned</source>
        <translation>Beam-Breite = Anzahl zurückgegebener Titel</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="108"/>
        <source>Masking</source>
        <translation>Maskierung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="109"/>
        <source>full_softmax_then_mask: the paper&apos;s CBS; masked_softmax: the distribution MSL trains</source>
        <translation>full_softmax_then_mask: das CBS des Papers; masked_softmax: die Verteilung, die MSL trainiert</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="111"/>
        <source>Users per batch</source>
        <translation>Nutzer je Batch</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunPickerDialog</name>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="20"/>
        <source>Reading the experiment store…</source>
        <translation>Experiment-Speicher wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="63"/>
        <source>No run of the store fits.</source>
        <translation>Kein Lauf des Speichers passt.</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="63"/>
        <source>Choose a run.</source>
        <translation>Wählen Sie einen Lauf.</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunQuantity</name>
    <message>
        <location filename="../ui/run_quantity.cpp" line="24"/>
        <source>Loss (the objective)</source>
        <translation>Verlust (das Trainingsziel)</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="27"/>
        <source>Masked cross-entropy at τ = 1</source>
        <translation>Maskierte Kreuzentropie bei τ = 1</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="30"/>
        <source>Temperature τ</source>
        <translation>Temperatur τ</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="33"/>
        <source>Invalid probability mass</source>
        <translation>Ungültige Wahrscheinlichkeitsmasse</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="36"/>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="39"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="42"/>
        <source>Tokens per second</source>
        <translation>Tokens pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="52"/>
        <source>Row loss at the run&apos;s τ (objective ÷ τ under ATS)</source>
        <translation>Zeilenverlust beim τ des Laufs (Trainingsziel ÷ τ unter ATS)</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="75"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunTableModel</name>
    <message>
        <location filename="../ui/run_table_model.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="83"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="85"/>
        <source>Last loss</source>
        <translation>Letzter Verlust</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="87"/>
        <source>Best NDCG@10</source>
        <translation>Bester NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="89"/>
        <source>Last NDCG@10</source>
        <translation>Letzter NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="91"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="93"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="95"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs_page.cpp" line="51"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="52"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="53"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="54"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="55"/>
        <source>Add &amp;baselines</source>
        <translation>&amp;Baselines hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="56"/>
        <source>Add baseline runs</source>
        <translation>Baseline-Läufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="58"/>
        <source>Popularity, Markov and SASRec on the workspace&apos;s dataset, evaluated on its test split as the runs are, recorded beside them</source>
        <translation>Popularität, Markov und SASRec auf dem Datensatz des Arbeitsbereichs, wie die Läufe auf seiner Testaufteilung evaluiert und neben ihnen aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="63"/>
        <source>Refresh runs</source>
        <translation>Läufe aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="64"/>
        <location filename="../ui/runs_page.cpp" line="431"/>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="65"/>
        <location filename="../ui/runs_page.cpp" line="440"/>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="66"/>
        <location filename="../ui/runs_page.cpp" line="456"/>
        <source>Export run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="81"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="92"/>
        <source>Quantity to chart</source>
        <translation>Darzustellende Größe</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="94"/>
        <source>What the chart overlays for the selected runs. Runs of different loss kinds or temperatures compare on the masked cross-entropy at τ = 1 and on validation NDCG@10.</source>
        <translation>Was das Diagramm für die ausgewählten Läufe übereinanderlegt. Läufe mit verschiedenen Verlustarten oder Temperaturen lassen sich über die maskierte Kreuzentropie bei τ = 1 und den Validierungs-NDCG@10 vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="100"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="101"/>
        <source>valid</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="102"/>
        <source>Split compared</source>
        <translation>Verglichene Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="103"/>
        <source>Reference run</source>
        <translation>Referenzlauf</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="105"/>
        <source>Differences and p-values are against this run, on the same samples (paired Wilcoxon signed-rank test, as mslw compare)</source>
        <translation>Differenzen und p-Werte beziehen sich auf diesen Lauf, auf denselben Beispielen (gepaarter Wilcoxon-Vorzeichen-Rang-Test, wie mslw compare)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="113"/>
        <source>HR@10</source>
        <translation>HR@10</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="113"/>
        <source>Δ HR@10</source>
        <translation>Δ HR@10</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="113"/>
        <source>p (HR@10)</source>
        <translation>p (HR@10)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="113"/>
        <source>NDCG@10</source>
        <translation>NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="114"/>
        <source>Δ NDCG@10</source>
        <translation>Δ NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="114"/>
        <source>p (NDCG@10)</source>
        <translation>p (NDCG@10)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="120"/>
        <source>Comparison of the selected runs</source>
        <translation>Vergleich der ausgewählten Läufe</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="135"/>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="148"/>
        <source>Ch&amp;art:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="159"/>
        <source>Latest evaluation of</source>
        <translation>Neueste Evaluierung auf</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="161"/>
        <source>against</source>
        <translation>verglichen mit</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="206"/>
        <source>Fitting and evaluating the baselines on %1…</source>
        <translation>Baselines werden auf %1 angepasst und evaluiert…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="312"/>
        <location filename="../ui/runs_page.cpp" line="368"/>
        <location filename="../ui/runs_page.cpp" line="394"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="398"/>
        <location filename="../ui/runs_page.cpp" line="400"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="411"/>
        <source>Wilcoxon signed-rank p %1, paired t-test p %2</source>
        <translation>Wilcoxon-Vorzeichen-Rang-Test p %1, gepaarter t-Test p %2</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="425"/>
        <source>Select one run to rename.</source>
        <translation>Wählen Sie einen Lauf zum Umbenennen.</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="431"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs_page.cpp" line="441"/>
        <source>Delete %n run(s) with all their steps, evaluations and checkpoint records? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf mit allen Schritten, Evaluierungen und Checkpoint-Einträgen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Läufe mit allen Schritten, Evaluierungen und Checkpoint-Einträgen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="452"/>
        <source>Select one run to export.</source>
        <translation>Wählen Sie einen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="456"/>
        <source>run-%1.csv</source>
        <translation>run-%1.csv</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="456"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>msl::ui::SampleListModel</name>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="46"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="48"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="50"/>
        <source>Target title</source>
        <translation>Zieltitel</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="52"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>msl::ui::SampleListPanel</name>
    <message>
        <location filename="../ui/sample_list_panel.cpp" line="21"/>
        <source>Search users or target titles</source>
        <translation>Nutzer oder Zieltitel suchen</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_panel.cpp" line="23"/>
        <source>Search samples</source>
        <translation>Beispiele suchen</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_panel.cpp" line="37"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>msl::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="26"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="31"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33"/>
        <source>Default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34"/>
        <source>Experiment store file</source>
        <translation>Datei des Experiment-Speichers</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="35"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37"/>
        <source>Experiment store</source>
        <translation>Experiment-Speicher</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="38"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite-Speicher (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="47"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="48"/>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="49"/>
        <source>Experiment &amp;store</source>
        <translation>Experiment-&amp;Speicher</translation>
    </message>
</context>
<context>
    <name>msl::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="44"/>
        <location filename="../ui/shortcuts_dialog.cpp" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="47"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="47"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="47"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>msl::ui::StoreReader</name>
    <message>
        <location filename="../ui/store_reader.cpp" line="105"/>
        <source>Renamed run %1 to %2.</source>
        <translation>Lauf %1 in %2 umbenannt.</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="115"/>
        <source>Deleted run %1.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="129"/>
        <source>Exported run %1 to %2.</source>
        <translation>Lauf %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="144"/>
        <source>%1 (run %2, HR@10 %3)</source>
        <translation>%1 (Lauf %2, HR@10 %3)</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="149"/>
        <source>Added the baselines: %1.</source>
        <translation>Baselines hinzugefügt: %1.</translation>
    </message>
</context>
<context>
    <name>msl::ui::TrainCharts</name>
    <message>
        <location filename="../ui/train_charts.cpp" line="47"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="47"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="48"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="48"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="49"/>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="49"/>
        <source>global norm</source>
        <translation>globale Norm</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="50"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="50"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="51"/>
        <source>Invalid probability mass</source>
        <translation>Ungültige Wahrscheinlichkeitsmasse</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="51"/>
        <source>mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="52"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="52"/>
        <location filename="../ui/train_charts.cpp" line="102"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="53"/>
        <source>Device memory</source>
        <translation>Gerätespeicher</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="53"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="54"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="54"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="95"/>
        <source>loss (the objective)</source>
        <translation>Verlust (das Optimierungsziel)</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="96"/>
        <source>masked cross-entropy at τ = 1</source>
        <translation>maskierte Kreuzentropie bei τ = 1</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="97"/>
        <source>τ in use</source>
        <translation>verwendetes τ</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="98"/>
        <source>τ̂ (ATS estimate)</source>
        <translation>τ̂ (ATS-Schätzung)</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="99"/>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="100"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="101"/>
        <source>invalid mass</source>
        <translation>ungültige Masse</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="104"/>
        <source>allocated</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="105"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="106"/>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="107"/>
        <source>estimate before the run</source>
        <translation>Schätzung vor dem Lauf</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="120"/>
        <source>row loss at the τ in use (objective ÷ τ)</source>
        <translation>Zeilenverlust beim aktuellen τ (Trainingsziel ÷ τ)</translation>
    </message>
</context>
<context>
    <name>msl::ui::TrainPage</name>
    <message>
        <location filename="../ui/train_page.cpp" line="68"/>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="77"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="78"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="100"/>
        <source>%1 checkpoint at step %2: %3</source>
        <translation>%1-Checkpoint bei Schritt %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="109"/>
        <source>Pausing at the next step boundary…</source>
        <translation>Pause an der nächsten Schrittgrenze…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="111"/>
        <source>Stopping at the next step boundary (writing a checkpoint)…</source>
        <translation>Halt an der nächsten Schrittgrenze (Checkpoint wird geschrieben)…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="113"/>
        <location filename="../ui/train_page.cpp" line="279"/>
        <source>Run %1 is training.</source>
        <translation>Lauf %1 trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="131"/>
        <location filename="../ui/train_page.cpp" line="232"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="132"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="133"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="134"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="135"/>
        <source>Stop at the next step boundary, writing a checkpoint to continue from</source>
        <translation>An der nächsten Schrittgrenze anhalten und einen Checkpoint zum Weitermachen schreiben</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="136"/>
        <source>Continue run…</source>
        <translation>Lauf fortführen…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="138"/>
        <source>Resume an interrupted or stopped run, or extend a finished one, from its latest checkpoint</source>
        <translation>Einen unterbrochenen oder gestoppten Lauf fortsetzen oder einen abgeschlossenen verlängern, ab seinem neuesten Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="141"/>
        <source>Start a new run instead</source>
        <translation>Stattdessen einen neuen Lauf starten</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="151"/>
        <source>Training processes</source>
        <translation>Trainingsprozesse</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="153"/>
        <source>Processes: </source>
        <translation>Prozesse: </translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="155"/>
        <source>Train data-parallel over this many processes on this machine: each takes part of every batch, the run is the same as with one (docs/distributed.md)</source>
        <translation>Datenparallel mit so vielen Prozessen auf diesem Rechner trainieren: Jeder übernimmt einen Teil jedes Batches, der Lauf ist derselbe wie mit einem (docs/distributed.md)</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="226"/>
        <source>Start continues run %1 from its latest checkpoint; raise epochs or max steps to extend a finished run.</source>
        <translation>Starten führt Lauf %1 ab seinem neuesten Checkpoint fort; erhöhen Sie Epochen oder Max. Schritte, um einen abgeschlossenen Lauf zu verlängern.</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="232"/>
        <source>Continue run %1</source>
        <translation>Lauf %1 fortführen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="251"/>
        <location filename="../ui/train_page.cpp" line="362"/>
        <location filename="../ui/train_page.cpp" line="413"/>
        <source>The run config is not valid: %1</source>
        <translation>Die Laufkonfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="255"/>
        <source>No experiment store is set (File → Open experiment store).</source>
        <translation>Kein Experiment-Speicher festgelegt (Datei → Experiment-Speicher öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="269"/>
        <source>Loading run %1&apos;s checkpoint…</source>
        <translation>Checkpoint von Lauf %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="270"/>
        <source>Preparing the data and the model…</source>
        <translation>Daten und Modell werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="294"/>
        <source>evaluation at step %1 on %2 (%3 samples): %4</source>
        <translation>Evaluierung bei Schritt %1 auf %2 (%3 Beispiele): %4</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="305"/>
        <source>Run %1 %2: %3</source>
        <translation>Lauf %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="306"/>
        <source>The run did not start: %1</source>
        <translation>Der Lauf ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="368"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="375"/>
        <source>Load run config</source>
        <translation>Laufkonfiguration laden</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="376"/>
        <location filename="../ui/train_page.cpp" line="382"/>
        <source>Run config (*.json)</source>
        <translation>Laufkonfiguration (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="382"/>
        <source>Save run config</source>
        <translation>Laufkonfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="383"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="387"/>
        <source>Clone a run&apos;s config</source>
        <translation>Konfiguration eines Laufs klonen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="399"/>
        <source>Continue a run</source>
        <translation>Einen Lauf fortführen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="416"/>
        <source>Compare with a run</source>
        <translation>Mit einem Lauf vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="422"/>
        <source>This form</source>
        <translation>Dieses Formular</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="422"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/training_progress.cpp" line="25"/>
        <source>step %1/%2 · %3 elapsed · %4 left · %5 tokens/s</source>
        <translation>Schritt %1/%2 · %3 vergangen · %4 verbleibend · %5 Tokens/s</translation>
    </message>
</context>
<context>
    <name>msl::ui::UserListModel</name>
    <message>
        <location filename="../ui/user_list_model.cpp" line="69"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/user_list_model.cpp" line="71"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/user_list_model.cpp" line="73"/>
        <source>Next item</source>
        <translation>Nächster Artikel</translation>
    </message>
</context>
<context>
    <name>msl::ui::UserMetricsModel</name>
    <message>
        <location filename="../ui/user_metrics_model.cpp" line="56"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_model.cpp" line="58"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_model.cpp" line="60"/>
        <source>NDCG@10</source>
        <translation>NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_model.cpp" line="62"/>
        <source>HR@10</source>
        <translation>HR@10</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_model.cpp" line="64"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
</context>
<context>
    <name>msl::ui::UserMetricsTab</name>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="29"/>
        <source>Per-user metrics</source>
        <translation>Metriken je Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="36"/>
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="37"/>
        <source>step </source>
        <translation>Schritt </translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="38"/>
        <source>Evaluation step</source>
        <translation>Evaluierungsschritt</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="39"/>
        <source>Read model A&apos;s stored evaluation</source>
        <translation>Gespeicherte Evaluierung von Modell A lesen</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="45"/>
        <source>Best users</source>
        <translation>Beste Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="48"/>
        <source>Worst users</source>
        <translation>Schlechteste Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="62"/>
        <source>Double-click a user to see their recommendations.</source>
        <translation>Doppelklicken Sie auf einen Nutzer, um seine Empfehlungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="67"/>
        <source>Reading run %1 from %2…</source>
        <translation>Lauf %1 wird aus %2 gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="77"/>
        <source>Run %1, step %2, split %3: %4 samples of %5 users.</source>
        <translation>Lauf %1, Schritt %2, Aufteilung %3: %4 Beispiele von %5 Nutzern.</translation>
    </message>
</context>
<context>
    <name>msl::ui::ValidTokenModel</name>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="74"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="88"/>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="90"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="92"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="94"/>
        <source>Masked softmax p</source>
        <translation>p (maskiertes Softmax)</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="96"/>
        <source>Full softmax p</source>
        <translation>p (volles Softmax)</translation>
    </message>
</context>
<context>
    <name>msl::ui::WorkspaceBuilder</name>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="36"/>
        <location filename="../ui/workspace_builder.cpp" line="85"/>
        <source>Training the tokenizer</source>
        <translation>Tokenizer wird trainiert</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="65"/>
        <source>Synthesizing the demo catalog</source>
        <translation>Demo-Katalog wird erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="76"/>
        <source>Loading the dataset</source>
        <translation>Datensatz wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="82"/>
        <source>Loading the tokenizer</source>
        <translation>Tokenizer wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="90"/>
        <source>Building the title trie and the masks</source>
        <translation>Titel-Trie und Masken werden aufgebaut</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="93"/>
        <source>Checking tokenization drift</source>
        <translation>Tokenisierungsdrift wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="97"/>
        <source>Summarizing</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="111"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>msl::ui::WorkspacePage</name>
    <message>
        <location filename="../ui/workspace_page.cpp" line="35"/>
        <source>&amp;Open dataset folder…</source>
        <translation>Datensatzordner &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="36"/>
        <source>Create &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="47"/>
        <source>Open dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="48"/>
        <source>Create demo workspace</source>
        <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="49"/>
        <source>Synthesize a book catalog and train a tokenizer on it</source>
        <translation>Einen Buchkatalog erzeugen und einen Tokenizer darauf trainieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="53"/>
        <source>Workspace progress</source>
        <translation>Fortschritt des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="71"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="72"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="73"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="74"/>
        <source>Samples per split</source>
        <translation>Beispiele je Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="75"/>
        <location filename="../ui/workspace_page.cpp" line="83"/>
        <source>Title tokens</source>
        <translation>Titel-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="76"/>
        <source>Duplicate titles</source>
        <translation>Doppelte Titel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="77"/>
        <source>Tokenization drift</source>
        <translation>Tokenisierungsdrift</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="78"/>
        <source>First-position valid tokens (n)</source>
        <translation>Gültige Tokens an erster Position (n)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="79"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="80"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="83"/>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="84"/>
        <source>Title token lengths</source>
        <translation>Titellängen in Tokens</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="93"/>
        <source>Search titles or ids</source>
        <translation>Titel oder IDs suchen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="95"/>
        <source>Search items</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="108"/>
        <source>Catalog items</source>
        <translation>Katalogartikel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="158"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="162"/>
        <source>%1: %2 (%3 % of targets seen in %4)</source>
        <translation>%1: %2 (%3 % der Ziele in %4 gesehen)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="174"/>
        <source>min %1 · mean %2 · max %3</source>
        <translation>min. %1 · Mittel %2 · max. %3</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="184"/>
        <source>%1 of %2 samples drift; %3 would leave the trie</source>
        <translation>%1 von %2 Beispielen driften; %3 würden den Trie verlassen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="190"/>
        <source>%1 tokens · %2</source>
        <translation>%1 Tokens · %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="192"/>
        <source>trained for this dataset</source>
        <translation>für diesen Datensatz trainiert</translation>
    </message>
</context>
</TS>
