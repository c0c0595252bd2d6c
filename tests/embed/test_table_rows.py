"""The USE embedding table's rows read from the cache file equal the mapped table's."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spaser_nlp.embed.use_weights import table_rows


def test_rows_read_from_the_file_equal_the_mapped_rows(tmp_path: Path) -> None:
    table = np.random.default_rng(0).integers(0, 256, size=(4096, 64), dtype=np.uint8)
    np.save(tmp_path / "table.npy", table)
    mapped = np.load(tmp_path / "table.npy", mmap_mode="r")
    for ids in ([0], [4095], [3, 4, 5, 9, 10, 200], list(range(100, 140)), [1, 2, 4000, 4001, 4002, 4095]):
        chosen = np.array(ids, dtype=np.int64)
        read = table_rows(mapped, chosen)
        assert not isinstance(read, np.memmap) and read.flags.writeable
        assert np.array_equal(read, table[chosen]) and read.dtype == np.uint8
    many = np.arange(0, 4096, 3)  # more than READ_ROWS_UP_TO of the rows: the map is indexed
    assert np.array_equal(table_rows(mapped, many), table[many])
    assert np.array_equal(table_rows(table, np.array([5, 7])), table[[5, 7]])  # an array in memory
    part = mapped[100:200]  # a slice of the map (offset of the whole): indexed, not read at the wrong place
    assert np.array_equal(table_rows(part, np.array([0, 1, 50])), table[[100, 101, 150]])

