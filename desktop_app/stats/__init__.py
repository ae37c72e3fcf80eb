"""Progress statistics over the journal: weekly counts, pain trend (numpy and SQL, no Qt).

Import the submodules directly: `columns` (one query into numpy arrays), `calendar`
(local days and ISO weeks), `weekly` (one row per week), `trend` (pain over time),
`progress` (everything the charts need from one query).
"""
