"""Developer tools: evaluation and benchmarks (not shipped in the wheel)."""
