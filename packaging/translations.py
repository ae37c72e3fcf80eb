"""`make translations`: refresh the catalogues from the code, then compile them.

    python packaging/translations.py           # lupdate every .ts, lrelease every .qm
    python packaging/translations.py --check   # change nothing; exit 1 and list what is
                                               # missing, unfinished or stale

pyside6-lupdate reads every `self.tr()`, `QCoreApplication.translate()`,
`translate()` (desktop_app.i18n, for the pure layers) and `QT_TRANSLATE_NOOP()` in
desktop_app/ into resources/translations/rolling_journal_<lang>.ts (translated in Qt
Linguist, `pyside6-linguist`, or any editor); pyside6-lrelease compiles each into the
.qm the app loads. Locations are left out of the .ts so that code edits elsewhere in a
file do not change it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop_app"
FOLDER = ROOT / "resources" / "translations"
CATALOG = "rolling_journal"
# Every language shipped; a new one is a new code here and `make translations`.
LANGUAGES = ("de",)
# English is the source: its catalogue holds only the plural forms ("%n session(s)" is
# "%n session" or "%n sessions"), filled in by rule (desktop_app.i18n.english_plural).
SOURCE = "en"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}" + (f" ({self.comment})" if self.comment else "")


def ts_path(language: str) -> Path:
    return FOLDER / f"{CATALOG}_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"{CATALOG}_{language}.qm"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials (make .venv first)")
    return found


def lupdate(ts: Path, language: str) -> str:
    """Refresh `ts` from the code (kept translations stay); lupdate's report."""
    plurals_only = ["-pluralonly"] if language == SOURCE else []
    run = subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "none",
         *plurals_only, "-target-language", language, str(SOURCES), "-ts", str(ts)],
        capture_output=True, text=True, check=True)
    if language == SOURCE:
        fill_english_plurals(ts)
    return run.stdout + run.stderr


def fill_english_plurals(ts: Path) -> None:
    """Every plural form of the English catalogue, by rule: "(s)" dropped for one."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.i18n import english_plural

    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or message.get("numerus") != "yes":
            continue
        forms = translation.findall("numerusform")
        for form, n in zip(forms, (1, 2), strict=False):
            form.text = english_plural(source, n)
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> str:
    run = subprocess.run([_tool("pyside6-lrelease"), "-removeidentical", str(ts), "-qm", str(qm)],
                         capture_output=True, text=True, check=True)
    return run.stdout + run.stderr


def read_ts(ts: Path) -> dict[Message, bool]:
    """Every message of `ts` and whether it is translated (finished, every plural form)."""
    messages: dict[Message, bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Message(name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished", "obsolete", "vanished")
            if translation is not None and done:
                forms = [form.text for form in translation.iter("numerusform")]
                done = all(forms) if forms else bool(translation.text)
            messages[key] = done
    return messages


def problems(language: str) -> list[str]:
    """What `make translations` would change in `language`, and what is untranslated."""
    committed = ts_path(language)
    if not committed.exists():
        return [f"{committed.relative_to(ROOT)} is missing: run make translations"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / committed.name
        shutil.copy(committed, fresh)
        report = lupdate(fresh, language)
        now, was = read_ts(fresh), read_ts(committed)
        qm = Path(tmp) / "fresh.qm"
        lrelease(fresh, qm)
        stale_qm = not qm_path(language).exists() or qm.read_bytes() != qm_path(
            language).read_bytes()
    found = [f"lupdate: {line.strip()}" for line in report.splitlines()
             if "warning" in line.lower() or "error" in line.lower()]
    found += [f"not in the .ts (new in the code): {m}" for m in now if m not in was]
    found += [f"in the .ts but gone from the code: {m}" for m in was if m not in now]
    found += [f"untranslated: {m}" for m, done in now.items() if not done]
    if stale_qm:
        found.append(f"{qm_path(language).relative_to(ROOT)} is not built from the .ts")
    return found


def refresh() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in (*LANGUAGES, SOURCE):
        print(lupdate(ts_path(language), language).strip())
        print(lrelease(ts_path(language), qm_path(language)).strip())
        untranslated = [m for m, done in read_ts(ts_path(language)).items() if not done]
        if untranslated:
            print(f"{len(untranslated)} text(s) still to translate in "
                  f"{ts_path(language).relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list what is missing, untranslated or stale")
    args = parser.parse_args(argv)
    if not args.check:
        refresh()
        return 0
    found = [f"{language}: {line}" for language in (*LANGUAGES, SOURCE)
             for line in problems(language)]
    print("\n".join(found) if found else "Every text is in the catalogues, translated.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
