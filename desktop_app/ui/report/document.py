"""The report as a PDF: an HTML QTextDocument, laid out page by page on a QPdfWriter.

Qt's own PDF output serves well here (no extra library): QTextDocument paginates text
and tables, the charts go in as images drawn by the app's pyqtgraph code, and every page
gets a footer "Page n of m" painted by hand, so the page count is in the text. A4, or
Letter where the locale measures in US units. Black text, grey rules, patterned charts:
readable printed in greyscale.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop_app import __version__
from desktop_app.journal.entry import PART_LABELS, PARTS
from desktop_app.stats.report import ReportData, ReportSource
from desktop_app.stats.safety import HURT_STOPS, LAST_RISE, RECENT_RISES, WarningSpan

RESOLUTION = 300  # dots per inch of the PDF's layout
FOOTER_MM = 9.0
_CSS = """
body { color: #000000; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.meta { color: #333333; }
table.data { border-collapse: collapse; }
table.data th { background: #e6e6e6; font-weight: bold; }
table.data td, table.data th { border: 1px solid #888888; }
td.num { text-align: right; }
table.weeks td, table.weeks th { font-size: 7.5pt; }
.summary { font-weight: bold; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """A4, or US Letter where the locale measures in US units."""
    system = (locale or QLocale()).measurementSystem()
    letter = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _e(text: object) -> str:
    return html.escape(str(text))


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _when(moment: datetime, data: ReportData) -> str:
    return f"{moment.astimezone(data.tz):%a %d %b %Y, %H:%M}"


def _day(day: object) -> str:
    return f"{day:%a %d %b %Y}"


def _parts(parts: Iterable[str]) -> str:
    chosen = [PART_LABELS[p] for p in PARTS if p in set(parts)]
    return ", ".join(chosen) if chosen else _tr("none completed")


def _duration(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}"


def _reasons(span: WarningSpan) -> str:
    words = {
        RECENT_RISES: _tr("pain after practice 2 or more points above pain before in 2 of "
                          "the last 4 sessions"),
        LAST_RISE: _tr("pain after practice 3 or more points above pain before in the last "
                       "session"),
        HURT_STOPS: _tr("2 or more sessions stopped because it hurt within 7 days"),
    }
    return "; ".join(words[r] for r in span.reasons)


def _table(
    headers: list[str], rows: list[list[str]], numeric: set[int] | None = None,
    nowrap: set[int] | None = None, kind: str = "",
) -> str:
    """A ruled table; `numeric` columns align right, `nowrap` ones (dates) never wrap."""
    numeric = numeric or set()
    nowrap = nowrap or set()

    def cell(i: int, text: str) -> str:
        attributes = ' class="num"' if i in numeric else ""
        if i in nowrap:
            attributes += ' style="white-space: nowrap"'
        return f"<td{attributes}>{_e(text)}</td>"

    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(cell(i, c) for i, c in enumerate(row)) + "</tr>"
                   for row in rows)
    # <thead>: the header row repeats at the top of every page the table runs onto.
    return (f'<table class="data {kind}" width="100%" cellspacing="0" cellpadding="4">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def report_html(data: ReportData, images: dict[str, QImage], width: float) -> str:
    """The report's HTML; `images` are referenced as chart://name, `width` is the text
    width in document pixels."""
    weeks = len(data.weeks)
    period = _tr("{first} to {last} ({weeks} weeks)").format(
        first=_day(data.first_day), last=_day(data.last_day), weeks=weeks)
    parts = [f"<h1>{_e(_tr('Rolling practice report'))}</h1>"]
    written = _tr("Written on {day} by Rolling Journal {version}, from the journal kept by "
                  "the person practising.").format(day=_day(data.last_day), version=__version__)
    exercise = _tr("The exercise: slow rolls on a rug from face up to face down and back, "
                   "each led by one body part (knee, hip or head), twice a day. Pain is rated "
                   "from 0 (no pain) to 10 (worst imaginable).")
    parts.append(f'<p class="meta">{_e(_tr("Period:"))} {_e(period)}<br>{_e(written)}</p>')
    parts.append(f"<p>{_e(exercise)}</p>")

    friend_right, friend_total = data.friend_rolls
    glance = [
        [_tr("Sessions"), _tr("{sessions} of a target of {target}").format(
            sessions=data.sessions, target=data.target)
         + (_tr(" ({days} paused days left out of the target)").format(days=data.paused_days)
            if data.paused_days else "")],
        [_tr("Stopped because it hurt"), str(len(data.hurt_stops))],
        [_tr("Pain trend"), data.summary + "."],
        [_tr("Pain warnings"), _warning_count(len(data.warnings))],
        [_tr("Smoothness"), _tr("{mean} of 5 on average").format(mean=_num(data.smoothness_mean))
         if data.smoothness_mean is not None else "–"],
        [_tr("Right part led"), _tr("{share} of the sessions that answered").format(
            share=_share(data.right_part_led_share))],
        [_tr("A friend's checks"), _tr("{right} of {total} rolls led right, in {sessions} "
                                       "sessions").format(right=friend_right,
                                                          total=friend_total,
                                                          sessions=len(data.friend_sessions))
         if friend_total else _tr("none")],
        [_tr("Practice strength"), _tr("{value} % today").format(value=round(data.strength))
         if data.strength is not None else "–"],
    ]
    parts.append(f"<h2>{_e(_tr('At a glance'))}</h2>")
    parts.append(_table([_tr("What"), _tr("In this period")], glance))

    def image(name: str) -> str:
        picture = images.get(name)
        if picture is None:
            return ""
        ratio = picture.height() / max(picture.width(), 1)
        return (f'<p><img src="chart://{name}" width="{int(width)}" '
                f'height="{int(width * ratio)}"></p>')

    parts.append(f"<h2>{_e(_tr('Sessions per week against the target'))}</h2>")
    measured = _tr("Each week is measured against the target it had; paused days (rest during "
                   "a flare-up, hatched) are left out of it.")
    parts.append(f"<p>{_e(measured)}</p>")
    parts.append(image("weekly"))
    week_rows = [[
        row.week.split("-")[-1] + ("*" if row.partial else ""), f"{row.week_start:%d %b}",
        str(row.sessions), str(row.target), str(row.paused_days), str(row.stopped_hurt),
        _num(row.pain_before_mean), _num(row.pain_after_mean), _num(row.smoothness_mean),
        _share(row.right_part_led_share),
        "–" if row.strength is None else f"{row.strength:.0f} %",
    ] for row in data.weeks]
    parts.append(_table(
        [_tr("Week"), _tr("From"), _tr("Sessions"), _tr("Target"), _tr("Paused days"),
         _tr("Hurt stops"), _tr("Pain before"), _tr("Pain after"), _tr("Smooth­ness"),
         _tr("Right part led"), _tr("Strength")],
        week_rows, numeric=set(range(2, 11)), nowrap={0, 1}, kind="weeks"))
    if any(row.partial for row in data.weeks):
        parts.append(f'<p class="meta">{_e(_tr("* this week is not over yet"))}</p>')

    parts.append(f"<h2>{_e(_tr('Pain before and after practice'))}</h2>")
    parts.append(f'<p class="summary">{_e(data.summary)}.</p>')
    parts.append(image("pain"))
    explained = _tr("Each session's pain after practice minus pain before: above zero, "
                    "practice left the pain worse; hatched bars, 2 points or more.")
    parts.append(f"<p>{_e(explained)}</p>")
    parts.append(image("change"))

    parts.append(f"<h2>{_e(_tr('Practice strength'))}</h2>")
    strength = _tr("A forgiving score of keeping to the target (as the Loop habit tracker "
                   "scores a habit): each day counts a little, a few missed days after a long "
                   "run lower it a little, a long gap a lot; paused days leave it as it is.")
    parts.append(f"<p>{_e(strength)}</p>")
    parts.append(image("strength"))

    parts.append(f"<h2>{_e(_tr('Pain warnings that stood'))}</h2>")
    if data.warnings:
        rows = []
        for span in data.warnings:
            start = datetime.fromtimestamp(span.start, UTC)
            end = _tr("still stands") if span.end is None else \
                _when(datetime.fromtimestamp(span.end, UTC), data)
            rows.append([_when(start, data), end, _reasons(span)])
        parts.append(_table([_tr("From"), _tr("Until"), _tr("Why")], rows, nowrap={0, 1}))
    else:
        parts.append(f"<p>{_e(_tr('The pain warning did not stand in this period.'))}</p>")

    parts.append(f"<h2>{_e(_tr('Every session stopped because it hurt'))}</h2>")
    if data.hurt_stops:
        parts.append(_table(
            [_tr("When"), _tr("Time"), _tr("Parts completed"), _tr("Pain before → after"),
             _tr("Note")],
            [[_when(d.started_at, data), _duration(d.duration_s), _parts(d.parts),
              f"{_pain(d.pain_before)} → {_pain(d.pain_after)}",
              d.notes.strip() if data.include_notes else _tr("(notes left out)")]
             for d in data.hurt_stops], nowrap={0, 3}))
    else:
        parts.append(f"<p>{_e(_tr('No session was stopped because it hurt.'))}</p>")

    parts.append(f"<h2>{_e(_tr('A friend’s checks of the lead'))}</h2>")
    if data.friend_sessions:
        parts.append(_table(
            [_tr("When"), _tr("Rolls led by the right part"), _tr("What led instead")],
            [[_when(s.started_at, data), _tr("{right} of {rolls}").format(right=s.right,
                                                                          rolls=s.rolls),
              ", ".join(f"{part} ({count})" for part, count in s.others) or "–"]
             for s in data.friend_sessions], nowrap={0}))
    else:
        parts.append(f"<p>{_e(_tr('No roll was checked by a friend in this period.'))}</p>")

    if data.include_notes:
        parts.append(f"<h2>{_e(_tr('Notes'))}</h2>")
        if data.notes:
            parts.append(_table([_tr("When"), _tr("Note")],
                                [[_when(d.started_at, data), d.notes.strip()]
                                 for d in data.notes], nowrap={0}))
        else:
            parts.append(f"<p>{_e(_tr('No notes in this period.'))}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _warning_count(count: int) -> str:
    if count == 0:
        return _tr("none")
    if count == 1:
        return _tr("stood once (see below)")
    return _tr("stood {n} times (see below)").format(n=count)


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


def _lead_of(block: QTextBlock, follow: int) -> QTextBlock:
    """The last block that must share a page with heading `block`: the first data row of
    a table under it, else the `follow` blocks after it (its sentence and its chart)."""
    last = block
    for _step in range(follow):
        if not last.next().isValid():
            break
        last = last.next()
        table = QTextCursor(last).currentTable()
        if table is not None:
            row = min(1, table.rows() - 1)  # the header and the first row of figures
            return table.cellAt(row, table.columns() - 1).lastCursorPosition().block()
    return last


def keep_headings_with_next(document: QTextDocument, rounds: int = 12, follow: int = 2) -> None:
    """No heading alone at the foot of a page: when what leads its section (see _lead_of)
    does not end on its page, the heading starts the next page; the layout is then
    checked again."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    for _ in range(rounds):
        moved = False
        block = document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() > 0 \
                    and fmt.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto:
                page = int(layout.blockBoundingRect(block).top() // height)
                # Block rectangles are in document coordinates, inside table cells too.
                bottom = layout.blockBoundingRect(_lead_of(block, follow)).bottom()
                if int((bottom - 1) // height) > page:
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved = True
                    break
            block = block.next()
        if not moved:
            return


def write_report_pdf(
    data: ReportData,
    images: dict[str, QImage],
    path: Path,
    page_size: QPageSize | None = None,
) -> int:
    """Write the report to `path` (whole or not at all); returns the number of pages."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(page_size or page_size_for())
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(_tr("Rolling practice report"))
    writer.setCreator(f"Rolling Journal {__version__}")
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    body = QSizeF(paint.width(), paint.height() - footer)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setDefaultStyleSheet(_CSS)
    document.setDocumentMargin(0)
    for name, picture in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"),
                             picture)
    # Image sizes in HTML are CSS pixels (1/96 in), which the layout scales to the device.
    css_width = (body.width() - 4) * 96 / writer.logicalDpiX()
    document.setHtml(report_html(data, images, css_width))
    document.setPageSize(body)
    keep_headings_with_next(document)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        tmp.unlink(missing_ok=True)
        raise OSError(f"Could not write {target}")
    try:
        footer_font = QFont("DejaVu Sans", 8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(),
                                                  body.width(), body.height()))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.black)
            text = _tr("Rolling Journal report, {first} to {last} · Page {n} of {pages}").format(
                first=f"{data.first_day:%d %b %Y}", last=f"{data.last_day:%d %b %Y}",
                n=page + 1, pages=pages)
            painter.drawText(QRectF(0, body.height(), body.width(), footer),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             text)
    finally:
        painter.end()
    try:
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return pages


def save_report(
    journal: ReportSource,
    path: Path,
    *,
    weeks: int,
    include_notes: bool = True,
    sessions_per_day: int = 2,
    page_size: QPageSize | None = None,
    tz: tzinfo | None = None,
    today: date | None = None,
) -> int:
    """Gather, draw and write the report of the last `weeks` weeks up to `today` (the
    local day by default); returns the page count."""
    from desktop_app.localtime import local_zone, today_in
    from desktop_app.stats.report import build_report
    from desktop_app.ui.report.charts import chart_images

    tz = tz or local_zone()
    today = today or today_in(tz)
    data = build_report(journal, weeks=weeks, tz=tz, today=today,
                        sessions_per_day=sessions_per_day, include_notes=include_notes)
    images = chart_images(journal, weeks, sessions_per_day=sessions_per_day, tz=tz,
                          today=lambda: today)
    return write_report_pdf(data, images, path, page_size)


__all__ = ["page_size_for", "report_html", "save_report", "write_report_pdf"]
