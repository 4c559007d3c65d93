<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>msl::ui::BranchingNodeModel</name>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="31"/>
        <source>(start of title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="49"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="51"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="53"/>
        <source>Valid next tokens</source>
        <translation>有效后继词元</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="55"/>
        <source>Titles</source>
        <translation>标题数</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="57"/>
        <source>Titles sharing the prefix</source>
        <translation>共享该前缀的标题</translation>
    </message>
</context>
<context>
    <name>msl::ui::CatalogTrieView</name>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="21"/>
        <source>Depth (tokens from the start of the title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="21"/>
        <source>Trie nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="29"/>
        <source>Largest branching prefixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::plots::HeatmapChart</name>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="22"/>
        <source>Gradient norm per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="26"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="28"/>
        <source>log10 gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/item_table_model.cpp" line="53"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="55"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="57"/>
        <source>Title tokens</source>
        <translation>标题词元数</translation>
    </message>
    <message>
        <location filename="../ui/item_table_model.cpp" line="59"/>
        <source>Items with this title</source>
        <translation>同名物品数</translation>
    </message>
</context>
<context>
    <name>msl::plots::LiveChart</name>
    <message>
        <location filename="../plots/live_chart.cpp" line="58"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="61"/>
        <location filename="../plots/live_chart.cpp" line="104"/>
        <location filename="../plots/live_chart.cpp" line="290"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="89"/>
        <location filename="../plots/live_chart.cpp" line="94"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="99"/>
        <source>Log y</source>
        <translation>对数 y</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="100"/>
        <source>Logarithmic y axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="105"/>
        <location filename="../plots/live_chart.cpp" line="290"/>
        <source>Wall time (s)</source>
        <translation>时间 (秒)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="106"/>
        <source>X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="111"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="112"/>
        <source>Show all data again (or double-click the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="120"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="123"/>
        <source>Image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="123"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="124"/>
        <source>Document (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="124"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="125"/>
        <source>Vector image (SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="125"/>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="126"/>
        <source>Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="126"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="312"/>
        <location filename="../plots/live_chart.cpp" line="315"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="320"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="325"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="344"/>
        <source>%1 at %2: %3 (smoothed %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="35"/>
        <source>MSL Workbench</source>
        <translation>MSL 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="36"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="37"/>
        <source>Inspect masks</source>
        <translation>检查掩码</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="38"/>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="39"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="58"/>
        <source>The workspace could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Open a dataset folder or create the demo workspace.</source>
        <translation>请打开数据集文件夹或创建演示工作区。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87"/>
        <source>&amp;Open dataset folder…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>Create &amp;demo workspace</source>
        <translation>创建演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="92"/>
        <source>&amp;Recent datasets</source>
        <translation>最近的数据集(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94"/>
        <source>Open experiment &amp;store…</source>
        <translation>打开实验存储(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="96"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <source>Inspect &amp;masks</source>
        <translation>检查掩码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103"/>
        <source>&amp;Runs</source>
        <translation>训练记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>&amp;About MSL Workbench</source>
        <translation>关于 MSL 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
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
    <name>msl::ui::MaskInspectorPage</name>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="39"/>
        <source>Search users or target titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="41"/>
        <source>Search samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="53"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="74"/>
        <source>&amp;Sample masks</source>
        <translation>样本掩码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="75"/>
        <source>Catalog &amp;trie</source>
        <translation>目录前缀树(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="83"/>
        <location filename="../ui/mask_inspector_page.cpp" line="101"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="87"/>
        <source>Target title tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="88"/>
        <location filename="../ui/mask_inspector_page.cpp" line="92"/>
        <source>Target position</source>
        <translation>目标位置</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="88"/>
        <source>Valid tokens</source>
        <translation>有效词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="98"/>
        <source>Valid tokens at the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="102"/>
        <source>Target tokens</source>
        <translation>目标词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="104"/>
        <source>Valid tokens at position</source>
        <translation>该位置的有效词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="153"/>
        <source>vocabulary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::ui::RunTableModel</name>
    <message>
        <location filename="../ui/run_table_model.cpp" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="80"/>
        <source>Last loss</source>
        <translation>最新损失</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="82"/>
        <source>Best NDCG@10</source>
        <translation>最佳 NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="84"/>
        <source>Last NDCG@10</source>
        <translation>最新 NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="86"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="88"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="90"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs_page.cpp" line="34"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="35"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="36"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="37"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="40"/>
        <source>Refresh runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="41"/>
        <location filename="../ui/runs_page.cpp" line="159"/>
        <source>Rename run</source>
        <translation>重命名训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="42"/>
        <location filename="../ui/runs_page.cpp" line="168"/>
        <source>Delete runs</source>
        <translation>删除训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="43"/>
        <location filename="../ui/runs_page.cpp" line="184"/>
        <source>Export run</source>
        <translation>导出训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="57"/>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="61"/>
        <location filename="../ui/runs_page.cpp" line="62"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="76"/>
        <source>Store:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="145"/>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="153"/>
        <source>Select one run to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="159"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs_page.cpp" line="169"/>
        <source>Delete %n run(s) with all their steps, evaluations and checkpoint records? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="180"/>
        <source>Select one run to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="184"/>
        <source>run-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="184"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::ui::SampleListModel</name>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="46"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="48"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="50"/>
        <source>Target title</source>
        <translation>目标标题</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_model.cpp" line="52"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>msl::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="26"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="31"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33"/>
        <source>Default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34"/>
        <source>Experiment store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="35"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37"/>
        <source>Experiment store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="38"/>
        <source>SQLite store (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="47"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="48"/>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="49"/>
        <source>Experiment &amp;store</source>
        <translation>实验存储(&amp;S)</translation>
    </message>
</context>
<context>
    <name>msl::ui::StoreReader</name>
    <message>
        <location filename="../ui/store_reader.cpp" line="82"/>
        <source>Renamed run %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="92"/>
        <source>Deleted run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="106"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="109"/>
        <source>Exported run %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::ui::ValidTokenModel</name>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="53"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="63"/>
        <source>Token id</source>
        <translation>词元编号</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="65"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="67"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>msl::ui::WorkspacePage</name>
    <message>
        <location filename="../ui/workspace_page.cpp" line="32"/>
        <source>&amp;Open dataset folder…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="33"/>
        <source>Create &amp;demo workspace</source>
        <translation>创建演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="43"/>
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="44"/>
        <source>Create demo workspace</source>
        <translation>创建演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="45"/>
        <source>Synthesize a book catalog and train a tokenizer on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="49"/>
        <source>Workspace progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="65"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="66"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="67"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="68"/>
        <source>Samples per split</source>
        <translation>各划分的样本数</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="69"/>
        <location filename="../ui/workspace_page.cpp" line="77"/>
        <source>Title tokens</source>
        <translation>标题词元数</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="70"/>
        <source>Duplicate titles</source>
        <translation>重复标题</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="71"/>
        <source>Tokenization drift</source>
        <translation>分词漂移</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="72"/>
        <source>First-position valid tokens (n)</source>
        <translation>首位置有效词元数 (n)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="73"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="74"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="77"/>
        <source>Titles</source>
        <translation>标题数</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="78"/>
        <source>Title token lengths</source>
        <translation>标题词元长度</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="86"/>
        <source>Search titles or ids</source>
        <translation>搜索标题或编号</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="88"/>
        <source>Search items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="100"/>
        <source>Catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="156"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="164"/>
        <source>min %1 · mean %2 · max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="174"/>
        <source>%1 of %2 samples drift; %3 would leave the trie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="180"/>
        <source>%1 tokens · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="182"/>
        <source>trained for this dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Fine-tune an LLM recommender with the Masked Softmax Loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Create and open the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Demo workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Open this dataset folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Experiment store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Page to show: workspace, masks, trie, runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Save the window as this PNG once the workspace is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::plots::PlotExport</name>
    <message>
        <location filename="../plots/plot_export.cpp" line="40"/>
        <source>Cannot export %1: use a .png, .pdf or .svg file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plots/plot_export.cpp" line="45"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msl::ui::WorkspaceBuilder</name>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="32"/>
        <location filename="../ui/workspace_builder.cpp" line="84"/>
        <source>Training the tokenizer</source>
        <translation>正在训练分词器</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="60"/>
        <source>Synthesizing the demo catalog</source>
        <translation>正在生成演示目录</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="73"/>
        <source>Loading the dataset</source>
        <translation>正在加载数据集</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="79"/>
        <source>Loading the tokenizer</source>
        <translation>正在加载分词器</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="89"/>
        <source>Building the title trie and the masks</source>
        <translation>正在构建标题前缀树和掩码</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="93"/>
        <source>Checking tokenization drift</source>
        <translation>正在检查分词漂移</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="97"/>
        <source>Summarizing</source>
        <translation>正在汇总</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="111"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
</TS>
