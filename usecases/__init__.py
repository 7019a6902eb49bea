"""The use cases: one function per thing a person does, each owning its reads and writes, called
by the chat's handlers, the command line and the web desk alike, off the event loop."""
