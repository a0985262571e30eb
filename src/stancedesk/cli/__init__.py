"""stancedesk-cli: the scripting face of the same services the window uses."""
