"""One start-up, in a fresh process: `bare` (a plain QMainWindow), `app` (Rolling Journal
through the app's own start path) or `prime` (the app once to the end of its first frame, so
the next starts find the motion and the saved first frame). Prints JSON with seconds since the
parent spawned it."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

MODE = sys.argv[1]
SPAWNED = float(os.environ["BENCH_SPAWNED"])


def since_spawn() -> float:
    return time.time() - SPAWNED


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    result: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint_s" not in result:
                result["first_paint_s"] = since_spawn()
                if MODE == "bare":
                    QTimer.singleShot(0, app.quit)
            return False

    class FirstFrame(QObject):
        """The Watch & practise tab's first demonstration frame: the saved first frame, or
        the demonstration itself once it has a computed timeline."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_frame_s" not in result:
                shows_frame = (
                    getattr(watched, "image", None) is not None
                    or getattr(watched, "renderer", None) is not None
                )
                if shows_frame:
                    result["first_frame_s"] = since_spawn()
            return False

    if MODE == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 820)
        watched = window
    else:
        from desktop_app.app import build_parser, prepare_gui

        # The command line's own path: parse the arguments, then prepare the window.
        prepared = prepare_gui(build_parser().parse_args(["--data-dir", sys.argv[2]]))
        assert prepared is not None
        app, window, _instance = prepared  # keeps the journal lock for the run
        watched = window.tabs
        frame_spy = FirstFrame()
        poster = window.findChild(QWidget, "demoPoster")
        if poster is not None:
            poster.installEventFilter(frame_spy)

        def ready() -> None:
            result["ready_s"] = since_spawn()
            kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            result["peak_rss_mib"] = kib / 1024
            demo = window.demo
            demo.view.installEventFilter(frame_spy)
            if MODE == "prime":
                # Until the motion is computed and the first frame saved for the next start.
                demo.preparer.wait()
                deadline = time.monotonic() + 60
                while "first_frame_s" not in result and time.monotonic() < deadline:
                    app.processEvents()
                QTimer.singleShot(1500, app.quit)
            else:
                QTimer.singleShot(0, app.quit)

        window.journalOpened.connect(ready)
    spy = FirstPaint()
    watched.installEventFilter(spy)
    window.show()
    app.exec()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
