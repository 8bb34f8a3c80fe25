#!/usr/bin/python3
"""Prints what openpyxl (an independent reader) sees in a workbook, as JSON, for the C++ tests.

    /usr/bin/python3 check_xlsx.py book.xlsx

{"date1904": false, "sheets": [{"name", "freeze", "cells": {"A1": {"value", "type",
"format", "bold", "is_date"}}, "validations": [{"sqref", "type", "formula1", "prompt"}],
"widths": {"A": 12.0}, "header_left", "header_right"}]}
"""

import datetime
import json
import sys

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def value_of(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def describe_sheet(sheet):
    cells = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            cells[cell.coordinate] = {
                "value": value_of(cell),
                "type": type(cell.value).__name__,
                "format": cell.number_format,
                "bold": bool(cell.font and cell.font.b),
                "is_date": cell.is_date,
            }
    validations = [{
        "sqref": str(validation.sqref),
        "type": validation.type,
        "formula1": validation.formula1,
        "prompt": validation.prompt,
    } for validation in sheet.data_validations.dataValidation]
    widths = {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()
              if dimension.width}
    return {"name": sheet.title, "freeze": sheet.freeze_panes, "cells": cells,
            "validations": validations, "widths": widths,
            "header_left": sheet.oddHeader.left.text or "", "header_right": sheet.oddHeader.right.text or ""}


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    print(json.dumps({
        "date1904": workbook.epoch == CALENDAR_MAC_1904,
        "sheets": [describe_sheet(sheet) for sheet in workbook.worksheets],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
