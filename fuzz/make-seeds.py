#!/usr/bin/python3
"""Writes the seed corpus of every fuzz target into fuzz/corpus/<target>/ (committed).

Sources: the JSON examples of the HTTP contract (sepay-api.md, path given as the first argument,
default /work/shared/sepay-api.md), the response examples of tests/core/sepayresponseexamples.h,
the .xlsx/.xls/.ods fixtures of tests/spreadsheet/fixtures, and the batch files, numbers, dates,
tax codes and series the ordinary tests use. Run it again after the contract or fixtures change;
libFuzzer adds what it finds to its own working copy, never here.
"""
import json
import pathlib
import re
import sys
import zipfile

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
CORPUS = FUZZ / "corpus"
CONTRACT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/sepay-api.md")


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (folder / name).write_bytes(data)


def contract_examples():
    """Every ```json block of the contract that is valid JSON, named by its section."""
    text = CONTRACT.read_text(encoding="utf-8")
    section = "0"
    examples = []
    for match in re.finditer(r"^(#+ [^\n]*)$|^```json\n(.*?)^```", text, re.M | re.S):
        if match.group(1):
            found = re.search(r"(\d+\.\d+|[A-G])\b", match.group(1))
            section = found.group(1) if found else section
            continue
        try:
            json.loads(match.group(2))
        except ValueError:
            continue
        examples.append((section, match.group(2)))
    return examples


def header_examples():
    source = (ROOT / "tests/core/sepayresponseexamples.h").read_text(encoding="utf-8")
    return re.findall(r'char (\w+)\[\] = R"\((.*?)\)";', source, re.S)


def create_payload(**changes):
    payload = {
        "template_code": "1", "invoice_series": "C26TAA", "issued_date": "2026-11-20 09:30:00",
        "currency": "VND", "provider_account_id": "5b1c2e40-1a2b-11f1-9c3d-0242ac120002",
        "reference_code": "ORDER-0001", "payment_method": "CK", "is_draft": True,
        "buyer": {"type": "company", "name": "Công ty Mẫu", "legal_name": "CÔNG TY TNHH MẪU",
                  "tax_code": "0100109106", "address": "1 Đường Số 1, Quận 1, TP.HCM",
                  "email": "ketoan@example.com", "phone": "0909000000", "buyer_code": "KH-042"},
        "items": [
            {"line_number": 1, "line_type": 1, "item_code": "A1", "item_name": "Bàn làm việc",
             "unit": "cái", "quantity": 2, "unit_price": 150000, "tax_rate": 10},
            {"line_number": 2, "line_type": 1, "item_name": "Dịch vụ lắp đặt", "unit": "lần",
             "quantity": 1.5, "unit_price": 100000.25, "tax_rate": 8, "discount_tax": 5},
            {"line_number": 3, "line_type": 3, "item_name": "Chiết khấu thương mại",
             "before_discount_and_tax_amount": 20000, "tax_rate": 10},
            {"line_number": 4, "line_type": 4, "item_name": "Ghi chú in trên hóa đơn"},
        ],
        "notes": "Đơn hàng 123",
    }
    payload.update(changes)
    return json.dumps(payload, ensure_ascii=False, indent=1)


def create_payloads():
    return {
        "vat-four-line-types.json": create_payload(),
        "sales-usd-personal.json": create_payload(
            template_code="2", invoice_series="C26TBB", currency="USD", payment_method="TM/CK",
            buyer={"type": "personal", "name": "Trần Thị B", "national_id": "001099012345"},
            items=[{"line_number": 1, "line_type": 2, "item_name": "Quà tặng", "quantity": 1, "unit_price": 0},
                   {"line_number": 2, "line_type": 1, "item_name": "Sách", "quantity": 3,
                    "unit_price": 12.5, "discount_amount": 1.25}]),
        "total-amount-and-kct.json": create_payload(
            total_amount=280000, is_draft=False,
            items=[{"line_number": 1, "line_type": 1, "item_name": "Thuốc", "quantity": 1,
                    "unit_price": 280000, "tax_rate": -2}]),
        "minimal.json": json.dumps({
            "template_code": "1", "invoice_series": "C26TAA", "issued_date": "2026-01-05 00:00:00",
            "currency": "CAD", "provider_account_id": "9c5d8b20-1a2b-11f1-9c3d-0242ac120002",
            "buyer": {}, "items": [{"line_number": 1, "line_type": 1, "item_name": "X", "tax_rate": -1}]}),
    }


def json_seeds():
    for index, (section, body) in enumerate(contract_examples()):
        name = "contract-%02d-section-%s.json" % (index, section)
        write("fuzz_api_responses", name, body)
        write("fuzz_invoice_json", name, body)
    for name, body in header_examples():
        write("fuzz_api_responses", "tests-%s.json" % name, body)
        write("fuzz_invoice_json", "tests-%s.json" % name, body)
    for name, body in create_payloads().items():
        write("fuzz_invoice_json", "create-" + name, body)
        write("fuzz_create_request", name, body)
    write("fuzz_api_responses", "token.json", '{"access_token":"abc.def","token_type":"Bearer","expires_in":"86400"}')
    write("fuzz_api_responses", "retry-after-date", 'Wed, 21 Oct 2015 07:28:00 GMT')
    write("fuzz_create_request", "not-json", "{\"template_code\": ")


TEMPLATE_HEADER = ("Mã nhóm hóa đơn,Ngày hóa đơn,Ký hiệu,Hình thức thanh toán,Loại người mua,Tên người mua,"
                   "Tên đơn vị,Mã số thuế,Địa chỉ,Email,Loại dòng,Mã hàng,Tên hàng hóa dịch vụ,Đơn vị tính,"
                   "Số lượng,Đơn giá,Thuế suất,Ghi chú")
TEMPLATE_ROWS = [
    "HD001,05/01/2026,C26TAA,CK,Doanh nghiệp,Nguyễn Văn A,Công ty TNHH Mẫu,0312456782,"
    "\"1 Đường Số 1, Quận 1, TP.HCM\",ketoan@example.vn,1,SP01,Bàn phím,cái,2,150000,10,",
    "HD001,,,,,,,,,,1,DV01,Phí lắp đặt,lần,1,50000,8,",
    "HD002,05/01/2026,C26TAA,TM,Cá nhân,Trần Thị B,,,\"2 Lê Lợi, Huế\",,1,,Sách giáo khoa,cuốn,3,45000,-2,"
    "\"Ghi chú\nhai dòng\"",
]
SEMICOLON_BATCH = (
    "Mã nhóm hóa đơn;Mã tham chiếu;Ngày hóa đơn;Ký hiệu;Tài khoản nhà cung cấp;Tên người mua;Mã số thuế;"
    "Địa chỉ;Tên hàng hóa, dịch vụ;Đơn vị tính;Số lượng;Đơn giá;Thuế suất;Chiết khấu (%)\n"
    "INV0;INV0-REF;05/01/2026;C26TAA;5b1c2e40-1a2b-11f1-9c3d-0242ac120002;Công ty Mẫu;312456782;"
    "1 Lê Lợi, TP.HCM;Bàn phím;cái;2;150000;10;2,5\n"
    "INV0;;;;;;;;Phí lắp đặt;lần;1;50.000,00;8;\n"
    "INV1;INV1-REF;2026-01-05 08:30;C26TAA;5b1c2e40-1a2b-11f1-9c3d-0242ac120002;Công ty Mẫu;0312456782;"
    "1 Lê Lợi;Dịch vụ;giờ;1.500;12.345;KCT;0\n")


def csv_seeds():
    instructions = "# Mẫu hóa đơn hàng loạt.\r\n\"# Thuế suất: 0, 5, 8, 10\"\r\n"
    template = instructions + TEMPLATE_HEADER + "\r\n" + "\r\n".join(TEMPLATE_ROWS) + "\r\n"
    files = {
        "template-utf8-bom.csv": b"\xef\xbb\xbf" + template.encode("utf-8"),
        "template-utf16le.csv": b"\xff\xfe" + template.encode("utf-16-le"),
        "template-utf16be.csv": b"\xfe\xff" + template.encode("utf-16-be"),
        "semicolon-vietnamese-numbers.csv": SEMICOLON_BATCH.encode("utf-8"),
        "mac-line-ends.csv": SEMICOLON_BATCH.replace("\n", "\r").encode("utf-8"),
        "windows-1258.csv": SEMICOLON_BATCH.encode("cp1258", errors="replace"),
        "english-numbers.csv": (TEMPLATE_HEADER + "\n" + "HD9,2026-01-05,C26TAA,CK,,Bob,,,,,1,,Item,pcs,"
                                "\"1,500\",\"1,234.50\",10,\n").encode("utf-8"),
    }
    for name, data in files.items():
        write("fuzz_csv", name, data)
        write("fuzz_batch_import", name, data)
    write("fuzz_csv", "quotes.csv", b'a,"b ""quoted""",c\r\n"multi\r\nline",,"#not comment"\n')


def xlsx_text_form(path):
    """A workbook as the parts input of fuzz_xlsx_parts: "==> name" lines, then the XML."""
    with zipfile.ZipFile(path) as archive:
        pieces = []
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                pieces.append("==> %s\n%s" % (info.filename, archive.read(info).decode("utf-8")))
        return "\n".join(pieces)


def workbook_seeds():
    fixtures = ROOT / "tests/spreadsheet/fixtures"
    for path in sorted(fixtures.iterdir()):
        if path.suffix in (".xlsx", ".xls", ".ods"):
            write("fuzz_xlsx", path.name, path.read_bytes())
        if path.suffix == ".xlsx":
            write("fuzz_xlsx_parts", path.stem + ".txt", xlsx_text_form(path))
    write("fuzz_xlsx", "template.csv", ("\ufeff" + TEMPLATE_HEADER + "\r\n").encode("utf-8"))
    write("fuzz_xlsx", "html-table.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>")
    write("fuzz_xlsx_parts", "inline-and-merged.txt",
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="2"><c r="C2" t="inlineStr"><is><t xml:space="preserve"> Nguyễn </t></is></c>'
          '<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="str"><f>A1</f><v>x</v></c>'
          '<c r="XFD2"><v>1.5E+3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="C2:D3"/>'
          '</mergeCells></worksheet>\n==> !xl/sharedStrings.xml\n')


def text_seeds():
    numbers = ["1500000", "1.500.000", "1,500,000", "1 500 000", "2,5", "0.125", "1.234,5", "1.500",
               "12,345", "-3", "+3", "12,5%", "10 %", "1\u00a0500\u00a0000", "\u22122,5", "1,234.5",
               "0,5", "922337203685477,5807", "9.223.372.036.854.775.807", "1e+06", ".5", "5,"]
    for i, text in enumerate(numbers):
        write("fuzz_number_input", "number-%02d" % i, text)
    dates = ["05/01/2026", "5/1/2026", "2026-01-05", "2026-01-05 08:30", "05/01/2026 23:59:59",
             "2026-01-05T08:30:00", "5-1-2026", "5.1.2026", "2026-01-05 09:30:00", "29/02/2024 7:05",
             "31/12/9999 24:00"]
    for i, text in enumerate(dates):
        write("fuzz_date_input", "date-%02d" % i, text)
    codes = ["0100109106", "0100109106-001", "0100109106001", "100109106", "100109106001",
             "012345678901", "01001 09106", "0100.109.106", "0100109106-000", "0312456782"]
    for i, text in enumerate(codes):
        write("fuzz_tax_code", "taxcode-%02d" % i, text)
    series = ["C26TAA", "K26TBB", "C99TYY", "c26taa", "C26TA", "1", "2", "6", "X26TAA", "C26XAA"]
    for i, text in enumerate(series):
        write("fuzz_series", "series-%02d" % i, text)


SANDBOX_REQUESTS = {
    "token.txt": "POST /v1/token\nAuthorization: Basic c2FuZGJveC1jbGllbnQtaWQ6c2FuZGJveC1jbGllbnQtc2VjcmV0\n\n",
    "accounts.txt": "GET /v1/provider-accounts?page=1&per_page=20\n\n",
    "account.txt": "GET /v1/provider-accounts/5b1c2e40-1a2b-11f1-9c3d-0242ac120002\n\n",
    "usage.txt": "GET /v1/usage\n\n",
    "list.txt": "GET /v1/invoices?page=2&per_page=3&source=api\n\n",
    "detail.txt": "GET /v1/invoices/DEMO-0001\n\n",
    "download.txt": "GET /v1/invoices/DEMO-0001/download?type=xml\n\n",
    "create-check.txt": "GET /v1/invoices/create/check/abc\n\n",
    "issue.txt": "POST /v1/invoices/issue\nContent-Type: application/json\n\n{\"reference_code\":\"ORDER-0001\"}",
    "issue-check.txt": "GET /v1/invoices/issue/check/abc\n\n",
    "delete.txt": "POST /v1/invoices/delete/ORDER-0001\n\n",
    "delete-method.txt": "DELETE /v1/invoices/ORDER%2F0001\n\n",
    "wrong-method.txt": "PUT /v1/usage\n\n",
    "unauthorized.txt": "GET /v1/usage\nAuthorization: Bearer nope\n\n",
    "faults.txt": "POST /_sandbox/faults\n\n{\"error_next\":1,\"latency_ms\":0}",
    "settings.txt": "POST /_sandbox/settings\n\n{\"job_pending_polls\":0,\"allow_draft_download\":true}",
    "quota.txt": "POST /_sandbox/quota\n\n{\"quota_remaining\":0}",
    "patch-account.txt": "POST /_sandbox/accounts/7f3e9a10-1a2b-11f1-9c3d-0242ac120002\n\n{\"active\":true}",
    "requests.txt": "GET /_sandbox/requests\n\n",
    "portal.txt": "GET /_sandbox/portal/DEMO-0001.xml\n\n",
}


def sandbox_seeds():
    for name, text in SANDBOX_REQUESTS.items():
        write("fuzz_sandbox_requests", name, text)
    for name, body in create_payloads().items():
        write("fuzz_sandbox_requests", "create-" + name.replace(".json", ".txt"),
              "POST /v1/invoices/create\nContent-Type: application/json\n\n" + body)


def render_seeds():
    # FuzzedDataProvider input: texts are taken from the front, numbers from the back.
    texts = ["C26TAA", "Công ty TNHH Một Thành Viên <&> \"Ánh Dương\"", "CÔNG TY", "0100109106",
             "Số 1, Đường Lê Lợi ]]> Quận 1", "ketoan@example.vn", "0909 000 000", "KH-042",
             "001099012345", "Nhà bán", "0312456782", "Hà Nội", "024", "ban@example.vn", "123-456",
             "Hóa đơn giá trị gia tăng", "0000001", "M1-26-ABCDE-00000000001", "SP01", "Bàn phím", "cái"]
    data = "".join(text.replace("\\", "\\\\") + "\\" for text in texts).encode("utf-8")
    write("fuzz_xml_render", "vietnamese-texts", data + bytes(range(64)))
    write("fuzz_xml_render", "empty", b"")


def dict_entry(data):
    return '"' + "".join(chr(b) if 0x20 <= b < 0x7f and b not in (0x22, 0x5c) else "\\x%02x" % b
                         for b in data) + '"'


def write_dict(name, tokens):
    folder = FUZZ / "dict"
    folder.mkdir(exist_ok=True)
    unique = sorted({t.encode("utf-8") if isinstance(t, str) else t for t in tokens}, key=lambda t: (len(t), t))
    lines = ["# libFuzzer dictionary written by fuzz/make-seeds.py"] + [dict_entry(t) for t in unique]
    (folder / (name + ".dict")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def json_keys():
    text = CONTRACT.read_text(encoding="utf-8")
    keys = set(re.findall(r'"([a-z_]+)"\s*:', text)) | set(re.findall(r"`([a-z_]+)`", text))
    return ['"%s":' % key for key in keys]


def dictionaries():
    json_tokens = json_keys() + ["{", "}", "[", "]", ":", ",", "true", "false", "null", '""', "0", "-1",
                                 "1e+06", "2.5", "1.0e-7", "9223372036854775807", "\\u0000", '"success":false',
                                 '"data":{', '"items":[', '"paging":{', "2026-01-05 09:30:00", "2026-01-05"]
    write_dict("json", json_tokens)
    columns = re.findall(r'\{BatchColumn::\w+, "(\w+)", "([^"]+)", "([^"]+)"\}',
                         (ROOT / "app/batch/batchcolumns.cpp").read_text(encoding="utf-8"))
    csv_tokens = [",", ";", '"', '""', "\r\n", "\n", "\r", "#", "\ufeff", "\t", "KCT", "KKKNT", "1.500",
                  "2,5", "1.234,5", "1,234.5", "05/01/2026", "2026-01-05", "C26TAA", "0312456782",
                  "5b1c2e40-1a2b-11f1-9c3d-0242ac120002", "TM", "CK", "TM/CK", "Cá nhân", "Doanh nghiệp",
                  b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xd0", b"\xcc", b"\xde"]
    for key, header, aliases in columns:
        csv_tokens += [key, header] + aliases.split("|")
    write_dict("csv", csv_tokens)
    write_dict("xlsx", ["<c ", "</c>", "<v>", "</v>", "<row ", "</row>", ' r="', ' t="s"', ' t="str"',
                        ' t="inlineStr"', ' t="b"', ' t="e"', ' t="d"', ' s="', "<is><t>", "</t></is>",
                        "<si>", "</si>", "<r><t>", "<t>", "</t>", 'xml:space="preserve"', "<sheetData>",
                        "</sheetData>", '<mergeCell ref="', "<mergeCells>", '<numFmt numFmtId="',
                        'formatCode="', '<xf numFmtId="', "<cellXfs>", 'applyNumberFormat="1"', "date1904",
                        '<sheet name="', 'state="hidden"', 'state="veryHidden"', 'sheetId="', 'r:id="',
                        '<Relationship Id="', 'Target="', 'Type="', 'TargetMode="External"',
                        '<Override PartName="', 'ContentType="', "<!DOCTYPE", "<!ENTITY", "&amp;", "&#x",
                        "A1", "XFD1048576", "A1:B2", "dd/mm/yyyy", "0.00%", "#,##0", "yyyy-mm-dd hh:mm",
                        "==> ", "==> !", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                        "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "[Content_Types].xml",
                        "PK\x03\x04", "PK\x01\x02", "PK\x05\x06", b"\xd0\xcf\x11\xe0"])
    write_dict("number", [".", ",", " ", "%", "-", "+", "\u00a0", "\u202f", "\u2212", "000", "0.", "0,",
                          "1.500", "2,5", ":", "/", "T", "2026", "-01-", "24:00", "9999", "0000", "e", "E+"])
    write_dict("sandbox", [line.split("\n")[0] for line in SANDBOX_REQUESTS.values()]
               + json_keys() + ["GET ", "POST ", "DELETE ", "PUT ", "PATCH ", "HEAD ", "OPTIONS ", "/v1/",
                                "/_sandbox/", "invoices/", "check/", "%2F", "%00", "..", "?page=", "&per_page=",
                                "type=pdf", "type=xml", "source=manual", "\n\n", "Authorization: ",
                                "Bearer ", "Basic ", "Connection: close", "DEMO-0001", ".pdf", ".xml"])


def main():
    dictionaries()
    json_seeds()
    csv_seeds()
    workbook_seeds()
    text_seeds()
    sandbox_seeds()
    render_seeds()


if __name__ == "__main__":
    main()
