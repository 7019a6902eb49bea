"""Deadline texts as dates, working days and public holidays."""
