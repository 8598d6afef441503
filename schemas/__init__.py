"""The contracts (pydantic models), their generated JSON Schema and the topic catalogue."""

import os

# pydantic looks for plugins in the entry points of every installed distribution when the first model is
# built: ~30 ms of each process's start-up (a tenth of `claimwatch extract`'s), and claimwatch uses none.
# Set PYDANTIC_DISABLE_PLUGINS to an empty string to have them loaded again.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
