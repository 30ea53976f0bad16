"""The client's resources (``client.products``, ``client.avatars``, ...), each a sync class
``X`` with an async twin ``AsyncX`` of the same methods, signatures and docstrings.

Each method's docstring documents its parameters, one ``name: ...`` line each, except
``**options``, which every method that sends a request takes and which is documented here
once:

**options: per-call settings that override the client's for that call only (RequestOptions):
    ``timeout`` (seconds), ``max_retries`` (0 to 10), ``extra_headers`` (never the API key
    header), ``extra_query`` (added to the query) and ``extra_body`` (added to the JSON
    body). An unknown name or a bad value raises ValidationError before anything is sent.
"""
