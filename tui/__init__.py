"""The Textual app: the main way in for a teacher auditing their accounts."""
