"""The CLI's exit codes (see `python -m analytics --help`): 0 success, 1 a file was refused,
2 usage error, 3 storage, 4 access denied."""

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORAGE, EXIT_DENIED = 0, 1, 2, 3, 4
