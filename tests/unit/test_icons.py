"""The program's icons as `make dist` draws them from the one SVG (packaging/build.py): a PNG at each
usual size, and a Windows .ico holding every size, which Qt's own ICO reader reads back."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]


def test_the_windows_icon_holds_every_size_as_drawn(qapp, tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    monkeypatch.setattr(build, "ICONS", tmp_path)
    build.draw_icons()
    reader = QImageReader(str(tmp_path / "stockpile-tracker.ico"))
    assert reader.format() == b"ico" and reader.imageCount() == len(build.ICON_SIZES)
    sizes = []
    for number in range(reader.imageCount()):
        assert reader.jumpToImage(number)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
        assert image == QImageReader(str(tmp_path / f"{image.width()}x{image.width()}.png")).read().convertToFormat(
            image.format()
        )
    assert sorted(sizes) == sorted(build.ICON_SIZES)
