"""StanceDesk: claims, evidence, stances and verdicts in one shareable file."""

__version__ = "0.1.0"
