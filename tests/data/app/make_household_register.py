#!/usr/bin/env python3
"""Writes household_register_merged.xlsx: a hand-kept register as communities send it, with
merged title rows, a two-row header and building / unit cells merged down over their rooms.
The people are invented; names, ID numbers and phones are made up for the test.
Run: python3 make_household_register.py (standard library only)."""
import zipfile

TITLE = "友好社区华荣上海城住户登记表"
SUBTITLE = "填报单位：友好社区居委会　　填报日期：2024年3月"
GROUPS = ["序号", "房屋信息", "", "", "户主信息", "", "", "家庭人口", "备注"]
HEADER = ["", "楼栋", "单元", "室号", "户主姓名", "身份证号", "联系电话", "", ""]
# building, unit, room, name, id, phone, members; "" where the cell is merged into the one above.
ROWS = [
    ("12号楼", "1单元", "101", "张伟", "110101199003071234", "13812345678", "3"),
    ("", "", "102", "王芳", "320623198512120021", "13905130001", "2"),
    ("", "2单元", "201", "李强", "320623197708150035", "13705130002", "4"),
    ("", "", "202室", "赵敏", "", "", "1"),
    ("十三幢", "一单元", "301", "陈静", "320623199201010043", "15005130003", "3"),
    ("", "", "", "无室号", "", "", "2"),
    ("", "", "302", "刘洋", "320623196011110058", "18605130004", "5"),
    ("", "", "302", "重复", "", "", "1"),
]
TOTAL = ["合计", "", "", "", "", "", "", "20", ""]

def col(i):
    return chr(ord("A") + i)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

strings, index = [], {}
def sid(s):
    if s not in index:
        index[s] = len(strings)
        strings.append(s)
    return index[s]

sheet_rows = [[TITLE] + [""] * 8, [SUBTITLE] + [""] * 8, GROUPS, HEADER]
for n, (b, u, r, name, idn, phone, members) in enumerate(ROWS, 1):
    sheet_rows.append([str(n), b, u, r, name, idn, phone, members, ""])
sheet_rows.append(TOTAL)

xml_rows = []
for r, cells in enumerate(sheet_rows, 1):
    cs = []
    for c, v in enumerate(cells):
        if v == "":
            continue
        cs.append(f'<c r="{col(c)}{r}" t="s"><v>{sid(v)}</v></c>')
    xml_rows.append(f'<row r="{r}">{"".join(cs)}</row>')

merges = ["A1:I1", "A2:I2", "B3:D3", "E3:G3", "A3:A4", "H3:H4", "I3:I4",
          "B5:B8", "C5:C6", "C7:C8", "B9:B12", "C9:C12"]
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{"".join(xml_rows)}</sheetData>'
         f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) +
         '</mergeCells></worksheet>')
shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
          f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>")
workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="住户登记" sheetId="1" r:id="rId1"/></sheets></workbook>')
workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                 '</Relationships>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '</Types>')

with zipfile.ZipFile("household_register_merged.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/worksheets/sheet1.xml", sheet),
                       ("xl/sharedStrings.xml", shared)]:
        z.writestr(zipfile.ZipInfo(name, (2024, 3, 1, 0, 0, 0)), data)
