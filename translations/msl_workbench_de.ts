<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BranchingNodeModel</name>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="29"/>
        <source>(start of title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="41"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="42"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="43"/>
        <source>Valid next tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="44"/>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="45"/>
        <source>Titles sharing the prefix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTrieView</name>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="20"/>
        <source>Depth (tokens from the start of the title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="20"/>
        <source>Trie nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="28"/>
        <source>Largest branching prefixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="21"/>
        <source>Gradient norm per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="25"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="27"/>
        <source>log10 gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../ui/item_table_model.cpp" line="46"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="47"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="48"/>
        <source>Title tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="49"/>
        <source>Items with this title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <location filename="../plots/live_chart.cpp" line="57"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="60"/>
        <location filename="../plots/live_chart.cpp" line="103"/>
        <location filename="../plots/live_chart.cpp" line="289"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="88"/>
        <location filename="../plots/live_chart.cpp" line="93"/>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="98"/>
        <source>Log y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="99"/>
        <source>Logarithmic y axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="104"/>
        <location filename="../plots/live_chart.cpp" line="289"/>
        <source>Wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="105"/>
        <source>X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="110"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="111"/>
        <source>Show all data again (or double-click the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="119"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="122"/>
        <source>Image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="122"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="123"/>
        <source>Document (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="123"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="124"/>
        <source>Vector image (SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="124"/>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="125"/>
        <source>Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="125"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="311"/>
        <location filename="../plots/live_chart.cpp" line="314"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="319"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="324"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="343"/>
        <source>%1 at %2: %3 (smoothed %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="34"/>
        <source>MSL Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="35"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="36"/>
        <source>Inspect masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="37"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="38"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="57"/>
        <source>The workspace could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="72"/>
        <source>Open a dataset folder or create the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Open dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>Create &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="92"/>
        <source>&amp;Recent datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>Open experiment &amp;store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="96"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <source>Inspect &amp;masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>&amp;About MSL Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Open dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <source>Open experiment store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <source>SQLite store (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>Creating the demo workspace in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="176"/>
        <source>Opened %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="186"/>
        <source>About MSL Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>&lt;p&gt;&lt;b&gt;MSL Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Fine-tune an LLM as a recommender with the Masked Softmax Loss, and watch and debug training.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskInspectorPage</name>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="38"/>
        <source>Search users or target titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="40"/>
        <source>Search samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="52"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="73"/>
        <source>&amp;Sample masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="74"/>
        <source>Catalog &amp;trie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="82"/>
        <location filename="../ui/mask_inspector_page.cpp" line="100"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="86"/>
        <source>Target title tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="87"/>
        <location filename="../ui/mask_inspector_page.cpp" line="91"/>
        <source>Target position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="87"/>
        <source>Valid tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="97"/>
        <source>Valid tokens at the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="101"/>
        <source>Target tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="103"/>
        <source>Valid tokens at position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="151"/>
        <source>vocabulary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTableModel</name>
    <message>
        <location filename="../ui/run_table_model.cpp" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="69"/>
        <source>Last loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="70"/>
        <source>Best NDCG@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="71"/>
        <source>Last NDCG@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="72"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="73"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="74"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <location filename="../ui/runs_page.cpp" line="33"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="34"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="35"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="36"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="39"/>
        <source>Refresh runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="40"/>
        <location filename="../ui/runs_page.cpp" line="155"/>
        <source>Rename run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="41"/>
        <location filename="../ui/runs_page.cpp" line="164"/>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="42"/>
        <location filename="../ui/runs_page.cpp" line="180"/>
        <source>Export run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="56"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="60"/>
        <location filename="../ui/runs_page.cpp" line="61"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="75"/>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="142"/>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="150"/>
        <source>Select one run to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="155"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs_page.cpp" line="165"/>
        <source>Delete %n run(s) with all their steps, evaluations and checkpoint records? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="176"/>
        <source>Select one run to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="180"/>
        <source>run-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="181"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleListModel</name>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="40"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="41"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="42"/>
        <source>Target title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="43"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="25"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="30"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="32"/>
        <source>Default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33"/>
        <source>Experiment store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37"/>
        <source>Experiment store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37"/>
        <source>SQLite store (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="46"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="47"/>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="48"/>
        <source>Experiment &amp;store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <location filename="../ui/store_reader.cpp" line="76"/>
        <source>Renamed run %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="86"/>
        <source>Deleted run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="99"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="102"/>
        <source>Exported run %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidTokenModel</name>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="49"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="57"/>
        <source>Token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="58"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="59"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../ui/workspace_page.cpp" line="29"/>
        <source>&amp;Open dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="30"/>
        <source>Create &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="40"/>
        <source>Open dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="41"/>
        <source>Create demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="42"/>
        <source>Synthesize a book catalog and train a tokenizer on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="46"/>
        <source>Workspace progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="62"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="63"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="64"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="65"/>
        <source>Samples per split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="66"/>
        <location filename="../ui/workspace_page.cpp" line="74"/>
        <source>Title tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="67"/>
        <source>Duplicate titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="68"/>
        <source>Tokenization drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="69"/>
        <source>First-position valid tokens (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="70"/>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="71"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="74"/>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="75"/>
        <source>Title token lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="83"/>
        <source>Search titles or ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="85"/>
        <source>Search items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="96"/>
        <source>Catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="152"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="159"/>
        <source>min %1 · mean %2 · max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="167"/>
        <source>%1 of %2 samples drift; %3 would leave the trie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="174"/>
        <source>%1 tokens · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="176"/>
        <source>trained for this dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Fine-tune an LLM recommender with the Masked Softmax Loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>Create and open the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Demo workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Open this dataset folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Experiment store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Page to show: workspace, masks, trie, runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Save the window as this PNG once the workspace is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::plots</name>
    <message>
        <location filename="../plots/plot_export.cpp" line="39"/>
        <source>Cannot export %1: use a .png, .pdf or .svg file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/plot_export.cpp" line="41"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::ui</name>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="30"/>
        <location filename="../ui/workspace_builder.cpp" line="77"/>
        <source>Training the tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="55"/>
        <source>Synthesizing the demo catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="67"/>
        <source>Loading the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="73"/>
        <source>Loading the tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="81"/>
        <source>Building the title trie and the masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="83"/>
        <source>Checking tokenization drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="86"/>
        <source>Summarizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="100"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
