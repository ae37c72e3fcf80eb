"""The journal: entries, their storage in SQLite, migrations, import/export and backups.

No Qt here. Import the submodules directly (`desktop_app.journal.repository`, ...):
this package init stays empty so the light `entry` module never drags in SQLAlchemy.
"""
