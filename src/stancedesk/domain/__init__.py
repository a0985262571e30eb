"""Plain values and rules; imports nothing but the standard library."""
