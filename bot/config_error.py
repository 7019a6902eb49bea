"""The error a bad configuration raises, apart from the schema: the command line catches it for
every command, and a command that reads no configuration (reading a letter) should not pay for
importing pydantic and the schema to catch it."""


class ConfigError(ValueError):
    """One line per bad value."""
