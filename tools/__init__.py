"""Development tooling shared by tests and benchmarks (not used by the app)."""
