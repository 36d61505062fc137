"""Findings: stable ids (`ids`), the words of a finding (`build`), their order (`ordering`)."""
