"""Vietnamese text folding and the officers' vocabulary."""
