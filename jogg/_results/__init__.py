"""The result types, by area; `jogg.types` is their public home."""
