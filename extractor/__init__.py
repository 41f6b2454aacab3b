"""target-extractor: quantified targets and achievements from Chinese policy texts."""
from .pipeline import extract_text

__all__ = ["extract_text"]
