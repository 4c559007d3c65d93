# Fills the workbench .ts files after lupdate: restores the msl::ui / msl::plots contexts that
# lupdate 6.4 drops (it does not parse C++17 nested namespaces) and adds the known translations.
import re, sys
plots = {"LiveChart", "HeatmapChart", "BarChart", "PlotExport"}
de = {
 "MSL Workbench": "MSL Workbench", "Workspace": "Arbeitsbereich", "Inspect masks": "Masken prüfen", "Runs": "Läufe",
 "&File": "&Datei", "&View": "&Ansicht", "&Help": "&Hilfe", "&Open dataset folder…": "Datensatzordner &öffnen…",
 "Create &demo workspace": "&Demo-Arbeitsbereich anlegen", "&Recent datasets": "&Zuletzt geöffnete Datensätze",
 "Open experiment &store…": "Experiment-&Speicher öffnen…", "&Settings…": "&Einstellungen…", "&Quit": "&Beenden",
 "&Workspace": "&Arbeitsbereich", "Inspect &masks": "&Masken prüfen", "&Runs": "&Läufe", "&About MSL Workbench": "Ü&ber MSL Workbench",
 "Pages": "Seiten", "Open a dataset folder or create the demo workspace.": "Öffnen Sie einen Datensatzordner oder legen Sie den Demo-Arbeitsbereich an.",
 "Open dataset folder": "Datensatzordner öffnen", "Create demo workspace": "Demo-Arbeitsbereich anlegen",
 "Statistics": "Statistik", "Dataset": "Datensatz", "Items": "Artikel", "Users": "Nutzer", "Samples per split": "Beispiele je Aufteilung",
 "Title tokens": "Titel-Tokens", "Duplicate titles": "Doppelte Titel", "Tokenization drift": "Tokenisierungsdrift",
 "First-position valid tokens (n)": "Gültige Tokens an erster Position (n)", "Tokenizer": "Tokenizer", "Title token lengths": "Titellängen in Tokens",
 "Titles": "Titel", "Search titles or ids": "Titel oder IDs suchen", "Id": "ID", "Title": "Titel", "Items with this title": "Artikel mit diesem Titel",
 "Sample": "Beispiel", "User": "Nutzer", "Target title": "Zieltitel", "History": "Verlauf", "Prompt": "Prompt", "Target tokens": "Ziel-Tokens",
 "Target position": "Zielposition", "Valid tokens": "Gültige Tokens", "Valid tokens at position": "Gültige Tokens an Position",
 "&Sample masks": "&Beispielmasken", "Catalog &trie": "Katalog-&Trie", "Token id": "Token-ID", "Text": "Text", "Target": "Ziel", "target": "Ziel",
 "Prefix": "Präfix", "Depth": "Tiefe", "Valid next tokens": "Gültige nächste Tokens", "Titles sharing the prefix": "Titel mit diesem Präfix",
 "Name": "Name", "Status": "Status", "Last loss": "Letzter Verlust", "Best NDCG@10": "Bester NDCG@10", "Last NDCG@10": "Letzter NDCG@10",
 "Created": "Erstellt", "Duration": "Dauer", "Steps": "Schritte", "&Refresh": "&Aktualisieren", "Re&name…": "&Umbenennen…", "&Delete…": "&Löschen…",
 "E&xport…": "E&xportieren…", "Store:": "Speicher:", "Loss": "Verlust", "Rename run": "Lauf umbenennen", "New name:": "Neuer Name:",
 "Delete runs": "Läufe löschen", "Export run": "Lauf exportieren", "Settings": "Einstellungen", "System language": "Systemsprache",
 "&Language": "&Sprache", "The language changes at the next start.": "Die Sprache wechselt beim nächsten Start.", "Experiment &store": "Experiment-&Speicher",
 "Browse…": "Durchsuchen…", "Default location": "Standardort", "Smoothing": "Glättung", "Log y": "Log. y", "Step": "Schritt", "Wall time (s)": "Uhrzeit (s)",
 "Fit": "Einpassen", "Export": "Exportieren", "Export chart": "Diagramm exportieren", "Export failed": "Export fehlgeschlagen",
 "Training the tokenizer": "Tokenizer wird trainiert", "Loading the dataset": "Datensatz wird geladen", "Synthesizing the demo catalog": "Demo-Katalog wird erzeugt",
 "Building the title trie and the masks": "Titel-Trie und Masken werden aufgebaut", "Checking tokenization drift": "Tokenisierungsdrift wird geprüft",
 "Done": "Fertig", "Summarizing": "Zusammenfassung", "Loading the tokenizer": "Tokenizer wird geladen",
}
zh = {
 "MSL Workbench": "MSL 工作台", "Workspace": "工作区", "Inspect masks": "检查掩码", "Runs": "训练记录",
 "&File": "文件(&F)", "&View": "视图(&V)", "&Help": "帮助(&H)", "&Open dataset folder…": "打开数据集文件夹(&O)…",
 "Create &demo workspace": "创建演示工作区(&D)", "&Recent datasets": "最近的数据集(&R)", "Open experiment &store…": "打开实验存储(&S)…",
 "&Settings…": "设置(&S)…", "&Quit": "退出(&Q)", "&Workspace": "工作区(&W)", "Inspect &masks": "检查掩码(&M)", "&Runs": "训练记录(&R)",
 "&About MSL Workbench": "关于 MSL 工作台(&A)", "Pages": "页面", "Open a dataset folder or create the demo workspace.": "请打开数据集文件夹或创建演示工作区。",
 "Open dataset folder": "打开数据集文件夹", "Create demo workspace": "创建演示工作区", "Statistics": "统计", "Dataset": "数据集", "Items": "物品",
 "Users": "用户", "Samples per split": "各划分的样本数", "Title tokens": "标题词元数", "Duplicate titles": "重复标题", "Tokenization drift": "分词漂移",
 "First-position valid tokens (n)": "首位置有效词元数 (n)", "Tokenizer": "分词器", "Title token lengths": "标题词元长度", "Titles": "标题数",
 "Search titles or ids": "搜索标题或编号", "Id": "编号", "Title": "标题", "Items with this title": "同名物品数", "Sample": "样本", "User": "用户",
 "Target title": "目标标题", "History": "历史", "Prompt": "提示词", "Target tokens": "目标词元", "Target position": "目标位置", "Valid tokens": "有效词元",
 "Valid tokens at position": "该位置的有效词元", "&Sample masks": "样本掩码(&S)", "Catalog &trie": "目录前缀树(&T)", "Token id": "词元编号", "Text": "文本",
 "Target": "目标", "target": "目标", "Prefix": "前缀", "Depth": "深度", "Valid next tokens": "有效后继词元", "Titles sharing the prefix": "共享该前缀的标题",
 "Name": "名称", "Status": "状态", "Last loss": "最新损失", "Best NDCG@10": "最佳 NDCG@10", "Last NDCG@10": "最新 NDCG@10", "Created": "创建时间",
 "Duration": "时长", "Steps": "步数", "&Refresh": "刷新(&R)", "Re&name…": "重命名(&N)…", "&Delete…": "删除(&D)…", "E&xport…": "导出(&X)…",
 "Store:": "存储：", "Loss": "损失", "Rename run": "重命名训练", "New name:": "新名称：", "Delete runs": "删除训练", "Export run": "导出训练",
 "Settings": "设置", "System language": "系统语言", "&Language": "语言(&L)", "The language changes at the next start.": "语言将在下次启动时生效。",
 "Experiment &store": "实验存储(&S)", "Browse…": "浏览…", "Default location": "默认位置", "Smoothing": "平滑", "Log y": "对数 y", "Step": "步",
 "Wall time (s)": "时间 (秒)", "Fit": "适应", "Export": "导出", "Export chart": "导出图表", "Export failed": "导出失败",
 "Training the tokenizer": "正在训练分词器", "Loading the dataset": "正在加载数据集", "Synthesizing the demo catalog": "正在生成演示目录",
 "Building the title trie and the masks": "正在构建标题前缀树和掩码", "Checking tokenization drift": "正在检查分词漂移", "Done": "完成",
 "Summarizing": "正在汇总", "Loading the tokenizer": "正在加载分词器",
}
def unesc(s): return s.replace("&amp;","&").replace("&lt;","<").replace("&gt;",">").replace("&quot;",'"').replace("&apos;","'")
def esc(s): return s.replace("&","&amp;").replace("<","&lt;").replace(">","&gt;")
for path, table, lang in [("msl_workbench_de.ts", de, "de"), ("msl_workbench_zh_CN.ts", zh, "zh_CN")]:
    text = open(path, encoding="utf-8").read()
    text = re.sub(r'<TS version="2.1" language="[^"]*"', f'<TS version="2.1" language="{lang}"', text)
    # lupdate 6.4 drops the C++17 nested namespaces from contexts; tr() uses the full class name.
    def fix(m):
        name = m.group(1)
        # QObject::tr() in free functions keeps the QObject context.
        if "::" in name or name == "main" or name.startswith("Q"): return m.group(0)
        return f"<name>msl::{'plots' if name in plots else 'ui'}::{name}</name>"
    text = re.sub(r"<name>([^<]+)</name>", fix, text)
    count = 0
    def tr(m):
        global count
        source = unesc(m.group(1))
        if source in table:
            count += 1
            return f"<source>{m.group(1)}</source>\n        <translation>{esc(table[source])}</translation>"
        return m.group(0)
    text = re.sub(r"<source>(.*?)</source>\n\s*<translation type=\"unfinished\"></translation>", tr, text)
    open(path, "w", encoding="utf-8").write(text)
    print(path, count, "translated")
