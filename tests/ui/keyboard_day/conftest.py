"""The keyboard-only day borrows the pitch tests' demo team halfway its pitch."""

from tests.ui.pitch.conftest import pitch  # noqa: F401 (a fixture)
