"""The layers are a checked rule (pyproject.toml, [tool.importlinter], run by `make lint`): each contract
refuses the import it names. A copy of the package gets one forbidden import per contract, and
lint-imports must find every one of them, under its contract."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# contract name -> (a module of the copied package, new or not, and the forbidden import added to it)
BREACHES = {
    "domain imports nothing of ours but i18n": ("domain/_breach.py", "from stockpile_tracker import logs"),
    "domain reaches paths only through i18n": ("domain/_paths_breach.py", "from stockpile_tracker import paths"),
    "db imports only domain": ("db/_breach.py", "from stockpile_tracker import services"),
    "paths imports nothing of ours": ("paths.py", "from stockpile_tracker import logs"),
    "i18n imports neither Qt nor anything of ours but paths": ("i18n.py", "from PySide6 import QtCore"),
    "services never import Qt, the window, the reports or the command line": (
        "services/_breach.py",
        "from PySide6 import QtCore",
    ),
    "the window, the reports, the demo and the command line never import db": (
        "reports/_breach.py",
        "from stockpile_tracker.db import models",
    ),
    "reports never import Qt or the window": ("reports/_qt_breach.py", "from PySide6 import QtGui"),
    "only the command line starts the window": ("demo_breach.py", "from stockpile_tracker.qt import app"),
    "only the command line and the window render PDFs": (
        "demo_pdf_breach.py",
        "from stockpile_tracker.qt import printing",
    ),
}


def _contract_names() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [contract["name"] for contract in config["tool"]["importlinter"]["contracts"]]


def test_every_rule_of_the_layers_is_a_contract():
    assert sorted(_contract_names()) == sorted(BREACHES)


def test_each_contract_refuses_a_forbidden_import(tmp_path):
    package = tmp_path / "stockpile_tracker"
    shutil.copytree(ROOT / "stockpile_tracker", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    for file, line in BREACHES.values():
        with (package / file).open("a", encoding="utf-8") as module:
            module.write(f"\n{line}\n")

    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1, result.stdout + result.stderr
    for name, (file, _line) in BREACHES.items():
        assert f"{name} BROKEN" in result.stdout
        module = "stockpile_tracker." + file.removesuffix(".py").replace("/", ".")
        assert f"{module} -> " in result.stdout, f"{name}: {result.stdout}"
    assert f"0 kept, {len(BREACHES)} broken" in result.stdout
