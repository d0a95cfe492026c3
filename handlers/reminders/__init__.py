"""Reminders: when they are planned (planning) and what they say (render)."""
