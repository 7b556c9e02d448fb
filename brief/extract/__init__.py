"""Extractors: actors, key figures and quotes, found in the sentences by rules and gazetteers."""
