"""One module per chat command, each declared with @command beside the code that runs it.

handlers.registry imports every module here; nothing else needs to know a command exists."""
