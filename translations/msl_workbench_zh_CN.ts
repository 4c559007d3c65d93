<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="39"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite 存储 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Fine-tune an LLM recommender with the Masked Softmax Loss.</source>
        <translation>使用掩码 Softmax 损失（MSL）微调 LLM 推荐模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Create and open the demo workspace.</source>
        <translation>创建并打开演示工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>Demo workspace folder.</source>
        <translation>演示工作区文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>Open this dataset folder.</source>
        <translation>打开此数据集文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>Experiment store file.</source>
        <translation>实验存储文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>Page to show: workspace, train, masks, trie, recommendations, runs.</source>
        <translation>要显示的页面：workspace、train、masks、trie、recommendations、runs。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="89"/>
        <source>Save the window as this PNG once the workspace is shown, then quit.</source>
        <translation>工作区显示后将窗口保存为此 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Select every run of the store on the Runs page, save the charts of the loss, the row loss at τ, τ, the invalid mass and the validation NDCG@10 into this folder as PNG, then quit (after --screenshot, if given).</source>
        <translation>在“训练记录”页面选中存储中的所有训练，将损失、τ 下的逐行损失、τ、无效概率质量和验证集 NDCG@10 的图表以 PNG 保存到此文件夹，然后退出（如指定了 --screenshot，则在截图之后）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Once the workspace is shown, load this run of the store where a model is shown: Inspect masks and Model A of Recommendations, Model B its counterpart (--screenshot waits for both).</source>
        <translation>工作区显示后，在所有显示模型的位置加载存储中的此训练：“检查掩码”页面以及“推荐”页面的模型 A，模型 B 则为其对照训练（--screenshot 会等待两者）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="109"/>
        <source>Once the workspace is shown, apply this preset on the Train page and start it (--screenshot waits for the run to end).</source>
        <translation>工作区显示后，在“训练”页面应用此预设并开始训练（--screenshot 会等待训练结束）。</translation>
    </message>
</context>
<context>
    <name>msl::plots::ChartToolbar</name>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="19"/>
        <source>Log y</source>
        <translation>对数 y</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="23"/>
        <location filename="../plots/chart_toolbar.cpp" line="26"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="31"/>
        <source>Logarithmic y axis</source>
        <translation>对数 y 轴</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="34"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="35"/>
        <source>Wall time (s)</source>
        <translation>时间 (秒)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="36"/>
        <source>X axis</source>
        <translation>X 轴</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="42"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="43"/>
        <source>Show all data again (or double-click the chart)</source>
        <translation>重新显示全部数据（或双击图表）</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="47"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="50"/>
        <source>Image (PNG)…</source>
        <translation>图像 (PNG)…</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="51"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="52"/>
        <source>Document (PDF)…</source>
        <translation>文档 (PDF)…</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="53"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="54"/>
        <source>Vector image (SVG)…</source>
        <translation>矢量图 (SVG)…</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="55"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plots/chart_toolbar.cpp" line="56"/>
        <source>Data (CSV)…</source>
        <translation>数据 (CSV)…</translation>
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
        <translation>各层梯度范数</translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="26"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../plots/heatmap_chart.cpp" line="28"/>
        <source>log10 gradient norm</source>
        <translation>log10 梯度范数</translation>
    </message>
</context>
<context>
    <name>msl::plots::LiveChart</name>
    <message>
        <location filename="../plots/live_chart.cpp" line="57"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="60"/>
        <location filename="../plots/live_chart.cpp" line="189"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="189"/>
        <source>Wall time (s)</source>
        <translation>时间 (秒)</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="201"/>
        <location filename="../plots/live_chart.cpp" line="204"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="209"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="214"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../plots/live_chart.cpp" line="233"/>
        <source>%1 at %2: %3 (smoothed %4)</source>
        <translation>%1 在 %2：%3（平滑后 %4）</translation>
    </message>
</context>
<context>
    <name>msl::plots::PlotExport</name>
    <message>
        <location filename="../plots/plot_export.cpp" line="40"/>
        <source>Cannot export %1: use a .png, .pdf or .svg file name.</source>
        <translation>无法导出 %1：请使用 .png、.pdf 或 .svg 文件名。</translation>
    </message>
    <message>
        <location filename="../plots/plot_export.cpp" line="45"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>msl::ui::BranchingNodeModel</name>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="32"/>
        <source>(start of title)</source>
        <translation>（标题开头）</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="50"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="52"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="54"/>
        <source>Valid next tokens</source>
        <translation>有效后继词元</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="56"/>
        <source>Titles</source>
        <translation>标题数</translation>
    </message>
    <message>
        <location filename="../ui/branching_node_model.cpp" line="58"/>
        <source>Titles sharing the prefix</source>
        <translation>共享该前缀的标题</translation>
    </message>
</context>
<context>
    <name>msl::ui::CatalogTrieView</name>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="22"/>
        <source>Depth (tokens from the start of the title)</source>
        <translation>深度（距标题开头的词元数）</translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="22"/>
        <source>Trie nodes</source>
        <translation>前缀树节点</translation>
    </message>
    <message>
        <location filename="../ui/catalog_trie_view.cpp" line="31"/>
        <source>Largest branching prefixes</source>
        <translation>分支最多的前缀</translation>
    </message>
</context>
<context>
    <name>msl::ui::ConfigDiffDialog</name>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="15"/>
        <source>(absent)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="24"/>
        <source>Compare run configs</source>
        <translation>比较训练配置</translation>
    </message>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="27"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/config_diff_dialog.cpp" line="41"/>
        <source>The configs are the same.</source>
        <translation>两份配置相同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/config_diff_dialog.cpp" line="42"/>
        <source>%n key(s) differ.</source>
        <translation>
            <numerusform>%n 个键不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msl::ui::ConfigFieldEditor</name>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="62"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="63"/>
        <source>Choose %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="127"/>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="134"/>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="147"/>
        <source>%1 must be two numbers, e.g. 0.9, 0.999</source>
        <translation>%1 必须是两个数字，例如 0.9, 0.999</translation>
    </message>
    <message>
        <location filename="../ui/config_field_editor.cpp" line="178"/>
        <source>Tokenizer (tokenizer.json);;JSON (*.json)</source>
        <translation>分词器 (tokenizer.json);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>msl::ui::DemoPanel</name>
    <message>
        <location filename="../ui/demo_panel.cpp" line="19"/>
        <source>Train the demo r&amp;uns</source>
        <translation>运行演示训练(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="24"/>
        <source>LML, MSL and MSL+ATS on the demo workspace from the same initial weights, and the popularity, Markov, SASRec and same-series baselines, recorded in this store (mslw demo, a few minutes on a CPU)</source>
        <translation>在演示工作区上从相同的初始权重训练 LML、MSL 和 MSL+ATS，并运行流行度、Markov、SASRec 和同系列基线，结果记录在此存储中（mslw demo，在 CPU 上需要几分钟）</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="28"/>
        <source>Cancel the demo runs</source>
        <translation>取消演示训练</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="85"/>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="97"/>
        <source>Starting the demo…</source>
        <translation>正在启动演示…</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="145"/>
        <source>The demo runs are in this store: select them to compare.</source>
        <translation>演示训练已保存在此存储中：选中它们即可比较。</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="148"/>
        <source>Demo cancelled; the runs it finished stay in the store.</source>
        <translation>演示已取消；已完成的训练保留在存储中。</translation>
    </message>
    <message>
        <location filename="../ui/demo_panel.cpp" line="149"/>
        <source>The demo failed: %1</source>
        <translation>演示失败：%1</translation>
    </message>
</context>
<context>
    <name>msl::ui::GeneratedTitleModel</name>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="42"/>
        <source>No catalog item has this title: the model invented it</source>
        <translation>目录中没有物品使用此标题：这是模型编造的</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="51"/>
        <source>in catalog</source>
        <translation>在目录中</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="51"/>
        <source>invented</source>
        <translation>编造</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="61"/>
        <source>Generated title</source>
        <translation>生成的标题</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="63"/>
        <source>First token p</source>
        <translation>首词元 p</translation>
    </message>
    <message>
        <location filename="../ui/generated_title_model.cpp" line="65"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>msl::ui::HistoryModel</name>
    <message>
        <location filename="../ui/history_model.cpp" line="68"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../ui/history_model.cpp" line="70"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>msl::ui::HistoryPanel</name>
    <message>
        <location filename="../ui/history_panel.cpp" line="25"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="28"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="34"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="36"/>
        <source>Add an item: id or title</source>
        <translation>添加物品：编号或标题</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="37"/>
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="39"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="53"/>
        <source>History (oldest first)</source>
        <translation>历史（最早的在前）</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="79"/>
        <source>User %1&apos;s next item: %2 [%3]</source>
        <translation>用户 %1 的下一个物品：%2 [%3]</translation>
    </message>
    <message>
        <location filename="../ui/history_panel.cpp" line="105"/>
        <source>&apos;%1&apos; is no item of the catalog; type an id or pick a title.</source>
        <translation>“%1”不是目录中的物品；请输入编号或选择标题。</translation>
    </message>
</context>
<context>
    <name>msl::ui::InvalidTokenModel</name>
    <message>
        <location filename="../ui/invalid_token_model.cpp" line="55"/>
        <source>Token id</source>
        <translation>词元编号</translation>
    </message>
    <message>
        <location filename="../ui/invalid_token_model.cpp" line="57"/>
        <source>Invalid token</source>
        <translation>无效词元</translation>
    </message>
    <message>
        <location filename="../ui/invalid_token_model.cpp" line="59"/>
        <source>Full softmax p</source>
        <translation>完整 Softmax p</translation>
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
    <name>msl::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>MSL Workbench</source>
        <translation>MSL 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="51"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="53"/>
        <source>Inspect masks</source>
        <translation>检查掩码</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="54"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="55"/>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="56"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="60"/>
        <source>Your dataset and model. Open a dataset folder, or create the demo workspace, to see its catalog, users and splits; pick the checkpoint and the device every page trains and evaluates on.</source>
        <translation>数据集与模型。打开数据集文件夹或创建演示工作区，即可查看其目录、用户和数据划分；并选择各页面训练和评估所用的检查点与设备。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="65"/>
        <source>Fine-tune the model with MSL, MSL+ATS or the plain language-modelling loss (LML). Pick a preset and press Start: loss, temperature, gradient norms, memory and evaluations update live. Under MSL+ATS the objective τ·ℓ climbs while ATS raises τ: the objective ÷ τ is the curve that falls as the model learns, and validation NDCG@10 says whether its recommendations improve.</source>
        <translation>使用 MSL、MSL+ATS 或普通语言建模损失 (LML) 微调模型。选择一个预设并点击“开始”：损失、温度、梯度范数、内存和评估会实时更新。在 MSL+ATS 下，随着 ATS 提高 τ，优化目标 τ·ℓ 会上升：优化目标 ÷ τ 才是随模型学习而下降的曲线，验证集 NDCG@10 则说明推荐是否变好。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="72"/>
        <source>Which next tokens are valid at each position of a target title: the catalog trie behind MSL&apos;s mask. Load a model to see how much probability it puts on the tokens the mask removes.</source>
        <translation>目标标题每个位置上哪些后继词元有效：即 MSL 掩码背后的目录前缀树。加载模型可查看它在被掩码移除的词元上分配了多少概率。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>One user&apos;s history and the top titles of two models side by side: by default the run you trained and the run it is naturally compared with. Edit the history and both lists recompute.</source>
        <translation>并排显示一位用户的历史和两个模型给出的靠前标题：默认是刚刚训练的那次训练，以及与之自然对照的训练。编辑历史后，两个列表都会重新计算。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="82"/>
        <source>Every run and baseline of this workspace&apos;s store. Select runs to chart any stored metric; the table compares their latest evaluations with a reference run, with paired tests. Add baselines fits popularity, Markov and SASRec on the training split.</source>
        <translation>此工作区存储中的所有训练和基线。选择训练即可绘制任意已存储的指标；表格通过配对检验将它们的最新评估与参考训练进行比较。“添加基线”会在训练集上拟合流行度、Markov 和 SASRec。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102"/>
        <source>The workspace could not be opened.</source>
        <translation>无法打开工作区。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>Open a dataset folder or create the demo workspace.</source>
        <translation>请打开数据集文件夹或创建演示工作区。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>&amp;Open dataset folder…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="186"/>
        <source>Create &amp;demo workspace</source>
        <translation>创建演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="188"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Recent datasets</source>
        <translation>最近的数据集(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="193"/>
        <source>Open &amp;checkpoint folder…</source>
        <translation>打开检查点文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>Create &amp;tiny model…</source>
        <translation>创建微型模型(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="202"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Open experiment &amp;store…</source>
        <translation>打开实验存储(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="207"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="213"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>Inspect &amp;masks</source>
        <translation>检查掩码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>Re&amp;commendations</source>
        <translation>推荐(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="215"/>
        <source>&amp;Runs</source>
        <translation>训练记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227"/>
        <source>The &amp;method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>Show page &amp;introductions</source>
        <translation>显示页面介绍(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>&amp;About MSL Workbench</source>
        <translation>关于 MSL 工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260"/>
        <source>Open experiment store</source>
        <translation>打开实验存储</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite 存储 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>Creating the demo workspace in %1…</source>
        <translation>正在 %1 中创建演示工作区…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="311"/>
        <source>MSL Workbench — %1</source>
        <translation>MSL 工作台 — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>Opened %1 in %2 s.</source>
        <translation>已打开 %1，用时 %2 秒。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>About MSL Workbench</source>
        <translation>关于 MSL 工作台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="353"/>
        <source>&lt;p&gt;&lt;b&gt;MSL Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Fine-tune an LLM as a recommender with the Masked Softmax Loss, and watch and debug training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MSL 工作台&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;使用掩码 Softmax 损失（MSL）将 LLM 微调为推荐模型，并监控和调试训练过程。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>msl::ui::MaskInspectorPage</name>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="42"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="46"/>
        <source>Invalid tokens the full softmax favours</source>
        <translation>完整 Softmax 偏好的无效词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="58"/>
        <source>&amp;Sample masks</source>
        <translation>样本掩码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="59"/>
        <source>Catalog &amp;trie</source>
        <translation>目录前缀树(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="67"/>
        <location filename="../ui/mask_inspector_page.cpp" line="85"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="71"/>
        <source>Target title tokens</source>
        <translation>目标标题词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="72"/>
        <location filename="../ui/mask_inspector_page.cpp" line="76"/>
        <source>Target position</source>
        <translation>目标位置</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="72"/>
        <source>Valid tokens</source>
        <translation>有效词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="82"/>
        <source>Valid tokens at the position</source>
        <translation>该位置的有效词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="86"/>
        <source>Target tokens</source>
        <translation>目标词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="88"/>
        <source>Valid tokens at position</source>
        <translation>该位置的有效词元</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="107"/>
        <source>Load a checkpoint or a stored run to see the model&apos;s probabilities.</source>
        <translation>加载检查点或已存储的训练以查看模型的概率。</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="126"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="146"/>
        <source>Running the model on sample %1…</source>
        <translation>正在对样本 %1 运行模型…</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="168"/>
        <source>The model&apos;s tokenizer splits this target differently from the workspace&apos;s tokenizer; its probabilities are not shown.</source>
        <translation>模型的分词器对该目标的切分与工作区分词器不同；因此不显示其概率。</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="191"/>
        <source>Position %1: the target token has p = %2 under the masked softmax and %3 under the full softmax; invalid tokens hold %4 of the full softmax.</source>
        <translation>位置 %1：目标词元在掩码 Softmax 下 p = %2，在完整 Softmax 下为 %3；无效词元占完整 Softmax 的 %4。</translation>
    </message>
    <message>
        <location filename="../ui/mask_inspector_page.cpp" line="237"/>
        <source>vocabulary: %1</source>
        <translation>词表：%1</translation>
    </message>
</context>
<context>
    <name>msl::ui::MethodDialog</name>
    <message>
        <location filename="../ui/method_dialog.cpp" line="18"/>
        <source>The method — MSL Workbench</source>
        <translation>方法 — MSL 工作台</translation>
    </message>
    <message>
        <location filename="../ui/method_dialog.cpp" line="23"/>
        <source>The description of the method is missing from this build.</source>
        <translation>此构建中缺少方法说明。</translation>
    </message>
    <message>
        <location filename="../ui/method_dialog.cpp" line="27"/>
        <source>The method</source>
        <translation>方法</translation>
    </message>
</context>
<context>
    <name>msl::ui::ModelFigures</name>
    <message>
        <location filename="../ui/model_figures.cpp" line="20"/>
        <source>%1 · %2 layers · hidden %3 · heads %4/%5 kv · vocabulary %6</source>
        <translation>%1 · %2 层 · 隐藏维度 %3 · 注意力头 %4/%5 kv · 词表 %6</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="27"/>
        <source>%1 (%2 stored in %3 tensors)</source>
        <translation>%1（%2，存储于 %3 个张量）</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="38"/>
        <source>inference %1 · LoRA training %2 (%3, 512 tokens)</source>
        <translation>推理 %1 · LoRA 训练 %2（%3，512 词元）</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="43"/>
        <source>unknown: the free memory of %1 cannot be read</source>
        <translation>未知：无法读取 %1 的可用内存</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="46"/>
        <source>yes: LoRA training needs %1 of the %2 free on %3</source>
        <translation>是：LoRA 训练需要 %1，%3 上可用 %2</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="47"/>
        <source>no: LoRA training needs %1, only %2 are free on %3</source>
        <translation>否：LoRA 训练需要 %1，%3 上仅有 %2 可用</translation>
    </message>
    <message>
        <location filename="../ui/model_figures.cpp" line="57"/>
        <source>%1 — %2 (%3, %4 free)</source>
        <translation>%1 — %2（%3，可用 %4）</translation>
    </message>
</context>
<context>
    <name>msl::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model_panel.cpp" line="31"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="33"/>
        <source>Open &amp;checkpoint…</source>
        <translation>打开检查点(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="34"/>
        <source>Create &amp;tiny model…</source>
        <translation>创建微型模型(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="36"/>
        <source>Recent chec&amp;kpoints</source>
        <translation>最近的检查点(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="41"/>
        <location filename="../ui/model_panel.cpp" line="112"/>
        <source>Open checkpoint folder</source>
        <translation>打开检查点文件夹</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="42"/>
        <source>A Hugging Face checkpoint folder: config.json and safetensors</source>
        <translation>Hugging Face 检查点文件夹：config.json 和 safetensors</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="43"/>
        <source>Create tiny model</source>
        <translation>创建微型模型</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="44"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="45"/>
        <source>Recent checkpoints</source>
        <translation>最近的检查点</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="48"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="50"/>
        <source>cpu</source>
        <translation>cpu</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="52"/>
        <source>Model progress</source>
        <translation>模型进度</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="75"/>
        <source>Dev&amp;ice</source>
        <translation>设备(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="76"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="77"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="78"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="79"/>
        <source>Memory estimate</source>
        <translation>内存估算</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="80"/>
        <source>Fits the device</source>
        <translation>适合该设备</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="119"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="135"/>
        <source>Create tiny model in folder</source>
        <translation>在文件夹中创建微型模型</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="142"/>
        <source>Open a dataset with a tokenizer.json first: a model is made for its tokenizer.</source>
        <translation>请先打开包含 tokenizer.json 的数据集：模型是为其分词器创建的。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="153"/>
        <source>Creating a tiny model in %1…</source>
        <translation>正在 %1 中创建微型模型…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="165"/>
        <source>A randomly initialised Llama-style model (~0.1M body parameters) for %1</source>
        <translation>随机初始化的 Llama 风格模型（主体参数约 0.1M），用于 %1</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="167"/>
        <source>Open a dataset with a tokenizer.json first: a model is made for its tokenizer</source>
        <translation>请先打开包含 tokenizer.json 的数据集：模型是为其分词器创建的</translation>
    </message>
</context>
<context>
    <name>msl::ui::ModelSourcePicker</name>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="56"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="60"/>
        <source>Checkpoint folder</source>
        <translation>检查点文件夹</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="60"/>
        <source>Stored run</source>
        <translation>已存储的训练</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="61"/>
        <source>%1: model source</source>
        <translation>%1：模型来源</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="62"/>
        <source>config.json, model.safetensors, tokenizer.json</source>
        <translation>config.json、model.safetensors、tokenizer.json</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="63"/>
        <source>LoRA adapter (optional)</source>
        <translation>LoRA 适配器（可选）</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="64"/>
        <source>experiments.sqlite</source>
        <translation>experiments.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="65"/>
        <source>%1: checkpoint folder</source>
        <translation>%1：检查点文件夹</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="66"/>
        <source>%1: LoRA adapter folder</source>
        <translation>%1：LoRA 适配器文件夹</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="67"/>
        <source>%1: experiment store</source>
        <translation>%1：实验存储</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="68"/>
        <source>Load %1</source>
        <translation>加载 %1</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="69"/>
        <source>%1: run</source>
        <translation>%1：训练</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="74"/>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="75"/>
        <source>step </source>
        <translation>步 </translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="76"/>
        <source>%1: checkpoint step</source>
        <translation>%1：检查点步数</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="130"/>
        <source>run %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <location filename="../ui/model_source_picker.cpp" line="152"/>
        <source>%1 (run %2, %3)</source>
        <translation>%1（训练 %2，%3）</translation>
    </message>
</context>
<context>
    <name>msl::ui::PageIntro</name>
    <message>
        <location filename="../ui/page_intro.cpp" line="33"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../ui/page_intro.cpp" line="34"/>
        <source>Dismiss this page&apos;s introduction</source>
        <translation>关闭此页面的介绍</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommendationColumn</name>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="49"/>
        <source>%1: constrained top-K</source>
        <translation>%1：受约束的 Top-K</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="51"/>
        <source>%1: unconstrained generation</source>
        <translation>%1：无约束生成</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="86"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="108"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="135"/>
        <source>No known next item.</source>
        <translation>没有已知的下一个物品。</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="137"/>
        <source>Next item at rank %1 of %2.</source>
        <translation>下一个物品排名第 %1（共 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="138"/>
        <source>Next item not in the top %1.</source>
        <translation>下一个物品不在前 %1 名中。</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_column.cpp" line="139"/>
        <source>%1 %2 of %3 unconstrained titles are invented (%4 s).</source>
        <translation>%1 %3 个无约束标题中有 %2 个是编造的（%4 秒）。</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommendationListModel</name>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="53"/>
        <source>The user&apos;s next item</source>
        <translation>该用户的下一个物品</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="81"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="83"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="85"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/recommendation_list_model.cpp" line="87"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommendationsPage</name>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="40"/>
        <source>Model A</source>
        <translation>模型 A</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="41"/>
        <source>Model B</source>
        <translation>模型 B</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="49"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="50"/>
        <source>Per-user metrics</source>
        <translation>按用户的指标</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="55"/>
        <source>Choose a stored run for model A first.</source>
        <translation>请先为模型 A 选择一个已存储的训练。</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="71"/>
        <location filename="../ui/recommendations_page.cpp" line="89"/>
        <source>Split</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="75"/>
        <source>Beams</source>
        <translation>束数</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="76"/>
        <source>Full softmax, then mask (HF CBS)</source>
        <translation>先完整 Softmax 再掩码（HF CBS）</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="78"/>
        <source>Masked softmax (as MSL trains)</source>
        <translation>掩码 Softmax（与 MSL 训练一致）</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="79"/>
        <source>Masking variant</source>
        <translation>掩码方式</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="82"/>
        <source>Unconstrained generations</source>
        <translation>无约束生成结果</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="91"/>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="94"/>
        <source>Unconstrained</source>
        <translation>无约束</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="98"/>
        <source>Search user ids</source>
        <translation>搜索用户编号</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="100"/>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <location filename="../ui/recommendations_page.cpp" line="106"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>msl::ui::RecommenderLoader</name>
    <message>
        <location filename="../ui/recommender_loader.cpp" line="30"/>
        <source>, step %1</source>
        <translation>，第 %1 步</translation>
    </message>
    <message>
        <location filename="../ui/recommender_loader.cpp" line="31"/>
        <source>%1%2 on %3</source>
        <translation>%1%2，运行于 %3</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunConfigBar</name>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="18"/>
        <source>Paper: Book</source>
        <translation>论文：Book</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="19"/>
        <source>Paper: Toy</source>
        <translation>论文：Toy</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="20"/>
        <source>Quick CPU demo</source>
        <translation>快速 CPU 演示</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="32"/>
        <source>Apply preset</source>
        <translation>应用预设</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="34"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="36"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="38"/>
        <source>Clone run…</source>
        <translation>克隆训练…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="39"/>
        <source>Fill the form with a stored run&apos;s config</source>
        <translation>用已存储训练的配置填写表单</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="41"/>
        <source>Compare with run…</source>
        <translation>与训练比较…</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="42"/>
        <source>What differs between this form and a stored run&apos;s config</source>
        <translation>此表单与已存储训练的配置之间的差异</translation>
    </message>
    <message>
        <location filename="../ui/run_config_bar.cpp" line="44"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunConfigFields</name>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="33"/>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="34"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="34"/>
        <source>Run name in the store; empty: data folder and loss</source>
        <translation>存储中的训练名称；留空：数据文件夹和损失</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="35"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="36"/>
        <source>Checkpoints go to &lt;folder&gt;/run-&lt;id&gt;-&lt;store&gt;; relative to the store&apos;s folder</source>
        <translation>检查点保存到 &lt;文件夹&gt;/run-&lt;id&gt;-&lt;存储&gt;；相对于存储所在的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="37"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="38"/>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="39"/>
        <source>Train split</source>
        <translation>训练集划分</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="40"/>
        <source>Validation split</source>
        <translation>验证集划分</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="41"/>
        <source>Test split</source>
        <translation>测试集划分</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="42"/>
        <source>Cutoff length</source>
        <translation>截断长度</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="43"/>
        <source>Prompt + target tokens; the oldest history items are dropped, never the target</source>
        <translation>提示词 + 目标词元；丢弃最早的历史物品，从不丢弃目标</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="44"/>
        <source>Length bucketing</source>
        <translation>按长度分桶</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="45"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="46"/>
        <source>Create a random model</source>
        <translation>创建随机模型</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="47"/>
        <source>Train a randomly initialised model instead of loading a checkpoint</source>
        <translation>训练随机初始化的模型，而不是加载检查点</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="48"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="49"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="50"/>
        <source>Creation seed</source>
        <translation>创建种子</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="51"/>
        <source>Checkpoint folder</source>
        <translation>检查点文件夹</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="52"/>
        <source>Hugging Face folder with config.json and model.safetensors</source>
        <translation>包含 config.json 和 model.safetensors 的 Hugging Face 文件夹</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="53"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="53"/>
        <source>tokenizer.json; empty: the checkpoint&apos;s</source>
        <translation>tokenizer.json；留空：使用检查点自带的</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="54"/>
        <source>Tokenizer vocabulary</source>
        <translation>分词器词表</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="55"/>
        <source>Created model without a tokenizer: BPE of this size trained on the train split</source>
        <translation>无分词器的新建模型：在训练集上训练此大小的 BPE</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="56"/>
        <location filename="../ui/run_config_fields.cpp" line="57"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="58"/>
        <source>lml: full-vocabulary softmax; msl: softmax over the valid tokens; msl_ats: MSL with the adaptive temperature</source>
        <translation>lml：全词表 Softmax；msl：仅对有效词元做 Softmax；msl_ats：带自适应温度的 MSL</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="60"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="60"/>
        <source>Temperature of LML/MSL; initial τ of ATS</source>
        <translation>LML/MSL 的温度；ATS 的初始 τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="61"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="61"/>
        <source>ATS: n·η must exceed 1</source>
        <translation>ATS：n·η 必须大于 1</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="62"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="62"/>
        <source>ATS: weight of the new estimate in the EMA</source>
        <translation>ATS：新估计值在 EMA 中的权重</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="63"/>
        <source>ATS warm-up steps</source>
        <translation>ATS 预热步数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="64"/>
        <source>Minimum τ</source>
        <translation>最小 τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="65"/>
        <source>Maximum τ</source>
        <translation>最大 τ</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="66"/>
        <source>ATS rows</source>
        <translation>ATS 行</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="67"/>
        <source>Single-token rows</source>
        <translation>单词元行</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="68"/>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="69"/>
        <source>Invalid mass every</source>
        <translation>无效概率质量测量间隔</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="70"/>
        <source>Measure the probability on invalid tokens every k steps; 0 = never</source>
        <translation>每 k 步测量一次无效词元上的概率；0 = 从不</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="71"/>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="72"/>
        <source>LoRA (off: full fine-tuning)</source>
        <translation>LoRA（关闭：全参数微调）</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="73"/>
        <source>Rank r</source>
        <translation>秩 r</translation>
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
        <translation>目标模块</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="76"/>
        <source>Comma-separated projection names</source>
        <translation>以逗号分隔的投影层名称</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="77"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="78"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="79"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="80"/>
        <source>Betas</source>
        <translation>Betas</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="80"/>
        <source>Two numbers, e.g. 0.9, 0.999</source>
        <translation>两个数字，例如 0.9, 0.999</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="81"/>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="82"/>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="83"/>
        <source>Warm-up steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="84"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="85"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="86"/>
        <source>Gradient accumulation</source>
        <translation>梯度累积</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="87"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="88"/>
        <source>Max steps</source>
        <translation>最大步数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="89"/>
        <source>&gt; 0 stops there and sets the schedule&apos;s length; 0 = by epochs</source>
        <translation>&gt; 0 时在此步停止并设定调度长度；0 = 按轮数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="90"/>
        <source>Clip norm</source>
        <translation>梯度裁剪范数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="90"/>
        <source>0 = no clipping</source>
        <translation>0 = 不裁剪</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="91"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="92"/>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="92"/>
        <source>Steps; 0 = only at epoch ends</source>
        <translation>步数；0 = 仅在每轮结束时</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="93"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="94"/>
        <source>auto (the Workspace page&apos;s choice), cpu, cuda or cuda:N</source>
        <translation>auto（工作区页面的选择）、cpu、cuda 或 cuda:N</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="95"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="96"/>
        <source>auto: bf16 on CUDA, fp32 on the CPU. LoRA in bf16 stores the base weights in bf16; full fine-tuning keeps fp32 master weights and computes in bf16 (autocast). Adapters, optimizer and loss stay fp32</source>
        <translation>auto：CUDA 上为 bf16，CPU 上为 fp32。bf16 的 LoRA 以 bf16 存储基础权重；全量微调保留 fp32 主权重并以 bf16 计算（autocast）。适配器、优化器和损失保持 fp32</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="99"/>
        <source>Activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="100"/>
        <source>Recompute each layer in backward: less memory, about a third more compute</source>
        <translation>在反向传播中重新计算每一层：内存更少，计算量约增加三分之一</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="101"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="102"/>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="102"/>
        <source>Steps; 0 = never during training</source>
        <translation>步数；0 = 训练期间不评估</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="103"/>
        <source>Subset</source>
        <translation>子集</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="103"/>
        <source>Validation samples per evaluation; 0 = all</source>
        <translation>每次评估的验证样本数；0 = 全部</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="104"/>
        <source>Subset seed</source>
        <translation>子集种子</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="105"/>
        <source>The same seed picks the same samples in every run</source>
        <translation>相同的种子在每次训练中选取相同的样本</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="106"/>
        <source>At the end</source>
        <translation>结束时</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="106"/>
        <source>The split evaluated in full after training</source>
        <translation>训练结束后完整评估的数据划分</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="107"/>
        <source>Beams</source>
        <translation>束数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="107"/>
        <source>Beam width = titles returned</source>
        <translation>束宽 = 返回的标题数</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="108"/>
        <source>Masking</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="109"/>
        <source>full_softmax_then_mask: the paper&apos;s CBS; masked_softmax: the distribution MSL trains</source>
        <translation>full_softmax_then_mask：论文中的 CBS；masked_softmax：MSL 所训练的分布</translation>
    </message>
    <message>
        <location filename="../ui/run_config_fields.cpp" line="111"/>
        <source>Users per batch</source>
        <translation>每批用户数</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunPickerDialog</name>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="20"/>
        <source>Reading the experiment store…</source>
        <translation>正在读取实验存储…</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="23"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="63"/>
        <source>No run of the store fits.</source>
        <translation>存储中没有符合条件的训练。</translation>
    </message>
    <message>
        <location filename="../ui/run_picker_dialog.cpp" line="63"/>
        <source>Choose a run.</source>
        <translation>请选择一个训练。</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunQuantity</name>
    <message>
        <location filename="../ui/run_quantity.cpp" line="24"/>
        <source>Loss (the objective)</source>
        <translation>损失（优化目标）</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="27"/>
        <source>Masked cross-entropy at τ = 1</source>
        <translation>τ = 1 时的掩码交叉熵</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="30"/>
        <source>Temperature τ</source>
        <translation>温度 τ</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="33"/>
        <source>Invalid probability mass</source>
        <translation>无效概率质量</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="36"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="39"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="42"/>
        <source>Tokens per second</source>
        <translation>每秒词元数</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="52"/>
        <source>Row loss at the run&apos;s τ (objective ÷ τ under ATS)</source>
        <translation>训练所用 τ 下的逐行损失（ATS 下为优化目标 ÷ τ）</translation>
    </message>
    <message>
        <location filename="../ui/run_quantity.cpp" line="75"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunTableModel</name>
    <message>
        <location filename="../ui/run_table_model.cpp" line="79"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="83"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="85"/>
        <source>Last loss</source>
        <translation>最新损失</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="87"/>
        <source>Best NDCG@10</source>
        <translation>最佳 NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="89"/>
        <source>Last NDCG@10</source>
        <translation>最新 NDCG@10</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="91"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="93"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/run_table_model.cpp" line="95"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
</context>
<context>
    <name>msl::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs_page.cpp" line="51"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="52"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="53"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="54"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="55"/>
        <source>Add &amp;baselines</source>
        <translation>添加基线(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="56"/>
        <source>Add baseline runs</source>
        <translation>添加基线训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="58"/>
        <source>Popularity, Markov and SASRec on the workspace&apos;s dataset, evaluated on its test split as the runs are, recorded beside them</source>
        <translation>在工作区的数据集上运行流行度、Markov 和 SASRec，与各训练一样在其测试集上评估，并与它们一同记录</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="63"/>
        <source>Refresh runs</source>
        <translation>刷新训练列表</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="64"/>
        <location filename="../ui/runs_page.cpp" line="431"/>
        <source>Rename run</source>
        <translation>重命名训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="65"/>
        <location filename="../ui/runs_page.cpp" line="440"/>
        <source>Delete runs</source>
        <translation>删除训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="66"/>
        <location filename="../ui/runs_page.cpp" line="456"/>
        <source>Export run</source>
        <translation>导出训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="81"/>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="92"/>
        <source>Quantity to chart</source>
        <translation>要绘制的指标</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="94"/>
        <source>What the chart overlays for the selected runs. Runs of different loss kinds or temperatures compare on the masked cross-entropy at τ = 1 and on validation NDCG@10.</source>
        <translation>图表为所选训练叠加显示的指标。不同损失类型或温度的训练可通过 τ = 1 时的掩码交叉熵和验证集 NDCG@10 进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="100"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="101"/>
        <source>valid</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="102"/>
        <source>Split compared</source>
        <translation>比较的数据划分</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="103"/>
        <source>Reference run</source>
        <translation>参考训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="105"/>
        <source>Differences and p-values are against this run, on the same samples (paired Wilcoxon signed-rank test, as mslw compare)</source>
        <translation>差值和 p 值均相对于此训练，基于相同的样本（配对 Wilcoxon 符号秩检验，与 mslw compare 相同）</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="112"/>
        <source>Samples</source>
        <translation>样本</translation>
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
        <translation>所选训练的比较</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="135"/>
        <source>Store:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="148"/>
        <source>Ch&amp;art:</source>
        <translation>图表(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="159"/>
        <source>Latest evaluation of</source>
        <translation>最新评估：</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="161"/>
        <source>against</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="206"/>
        <source>Fitting and evaluating the baselines on %1…</source>
        <translation>正在 %1 上拟合并评估基线…</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="312"/>
        <location filename="../ui/runs_page.cpp" line="368"/>
        <location filename="../ui/runs_page.cpp" line="394"/>
        <source>%1 (run %2)</source>
        <translation>%1（训练 %2）</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="398"/>
        <location filename="../ui/runs_page.cpp" line="400"/>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="411"/>
        <source>Wilcoxon signed-rank p %1, paired t-test p %2</source>
        <translation>Wilcoxon 符号秩检验 p %1，配对 t 检验 p %2</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="425"/>
        <source>Select one run to rename.</source>
        <translation>请选择一个要重命名的训练。</translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="431"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs_page.cpp" line="441"/>
        <source>Delete %n run(s) with all their steps, evaluations and checkpoint records? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 个训练及其所有步骤、评估和检查点记录？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs_page.cpp" line="452"/>
        <source>Select one run to export.</source>
        <translation>请选择一个要导出的训练。</translation>
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
    <name>msl::ui::SampleListPanel</name>
    <message>
        <location filename="../ui/sample_list_panel.cpp" line="21"/>
        <source>Search users or target titles</source>
        <translation>搜索用户或目标标题</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_panel.cpp" line="23"/>
        <source>Search samples</source>
        <translation>搜索样本</translation>
    </message>
    <message>
        <location filename="../ui/sample_list_panel.cpp" line="37"/>
        <source>Samples</source>
        <translation>样本</translation>
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
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33"/>
        <source>Default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34"/>
        <source>Experiment store file</source>
        <translation>实验存储文件</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="35"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37"/>
        <source>Experiment store</source>
        <translation>实验存储</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="38"/>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite 存储 (*.sqlite)</translation>
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
    <name>msl::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="44"/>
        <location filename="../ui/shortcuts_dialog.cpp" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="47"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="47"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.cpp" line="47"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>msl::ui::StoreReader</name>
    <message>
        <location filename="../ui/store_reader.cpp" line="105"/>
        <source>Renamed run %1 to %2.</source>
        <translation>已将训练 %1 重命名为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="115"/>
        <source>Deleted run %1.</source>
        <translation>已删除训练 %1。</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="129"/>
        <source>Exported run %1 to %2.</source>
        <translation>已将训练 %1 导出到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="144"/>
        <source>%1 (run %2, HR@10 %3)</source>
        <translation>%1（训练 %2，HR@10 %3）</translation>
    </message>
    <message>
        <location filename="../ui/store_reader.cpp" line="149"/>
        <source>Added the baselines: %1.</source>
        <translation>已添加基线：%1。</translation>
    </message>
</context>
<context>
    <name>msl::ui::TrainCharts</name>
    <message>
        <location filename="../ui/train_charts.cpp" line="47"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="47"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="48"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="48"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="49"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="49"/>
        <source>global norm</source>
        <translation>全局范数</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="50"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="50"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="51"/>
        <source>Invalid probability mass</source>
        <translation>无效概率质量</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="51"/>
        <source>mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="52"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="52"/>
        <location filename="../ui/train_charts.cpp" line="102"/>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="53"/>
        <source>Device memory</source>
        <translation>设备内存</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="53"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="54"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="54"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="95"/>
        <source>loss (the objective)</source>
        <translation>损失（优化目标）</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="96"/>
        <source>masked cross-entropy at τ = 1</source>
        <translation>τ = 1 时的掩码交叉熵</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="97"/>
        <source>τ in use</source>
        <translation>当前 τ</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="98"/>
        <source>τ̂ (ATS estimate)</source>
        <translation>τ̂（ATS 估计值）</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="99"/>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="100"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="101"/>
        <source>invalid mass</source>
        <translation>无效质量</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="104"/>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="105"/>
        <source>reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="106"/>
        <source>peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="107"/>
        <source>estimate before the run</source>
        <translation>训练前的估算</translation>
    </message>
    <message>
        <location filename="../ui/train_charts.cpp" line="120"/>
        <source>row loss at the τ in use (objective ÷ τ)</source>
        <translation>当前 τ 下的逐行损失（优化目标 ÷ τ）</translation>
    </message>
</context>
<context>
    <name>msl::ui::TrainPage</name>
    <message>
        <location filename="../ui/train_page.cpp" line="68"/>
        <source>Training log</source>
        <translation>训练日志</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="77"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="78"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="100"/>
        <source>%1 checkpoint at step %2: %3</source>
        <translation>第 %2 步的 %1 检查点：%3</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="109"/>
        <source>Pausing at the next step boundary…</source>
        <translation>将在下一步边界处暂停…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="111"/>
        <source>Stopping at the next step boundary (writing a checkpoint)…</source>
        <translation>将在下一步边界处停止（正在写入检查点）…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="113"/>
        <location filename="../ui/train_page.cpp" line="279"/>
        <source>Run %1 is training.</source>
        <translation>训练 %1 正在进行。</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="131"/>
        <location filename="../ui/train_page.cpp" line="232"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="132"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="133"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="134"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="135"/>
        <source>Stop at the next step boundary, writing a checkpoint to continue from</source>
        <translation>在下一步边界处停止，并写入可用于继续训练的检查点</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="136"/>
        <source>Continue run…</source>
        <translation>继续训练…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="138"/>
        <source>Resume an interrupted or stopped run, or extend a finished one, from its latest checkpoint</source>
        <translation>从最新检查点恢复中断或停止的训练，或延长已完成的训练</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="141"/>
        <source>Start a new run instead</source>
        <translation>改为开始新的训练</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="151"/>
        <source>Training processes</source>
        <translation>训练进程数</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="153"/>
        <source>Processes: </source>
        <translation>进程数：</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="155"/>
        <source>Train data-parallel over this many processes on this machine: each takes part of every batch, the run is the same as with one (docs/distributed.md)</source>
        <translation>在本机上以这么多个进程进行数据并行训练：每个进程处理每个批次的一部分，训练结果与单进程相同（docs/distributed.md）</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="226"/>
        <source>Start continues run %1 from its latest checkpoint; raise epochs or max steps to extend a finished run.</source>
        <translation>“开始”将从最新检查点继续训练 %1；要延长已完成的训练，请增加轮数或最大步数。</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="232"/>
        <source>Continue run %1</source>
        <translation>继续训练 %1</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="251"/>
        <location filename="../ui/train_page.cpp" line="362"/>
        <location filename="../ui/train_page.cpp" line="413"/>
        <source>The run config is not valid: %1</source>
        <translation>训练配置无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="255"/>
        <source>No experiment store is set (File → Open experiment store).</source>
        <translation>未设置实验存储（文件 → 打开实验存储）。</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="269"/>
        <source>Loading run %1&apos;s checkpoint…</source>
        <translation>正在加载训练 %1 的检查点…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="270"/>
        <source>Preparing the data and the model…</source>
        <translation>正在准备数据和模型…</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="294"/>
        <source>evaluation at step %1 on %2 (%3 samples): %4</source>
        <translation>第 %1 步在 %2 上的评估（%3 个样本）：%4</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="305"/>
        <source>Run %1 %2: %3</source>
        <translation>训练 %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="306"/>
        <source>The run did not start: %1</source>
        <translation>训练未能开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="368"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="375"/>
        <source>Load run config</source>
        <translation>加载训练配置</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="376"/>
        <location filename="../ui/train_page.cpp" line="382"/>
        <source>Run config (*.json)</source>
        <translation>训练配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="382"/>
        <source>Save run config</source>
        <translation>保存训练配置</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="383"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="387"/>
        <source>Clone a run&apos;s config</source>
        <translation>克隆训练配置</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="399"/>
        <source>Continue a run</source>
        <translation>继续一个训练</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="416"/>
        <source>Compare with a run</source>
        <translation>与一个训练比较</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="422"/>
        <source>This form</source>
        <translation>此表单</translation>
    </message>
    <message>
        <location filename="../ui/train_page.cpp" line="422"/>
        <source>Run %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <location filename="../ui/training_progress.cpp" line="25"/>
        <source>step %1/%2 · %3 elapsed · %4 left · %5 tokens/s</source>
        <translation>第 %1/%2 步 · 已用 %3 · 剩余 %4 · %5 词元/秒</translation>
    </message>
</context>
<context>
    <name>msl::ui::UserListModel</name>
    <message>
        <location filename="../ui/user_list_model.cpp" line="69"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/user_list_model.cpp" line="71"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../ui/user_list_model.cpp" line="73"/>
        <source>Next item</source>
        <translation>下一个物品</translation>
    </message>
</context>
<context>
    <name>msl::ui::UserMetricsModel</name>
    <message>
        <location filename="../ui/user_metrics_model.cpp" line="56"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_model.cpp" line="58"/>
        <source>Samples</source>
        <translation>样本</translation>
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
        <translation>按用户的指标</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="36"/>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="37"/>
        <source>step </source>
        <translation>步 </translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="38"/>
        <source>Evaluation step</source>
        <translation>评估步数</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="39"/>
        <source>Read model A&apos;s stored evaluation</source>
        <translation>读取模型 A 已存储的评估结果</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="45"/>
        <source>Best users</source>
        <translation>最佳用户</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="48"/>
        <source>Worst users</source>
        <translation>最差用户</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="62"/>
        <source>Double-click a user to see their recommendations.</source>
        <translation>双击用户以查看其推荐。</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="67"/>
        <source>Reading run %1 from %2…</source>
        <translation>正在从 %2 读取训练 %1…</translation>
    </message>
    <message>
        <location filename="../ui/user_metrics_tab.cpp" line="77"/>
        <source>Run %1, step %2, split %3: %4 samples of %5 users.</source>
        <translation>训练 %1，第 %2 步，划分 %3：%5 个用户的 %4 个样本。</translation>
    </message>
</context>
<context>
    <name>msl::ui::ValidTokenModel</name>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="74"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="88"/>
        <source>Token id</source>
        <translation>词元编号</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="90"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="92"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="94"/>
        <source>Masked softmax p</source>
        <translation>掩码 Softmax p</translation>
    </message>
    <message>
        <location filename="../ui/valid_token_model.cpp" line="96"/>
        <source>Full softmax p</source>
        <translation>完整 Softmax p</translation>
    </message>
</context>
<context>
    <name>msl::ui::WorkspaceBuilder</name>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="36"/>
        <location filename="../ui/workspace_builder.cpp" line="85"/>
        <source>Training the tokenizer</source>
        <translation>正在训练分词器</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="65"/>
        <source>Synthesizing the demo catalog</source>
        <translation>正在生成演示目录</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="76"/>
        <source>Loading the dataset</source>
        <translation>正在加载数据集</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="82"/>
        <source>Loading the tokenizer</source>
        <translation>正在加载分词器</translation>
    </message>
    <message>
        <location filename="../ui/workspace_builder.cpp" line="90"/>
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
<context>
    <name>msl::ui::WorkspacePage</name>
    <message>
        <location filename="../ui/workspace_page.cpp" line="35"/>
        <source>&amp;Open dataset folder…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="36"/>
        <source>Create &amp;demo workspace</source>
        <translation>创建演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="47"/>
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="48"/>
        <source>Create demo workspace</source>
        <translation>创建演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="49"/>
        <source>Synthesize a book catalog and train a tokenizer on it</source>
        <translation>生成图书目录并在其上训练分词器</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="53"/>
        <source>Workspace progress</source>
        <translation>工作区进度</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="71"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="72"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="73"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="74"/>
        <source>Samples per split</source>
        <translation>各划分的样本数</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="75"/>
        <location filename="../ui/workspace_page.cpp" line="83"/>
        <source>Title tokens</source>
        <translation>标题词元数</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="76"/>
        <source>Duplicate titles</source>
        <translation>重复标题</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="77"/>
        <source>Tokenization drift</source>
        <translation>分词漂移</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="78"/>
        <source>First-position valid tokens (n)</source>
        <translation>首位置有效词元数 (n)</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="79"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="80"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="83"/>
        <source>Titles</source>
        <translation>标题数</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="84"/>
        <source>Title token lengths</source>
        <translation>标题词元长度</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="93"/>
        <source>Search titles or ids</source>
        <translation>搜索标题或编号</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="95"/>
        <source>Search items</source>
        <translation>搜索物品</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="108"/>
        <source>Catalog items</source>
        <translation>目录物品</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="158"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="162"/>
        <source>%1: %2 (%3 % of targets seen in %4)</source>
        <translation>%1：%2（%3 % 的目标在 %4 中出现过）</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="174"/>
        <source>min %1 · mean %2 · max %3</source>
        <translation>最小 %1 · 平均 %2 · 最大 %3</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="184"/>
        <source>%1 of %2 samples drift; %3 would leave the trie</source>
        <translation>%2 个样本中有 %1 个发生漂移；%3 个将脱离前缀树</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="190"/>
        <source>%1 tokens · %2</source>
        <translation>%1 个词元 · %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace_page.cpp" line="192"/>
        <source>trained for this dataset</source>
        <translation>为此数据集训练</translation>
    </message>
</context>
</TS>
