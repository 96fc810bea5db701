"""`make dist`: the standalone program folder for this machine, built by PyInstaller, and an archive
of it named with the version and the platform (dist/stockpile-tracker-0.1.0-linux-x86_64.tar.gz).
On Linux the folder also carries the desktop entry, the icons at the usual sizes and the AppStream
metadata, under share/, as the freedesktop.org layout has them."""

from __future__ import annotations

import os
import platform
import shutil
import struct
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
ICONS = ROOT / "build" / "icons"  # drawn from the one SVG before the freeze: the .ico goes into the .exe


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


def draw_icons() -> None:
    """ICONS/NxN.png at the usual sizes from the one SVG, and ICONS/stockpile-tracker.ico holding
    them all (Windows' program icon: an ICO directory over PNG images, as Windows Vista and later
    read it; Qt writes an ICO of one image only)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "stockpile-tracker.svg"))
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"{size}x{size}.png"))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs.append((size, bytes(buffer.data().data())))
    (ICONS / "stockpile-tracker.ico").write_bytes(ico(pngs))


def ico(pngs: list[tuple[int, bytes]]) -> bytes:
    """An ICO file of (size, PNG bytes): its header, one 16-byte entry per image (a size of 256
    is written 0), then the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def desktop_files() -> None:
    """share/applications, share/icons/hicolor/NxN/apps (draw_icons) and share/metainfo."""
    share = FOLDER / "share"
    linux = ROOT / "packaging" / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    metainfo = (linux / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", __version__).replace("@DATE@", release_date())
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")

    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(ICONS / f"{size}x{size}.png", folder / f"{APP_ID}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "resources" / "icons" / "stockpile-tracker.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    shutil.copy(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", FOLDER)


def archive() -> Path:
    base = DIST / f"stockpile-tracker-{__version__}-{platform_tag()}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=DIST, base_dir=FOLDER.name))


def main() -> int:
    started = time.monotonic()
    shutil.rmtree(FOLDER, ignore_errors=True)
    draw_icons()
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
