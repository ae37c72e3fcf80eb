"""The physiotherapist report: a PDF of the practice, drawn with Qt (QTextDocument on a
QPdfWriter) and the app's own pyqtgraph charts."""
