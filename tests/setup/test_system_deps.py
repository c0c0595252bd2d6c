"""The set-up script: installs missing system packages as root, else prints the exact command."""

import os
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "ensure_system_deps.sh"


def _bin_dir(tmp_path: Path, uid: str) -> Path:
    """A PATH with only a shell, grep and a fake `id`: no tesseract, pdftoppm, gs, chromium or apt-get."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "grep"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    fake_id = bin_dir / "id"
    fake_id.write_text(f"#!{shutil.which('bash')}\necho {uid}\n")
    fake_id.chmod(0o755)
    return bin_dir


def test_non_root_without_packages_prints_the_exact_command(tmp_path):
    env = {"PATH": str(_bin_dir(tmp_path, "1000")), "HOME": str(tmp_path)}
    result = subprocess.run(
        [shutil.which("bash"), str(SCRIPT)], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    command = "sudo apt-get update && sudo apt-get install -y tesseract-ocr tesseract-ocr-fra tesseract-ocr-osd"
    assert command in result.stderr
    for package in ("poppler-utils", "ghostscript", "chromium"):
        assert package in result.stderr


def test_nothing_to_do_when_everything_is_installed():
    result = subprocess.run(
        ["bash", str(SCRIPT)], env=dict(os.environ), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
