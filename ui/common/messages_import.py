"""The participants import's refusals in words: a registration file that cannot be read (what is wrong
and where: sheet, line, cell) and a column mapping the importer cannot use
(ui/common/messages.py's ``message_for`` reads this table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def import_field_label(field: str) -> str:
    """A registration field as the facilitator knows it ("" is a column that is not imported)."""
    labels = {
        "name": QCoreApplication.translate("import", "Name"),
        "email": QCoreApplication.translate("import", "E-mail address"),
        "organisation": QCoreApplication.translate("import", "Organisation"),
        "job_title": QCoreApplication.translate("import", "Job title (at work)"),
        "motivation": QCoreApplication.translate("import", "Motivation (why they take part)"),
        "challenge": QCoreApplication.translate("import", "Preferred challenge"),
        "": QCoreApplication.translate("import", "do not import"),
    }
    return labels.get(field, field)


def import_messages(p: dict) -> dict:
    columns = list(p.get("columns") or ["", ""])
    return {
        "import_unreadable": lambda: QCoreApplication.translate("import", "“{file}” cannot be read. {problem}").format(
            file=p.get("file", ""), problem=_unreadable(p)),
        "import_refused": lambda: (QCoreApplication.translate("import", "Nothing was imported: 1 row is refused. Correct it in the file, save it and read it again.")
                                   if p.get("refused") == 1 else QCoreApplication.translate(
            "import", "Nothing was imported: {count} rows are refused. Correct them in the file, save it and read it again.").format(count=p.get("refused", ""))),
        "import_map_no_name": lambda: QCoreApplication.translate(
            "import", "No column is the name yet: choose “Name” for the column that holds the participants' names."),
        "import_map_twice": lambda: QCoreApplication.translate(
            "import", "Two columns are “{field}”: “{first}” and “{second}”. Choose “do not import” for one of them.").format(
            field=import_field_label(str(p.get("field", ""))), first=columns[0], second=columns[-1]),
        "import_map_column": lambda: QCoreApplication.translate("import", "The file has no column {column}.").format(column=p.get("column", "")),
        "import_map_field": lambda: QCoreApplication.translate("import", "“{field}” is not something a participant has here.").format(field=p.get("field", "")),
    }


def _unreadable(p: dict) -> str:
    """What is wrong with the file, and where, as one or two sentences."""
    where = _where(p)
    problems = {
        "not_a_file": lambda: QCoreApplication.translate("import", "This is a folder, not a file."),
        "not_found": lambda: QCoreApplication.translate("import", "The file is not there any more (moved or deleted?)."),
        "no_access": lambda: QCoreApplication.translate("import", "You may not read this file: copy it to your Documents folder, or ask its owner."),
        "os_error": lambda: QCoreApplication.translate("import", "The computer cannot read the file (a disk or network problem?)."),
        "too_large": lambda: QCoreApplication.translate("import", "The file is {megabytes} MB; a registration export is at most {limit} MB.").format(
            megabytes=p.get("megabytes", ""), limit=p.get("limit", "")),
        "empty": lambda: QCoreApplication.translate("import", "The file is empty.") if p.get("sheet") is None else QCoreApplication.translate(
            "import", "Sheet “{sheet}” holds no data.").format(sheet=p.get("sheet", "")),
        "encrypted": lambda: QCoreApplication.translate("import", "The workbook is protected with a password: open it in Excel and save it without a password."),
        "xls": lambda: QCoreApplication.translate("import", "This is an old Excel file (.xls): save it as Excel workbook (.xlsx) or as CSV."),
        "ods": lambda: QCoreApplication.translate("import", "This is an OpenDocument spreadsheet (.ods): save it as Excel workbook (.xlsx) or as CSV."),
        "corrupt": lambda: QCoreApplication.translate("import", "The workbook is damaged or not a real .xlsx file: open it in Excel and save it again."),
        "binary": lambda: QCoreApplication.translate("import", "This is neither a CSV file nor an Excel workbook (.xlsx)."),
        "encoding": lambda: where + QCoreApplication.translate("import", "the text has characters in an unknown encoding: save the file as “CSV UTF-8”."),
        "malformed": lambda: where + QCoreApplication.translate("import", "the row cannot be read (a quote that is not closed?): check its quotes."),
        "no_header": lambda: where + QCoreApplication.translate("import", "the first row holds data ({value}), not column names: add a row with the column names above it.").format(
            value=p.get("value", "")),
        "too_many_rows": lambda: QCoreApplication.translate("import", "It has more than {limit} rows: a registration export is far smaller.").format(limit=p.get("limit", "")),
        "unknown_sheet": lambda: QCoreApplication.translate("import", "There is no sheet “{sheet}” in it.").format(sheet=p.get("sheet", "")),
        "sheet_in_csv": lambda: QCoreApplication.translate("import", "A CSV file has no sheets."),
        "merged_header": lambda: where + QCoreApplication.translate("import", "merged cells in the row of column names: unmerge them so that every column has its own name."),
        "formula": lambda: where + QCoreApplication.translate("import", "a formula without a saved value: open the file in Excel, save it, and choose it again."),
    }
    make = problems.get(str(p.get("problem", "")))
    text = make() if make else where + QCoreApplication.translate("import", "it is not a registration file Staatsprint can read.")
    return text[:1].upper() + text[1:]  # a problem without a place starts the sentence


def _where(p: dict) -> str:
    """"Sheet “Aanmeldingen”, cell B3: " / "Line 12: " / "" — the place a problem is at, to start its sentence."""
    sheet, cell, line = p.get("sheet"), p.get("cell"), p.get("line")
    if sheet is not None and cell:
        return QCoreApplication.translate("import", "Sheet “{sheet}”, cell {cell}: ").format(sheet=sheet, cell=cell)
    if sheet is not None and line:
        return QCoreApplication.translate("import", "Sheet “{sheet}”, line {line}: ").format(sheet=sheet, line=line)
    if line:
        return QCoreApplication.translate("import", "Line {line}: ").format(line=line)
    return ""
