"""Meetings (placeholder; implemented below)."""
from __future__ import annotations


def find_meetings(ctx):
    return []
