#pragma once

// The response bodies documented in sepay-api.md 5.2-5.12, verbatim, for the parser tests.
// (Kept out of the test's .cpp: moc misreads "//" inside raw string literals.)

namespace sepayexamples {

inline constexpr char providerListExample[] = R"({
  "data": {
    "paging": { "per_page": 20, "total": 2, "has_more": false, "current_page": 1, "page_count": 1 },
    "items": [
      { "id": "5b1c2e40-1a2b-11f1-9c3d-0242ac120002", "provider": "matbao", "active": true, "tax_authority_approved_date": null },
      { "id": "7f3e9a10-1a2b-11f1-9c3d-0242ac120002", "provider": "bkav", "active": false, "tax_authority_approved_date": "2026-03-01" }
    ]
  }
})";

inline constexpr char providerDetailExample[] = R"({
  "success": true,
  "data": {
    "id": "5b1c2e40-1a2b-11f1-9c3d-0242ac120002",
    "provider": "matbao",
    "active": true,
    "tax_authority_approved_date": null,
    "templates": [
      { "template_code": "1", "invoice_series": "C26TAA", "invoice_label": "1 - C26TAA - Hóa đơn giá trị gia tăng" },
      { "template_code": "2", "invoice_series": "C26TBB", "invoice_label": "2 - C26TBB - Hóa đơn bán hàng" }
    ]
  }
})";

inline constexpr char createTicketExample[] = R"({
  "success": true,
  "data": {
    "tracking_code": "3c7d4e10-2b3c-11f1-8a4b-0242ac120002",
    "tracking_url": "https://einvoice-api-sandbox.sepay.vn/v1/invoices/create/check/3c7d4e10-2b3c-11f1-8a4b-0242ac120002",
    "message": "Đã tạo yêu cầu xuất bán hóa đơn điện tử"
  }
})";

inline constexpr char createCheckExample[] = R"({
  "success": true,
  "data": {
    "reference_code": "ORDER-000123",
    "status": "Success",
    "message": "Xuất hóa đơn điện tử thành công",
    "invoice": {
      "reference_code": "ORDER-000123",
      "invoice_number": "0",
      "issued_date": "2026-05-04",
      "pdf_url": "https://provider.example/DownloadPDF.aspx?key=abc",
      "xml_url": null,
      "status": "draft",
      "buyer": { "name": "Cong ty Mau", "tax_code": "0312345678", "address": "1 Duong So 1, Quan 1, TP.HCM", "email": "ketoan@example.com", "phone": "0909000000" },
      "total_before_tax": 280000,
      "tax_amount": 0,
      "total_amount": 280000,
      "notes": "Order 123",
      "source": "api"
    }
  }
})";

inline constexpr char issueTicketExample[] = R"({
  "success": true,
  "data": {
    "tracking_code": "9a8b7c60-2b3d-11f1-8a4b-0242ac120002",
    "tracking_url": "https://einvoice-api-sandbox.sepay.vn/v1/invoices/issue/check/9a8b7c60-2b3d-11f1-8a4b-0242ac120002",
    "message": "Đã tạo yêu cầu xuất bán hóa đơn điện tử"
  }
})";

inline constexpr char issueCheckExample[] = R"({
  "success": true,
  "data": {
    "reference_code": "ORDER-000123",
    "status": "Success",
    "message": "Xuất bán hóa đơn điện tử thành công",
    "invoice": {
      "reference_code": "ORDER-000123",
      "invoice_number": "17",
      "issued_date": "2026-05-04",
      "pdf_url": "https://provider.example/DownloadPDF.aspx?key=abc",
      "xml_url": null,
      "status": "issued",
      "buyer": { "name": "Cong ty Mau", "tax_code": "0312345678", "address": "1 Duong So 1, Quan 1, TP.HCM", "email": "ketoan@example.com", "phone": "0909000000" },
      "total_before_tax": 280000,
      "tax_amount": 0,
      "total_amount": 280000,
      "notes": "Order 123",
      "source": "api"
    }
  }
})";

inline constexpr char listExample[] = R"({
  "data": {
    "paging": { "per_page": 10, "total": 2, "has_more": false, "current_page": 1, "page_count": 1 },
    "items": [
      {
        "reference_code": "ORDER-000123",
        "invoice_number": "17",
        "issued_date": "2026-05-04",
        "pdf_url": "https://provider.example/DownloadPDF.aspx?key=abc",
        "xml_url": null,
        "status": "issued",
        "buyer": { "name": "Cong ty Mau", "tax_code": "0312345678", "address": "1 Duong So 1, Quan 1, TP.HCM", "email": "ketoan@example.com", "phone": "0909000000" },
        "total_before_tax": 280000,
        "tax_amount": 0,
        "total_amount": 280000,
        "notes": "Order 123",
        "source": "api"
      },
      {
        "reference_code": "b2d0c6e2-2b40-11f1-8a4b-0242ac120002",
        "invoice_number": "0",
        "issued_date": "2026-05-05",
        "pdf_url": "https://provider.example/DownloadPDF.aspx?key=def",
        "xml_url": null,
        "status": "draft",
        "buyer": { "name": "Nguyen Van A" },
        "total_before_tax": 100000,
        "tax_amount": 10000,
        "total_amount": 110000,
        "notes": "",
        "source": "manual"
      }
    ]
  }
})";

inline constexpr char detailExample[] = R"({
  "success": true,
  "data": {
    "reference_code": "ORDER-000123",
    "invoice_number": "17",
    "invoice_series": "C26TBB",
    "document_type": 2,
    "issued_date": "2026-05-04",
    "pdf_url": "https://provider.example/DownloadPDF.aspx?key=abc",
    "xml_url": null,
    "status": "issued",
    "tax_authority_code": "M1-26-ABCDE-00000000017",
    "provider_status": "4",
    "payment_method": "CK",
    "buyer": { "type": "company", "name": "Cong ty Mau", "tax_code": "0312345678", "address": "1 Duong So 1, Quan 1, TP.HCM", "email": "ketoan@example.com", "phone": "0909000000" },
    "total_before_tax": 280000,
    "tax_amount": 0,
    "total_amount": 280000,
    "notes": "Order 123",
    "source": "api",
    "items": [
      { "line_number": 1, "line_type": 1, "item_code": "A1", "item_name": "Widget", "unit": "cai", "quantity": "2.00", "unit_price": "150000.00", "total_amount": "300000.00", "tax_rate": "0.00", "tax_amount": "0.00" }
    ]
  }
})";

inline constexpr char downloadExample[] = R"({
  "success": true,
  "data": {
    "file_type": "pdf",
    "file_name": "HD_0000017_20260504.pdf",
    "content": "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSPj4K..."
  }
})";

inline constexpr char usageExample[] = R"({ "data": { "quota_remaining": "120" } })";

} // namespace sepayexamples
