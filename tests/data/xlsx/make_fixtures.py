#!/usr/bin/env python3
"""Writes the small .xlsx fixtures of the workbook import tests, part by part, so each shows one
thing Excel or WPS writes (libxlsxwriter, used by the tests for the larger files, cannot: it has no
1904 date system and writes no rich text or phonetic runs). Run it from anywhere; it writes next to
itself. The files are committed; this script says how they were made.

  dates_1904_inline.xlsx   1904 date system, inline strings, a phone and a member code stored as
                           numbers (General), dates as serials with a date style, a date-time.
  merged_header.xlsx       blank leading rows, a merged title banner, a two-row header (a heading
                           merged across two columns over its sub-headings, others merged down),
                           shared strings with rich text, a phonetic run and an _x000D_ escape,
                           the fake 1900-02-29 (serial 60) and a 1900-system date, a number shown
                           as 0.00.
  two_sheets.xlsx          a notes sheet first, the customers on the second sheet "客户".
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DATE1904 = ' date1904="1"'
STYLE = ' s="{}"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(path, sheets, shared=None, date1904=False):
    """sheets: list of (name, sheet_xml_body). shared: list of <si> inner XML strings."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    rels = [f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets))]
    rels.append(f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>')
    if shared is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
        ct.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    for i in range(len(sheets)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append('</Types>')
    # Styles: 0 General, 1 date (id 14), 2 custom date-time, 3 "0.00", 4 Chinese date yyyy"年"m"月"d"日"
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<styleSheet {NS}><numFmts count="2">'
              '<numFmt numFmtId="164" formatCode="yyyy/m/d\\ h:mm"/>'
              '<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
              '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/>'
              '<xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          f'<workbook {NS}><workbookPr{DATE1904 if date1904 else ""}/><sheets>'
          + ''.join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
          + '</sheets></workbook>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ''.join(ct))
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', wb)
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + ''.join(rels) + '</Relationships>')
        z.writestr('xl/styles.xml', styles)
        if shared is not None:
            z.writestr('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       f'<sst {NS} count="{len(shared)}" uniqueCount="{len(shared)}">'
                       + ''.join(f'<si>{s}</si>' for s in shared) + '</sst>')
        for i, (_, body) in enumerate(sheets):
            z.writestr(f'xl/worksheets/sheet{i + 1}.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       f'<worksheet {NS}>{body}</worksheet>')


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def num(ref, value, style=0):
    return f'<c r="{ref}"{STYLE.format(style) if style else ""}><v>{value}</v></c>'


def sst(ref, index):
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


# 1904 system: serial 0 = 1904-01-01. 1990-05-17 = 31548 (1904) = 33010 (1900).
rows = [
    '<row r="1">' + inline('A1', '会员卡号') + inline('B1', '姓名') + inline('C1', '手机') + inline('D1', '生日')
    + inline('E1', '入会日期') + '</row>',
    '<row r="2">' + num('A2', '17850') + inline('B2', '王芳') + num('C2', '13812345678') + num('D2', '31548', 1)
    + num('E2', '44864.5', 2) + '</row>',
    # a phone written by a tool in scientific notation, a Chinese-format date
    '<row r="3">' + inline('A3', 'VIP2') + inline('B3', '李雷') + num('C3', '1.3900001111E10')
    + num('D3', '0', 4) + '</row>',
]
workbook(os.path.join(HERE, 'dates_1904_inline.xlsx'),
         [('Customers', '<sheetData>' + ''.join(rows) + '</sheetData>')], date1904=True)

shared = ['<t>2026年会员名单</t>',                                          # 0 title
          '<t>会员卡号</t>',                                                # 1
          '<r><rPr><b/></rPr><t>姓</t></r><r><t>名</t></r>',               # 2 rich text → 姓名
          '<t>联系方式</t>',                                                # 3 group heading
          '<t>手机</t>',                                                    # 4
          '<t>邮箱</t>',                                                    # 5
          '<t>生日</t><rPh sb="0" eb="2"><t>shengri</t></rPh>',            # 6 phonetic run left out
          '<t>张伟</t>',                                                    # 7
          '<t>VIP001</t>',                                                  # 8
          '<t>VIP002</t>',                                                  # 9
          '<t>赵敏</t>',                                                    # 10
          '<t>zm@example.cn</t>',                                           # 11
          '<t>备注</t>',                                                    # 12
          '<t xml:space="preserve">一行_x000D_\n两行</t>',                  # 13
          '<t>VIP003</t>',                                                  # 14
          '<t>钱多</t>']                                                    # 15
body = ('<sheetData>'
        '<row r="2"/>'  # a formatted but empty row
        '<row r="3">' + sst('A3', 0) + '</row>'
        '<row r="5">' + sst('A5', 1) + sst('B5', 2) + sst('C5', 3) + sst('E5', 6) + sst('F5', 12) + '</row>'
        '<row r="6">' + sst('C6', 4) + sst('D6', 5) + '</row>'
        '<row r="7">' + sst('A7', 8) + sst('B7', 7) + num('C7', '13800138000') + num('E7', '33010', 1)
        + sst('F7', 13) + '</row>'
        '<row r="8">' + sst('A8', 9) + sst('B8', 10) + num('C8', '13900139000') + sst('D8', 11) + num('E8', '60', 1) + '</row>'
        '<row r="9"></row>'
        '<row r="10">' + sst('A10', 14) + sst('B10', 15) + num('C10', '13700137000') + num('E10', '61', 1)
        + num('F10', '12.5', 3) + '</row>'
        '</sheetData>'
        '<mergeCells count="5"><mergeCell ref="A3:F3"/><mergeCell ref="A5:A6"/><mergeCell ref="B5:B6"/>'
        '<mergeCell ref="C5:D5"/><mergeCell ref="E5:E6"/></mergeCells>')
workbook(os.path.join(HERE, 'merged_header.xlsx'), [('会员', body)], shared=shared)

notes = '<sheetData><row r="1">' + inline('A1', '本工作簿由门店系统导出') + '</row></sheetData>'
customers = ('<sheetData><row r="1">' + inline('A1', '会员卡号') + inline('B1', '姓名') + inline('C1', '手机') + '</row>'
             '<row r="2">' + inline('A2', 'S2-001') + inline('B2', '周杰') + inline('C2', '13600136000') + '</row>'
             '</sheetData>')
workbook(os.path.join(HERE, 'two_sheets.xlsx'), [('说明', notes), ('客户', customers)])
print('fixtures written to', HERE)
