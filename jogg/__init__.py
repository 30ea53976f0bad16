"""jogg — the Python SDK for the JoggAI v2 video API."""
