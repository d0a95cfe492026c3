"""What the bot does with each kind of message; platform-free, testable without a network."""
