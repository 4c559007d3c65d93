<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="30"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="32"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="37"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite-Speicher (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>Fine-tune an LLM recommender with the Masked Softmax Loss.</source>
        <translation>Feinabstimmung eines LLM-Empfehlungssystems mit dem Masked Softmax Loss.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Create and open the demo workspace.</source>
        <translation>Den Demo-Arbeitsbereich anlegen und öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Demo workspace folder.</source>
        <translation>Ordner des Demo-Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Open this dataset folder.</source>
        <translation>Diesen Datensatzordner öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Experiment store file.</source>
        <translation>Datei des Experiment-Speichers.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="75"/>
        <source>Page to show: workspace, train, masks, trie, recommendations, runs.</source>
        <translation>Anzuzeigende Seite: workspace, train, masks, trie, recommendations, runs.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>Save the window as this PNG once the workspace is shown, then quit.</source>
        <translation>Das Fenster als diese PNG-Datei speichern, sobald der Arbeitsbereich angezeigt wird, dann beenden.</translation>
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
        <location filename="../plots/live_chart.cpp" line="58"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="61"/>
        <location filename="../plots/live_chart.cpp" line="104"/>
        <location filename="../plots/live_chart.cpp" line="290"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="89"/>
        <location filename="../plots/live_chart.cpp" line="94"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="99"/>
        <source>Log y</source>
        <translation>Log. y</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="100"/>
        <source>Logarithmic y axis</source>
        <translation>Logarithmische y-Achse</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="105"/>
        <location filename="../plots/live_chart.cpp" line="290"/>
        <source>Wall time (s)</source>
        <translation>Uhrzeit (s)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="106"/>
        <source>X axis</source>
        <translation>x-Achse</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="111"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="112"/>
        <source>Show all data again (or double-click the chart)</source>
        <translation>Wieder alle Daten zeigen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="120"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="123"/>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="123"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="124"/>
        <source>Document (PDF)…</source>
        <translation>Dokument (PDF)…</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="124"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="125"/>
        <source>Vector image (SVG)…</source>
        <translation>Vektorgrafik (SVG)…</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="125"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="126"/>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="126"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="312"/>
        <location filename="../plots/live_chart.cpp" line="315"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="320"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="325"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="344"/>
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
        <location filename="../ui/branching_node_model.cpp" line="31"/>
        <source>(start of title)</source>
        <translation>(Titelanfang)</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="49"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="51"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="53"/>
        <source>Valid next tokens</source>
        <translation>Gültige nächste Tokens</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="55"/>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="57"/>
        <source>Titles sharing the prefix</source>
        <translation>Titel mit diesem Präfix</translation>
    </message>
</context>
<context>
    <name>msl::ui::CatalogTrieView</name>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="21"/>
        <source>Depth (tokens from the start of the title)</source>
        <translation>Tiefe (Tokens ab Titelanfang)</translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="21"/>
        <source>Trie nodes</source>
        <translation>Trie-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="29"/>
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
        <location filename="../ui/main_window.cpp" line="46"/>
        <source>MSL Workbench</source>
        <translation>MSL Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="47"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="48"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>Inspect masks</source>
        <translation>Masken prüfen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="51"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>The workspace could not be opened.</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <source>Open a dataset folder or create the demo workspace.</source>
        <translation>Öffnen Sie einen Datensatzordner oder legen Sie den Demo-Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121"/>
        <source>&amp;Open dataset folder…</source>
        <translation>Datensatzordner &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="123"/>
        <source>Create &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="125"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>&amp;Recent datasets</source>
        <translation>&amp;Zuletzt geöffnete Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130"/>
        <source>Open &amp;checkpoint folder…</source>
        <translation>&amp;Checkpoint-Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <source>Create &amp;tiny model…</source>
        <translation>&amp;Kleines Modell anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="142"/>
        <source>Open experiment &amp;store…</source>
        <translation>Experiment-&amp;Speicher öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Inspect &amp;masks</source>
        <translation>&amp;Masken prüfen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Re&amp;commendations</source>
        <translation>&amp;Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;About MSL Workbench</source>
        <translation>Ü&amp;ber MSL Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>Open dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>Open experiment store</source>
        <translation>Experiment-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite-Speicher (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="202"/>
        <source>Creating the demo workspace in %1…</source>
        <translation>Demo-Arbeitsbereich wird in %1 angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>Opened %1 in %2 s.</source>
        <translation>%1 in %2 s geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>About MSL Workbench</source>
        <translation>Über MSL Workbench</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;MSL Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Fine-tune an LLM as a recommender with the Masked Softmax Loss, and watch and debug training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MSL Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Feinabstimmung eines LLM als Empfehlungssystem mit dem Masked Softmax Loss; Training beobachten und debuggen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>msl::ui::MaskInspectorPage</name>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="47"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="51"/>
        <source>Invalid tokens the full softmax favours</source>
        <translation>Ungültige Tokens, die das volle Softmax bevorzugt</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="53"/>
        <source>Search users or target titles</source>
        <translation>Nutzer oder Zieltitel suchen</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="55"/>
        <source>Search samples</source>
        <translation>Beispiele suchen</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="67"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="89"/>
        <source>&amp;Sample masks</source>
        <translation>&amp;Beispielmasken</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="90"/>
        <source>Catalog &amp;trie</source>
        <translation>Katalog-&amp;Trie</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="98"/>
        <location filename="../ui/mask_inspector_page.cpp" line="116"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="102"/>
        <source>Target title tokens</source>
        <translation>Tokens des Zieltitels</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="103"/>
        <location filename="../ui/mask_inspector_page.cpp" line="107"/>
        <source>Target position</source>
        <translation>Zielposition</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="103"/>
        <source>Valid tokens</source>
        <translation>Gültige Tokens</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="113"/>
        <source>Valid tokens at the position</source>
        <translation>Gültige Tokens an der Position</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="117"/>
        <source>Target tokens</source>
        <translation>Ziel-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="119"/>
        <source>Valid tokens at position</source>
        <translation>Gültige Tokens an Position</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="138"/>
        <source>Load a checkpoint or a stored run to see the model&apos;s probabilities.</source>
        <translation>Laden Sie einen Checkpoint oder einen gespeicherten Lauf, um die Wahrscheinlichkeiten des Modells zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="157"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="177"/>
        <source>Running the model on sample %1…</source>
        <translation>Modell wird auf Beispiel %1 ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="199"/>
        <source>The model&apos;s tokenizer splits this target differently from the workspace&apos;s tokenizer; its probabilities are not shown.</source>
        <translation>Der Tokenizer des Modells zerlegt dieses Ziel anders als der Tokenizer des Arbeitsbereichs; seine Wahrscheinlichkeiten werden nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="222"/>
        <source>Position %1: the target token has p = %2 under the masked softmax and %3 under the full softmax; invalid tokens hold %4 of the full softmax.</source>
        <translation>Position %1: Das Ziel-Token hat p = %2 unter dem maskierten Softmax und %3 unter dem vollen Softmax; ungültige Tokens halten %4 des vollen Softmax.</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="276"/>
        <source>vocabulary: %1</source>
        <translation>Vokabular: %1</translation>
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
        <source>&amp;Device</source>
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
        <location filename="../ui/model_source_picker.cpp" line="54"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="58"/>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="58"/>
        <source>Stored run</source>
        <translation>Gespeicherter Lauf</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="59"/>
        <source>%1: model source</source>
        <translation>%1: Modellquelle</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="60"/>
        <source>config.json, model.safetensors, tokenizer.json</source>
        <translation>config.json, model.safetensors, tokenizer.json</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="61"/>
        <source>LoRA adapter (optional)</source>
        <translation>LoRA-Adapter (optional)</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="62"/>
        <source>experiments.sqlite</source>
        <translation>experiments.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="63"/>
        <source>%1: checkpoint folder</source>
        <translation>%1: Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="64"/>
        <source>%1: LoRA adapter folder</source>
        <translation>%1: LoRA-Adapter-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="65"/>
        <source>%1: experiment store</source>
        <translation>%1: Experiment-Speicher</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="66"/>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="67"/>
        <source>%1: run</source>
        <translation>%1: Lauf</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="72"/>
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="73"/>
        <source>step </source>
        <translation>Schritt </translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="74"/>
        <source>%1: checkpoint step</source>
        <translation>%1: Checkpoint-Schritt</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="124"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="145"/>
        <source>%1 (run %2, %3)</source>
        <translation>%1 (Lauf %2, %3)</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommendationColumn</name>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="48"/>
        <source>%1: constrained top-K</source>
        <translation>%1: eingeschränkte Top-K</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="50"/>
        <source>%1: unconstrained generation</source>
        <translation>%1: uneingeschränkte Generierung</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="84"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="106"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="133"/>
        <source>No known next item.</source>
        <translation>Kein bekannter nächster Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="135"/>
        <source>Next item at rank %1 of %2.</source>
        <translation>Nächster Artikel auf Rang %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="136"/>
        <source>Next item not in the top %1.</source>
        <translation>Nächster Artikel nicht unter den ersten %1.</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="137"/>
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
        <location filename="../ui/recommendations_page.cpp" line="44"/>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="45"/>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="57"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="58"/>
        <location filename="../ui/recommendations_page.cpp" line="180"/>
        <source>Per-user metrics</source>
        <translation>Metriken je Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="65"/>
        <location filename="../ui/recommendations_page.cpp" line="83"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="69"/>
        <source>Beams</source>
        <translation>Beams</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="70"/>
        <source>Full softmax, then mask (HF CBS)</source>
        <translation>Volles Softmax, dann maskieren (HF CBS)</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="72"/>
        <source>Masked softmax (as MSL trains)</source>
        <translation>Maskiertes Softmax (wie MSL trainiert)</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="73"/>
        <source>Masking variant</source>
        <translation>Maskierungsvariante</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="76"/>
        <source>Unconstrained generations</source>
        <translation>Uneingeschränkte Generierungen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="85"/>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="88"/>
        <source>Unconstrained</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="92"/>
        <source>Search user ids</source>
        <translation>Nutzer-IDs suchen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="94"/>
        <source>Search users</source>
        <translation>Nutzer suchen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="100"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="115"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="118"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="124"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="126"/>
        <source>Add an item: id or title</source>
        <translation>Artikel hinzufügen: ID oder Titel</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="127"/>
        <source>Add item</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="129"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="143"/>
        <source>History (oldest first)</source>
        <translation>Verlauf (älteste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="188"/>
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="189"/>
        <source>step </source>
        <translation>Schritt </translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="190"/>
        <source>Evaluation step</source>
        <translation>Evaluierungsschritt</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="191"/>
        <source>Read model A&apos;s stored evaluation</source>
        <translation>Gespeicherte Evaluierung von Modell A lesen</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="195"/>
        <source>Choose a stored run for model A first.</source>
        <translation>Wählen Sie zuerst einen gespeicherten Lauf für Modell A.</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="202"/>
        <source>Best users</source>
        <translation>Beste Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="206"/>
        <source>Worst users</source>
        <translation>Schlechteste Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="221"/>
        <source>Double-click a user to see their recommendations.</source>
        <translation>Doppelklicken Sie auf einen Nutzer, um seine Empfehlungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="285"/>
        <source>User %1&apos;s next item: %2 [%3]</source>
        <translation>Nächster Artikel von Nutzer %1: %2 [%3]</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="332"/>
        <source>&apos;%1&apos; is no item of the catalog; type an id or pick a title.</source>
        <translation>„%1“ ist kein Artikel des Katalogs; geben Sie eine ID ein oder wählen Sie einen Titel.</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="354"/>
        <source>Reading run %1 from %2…</source>
        <translation>Lauf %1 wird aus %2 gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="364"/>
        <source>Run %1, step %2, split %3: %4 samples of %5 users.</source>
        <translation>Lauf %1, Schritt %2, Aufteilung %3: %4 Beispiele von %5 Nutzern.</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommenderLoader</name>
    <message>
        <location filename="../ui/recommender_loader.cpp" line="29"/>
        <source>, step %1</source>
        <translation>, Schritt %1</translation>
    </message>
    <message>
        <location filename="../ui/recommender_loader.cpp" line="30"/>
        <source>%1%2 on %3</source>
        <translation>%1%2 auf %3</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunConfigFields</name>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="9"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="10"/>
        <source>Run name in the store; empty: data folder and loss</source>
        <translation>Name des Laufs im Speicher; leer: Datenordner und Verlust</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="12"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="15"/>
        <source>Checkpoints go to &lt;folder&gt;/run-&lt;id&gt;</source>
        <translation>Checkpoints werden in &lt;Ordner&gt;/run-&lt;id&gt; abgelegt</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="16"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="17"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="18"/>
        <source>Train split</source>
        <translation>Trainingsaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="19"/>
        <source>Validation split</source>
        <translation>Validierungsaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="20"/>
        <source>Test split</source>
        <translation>Testaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="22"/>
        <source>Cutoff length</source>
        <translation>Maximale Länge</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="25"/>
        <source>Prompt + target tokens; the oldest history items are dropped, never the target</source>
        <translation>Prompt- + Ziel-Tokens; die ältesten Verlaufsartikel werden verworfen, nie das Ziel</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="26"/>
        <source>Length bucketing</source>
        <translation>Längen-Bucketing</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="27"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="29"/>
        <source>Create a random model</source>
        <translation>Zufälliges Modell anlegen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="32"/>
        <source>Train a randomly initialised model instead of loading a checkpoint</source>
        <translation>Ein zufällig initialisiertes Modell trainieren, statt einen Checkpoint zu laden</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="33"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="34"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="35"/>
        <source>Creation seed</source>
        <translation>Seed für die Erzeugung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="37"/>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="40"/>
        <source>Hugging Face folder with config.json and model.safetensors</source>
        <translation>Hugging-Face-Ordner mit config.json und model.safetensors</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="42"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="45"/>
        <source>tokenizer.json; empty: the checkpoint&apos;s</source>
        <translation>tokenizer.json; leer: der des Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="47"/>
        <source>Tokenizer vocabulary</source>
        <translation>Tokenizer-Vokabular</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="50"/>
        <source>Created model without a tokenizer: BPE of this size trained on the train split</source>
        <translation>Angelegtes Modell ohne Tokenizer: BPE dieser Größe, trainiert auf der Trainingsaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="51"/>
        <location filename="../ui/run_config_fields.cpp" line="53"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="56"/>
        <source>lml: full-vocabulary softmax; msl: softmax over the valid tokens; msl_ats: MSL with the adaptive temperature</source>
        <translation>lml: Softmax über das ganze Vokabular; msl: Softmax über die gültigen Tokens; msl_ats: MSL mit adaptiver Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="58"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="58"/>
        <source>Temperature of LML/MSL; initial τ of ATS</source>
        <translation>Temperatur von LML/MSL; anfängliches τ von ATS</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="59"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="59"/>
        <source>ATS: n·η must exceed 1</source>
        <translation>ATS: n·η muss größer als 1 sein</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="60"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="60"/>
        <source>ATS: weight of the new estimate in the EMA</source>
        <translation>ATS: Gewicht der neuen Schätzung im EMA</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="61"/>
        <source>ATS warm-up steps</source>
        <translation>ATS-Aufwärmschritte</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="62"/>
        <source>Minimum τ</source>
        <translation>Minimales τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="63"/>
        <source>Maximum τ</source>
        <translation>Maximales τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="65"/>
        <source>ATS rows</source>
        <translation>ATS-Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="70"/>
        <source>Single-token rows</source>
        <translation>Einzel-Token-Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="74"/>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="76"/>
        <source>Invalid mass every</source>
        <translation>Ungültige Masse alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="79"/>
        <source>Measure the probability on invalid tokens every k steps; 0 = never</source>
        <translation>Die Wahrscheinlichkeit auf ungültigen Tokens alle k Schritte messen; 0 = nie</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="80"/>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="81"/>
        <source>LoRA (off: full fine-tuning)</source>
        <translation>LoRA (aus: vollständiges Fine-Tuning)</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="82"/>
        <source>Rank r</source>
        <translation>Rang r</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="83"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="84"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="86"/>
        <source>Targets</source>
        <translation>Zielmodule</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="89"/>
        <source>Comma-separated projection names</source>
        <translation>Kommagetrennte Namen der Projektionen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="90"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="91"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="92"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="93"/>
        <source>Betas</source>
        <translation>Betas</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="93"/>
        <source>Two numbers, e.g. 0.9, 0.999</source>
        <translation>Zwei Zahlen, z. B. 0.9, 0.999</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="94"/>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="95"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="96"/>
        <source>Warm-up steps</source>
        <translation>Aufwärmschritte</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="97"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="98"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="99"/>
        <source>Gradient accumulation</source>
        <translation>Gradientenakkumulation</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="100"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="102"/>
        <source>Max steps</source>
        <translation>Max. Schritte</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="105"/>
        <source>&gt; 0 stops there and sets the schedule&apos;s length; 0 = by epochs</source>
        <translation>&gt; 0 hält dort an und legt die Länge des Zeitplans fest; 0 = nach Epochen</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="106"/>
        <source>Clip norm</source>
        <translation>Clipping-Norm</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="106"/>
        <source>0 = no clipping</source>
        <translation>0 = kein Clipping</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="107"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="109"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="112"/>
        <source>Steps; 0 = only at epoch ends</source>
        <translation>Schritte; 0 = nur am Epochenende</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="113"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="114"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="116"/>
        <source>Evaluate every</source>
        <translation>Evaluieren alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="119"/>
        <source>Steps; 0 = never during training</source>
        <translation>Schritte; 0 = nie während des Trainings</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="121"/>
        <source>Subset</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="124"/>
        <source>Validation samples per evaluation; 0 = all</source>
        <translation>Validierungsbeispiele je Evaluierung; 0 = alle</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="126"/>
        <source>Subset seed</source>
        <translation>Seed der Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="129"/>
        <source>The same seed picks the same samples in every run</source>
        <translation>Derselbe Seed wählt in jedem Lauf dieselben Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="131"/>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="134"/>
        <source>The split evaluated in full after training</source>
        <translation>Die nach dem Training vollständig evaluierte Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="135"/>
        <source>Beams</source>
        <translation>Beams</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="135"/>
        <source>Beam width = titles returned</source>
        <translation>Beam-Breite = Anzahl zurückgegebener Titel</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="137"/>
        <source>Masking</source>
        <translation>Maskierung</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="140"/>
        <source>full_softmax_then_mask: the paper&apos;s CBS; masked_softmax: the distribution MSL trains</source>
        <translation>full_softmax_then_mask: das CBS des Papers; masked_softmax: die Verteilung, die MSL trainiert</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="142"/>
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
    <name>msl::ui::RunTableModel</name>
    <message>
        <location filename="../ui/run_table_model.cpp" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="80"/>
        <source>Last loss</source>
        <translation>Letzter Verlust</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="82"/>
        <source>Best NDCG@10</source>
        <translation>Bester NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="84"/>
        <source>Last NDCG@10</source>
        <translation>Letzter NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="86"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="88"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="90"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs_page.cpp" line="34"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="35"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="36"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="37"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="40"/>
        <source>Refresh runs</source>
        <translation>Läufe aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="41"/>
        <location filename="../ui/runs_page.cpp" line="160"/>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="42"/>
        <location filename="../ui/runs_page.cpp" line="169"/>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="43"/>
        <location filename="../ui/runs_page.cpp" line="185"/>
        <source>Export run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="57"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="61"/>
        <location filename="../ui/runs_page.cpp" line="62"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="76"/>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="146"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="154"/>
        <source>Select one run to rename.</source>
        <translation>Wählen Sie einen Lauf zum Umbenennen.</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="160"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs_page.cpp" line="170"/>
        <source>Delete %n run(s) with all their steps, evaluations and checkpoint records? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf mit allen Schritten, Evaluierungen und Checkpoint-Einträgen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Läufe mit allen Schritten, Evaluierungen und Checkpoint-Einträgen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="181"/>
        <source>Select one run to export.</source>
        <translation>Wählen Sie einen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="185"/>
        <source>run-%1.csv</source>
        <translation>run-%1.csv</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="185"/>
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
        <location filename="../ui/store_reader.cpp" line="82"/>
        <source>Renamed run %1 to %2.</source>
        <translation>Lauf %1 in %2 umbenannt.</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="92"/>
        <source>Deleted run %1.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="106"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="109"/>
        <source>Exported run %1 to %2.</source>
        <translation>Lauf %1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>msl::ui::TrainCharts</name>
    <message>
        <location filename="../ui/train_charts.cpp" line="46"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="46"/>
        <location filename="../ui/train_charts.cpp" line="75"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="47"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="47"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="48"/>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="48"/>
        <source>global norm</source>
        <translation>globale Norm</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="49"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="49"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="50"/>
        <source>Invalid probability mass</source>
        <translation>Ungültige Wahrscheinlichkeitsmasse</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="50"/>
        <source>mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="51"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="51"/>
        <location filename="../ui/train_charts.cpp" line="81"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="52"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="52"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="76"/>
        <source>τ in use</source>
        <translation>verwendetes τ</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="77"/>
        <source>τ̂ (ATS estimate)</source>
        <translation>τ̂ (ATS-Schätzung)</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="78"/>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="79"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="80"/>
        <source>invalid mass</source>
        <translation>ungültige Masse</translation>
    </message>
</context>
<context>
    <name>msl::ui::TrainPage</name>
    <message>
        <location filename="../ui/train_page.cpp" line="59"/>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="68"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="69"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="92"/>
        <source>%1 checkpoint at step %2: %3</source>
        <translation>%1-Checkpoint bei Schritt %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="101"/>
        <source>Pausing at the next step boundary…</source>
        <translation>Pause an der nächsten Schrittgrenze…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="103"/>
        <source>Stopping at the next step boundary (writing a checkpoint)…</source>
        <translation>Halt an der nächsten Schrittgrenze (Checkpoint wird geschrieben)…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="105"/>
        <location filename="../ui/train_page.cpp" line="294"/>
        <source>Run %1 is training.</source>
        <translation>Lauf %1 trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="120"/>
        <source>Paper: Book</source>
        <translation>Paper: Book</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="121"/>
        <source>Paper: Toy</source>
        <translation>Paper: Toy</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="122"/>
        <source>Quick CPU demo</source>
        <translation>Schnelle CPU-Demo</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="124"/>
        <source>Apply preset</source>
        <translation>Voreinstellung anwenden</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="127"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="129"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="131"/>
        <source>Clone run…</source>
        <translation>Lauf klonen…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="132"/>
        <source>Fill the form with a stored run&apos;s config</source>
        <translation>Das Formular mit der Konfiguration eines gespeicherten Laufs füllen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="134"/>
        <source>Compare with run…</source>
        <translation>Mit Lauf vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="135"/>
        <source>What differs between this form and a stored run&apos;s config</source>
        <translation>Was sich zwischen diesem Formular und der Konfiguration eines gespeicherten Laufs unterscheidet</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="137"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="152"/>
        <location filename="../ui/train_page.cpp" line="249"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="153"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="154"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="155"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="156"/>
        <source>Stop at the next step boundary, writing a checkpoint to continue from</source>
        <translation>An der nächsten Schrittgrenze anhalten und einen Checkpoint zum Weitermachen schreiben</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="157"/>
        <source>Continue run…</source>
        <translation>Lauf fortführen…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="159"/>
        <source>Resume an interrupted or stopped run, or extend a finished one, from its latest checkpoint</source>
        <translation>Einen unterbrochenen oder gestoppten Lauf fortsetzen oder einen abgeschlossenen verlängern, ab seinem neuesten Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="162"/>
        <source>Start a new run instead</source>
        <translation>Stattdessen einen neuen Lauf starten</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="198"/>
        <source>run config: loss.eta is %1 but this workspace&apos;s catalog has %2 distinct first title tokens (n); ATS needs n · η &gt; 1, so loss.eta &gt; %3</source>
        <translation>Laufkonfiguration: loss.eta ist %1, aber der Katalog dieses Arbeitsbereichs hat %2 verschiedene erste Titel-Tokens (n); ATS braucht n · η &gt; 1, also loss.eta &gt; %3</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="243"/>
        <source>Start continues run %1 from its latest checkpoint; raise epochs or max steps to extend a finished run.</source>
        <translation>Starten führt Lauf %1 ab seinem neuesten Checkpoint fort; erhöhen Sie Epochen oder Max. Schritte, um einen abgeschlossenen Lauf zu verlängern.</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="249"/>
        <source>Continue run %1</source>
        <translation>Lauf %1 fortführen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="255"/>
        <location filename="../ui/train_page.cpp" line="378"/>
        <location filename="../ui/train_page.cpp" line="429"/>
        <source>The run config is not valid: %1</source>
        <translation>Die Laufkonfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="259"/>
        <source>No experiment store is set (File → Open experiment store).</source>
        <translation>Kein Experiment-Speicher festgelegt (Datei → Experiment-Speicher öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="277"/>
        <source>Loading run %1&apos;s checkpoint…</source>
        <translation>Checkpoint von Lauf %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="278"/>
        <source>Preparing the data and the model…</source>
        <translation>Daten und Modell werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="310"/>
        <source>evaluation at step %1 on %2 (%3 samples): %4</source>
        <translation>Evaluierung bei Schritt %1 auf %2 (%3 Beispiele): %4</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="322"/>
        <source>Run %1 %2: %3</source>
        <translation>Lauf %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="323"/>
        <source>The run did not start: %1</source>
        <translation>Der Lauf ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="384"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="391"/>
        <source>Load run config</source>
        <translation>Laufkonfiguration laden</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="392"/>
        <location filename="../ui/train_page.cpp" line="398"/>
        <source>Run config (*.json)</source>
        <translation>Laufkonfiguration (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="398"/>
        <source>Save run config</source>
        <translation>Laufkonfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="399"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="403"/>
        <source>Clone a run&apos;s config</source>
        <translation>Konfiguration eines Laufs klonen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="415"/>
        <source>Continue a run</source>
        <translation>Einen Lauf fortführen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="432"/>
        <source>Compare with a run</source>
        <translation>Mit einem Lauf vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="438"/>
        <source>This form</source>
        <translation>Dieses Formular</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="438"/>
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
        <location filename="../ui/workspace_builder.cpp" line="32"/>
        <location filename="../ui/workspace_builder.cpp" line="84"/>
        <source>Training the tokenizer</source>
        <translation>Tokenizer wird trainiert</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="60"/>
        <source>Synthesizing the demo catalog</source>
        <translation>Demo-Katalog wird erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="73"/>
        <source>Loading the dataset</source>
        <translation>Datensatz wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="79"/>
        <source>Loading the tokenizer</source>
        <translation>Tokenizer wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="89"/>
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
        <location filename="../ui/workspace_page.cpp" line="69"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="70"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="71"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="72"/>
        <source>Samples per split</source>
        <translation>Beispiele je Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="73"/>
        <location filename="../ui/workspace_page.cpp" line="81"/>
        <source>Title tokens</source>
        <translation>Titel-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="74"/>
        <source>Duplicate titles</source>
        <translation>Doppelte Titel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="75"/>
        <source>Tokenization drift</source>
        <translation>Tokenisierungsdrift</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="76"/>
        <source>First-position valid tokens (n)</source>
        <translation>Gültige Tokens an erster Position (n)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="77"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="78"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="81"/>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="82"/>
        <source>Title token lengths</source>
        <translation>Titellängen in Tokens</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="91"/>
        <source>Search titles or ids</source>
        <translation>Titel oder IDs suchen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="93"/>
        <source>Search items</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="105"/>
        <source>Catalog items</source>
        <translation>Katalogartikel</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="161"/>
        <source>min %1 · mean %2 · max %3</source>
        <translation>min. %1 · Mittel %2 · max. %3</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="171"/>
        <source>%1 of %2 samples drift; %3 would leave the trie</source>
        <translation>%1 von %2 Beispielen driften; %3 würden den Trie verlassen</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="177"/>
        <source>%1 tokens · %2</source>
        <translation>%1 Tokens · %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="179"/>
        <source>trained for this dataset</source>
        <translation>für diesen Datensatz trainiert</translation>
    </message>
</context>
</TS>
