"""The rules: statuses, standing (open/late/done/closed), officers, proposals, reminders."""
