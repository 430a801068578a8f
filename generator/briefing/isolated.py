"""generate() in a child process for large builds, so that its memory is back with the OS before MkDocs runs.

After analysing and rendering 9,000 articles the main process still held about 800 MB that
malloc_trim could not return (Python's arenas stay pinned by a few live objects each). MkDocs'
shard processes need that memory: with it, the whole build peaked at 2.2-2.3 GB. A spawned
child that exits gives all of it back; the parent only receives the BuildResult.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import sys
import traceback
from collections.abc import Callable

from .config import Settings
from .errors import BriefingError, BuildFailed

# From this many input files a build runs generate() in a child (measured: 9,000 articles, see above).
# Smaller builds stay in one process: starting the child costs about a second.
ISOLATE_FROM_INPUTS = 2000
LOG_FORMAT = "%(levelname)s: %(message)s"  # as the CLI sets it up


def should_isolate(input_files: int) -> bool:
    """True when the content folder is large enough for generate() to run in a child process."""
    return input_files >= ISOLATE_FROM_INPUTS


def _portable(exc: BaseException) -> BaseException:
    """The exception itself if it survives pickling, else a BuildFailed (user errors) or RuntimeError (bugs)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - e.g. an __init__ with keyword-only arguments
        if isinstance(exc, BriefingError):
            return BuildFailed(str(exc))
        detail = "".join(traceback.format_exception(exc))
        return RuntimeError(f"generate failed in the build process:\n{detail}")


def _child(settings: Settings, connection, level: int, inputs=None) -> None:
    """Child process: run generate(), send progress messages, then the result or the exception."""
    from .pipeline import generate

    logging.basicConfig(level=level, format=LOG_FORMAT, stream=sys.stderr)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        result = generate(settings, on_progress=lambda done, total: connection.send(("progress", done, total)),
                          inputs=inputs)
        connection.send(("result", result))
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent, which raises it
        connection.send(("error", _portable(exc)))
    finally:
        connection.close()


def generate_isolated(settings: Settings, on_progress: Callable[[int, int], None] | None = None, inputs=None):
    """generate(settings) run in a spawned child process; its BuildResult, or its exception raised here.

    `inputs`: find_inputs' result if the caller has it (the child then does not walk the folder again)."""
    context = multiprocessing.get_context("spawn")  # see parallel.py: never fork
    receiver, sender = context.Pipe(duplex=False)
    level = logging.getLogger("briefing").getEffectiveLevel()
    # Not a daemon: the child starts the analysis workers itself, and daemons may not have children.
    process = context.Process(target=_child, args=(settings, sender, level, inputs), name="briefing-generate")
    process.start()
    sender.close()  # the parent keeps only its end, so a dead child shows as EOF
    try:
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                process.join()
                raise BuildFailed(f"the build process ended unexpectedly (exit code {process.exitcode}); "
                                  "the previous site was kept") from None
            kind, *payload = message
            if kind == "progress":
                if on_progress:
                    on_progress(*payload)
            elif kind == "result":
                return payload[0]
            else:
                raise payload[0]
    finally:
        receiver.close()
        process.join(timeout=30)
        if process.is_alive():  # an interrupt or an error in the parent: do not leave the child running
            process.terminate()
            process.join()
