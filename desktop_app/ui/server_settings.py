"""File > Journal server…: the setting that puts the journal on a PostgreSQL server
(`journal/database_url` in settings.ini), or back in the SQLite file (empty).

A password is never written to the settings: typed in its own field (or found in the
URL), it goes to the system keyring, and the URL is saved without it. Without a usable
keyring, the dialog says to use ~/.pgpass instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.server import is_server_url, parse_url, store_password


class JournalServerDialog(QDialog):
    """`url` (without a password) and `password` once accepted."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalServerDialog")
        self.setWindowTitle(self.tr("Journal server"))
        intro = QLabel(self.tr(
            "Keep the journal on a PostgreSQL server to use the same journal on several "
            "computers. Leave the address empty to keep it in this computer's own file."))
        intro.setWordWrap(True)
        self.url_field = QLineEdit(current or "")
        self.url_field.setObjectName("databaseUrlField")
        self.url_field.setAccessibleName(self.tr("Journal server address"))
        self.url_field.setPlaceholderText("postgresql://USER@HOST[:PORT]/DB[?sslmode=require]")
        self.url_field.setMinimumWidth(420)
        self.password_field = QLineEdit()
        self.password_field.setObjectName("databasePasswordField")
        self.password_field.setAccessibleName(self.tr("Journal server password"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("kept in the system keyring"))
        self.error = QLabel()
        self.error.setObjectName("journalServerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.url_field)
        form.addRow(self.tr("&Password:"), self.password_field)
        note = QLabel(self.tr(
            "The password is never saved in the settings: it goes to the system keyring "
            "(or put it in ~/.pgpass)."))
        note.setObjectName("journalServerNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("journalServerButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.url: str | None = current
        self.password: str | None = None

    def accept(self) -> None:
        text = self.url_field.text().strip()
        if not text:
            self.url = None
            super().accept()
            return
        try:
            if not is_server_url(text):
                raise ValueError(self.tr("The address must start with postgresql://"))
            address = parse_url(text)
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        password = self.password_field.text() or address.password
        if password and not store_password(address, password):
            self.error.setText(self.tr(
                "There is no system keyring to keep the password in. Put it in ~/.pgpass "
                "(host:port:database:user:password) and leave the field empty."))
            self.error.show()
            return
        self.url = address.without_password().url()
        self.password = password
        super().accept()
