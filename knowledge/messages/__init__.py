"""What the bot says: the markup primitives (markup.py) and the wording of every refusal code
(refusals.py). The rules return codes and raw values; only here do they become Vietnamese."""
