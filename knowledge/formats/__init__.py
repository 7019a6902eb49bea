"""File formats: workbooks written and read (openpyxl)."""
