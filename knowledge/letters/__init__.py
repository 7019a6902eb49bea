"""The letter reader: a provincial letter (công văn) read into a draft of the tasks it sets."""
