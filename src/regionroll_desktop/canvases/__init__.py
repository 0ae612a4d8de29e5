"""The workshop's canvases, one package per step. Imported when a step is first shown."""
