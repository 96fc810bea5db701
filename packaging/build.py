"""`make dist`: the standalone program folder for this machine, built by PyInstaller, and an archive
of it named with the version and the platform (dist/stockpile-tracker-0.1.0-linux-x86_64.tar.gz).
On Linux the folder also carries the desktop entry, the icons at the usual sizes and the AppStream
metadata, under share/, as the freedesktop.org layout has them."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stockpile_tracker import __version__  # noqa: E402
from stockpile_tracker.paths import APP_ID  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DIST = ROOT / "dist"
FOLDER = DIST / "stockpile-tracker"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def freeze() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "stockpile-tracker.spec"),
        ],
        check=True,
    )


def release_date() -> str:
    """The build's day, or SOURCE_DATE_EPOCH's for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date().isoformat()


def desktop_files() -> None:
    """share/applications, share/icons/hicolor/NxN/apps (drawn from the one SVG) and share/metainfo."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    share = FOLDER / "share"
    linux = ROOT / "packaging" / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    metainfo = (linux / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", __version__).replace("@DATE@", release_date())
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ROOT / "resources" / "icons" / "stockpile-tracker.svg"
    renderer = QSvgRenderer(str(svg))
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{APP_ID}.png"))
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy(svg, hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    shutil.copy(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", FOLDER)


def archive() -> Path:
    base = DIST / f"stockpile-tracker-{__version__}-{platform_tag()}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=DIST, base_dir=FOLDER.name))


def main() -> int:
    started = time.monotonic()
    shutil.rmtree(FOLDER, ignore_errors=True)
    freeze()
    if sys.platform.startswith("linux"):
        desktop_files()
    built = archive()
    size = sum(f.stat().st_size for f in FOLDER.rglob("*") if f.is_file() and not f.is_symlink())
    print(
        f"built {FOLDER.relative_to(ROOT)} ({size / 2**20:.0f} MB) and {built.relative_to(ROOT)} "
        f"({built.stat().st_size / 2**20:.0f} MB) in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
