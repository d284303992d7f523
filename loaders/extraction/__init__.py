"""Extraction: article text -> people, parties, meetings, demands, concessions.

Public entry points (stable; the loaders and the CLI call only these):
- `load_nlp(model_name)`: the spaCy pipeline, loaded once per process.
- `extract(text, published)`: one article -> `Extraction`.
- `extract_many(items)`: many articles, batched through `nlp.pipe`.
"""
