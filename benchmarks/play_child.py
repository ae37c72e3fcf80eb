"""CPU use of the app's process while the demonstration plays for 10 s at 60 frames a second
(the window as `rolling-journal` opens it, on Watch & practise; motions already computed).

CPU time is the process's own (every thread, `time.process_time`), so other work on a shared
machine does not count against the app. A loaded machine can still flatter the percentage: a
window that only gets 45 frames a second drawn uses less CPU than one drawing all 60. So the
figure per frame is reported too, and what it comes to at the full 60 frames a second.
"""

from __future__ import annotations

import json
import sys
import time

PLAY_S = 10.0


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from desktop_app.app import build_parser, prepare_gui

    prepared = prepare_gui(build_parser().parse_args(["--data-dir", sys.argv[1]]))
    assert prepared is not None
    app, window, _instance = prepared
    result: dict[str, float] = {}
    frames = [0]

    class Count(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                frames[0] += 1
            return False

    counter = Count()

    def measure() -> None:
        demo = window.demo
        demo.preparer.wait()  # the background warm-up is over: only the playing is measured
        while demo.is_preparing():
            app.processEvents()
        window.practice_page.close_welcome()
        demo.select_step(demo.current_exercise().id, "part1")
        while demo.is_preparing():
            app.processEvents()
        demo.view.installEventFilter(counter)
        demo.play()
        cpu0, wall0 = time.process_time(), time.perf_counter()

        def done() -> None:
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            demo.pause()
            result["play_cpu_percent"] = 100.0 * cpu / wall
            result["play_fps"] = frames[0] / wall
            result["play_ms_per_frame_cpu"] = 1000.0 * cpu / max(frames[0], 1)
            # What every one of 60 frames a second would cost: honest when the machine is busy.
            result["play_cpu_percent_at_60fps"] = 100.0 * 60.0 * cpu / max(frames[0], 1)
            app.quit()

        QTimer.singleShot(int(PLAY_S * 1000), done)

    window.journalOpened.connect(lambda: QTimer.singleShot(200, measure))
    window.resize(1280, 820)
    window.show()
    app.exec()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
