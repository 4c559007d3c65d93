#!/usr/bin/env python3
"""Brings msl_workbench_{de,zh_CN}.ts up to date with the sources without losing translations.

    cd translations && python3 apply_translations.py [--check] [--lupdate PATH]

Running lupdate directly on the committed files drops translations: lupdate 6.4 does not parse
C++17 nested namespaces and reads `namespace msl { namespace ui {` badly too, so it extracts the
contexts without their namespace ("RunsPage" instead of "msl::ui::RunsPage"), finds none of the
committed messages and marks them all obsolete (-no-obsolete then deletes them). This script
therefore never lets lupdate touch the committed files:

 1. lupdate extracts the current messages into a fresh file in a temporary folder;
 2. the contexts get back the names tr() looks up at run time: msl::plots::X for the classes
    declared in plots/*.h (and the PLOTS set below), msl::ui::X for every other class; QObject,
    main and contexts that already carry a "::" (QCoreApplication::translate with an explicit
    context) stay as they are;
 3. every message keeps the translation the committed file has for the same context, source and
    comment; a message that is new in its context reuses the finished translation of the identical
    source text from another context of the committed file (a string that moved class, e.g. from
    LiveChart to ChartToolbar), and is listed as "reused"; anything else is added unfinished and
    listed, for Qt Linguist or an editor;
 4. messages no longer in the sources are removed, and the files are written in lupdate's format.

--check writes nothing and exits with 1 when a file is not up to date or has unfinished messages.
"""
import argparse
import collections
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = ["../ui", "../plots", "../app/gui/main.cpp"]  # relative to this folder
FILES = [("msl_workbench_de.ts", "de"), ("msl_workbench_zh_CN.ts", "zh_CN")]
DEFAULT_LUPDATE = "/usr/lib/qt6/bin/lupdate"

# Classes of namespace msl::plots. Those declared in plots/*.h are added by plotsClasses();
# PlotExport is the explicit context of plots/plot_export.cpp's free functions.
PLOTS = {"BarChart", "ChartToolbar", "HeatmapChart", "LiveChart", "PlotExport", "PlotWidget",
         "ReplotQueue"}


def plotsClasses():
    names = set(PLOTS)
    for header in glob.glob(os.path.join(ROOT, "plots", "*.h")):
        text = open(header, encoding="utf-8").read()
        names.update(re.findall(r"^\s*(?:class|struct)\s+(\w+)\b[^;]*$", text, re.M))
    return names


def fullContext(name, plots):
    # QObject::tr() in free functions keeps the QObject context, QApplication::translate("main").
    if "::" in name or name == "main" or name.startswith("Q"):
        return name
    return f"msl::{'plots' if name in plots else 'ui'}::{name}"


class Message:
    def __init__(self):
        self.locations = []  # (filename relative to this folder, line)
        self.source = ""
        self.comment = None
        self.extracomment = None
        self.translatorcomment = None
        self.numerus = False
        self.translation = ""  # str, or list of numerus forms
        self.type = None  # None (finished), "unfinished", "vanished" or "obsolete"

    def key(self, context):
        return (context, self.source, self.comment or "")


def text(element):
    if element is None:
        return None
    if len(element):
        raise SystemExit(f"unsupported markup inside <{element.tag}> (e.g. <byte>): edit it by hand")
    return element.text or ""


def readTs(path):
    """[(context name, [Message])], in file order, and the TS element's attributes."""
    root = ET.parse(path).getroot()
    contexts = []
    for context in root.findall("context"):
        messages = []
        for m in context.findall("message"):
            msg = Message()
            msg.numerus = m.get("numerus") == "yes"
            msg.locations = [(loc.get("filename"), loc.get("line")) for loc in m.findall("location")]
            msg.source = text(m.find("source"))
            msg.comment = text(m.find("comment"))
            msg.extracomment = text(m.find("extracomment"))
            msg.translatorcomment = text(m.find("translatorcomment"))
            translation = m.find("translation")
            msg.type = translation.get("type")
            if msg.numerus:
                msg.translation = [text(f) for f in translation.findall("numerusform")]
            else:
                msg.translation = text(translation)
            messages.append(msg)
        contexts.append((context.find("name").text, messages))
    return contexts, dict(root.attrib)


def protect(s):
    out = []
    for ch in s:
        if ch == "&": out.append("&amp;")
        elif ch == "<": out.append("&lt;")
        elif ch == ">": out.append("&gt;")
        elif ch == '"': out.append("&quot;")
        elif ch == "'": out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\r\t": out.append(f'<byte value="x{ord(ch):x}"/>')
        else: out.append(ch)
    return "".join(out)


def writeTs(contexts, attrs):
    """The text lupdate 6.4 writes for these contexts (absolute locations)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             "<TS " + " ".join(f'{k}="{protect(v)}"' for k, v in attrs.items()) + ">"]
    for name, messages in contexts:
        lines += ["<context>", f"    <name>{protect(name)}</name>"]
        for m in messages:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in m.locations:
                lines.append(f'        <location filename="{protect(filename)}" line="{line}"/>')
            lines.append(f"        <source>{protect(m.source)}</source>")
            if m.comment is not None:
                lines.append(f"        <comment>{protect(m.comment)}</comment>")
            if m.extracomment is not None:
                lines.append(f"        <extracomment>{protect(m.extracomment)}</extracomment>")
            if m.translatorcomment is not None:
                lines.append(f"        <translatorcomment>{protect(m.translatorcomment)}</translatorcomment>")
            kind = f' type="{m.type}"' if m.type else ""
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{protect(f)}</numerusform>" for f in m.translation]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{protect(m.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def extract(lupdate, language, tmp):
    """The current messages of the sources, with run-time contexts, as lupdate finds them."""
    ts = os.path.join(tmp, f"extract_{language}.ts")
    result = subprocess.run([lupdate, "-locations", "absolute", "-target-language", language,
                             *SOURCES, "-ts", ts], cwd=HERE, capture_output=True, text=True)
    if result.returncode != 0 or not os.path.exists(ts):
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"lupdate failed ({result.returncode})")
    contexts, _ = readTs(ts)
    plots = plotsClasses()
    sourceRank = {}
    merged = collections.OrderedDict()
    for name, messages in contexts:
        for m in messages:
            relocated = []
            for filename, line in m.locations:
                path = os.path.relpath(os.path.normpath(os.path.join(tmp, filename)), HERE)
                if not os.path.exists(os.path.join(HERE, path)):
                    raise SystemExit(f"cannot place lupdate's location {filename} ({path})")
                relocated.append((path, line))
            m.locations = relocated
        merged.setdefault(fullContext(name, plots), []).append(messages)
    result = []
    for name in sorted(merged):
        parts = merged[name]
        if len(parts) == 1:
            messages = parts[0]
        else:  # e.g. TrainPage (tr) and msl::ui::TrainPage (translate): lupdate's scan order
            def order(m):
                filename, line = m.locations[0] if m.locations else ("", "0")
                top = next((i for i, s in enumerate(SOURCES)
                            if filename == s or filename.startswith(s + "/")), len(SOURCES))
                return (top, filename, int(line))
            messages = sorted((m for part in parts for m in part), key=order)
        seen = {}
        for m in messages:  # a message found in both parts: one entry, all its locations
            if m.key(name) in seen:
                seen[m.key(name)].locations += m.locations
            else:
                seen[m.key(name)] = m
        result.append((name, list(seen.values())))
    return result


def update(path, language, current):
    old, attrs = readTs(path) if os.path.exists(path) else ([], {"version": "2.1"})
    attrs["language"] = language
    byKey = {}
    bySource = collections.defaultdict(collections.Counter)  # finished translations, any context
    for name, messages in old:
        for m in messages:
            if m.type in ("vanished", "obsolete"):
                continue
            byKey[m.key(name)] = m
            if m.type is None:
                translation = tuple(m.translation) if m.numerus else m.translation
                bySource[(m.source, m.comment or "", m.numerus)][(translation, name)] += 1
    stats = {"kept": [], "reused": [], "unfinished": [], "removed": []}
    used = set()
    contexts = []
    for name, messages in current:
        out = []
        for m in messages:
            key = m.key(name)
            previous = byKey.get(key)
            if previous is not None and previous.numerus == m.numerus:
                used.add(key)
                m.translation, m.type = previous.translation, previous.type
                m.translatorcomment = previous.translatorcomment
                stats["unfinished" if m.type else "kept"].append((name, m.source))
            else:
                candidates = bySource.get((m.source, m.comment or "", m.numerus))
                if candidates:
                    # the most frequent translation of this text; ties: the first in the file
                    counts = collections.Counter()
                    for (translation, _), n in candidates.items():
                        counts[translation] += n
                    translation = counts.most_common(1)[0][0]
                    origin = next(c for t, c in candidates if t == translation)
                    m.translation = list(translation) if m.numerus else translation
                    m.type = None
                    stats["reused"].append((name, m.source, origin))
                else:
                    m.type = "unfinished"  # keeps lupdate's empty translation / numerus forms
                    stats["unfinished"].append((name, m.source))
            out.append(m)
        contexts.append((name, out))
    for name, messages in old:
        for m in messages:
            if m.key(name) not in used:
                stats["removed"].append((name, m.source))
    return writeTs(contexts, attrs), stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a file is out of date or unfinished")
    parser.add_argument("--lupdate", default=os.environ.get("LUPDATE", DEFAULT_LUPDATE))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every removed message")
    args = parser.parse_args()
    tmp = os.path.realpath(tempfile.mkdtemp(prefix="msl_lupdate_"))
    failed = False
    try:
        for filename, language in FILES:
            path = os.path.join(HERE, filename)
            new, stats = update(path, language, extract(args.lupdate, language, tmp))
            before = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
            total = sum(len(stats[k]) for k in ("kept", "reused", "unfinished"))
            print(f"{filename}: {total} messages: {len(stats['kept'])} kept, "
                  f"{len(stats['reused'])} reused from another context, "
                  f"{len(stats['unfinished'])} unfinished, {len(stats['removed'])} removed")
            for name, source, origin in stats["reused"]:
                print(f"  reused  {name}: {source!r} (from {origin})")
            for name, source in stats["unfinished"]:
                print(f"  unfinished  {name}: {source!r}")
            for name, source in stats["removed"] if args.verbose else []:
                print(f"  removed  {name}: {source!r}")
            if args.check:
                if new != before or stats["unfinished"]:
                    failed = True
                    print(f"  {filename} is not up to date" if new != before else
                          f"  {filename} has unfinished messages")
            elif new != before:
                with open(path, "w", encoding="utf-8") as out:
                    out.write(new)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
