#!/usr/bin/env python3
"""Refreshes translations/*.ts from the sources, keeping every existing translation.

The core and the CLI translate through small helpers (`tr(text)` calling
QCoreApplication::translate with a fixed context, because they are not QObjects); lupdate
attributes such calls to the enclosing namespace instead. This script runs lupdate, moves each
such message into the context its file's helper really uses, and merges the translations already
in the .ts files. Run it after changing user-visible strings:  python3 translations/update.py
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = {"clientele_zh_CN.ts": "zh_CN", "clientele_en.ts": "en"}
HELPER = re.compile(r'QString tr\(const char\* text(?:, const char\* disambiguation = nullptr)?\)\s*\{\s*'
                    r'return QCoreApplication::translate\("([^"]+)", text(?:, disambiguation)?\);')


def runtime_context(path, cache={}):
    if path not in cache:
        if "/app/cli/" in path:
            cache[path] = "clientele-cli"
        else:
            with open(path, encoding="utf-8") as f:
                m = HELPER.search(f.read())
            cache[path] = m.group(1) if m else None
    return cache[path]


def lupdate_binary():
    for candidate in ("/usr/lib/qt6/bin/lupdate", "lupdate6", "lupdate"):
        if os.path.isabs(candidate) and os.path.exists(candidate):
            return candidate
        if not os.path.isabs(candidate) and subprocess.run(["which", candidate], capture_output=True).returncode == 0:
            return candidate
    sys.exit("lupdate not found (apt-get install qt6-l10n-tools)")


def existing_translations(ts_path):
    known = {}
    if os.path.exists(ts_path):
        for ctx in ET.parse(ts_path).getroot().iter("context"):
            name = ctx.find("name").text
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("obsolete", "vanished", "unfinished"):
                    continue
                # Plural messages (%n) keep one text per numerus form, as a tuple.
                text = tuple(f.text or "" for f in tr.findall("numerusform")) if msg.get("numerus") == "yes" else tr.text
                if text and all(text if isinstance(text, tuple) else [text]):
                    known[(name, msg.find("source").text)] = text
                    known.setdefault(("*", msg.find("source").text), text)
    return known


def english_plurals(source):
    """Sources say "%n follow-up(s) are due"; English needs "1 follow-up is due", "2 follow-ups are due"."""
    return (source.replace("(s) are", " is").replace("(s)", ""), source.replace("(s)", "s"))


def set_forms(translation, forms):
    for old in translation.findall("numerusform"):
        translation.remove(old)
    translation.text = None
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form


def main():
    # --also A.ts [B.ts ...]: also take translations from other copies of the .ts files (e.g. the other
    # side of a merge), so two branches' translations can be combined without translating again.
    also = sys.argv[sys.argv.index("--also") + 1:] if "--also" in sys.argv else []
    for ts_name, language in LANGUAGES.items():
        ts_path = os.path.join(ROOT, "translations", ts_name)
        known = existing_translations(ts_path)
        if language != "en":
            for other in also:
                for key, text in existing_translations(other).items():
                    known.setdefault(key, text)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = os.path.join(tmp, ts_name)
            # Absolute locations so every message names its file; made relative again below.
            subprocess.run([lupdate_binary(), "-silent", "-locations", "absolute", "-no-obsolete", "core", "app", "ui",
                            "-target-language", language, "-ts", fresh], cwd=ROOT, check=True,
                           stderr=subprocess.DEVNULL)
            tree = ET.parse(fresh)
            for loc in tree.getroot().iter("location"):
                loc.set("filename", os.path.normpath(os.path.join(tmp, loc.get("filename"))))
        root = tree.getroot()
        contexts = {c.find("name").text: c for c in root.findall("context")}
        moved = {}
        for name, ctx in list(contexts.items()):
            if not name.startswith("clientele::") or name.startswith("clientele::ui::"):
                continue
            for msg in list(ctx.findall("message")):
                loc = msg.find("location")
                target = runtime_context(loc.get("filename"))
                if target and target != name:
                    ctx.remove(msg)
                    moved.setdefault(target, []).append(msg)
            if not ctx.findall("message"):
                root.remove(ctx)
                del contexts[name]
        for target, messages in moved.items():
            ctx = contexts.get(target)
            if ctx is None:
                ctx = ET.SubElement(root, "context")
                ET.SubElement(ctx, "name").text = target
                contexts[target] = ctx
            seen = {m.find("source").text for m in ctx.findall("message")}
            for m in messages:
                if m.find("source").text not in seen:
                    ctx.append(m)
                    seen.add(m.find("source").text)
        for loc in root.iter("location"):
            loc.set("filename", os.path.relpath(loc.get("filename"), os.path.join(ROOT, "translations")))
        missing = 0
        for ctx in root.findall("context"):
            name = ctx.find("name").text
            for msg in ctx.findall("message"):
                source = msg.find("source").text
                tr = msg.find("translation")
                text = known.get((name, source)) or known.get(("*", source))
                numerus = msg.get("numerus") == "yes"
                if numerus and isinstance(text, str):
                    text = None  # the message became plural: translate it again
                if language == "en":
                    tr.attrib.pop("type", None)
                    tr.text = None  # English is the source language, except for its plural forms
                    if numerus:
                        set_forms(tr, english_plurals(source))
                elif text:
                    tr.attrib.pop("type", None)
                    if numerus:
                        set_forms(tr, text)
                    else:
                        tr.text = text
                else:
                    tr.set("type", "unfinished")
                    missing += 1
        ET.indent(tree, space="    ")
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
        print(f"{ts_name}: {sum(len(c.findall('message')) for c in root.findall('context'))} messages, {missing} unfinished")


if __name__ == "__main__":
    main()
