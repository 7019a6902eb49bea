"""The question reader: parse, periods, evidence, interpretation, the ask core."""
