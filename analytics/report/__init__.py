"""The board report: analysis texts with their sign-off, and the månadsrapport, tertialrapport
and delårsrapport as one document model drawn as PDF (WeasyPrint) and Word (python-docx)."""
