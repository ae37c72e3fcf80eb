"""The report as a PDF: an HTML QTextDocument, laid out page by page on a QPdfWriter.

Qt's own PDF output serves well here (no extra library): QTextDocument paginates text
and tables, the charts go in as images drawn by the app's pyqtgraph code, and every page
gets a footer "Page n of m" painted by hand, so the page count is in the text. A4, or
Letter where the locale measures in US units. Black text, grey rules, patterned charts:
readable printed in greyscale.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
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
from desktop_app.journal.entry import PARTS
from desktop_app.stats.report import ReportData, ReportSource
from desktop_app.stats.safety import HURT_STOPS, LAST_RISE, RECENT_RISES, WarningSpan
from desktop_app.ui.dates import local_text

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


translate = QCoreApplication.translate


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """A4, or US Letter where the locale measures in US units."""
    system = (locale or QLocale()).measurementSystem()
    letter = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _e(text: object) -> str:
    return html.escape(str(text))


def _tag(tag: str, text: str, css_class: str = "") -> str:
    attributes = f' class="{css_class}"' if css_class else ""
    return f"<{tag}{attributes}>{_e(text)}</{tag}>"


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _when(moment: datetime, data: ReportData) -> str:
    at = moment.astimezone(data.tz).replace(tzinfo=None)  # in the report's time zone
    return local_text(at, translate("Report", "ddd dd MMM yyyy, HH:mm"))


def _day(day: date) -> str:
    return local_text(day, translate("Report", "ddd dd MMM yyyy"))


def _date(day: date) -> str:
    return local_text(day, translate("Report", "dd MMM yyyy"))


def _parts(parts: Iterable[str]) -> str:
    chosen = [translate("Report", "Part {number}").format(number=p.removeprefix("part"))
              for p in PARTS if p in set(parts)]
    return ", ".join(chosen) if chosen else translate("Report", "none completed")


def _duration(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}"


def _reasons(span: WarningSpan) -> str:
    words = {
        RECENT_RISES: translate(
            "Report",
            "pain after practice 2 or more points above pain before in 2 of the last 4 sessions",
        ),
        LAST_RISE: translate(
            "Report", "pain after practice 3 or more points above pain before in the last session"
        ),
        HURT_STOPS: translate("Report", "2 or more sessions stopped because it hurt within 7 days"),
    }
    return "; ".join(words[r] for r in span.reasons)


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: set[int] | None = None,
    nowrap: set[int] | None = None,
    kind: str = "",
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
    body = "".join(
        "<tr>" + "".join(cell(i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    # <thead>: the header row repeats at the top of every page the table runs onto.
    return (
        f'<table class="data {kind}" width="100%" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def report_html(data: ReportData, images: dict[str, QImage], width: float) -> str:
    """The report's HTML; `images` are referenced as chart://name, `width` is the text
    width in document pixels."""

    def image(name: str) -> str:
        return _image(images, name, width)

    parts = [
        *_intro_section(data),
        *_glance_section(data),
        *_weekly_section(data, image),
        *_pain_section(data, image),
        *_warnings_section(data),
        *_hurt_section(data),
        *_friend_section(data),
        *_notes_section(data),
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def _image(images: dict[str, QImage], name: str, width: float) -> str:
    """A chart image at the text's width, keeping its proportions ('' when missing)."""
    picture = images.get(name)
    if picture is None:
        return ""
    ratio = picture.height() / max(picture.width(), 1)
    return f'<p><img src="chart://{name}" width="{int(width)}" height="{int(width * ratio)}"></p>'


def _intro_section(data: ReportData) -> list[str]:
    """The title, the period, who wrote it and what the exercise is."""
    weeks = len(data.weeks)
    period = translate("Report", "{first} to {last} ({weeks} weeks)").format(
        first=_day(data.first_day), last=_day(data.last_day), weeks=weeks
    )
    parts = [_tag("h1", translate("Report", "Rolling practice report"))]
    written = translate(
        "Report",
        "Written on {day} by Rolling Journal {version}, from the journal kept by "
        "the person practising.",
    ).format(day=_day(data.last_day), version=__version__)
    exercise = translate(
        "Report",
        "The exercise: slow rolls on a rug from face up to face down and back, "
        "each led by one body part (knee, hip or head), twice a day. Pain is rated "
        "from 0 (no pain) to 10 (worst imaginable).",
    )
    period_label = translate("Report", "Period:")
    parts.append(f'<p class="meta">{_e(period_label)} {_e(period)}<br>{_e(written)}</p>')
    parts.append(f"<p>{_e(exercise)}</p>")
    return parts


def _glance_section(data: ReportData) -> list[str]:
    """The period in one table: sessions, hurt stops, trend, warnings, quality."""
    parts: list[str] = []
    friend_right, friend_total = data.friend_rolls
    glance = [
        [
            translate("Report", "Sessions"),
            translate("Report", "{sessions} of a target of {target}").format(
                sessions=data.sessions, target=data.target
            )
            + (
                translate("Report", " ({days} paused days left out of the target)").format(
                    days=data.paused_days
                )
                if data.paused_days
                else ""
            ),
        ],
        [translate("Report", "Stopped because it hurt"), str(len(data.hurt_stops))],
        [translate("Report", "Pain trend"), data.summary + "."],
        [translate("Report", "Pain warnings"), _warning_count(len(data.warnings))],
        [
            translate("Report", "Smoothness"),
            translate("Report", "{mean} of 5 on average").format(mean=_num(data.smoothness_mean))
            if data.smoothness_mean is not None
            else "–",
        ],
        [
            translate("Report", "Right part led"),
            translate("Report", "{share} of the sessions that answered").format(
                share=_share(data.right_part_led_share)
            ),
        ],
        [
            translate("Report", "A friend's checks"),
            translate(
                "Report", "{right} of {total} rolls led right, in {sessions} sessions"
            ).format(right=friend_right, total=friend_total, sessions=len(data.friend_sessions))
            if friend_total
            else translate("Report", "none"),
        ],
        [
            translate("Report", "Practice strength"),
            translate("Report", "{value} % today").format(value=round(data.strength))
            if data.strength is not None
            else "–",
        ],
    ]
    parts.append(_tag("h2", translate("Report", "At a glance")))
    parts.append(
        _table([translate("Report", "What"), translate("Report", "In this period")], glance)
    )
    return parts


def _weekly_section(data: ReportData, image: Callable[[str], str]) -> list[str]:
    """Sessions per week: the chart and the table of every week."""
    parts: list[str] = []
    parts.append(_tag("h2", translate("Report", "Sessions per week against the target")))
    measured = translate(
        "Report",
        "Each week is measured against the target it had; paused days (rest during "
        "a flare-up, hatched) are left out of it.",
    )
    parts.append(f"<p>{_e(measured)}</p>")
    parts.append(image("weekly"))
    week_rows = [
        [
            row.week.split("-")[-1] + ("*" if row.partial else ""),
            local_text(row.week_start, translate("Report", "dd MMM")),
            str(row.sessions),
            str(row.target),
            str(row.paused_days),
            str(row.stopped_hurt),
            _num(row.pain_before_mean),
            _num(row.pain_after_mean),
            _num(row.smoothness_mean),
            _share(row.right_part_led_share),
            "–" if row.strength is None else f"{row.strength:.0f} %",
        ]
        for row in data.weeks
    ]
    parts.append(
        _table(
            [
                translate("Report", "Week"),
                translate("Report", "From"),
                translate("Report", "Sessions"),
                translate("Report", "Target"),
                translate("Report", "Paused days"),
                translate("Report", "Hurt stops"),
                translate("Report", "Pain before"),
                translate("Report", "Pain after"),
                translate("Report", "Smooth­ness"),
                translate("Report", "Right part led"),
                translate("Report", "Strength"),
            ],
            week_rows,
            numeric=set(range(2, 11)),
            nowrap={0, 1},
            kind="weeks",
        )
    )
    if any(row.partial for row in data.weeks):
        parts.append(_tag("p", translate("Report", "* this week is not over yet"), "meta"))
    return parts


def _pain_section(data: ReportData, image: Callable[[str], str]) -> list[str]:
    """Pain before and after, the after − before change, and the strength."""
    parts: list[str] = []
    parts.append(_tag("h2", translate("Report", "Pain before and after practice")))
    parts.append(f'<p class="summary">{_e(data.summary)}.</p>')
    parts.append(image("pain"))
    explained = translate(
        "Report",
        "Each session's pain after practice minus pain before: above zero, "
        "practice left the pain worse; hatched bars, 2 points or more.",
    )
    parts.append(f"<p>{_e(explained)}</p>")
    parts.append(image("change"))

    parts.append(_tag("h2", translate("Report", "Practice strength")))
    strength = translate(
        "Report",
        "A forgiving score of keeping to the target (as the Loop habit tracker "
        "scores a habit): each day counts a little, a few missed days after a long "
        "run lower it a little, a long gap a lot; paused days leave it as it is.",
    )
    parts.append(f"<p>{_e(strength)}</p>")
    parts.append(image("strength"))
    return parts


def _warnings_section(data: ReportData) -> list[str]:
    """The pain warnings that stood, from when to when and why."""
    parts: list[str] = []
    parts.append(_tag("h2", translate("Report", "Pain warnings that stood")))
    if data.warnings:
        rows = []
        for span in data.warnings:
            start = datetime.fromtimestamp(span.start, UTC)
            end = (
                translate("Report", "still stands")
                if span.end is None
                else _when(datetime.fromtimestamp(span.end, UTC), data)
            )
            rows.append([_when(start, data), end, _reasons(span)])
        parts.append(
            _table(
                [
                    translate("Report", "From"),
                    translate("Report", "Until"),
                    translate("Report", "Why"),
                ],
                rows,
                nowrap={0, 1},
            )
        )
    else:
        parts.append(
            _tag("p", translate("Report", "The pain warning did not stand in this period."))
        )
    return parts


def _hurt_section(data: ReportData) -> list[str]:
    """Every session stopped because it hurt."""
    parts: list[str] = []
    parts.append(_tag("h2", translate("Report", "Every session stopped because it hurt")))
    if data.hurt_stops:
        parts.append(
            _table(
                [
                    translate("Report", "When"),
                    translate("Report", "Time"),
                    translate("Report", "Parts completed"),
                    translate("Report", "Pain before → after"),
                    translate("Report", "Note"),
                ],
                [
                    [
                        _when(d.started_at, data),
                        _duration(d.duration_s),
                        _parts(d.parts),
                        f"{_pain(d.pain_before)} → {_pain(d.pain_after)}",
                        d.notes.strip()
                        if data.include_notes
                        else translate("Report", "(notes left out)"),
                    ]
                    for d in data.hurt_stops
                ],
                nowrap={0, 3},
            )
        )
    else:
        parts.append(_tag("p", translate("Report", "No session was stopped because it hurt.")))
    return parts


def _friend_section(data: ReportData) -> list[str]:
    """A friend's checks of the lead, session by session."""
    parts: list[str] = []
    parts.append(_tag("h2", translate("Report", "A friend’s checks of the lead")))
    if data.friend_sessions:
        parts.append(
            _table(
                [
                    translate("Report", "When"),
                    translate("Report", "Rolls led by the right part"),
                    translate("Report", "What led instead"),
                ],
                [
                    [
                        _when(s.started_at, data),
                        translate("Report", "{right} of {rolls}").format(
                            right=s.right, rolls=s.rolls
                        ),
                        ", ".join(f"{part} ({count})" for part, count in s.others) or "–",
                    ]
                    for s in data.friend_sessions
                ],
                nowrap={0},
            )
        )
    else:
        parts.append(
            _tag("p", translate("Report", "No roll was checked by a friend in this period."))
        )
    return parts


def _notes_section(data: ReportData) -> list[str]:
    """The notes, unless they are left out."""
    parts: list[str] = []
    if data.include_notes:
        parts.append(_tag("h2", translate("Report", "Notes")))
        if data.notes:
            parts.append(
                _table(
                    [translate("Report", "When"), translate("Report", "Note")],
                    [[_when(d.started_at, data), d.notes.strip()] for d in data.notes],
                    nowrap={0},
                )
            )
        else:
            parts.append(_tag("p", translate("Report", "No notes in this period.")))
    return parts


def _warning_count(count: int) -> str:
    if count == 0:
        return translate("Report", "none")
    if count == 1:
        return translate("Report", "stood once (see below)")
    return translate("Report", "stood {n} times (see below)").format(n=count)


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
            if (
                fmt.headingLevel() > 0
                and fmt.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
            ):
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
    writer.setTitle(translate("Report", "Rolling practice report"))
    writer.setCreator(f"Rolling Journal {__version__}")
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    body = QSizeF(paint.width(), paint.height() - footer)

    document = _laid_out(data, images, writer, body)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        tmp.unlink(missing_ok=True)
        raise OSError(translate("Report", "Could not write {file}").format(file=target))
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _draw_page(painter, document, data, page, pages, body, footer)
    finally:
        painter.end()
    try:
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return pages


def _laid_out(data: ReportData, images: dict[str, QImage], writer: QPdfWriter,
              body: QSizeF) -> QTextDocument:
    """The report's text laid out in pages of `body`'s size, on the writer's device."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setDefaultStyleSheet(_CSS)
    document.setDocumentMargin(0)
    for name, picture in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), picture
        )
    # Image sizes in HTML are CSS pixels (1/96 in), which the layout scales to the device.
    css_width = (body.width() - 4) * 96 / writer.logicalDpiX()
    document.setHtml(report_html(data, images, css_width))
    document.setPageSize(body)
    keep_headings_with_next(document)
    return document


def _draw_page(painter: QPainter, document: QTextDocument, data: ReportData, page: int,
               pages: int, body: QSizeF, footer: float) -> None:
    """Page `page` of the laid-out report, with its footer (the period, page n of m)."""
    painter.save()
    painter.translate(0, -page * body.height())
    document.drawContents(
        painter, QRectF(0, page * body.height(), body.width(), body.height())
    )
    painter.restore()
    painter.setFont(QFont("DejaVu Sans", 8))
    painter.setPen(Qt.GlobalColor.black)
    text = translate(
        "Report", "Rolling Journal report, {first} to {last} · Page {n} of {pages}"
    ).format(
        first=_date(data.first_day),
        last=_date(data.last_day),
        n=page + 1,
        pages=pages,
    )
    painter.drawText(
        QRectF(0, body.height(), body.width(), footer),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        text,
    )


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
    data = build_report(
        journal,
        weeks=weeks,
        tz=tz,
        today=today,
        sessions_per_day=sessions_per_day,
        include_notes=include_notes,
    )
    images = chart_images(
        journal, weeks, sessions_per_day=sessions_per_day, tz=tz, today=lambda: today
    )
    return write_report_pdf(data, images, path, page_size)


__all__ = ["page_size_for", "report_html", "save_report", "write_report_pdf"]
