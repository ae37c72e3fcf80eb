"""Progress statistics over the journal: weekly counts, pain trend, practice strength and
the pain warning (numpy, no Qt, no SQL).

The journal hands over what they need (`Journal.session_columns`, `session_times`,
`practice_schedule`, `entries`); everything here computes on that. Import the submodules
directly: `calendar` (local days and ISO weeks), `weekly` (one row per week), `trend`
(pain over time), `strength` and `schedule_days` (keeping to the target, paused days),
`safety` (the pain warning), `progress` (everything the charts need from one read),
`report` (the physiotherapist report).
"""
