"""Contract tests: does a server (the mock by default, or the real API) honour the spec?"""
