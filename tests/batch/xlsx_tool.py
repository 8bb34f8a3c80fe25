#!/usr/bin/python3
"""Workbooks for the batch tests, made by openpyxl (an independent producer), as a person would
with Excel or LibreOffice:

    xlsx_tool.py from-csv rows.csv book.xlsx   open a CSV and "save as .xlsx": numbers become
                                               numbers (a tax code loses its leading zero, as in
                                               Excel), dd/mm/yyyy dates become dates
    xlsx_tool.py set book.xlsx C5=text D6=#12  open, change cells (#12 is the number 12,
                                                #05/12/2026 a date; "Sheet!B2" a cell of a named sheet), save
    xlsx_tool.py sheets book.xlsx "Tháng 11=a.csv" "Tháng 12=b.csv"
                                               one sheet per CSV, typed as from-csv, in that order
    xlsx_tool.py rename book.xlsx OLD NEW      rename a sheet (as by double-clicking its tab), save

Run with Debian's /usr/bin/python3, which has python3-openpyxl.
"""

import csv
import datetime
import re
import sys

import openpyxl

NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")


def typed(text):
    if NUMBER.match(text):
        return float(text) if "." in text else int(text)
    match = DATE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return datetime.date(year, month, day)
    return text if text else None


def from_csv(source, target):
    workbook = openpyxl.Workbook()
    fill_sheet(workbook.active, "Hóa đơn", source)
    workbook.save(target)


def sheets(target, specs):
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for spec in specs:
        title, source = spec.split("=", 1)
        fill_sheet(workbook.create_sheet(), title, source)
    workbook.save(target)


def rename(path, old, new):
    workbook = openpyxl.load_workbook(path)
    workbook[old].title = new
    workbook.save(path)


def fill_sheet(sheet, title, source):
    sheet.title = title
    with open(source, encoding="utf-8-sig", newline="") as file:
        header = file.readline()
        file.seek(0)
        delimiter = ";" if header.count(";") > header.count(",") else ","
        for row, fields in enumerate(csv.reader(file, delimiter=delimiter), start=1):
            for column, text in enumerate(fields, start=1):
                value = typed(text) if row > 1 else text
                cell = sheet.cell(row=row, column=column, value=value)
                if isinstance(value, datetime.date):
                    cell.number_format = "dd/mm/yyyy"


def set_cells(path, assignments):
    workbook = openpyxl.load_workbook(path)
    for assignment in assignments:
        cell, value = assignment.split("=", 1)
        sheet = workbook.worksheets[0]
        if "!" in cell:  # "Tháng 12!B2": a cell of a named sheet
            name, cell = cell.rsplit("!", 1)
            sheet = workbook[name]
        sheet[cell] = typed(value[1:]) if value.startswith("#") else value
        if isinstance(sheet[cell].value, datetime.date):
            sheet[cell].number_format = "dd/mm/yyyy"
    workbook.save(path)


def main():
    if sys.argv[1] == "from-csv":
        from_csv(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "sheets":
        sheets(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == "rename":
        rename(sys.argv[2], sys.argv[3], sys.argv[4])
    elif sys.argv[1] == "set":
        set_cells(sys.argv[2], sys.argv[3:])
    else:
        sys.exit("unknown command " + sys.argv[1])


if __name__ == "__main__":
    main()
