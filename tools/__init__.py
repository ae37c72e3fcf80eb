"""Developer tools shared by benchmarks/, docs/ (screenshots) and the tests; never shipped."""
