"""Benchmarks of the jogg SDK against raw httpx on loopback (``make bench``; see README)."""
