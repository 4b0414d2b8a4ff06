#!/usr/bin/env python3
"""Regenerates the fixtures of the reading tests (Tests/TallyCLITests/Workbooks/).

The same records, written as analysts keep them, for the differential test: records.csv (comma,
UTF-8) is the source; from it come a semicolon-separated Windows-1251 file with day-first dotted
dates (as Excel saves CSV in a Russian locale), a UTF-16 tab-separated file with day-first slash
dates (Excel's "Unicode text"), and records-libreoffice.xlsx, which LibreOffice converts from the
CSV (real date cells, shared strings, LibreOffice's own XML). Then a hand-made workbook with what
other programs write (the 1904 date system, inline strings, formulas with cached values, rich
text, empty rows, a header below blank rows, a first sheet without records), and the hostile
workbooks, which must be refused quickly.

Standard library only, but for LibreOffice (soffice), which `scripts/bootstrap.sh --viewers`
installs. Run from the repository root: python3 scripts/make-reading-fixtures.py
"""
import csv
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.join("Tests", "TallyCLITests", "Workbooks")


def records():
    """300 records from `tally generate`, with Cyrillic places so the encodings matter."""
    tally = os.environ.get("TALLY_BIN", ".build/debug/tally")
    text = subprocess.run(
        [tally, "generate", "--records", "300", "--seed", "17", "-o", "-"],
        check=True, capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(text)))
    places = ["Хорог", "Ишкашим", "Мургаб", "Дарваз", "Ванч"]
    for index, row in enumerate(rows[1:]):
        row[5] = places[index % len(places)] + (" " + row[5] if row[5] else "")
        # Characters Windows-1251 lacks are not what this test is about.
        row[18] = row[18].replace("×", "x")
    return rows


def reformat_date(value, style):
    """A day-precision ISO date as a Russian locale (25.12.2025) or Excel's D/M/YYYY writes it."""
    if len(value) != 10:
        return value
    year, month, day = value.split("-")
    if style == "dots":
        return f"{day}.{month}.{year}"
    return f"{int(day)}/{int(month)}/{year}"


def write_text_variants(rows):
    with open(os.path.join(OUT, "records.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    dotted = [rows[0]] + [[reformat_date(c, "dots") if i == 1 else c for i, c in enumerate(r)] for r in rows[1:]]
    with open(os.path.join(OUT, "records-semicolon-1251.csv"), "w", encoding="cp1251", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(dotted)
    slashed = [rows[0]] + [[reformat_date(c, "slashes") if i == 1 else c for i, c in enumerate(r)] for r in rows[1:]]
    with open(os.path.join(OUT, "records-utf16-tab.txt"), "w", encoding="utf-16", newline="") as f:
        csv.writer(f, delimiter="\t", lineterminator="\r\n").writerows(slashed)


def write_libreoffice_workbook():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("make-reading-fixtures: LibreOffice (soffice) is missing: bash scripts/bootstrap.sh --viewers")
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "records-libreoffice.csv")
        shutil.copy(os.path.join(OUT, "records.csv"), source)
        # Comma-separated, UTF-8 (76), first line kept as text; ISO dates become date cells.
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{work}/profile",
             "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", work, source],
            check=True, capture_output=True)
        shutil.copy(os.path.join(work, "records-libreoffice.xlsx"), OUT)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook(path, sheets, shared=None, styles=None, date1904=False, compress=zipfile.ZIP_DEFLATED):
    """A minimal .xlsx: sheets is [(name, xml or a callable writing to a file)]."""
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    entries = []
    for n, (name, _) in enumerate(sheets, 1):
        rels.append(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
        entries.append(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>')
    if shared is not None:
        rels.append('<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
    with zipfile.ZipFile(path, "w", compress) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>")
        pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}>{pr}<sheets>{"".join(entries)}</sheets></workbook>')
        z.writestr("xl/styles.xml", styles or f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>')
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        for n, (_, sheet) in enumerate(sheets, 1):
            name = f"xl/worksheets/sheet{n}.xml"
            if callable(sheet):
                with z.open(name, "w", force_zip64=False) as f:
                    sheet(f)
            else:
                z.writestr(name, sheet)


def sheet(rows):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>'


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


HEADER = ["date", "country", "region", "category", "type", "fatalities", "notes"]


def header_row(number):
    return f'<row r="{number}">' + "".join(inline(f"{chr(65 + i)}{number}", name) for i, name in enumerate(HEADER)) + "</row>"


def write_other_program_workbook():
    """What other spreadsheet programs write, each in one row of records-other.xlsx."""
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst ' + NS + ' count="4" uniqueCount="4">'
              '<si><t>Tajikistan</t></si>'
              '<si><r><rPr><b/></rPr><t>Gorno</t></r><r><t xml:space="preserve">-Badakhshan</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>'
              '<si><t>incident</t></si>'
              '<si><t>armed_clash</t></si></sst>')
    notes = sheet(['<row r="1"><c r="A1" t="inlineStr"><is><t>Read me: the log is on the next sheet</t></is></c></row>'])
    rows = [
        # The header is the first non-empty row: rows 1 and 2 are blank (one written, one not).
        '<row r="1"><c r="A1" t="inlineStr"><is><t> </t></is></c></row>',
        header_row(3),
        # 1904 dates: serial 44189 is 2024-12-25 (1462 days later than in the 1900 system).
        '<row r="4"><c r="A4" s="1"><v>44189</v></c><c r="B4" t="s"><v>0</v></c><c r="C4" t="s"><v>1</v></c><c r="D4" t="s"><v>2</v></c><c r="E4" t="s"><v>3</v></c><c r="F4"><f>1+2</f><v>3</v></c><c r="G4" t="str"><f>"a &amp; b"</f><v>a &amp; b, &lt;quoted&gt;</v></c></row>',
        '<row r="5"></row>',
        '<row r="6"><c r="A6" t="inlineStr"><is><t>5.1.2025</t></is></c><c r="B6" t="s"><v>0</v></c><c r="D6" t="s"><v>2</v></c><c r="E6" t="inlineStr"><is><t>attack</t></is></c><c r="F6"><v>0</v></c></row>',
        # Row 7 is missing; row 8 has a date with a time of day.
        '<row r="8"><c r="A8" s="2"><v>44196.75</v></c><c r="B8" t="s"><v>0</v></c><c r="D8" t="s"><v>2</v></c><c r="E8" t="inlineStr"><is><t>shelling</t></is></c><c r="F8" t="e"><v>#N/A</v></c></row>',
    ]
    workbook(os.path.join(OUT, "records-other.xlsx"), [("Notes", notes), ("Log", sheet(rows))], shared=shared, date1904=True)


def write_hostile_workbooks():
    header = header_row(1)
    # A decompression bomb: 256 MB of spaces after the header, about 250 KB compressed.
    def bomb(f):
        f.write(f'<?xml version="1.0"?><worksheet {NS}><sheetData>{header}'.encode())
        block = b" " * (1 << 20)
        for _ in range(256):
            f.write(block)
        f.write(b"</sheetData></worksheet>")
    workbook(os.path.join(OUT, "hostile-bomb.xlsx"), [("Log", bomb)])
    doctype = (f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
               f'<worksheet {NS}><sheetData>{header}<row r="2">{inline("A2", "&xxe;")}</row></sheetData></worksheet>')
    workbook(os.path.join(OUT, "hostile-doctype.xlsx"), [("Log", doctype)])
    declared = f'<?xml version="1.0"?><sst {NS} count="100000000" uniqueCount="100000000"><si><t>a</t></si></sst>'
    workbook(os.path.join(OUT, "hostile-shared-strings.xlsx"), [("Log", sheet([header]))], shared=declared)
    rng = random.Random(17)
    long_text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(40_000))
    oversized = f'<?xml version="1.0"?><sst {NS}><si><t>{long_text}</t></si></sst>'
    workbook(os.path.join(OUT, "hostile-long-string.xlsx"), [("Log", sheet([header]))], shared=oversized)
    workbook(os.path.join(OUT, "hostile-rows.xlsx"), [("Log", sheet([header, f'<row r="1048577">{inline("A1048577", "2024-01-01")}</row>']))])
    buffer = io.BytesIO()
    workbook(buffer, [("Log", sheet([header] + [f'<row r="{n}">{inline(f"A{n}", "2024-01-01")}</row>' for n in range(2, 200)]))])
    whole = buffer.getvalue()
    with open(os.path.join(OUT, "hostile-truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    # What Excel saves with a password: an OLE compound file holding "EncryptedPackage".
    ole = bytearray(4096)
    ole[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    name = "EncryptedPackage".encode("utf-16-le")
    ole[1024:1024 + len(name)] = name
    with open(os.path.join(OUT, "hostile-encrypted.xlsx"), "wb") as f:
        f.write(ole)


def main():
    os.makedirs(OUT, exist_ok=True)
    write_text_variants(records())
    write_libreoffice_workbook()
    write_other_program_workbook()
    write_hostile_workbooks()


if __name__ == "__main__":
    main()
