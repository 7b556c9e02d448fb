"""Email delivery: build a message (mail), keep it safe until sent (outbox), send it (smtp).

The split is what makes unattended delivery safe: a message exists on disk in the
outbox before any connection is made, and leaves it only after the server said 250.
"""
