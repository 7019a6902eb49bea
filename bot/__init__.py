import os

# Opt in to the timedelta retry_after of python-telegram-bot 22 (the future default).
os.environ.setdefault("PTB_TIMEDELTA", "1")
