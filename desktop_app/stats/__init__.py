"""Progress statistics over the journal: weekly counts, pain trend (numpy, no Qt, no SQL).

The journal hands over its sessions as numpy columns (`Journal.session_columns`);
everything here computes on those. Import the submodules directly: `calendar`
(local days and ISO weeks), `weekly` (one row per week), `trend` (pain over time),
`progress` (everything the charts need from one query).
"""
