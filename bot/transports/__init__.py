"""The chat-platform boundary: each transport turns platform events into `Incoming` messages and
delivers outbox rows. Nothing outside this package knows a platform's types."""
