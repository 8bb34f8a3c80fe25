<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EnvironmentText</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>CUSTOM SERVER</source>
        <translation>CUSTOM SERVER</translation>
    </message>
    <message>
        <source>Demo (built-in server, sample data)</source>
        <translation>Demo (built-in server, sample data)</translation>
    </message>
    <message>
        <source>SePay Sandbox (testing)</source>
        <translation>SePay Sandbox (testing)</translation>
    </message>
    <message>
        <source>SePay Production (real invoices)</source>
        <translation>SePay Production (real invoices)</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Custom server address</translation>
    </message>
    <message>
        <source>A server built into the app with sample data. Nothing is sent to SePay or to the tax authority.</source>
        <translation>A server built into the app with sample data. Nothing is sent to SePay or to the tax authority.</translation>
    </message>
    <message>
        <source>SePay&apos;s test server. Invoices are not sent to the tax authority.</source>
        <translation>SePay&apos;s test server. Invoices are not sent to the tax authority.</translation>
    </message>
    <message>
        <source>Invoices issued here are legal documents sent to the tax authority and use your quota.</source>
        <translation>Invoices issued here are legal documents sent to the tax authority and use your quota.</translation>
    </message>
    <message>
        <source>A SePay-compatible server at the address below, for example a local sandbox.</source>
        <translation>A SePay-compatible server at the address below, for example a local sandbox.</translation>
    </message>
    <message>
        <source>SePay eInvoice</source>
        <translation>SePay eInvoice</translation>
    </message>
    <message>
        <source>Switch to Production?</source>
        <translation>Switch to Production?</translation>
    </message>
    <message>
        <source>You are switching to SePay Production. Invoices you issue there are legal documents: they are sent to the tax authority and use your paid quota.

Switch to Production?</source>
        <translation>You are switching to SePay Production. Invoices you issue there are legal documents: they are sent to the tax authority and use your paid quota.

Switch to Production?</translation>
    </message>
    <message>
        <source>Switch to Production</source>
        <translation>Switch to Production</translation>
    </message>
    <message>
        <source>⚠ %1 — invoices are legal documents</source>
        <translation>⚠ %1 — invoices are legal documents</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The local database could not be opened.</source>
        <translation>The local database could not be opened.</translation>
    </message>
    <message>
        <source>The local database could not be updated to this version.</source>
        <translation>The local database could not be updated to this version.</translation>
    </message>
    <message>
        <source>The local record no longer exists.</source>
        <translation>The local record no longer exists.</translation>
    </message>
    <message>
        <source>This step is not allowed in the current state of the job.</source>
        <translation>This step is not allowed in the current state of the job.</translation>
    </message>
    <message>
        <source>This invoice is already being sent.</source>
        <translation>This invoice is already being sent.</translation>
    </message>
    <message>
        <source>A local record could not be read.</source>
        <translation>A local record could not be read.</translation>
    </message>
    <message>
        <source>Saving to the local database failed.</source>
        <translation>Saving to the local database failed.</translation>
    </message>
</context>
<context>
    <name>einvoice::AboutDialog</name>
    <message>
        <source>About SePay eInvoice</source>
        <translation>About SePay eInvoice</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SePay eInvoice&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Create, issue, track and download Vietnamese e-invoices through the SePay eInvoice API.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SePay eInvoice&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Create, issue, track and download Vietnamese e-invoices through the SePay eInvoice API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io&lt;/a&gt;)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-Clause License (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 — GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io&lt;/a&gt;)&lt;/li&gt;&lt;li&gt;QtKeychain — BSD 3-Clause License (&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copy &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copies version, environment, data and log locations and the last log lines (never credentials) for a support request.</source>
        <translation>Copies version, environment, data and log locations and the last log lines (never credentials) for a support request.</translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnostics copied</translation>
    </message>
</context>
<context>
    <name>einvoice::ApiAccountsSource</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Not connected to a server.</translation>
    </message>
</context>
<context>
    <name>einvoice::ApiConnectionTester</name>
    <message>
        <source>The demo server is not running.</source>
        <translation>The demo server is not running.</translation>
    </message>
</context>
<context>
    <name>einvoice::ApiError</name>
    <message>
        <source>Network error: %1</source>
        <translation>Network error: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Timed out: %1</source>
        <translation>Timed out: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>Unreadable answer from the server (field %1): %2</source>
        <translation>Unreadable answer from the server (field %1): %2</translation>
    </message>
    <message>
        <source>The invoice is not valid:
%1</source>
        <translation>The invoice is not valid:
%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Too many requests are waiting; try again later.</source>
        <translation>Too many requests are waiting; try again later.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1. Nothing was sent and it is not tried again: check the server address, this computer&apos;s date and time, or a proxy that intercepts HTTPS.</source>
        <translation>The server&apos;s certificate cannot be trusted: %1. Nothing was sent and it is not tried again: check the server address, this computer&apos;s date and time, or a proxy that intercepts HTTPS.</translation>
    </message>
    <message>
        <source>The server refused the request as incomplete or malformed.</source>
        <translation>The server refused the request as incomplete or malformed.</translation>
    </message>
    <message>
        <source>The client ID or secret is not accepted, or the session expired.</source>
        <translation>The client ID or secret is not accepted, or the session expired.</translation>
    </message>
    <message>
        <source>The e-invoice quota is used up: upgrade the package or contact SePay.</source>
        <translation>The e-invoice quota is used up: upgrade the package or contact SePay.</translation>
    </message>
    <message>
        <source>An invoice with this reference code already exists.</source>
        <translation>An invoice with this reference code already exists.</translation>
    </message>
    <message>
        <source>The e-invoice registration is missing or not yet approved by the tax authority.</source>
        <translation>The e-invoice registration is missing or not yet approved by the tax authority.</translation>
    </message>
    <message>
        <source>The invoice date is before the tax authority approved the provider account.</source>
        <translation>The invoice date is before the tax authority approved the provider account.</translation>
    </message>
    <message>
        <source>The server does not know this invoice or address.</source>
        <translation>The server does not know this invoice or address.</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1 (server: %2)</translation>
    </message>
    <message numerus="yes">
        <source>(the server is busy and asks to wait %n minute(s); try again later)</source>
        <translation>
            <numerusform>(the server is busy and asks to wait %n minute; try again later)</numerusform>
            <numerusform>(the server is busy and asks to wait %n minutes; try again later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the server is busy and asks to wait %n s)</source>
        <translation>
            <numerusform>(the server is busy and asks to wait %n s)</numerusform>
            <numerusform>(the server is busy and asks to wait %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::ApiJob</name>
    <message>
        <source>The server answered with status %1.</source>
        <translation>The server answered with status %1.</translation>
    </message>
    <message>
        <source>the answer is not a JSON object: %1</source>
        <translation>the answer is not a JSON object: %1</translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation>missing or not an array</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchAccountPicker</name>
    <message>
        <source>Provider &amp;account:</source>
        <translation>Provider &amp;account:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Loading the accounts…</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>The accounts could not be loaded: %1</translation>
    </message>
    <message>
        <source>No active provider account.</source>
        <translation>No active provider account.</translation>
    </message>
    <message>
        <source>The account&apos;s templates could not be loaded: %1</source>
        <translation>The account&apos;s templates could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchColumnMap</name>
    <message>
        <source>Invoice group key</source>
        <translation>Invoice group key</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Provider account</source>
        <translation>Provider account</translation>
    </message>
    <message>
        <source>Buyer type</source>
        <translation>Buyer type</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Buyer name</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <source>Invoice note</source>
        <translation>Invoice note</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Line type</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Goods or service name</source>
        <translation>Goods or service name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Discount rate (%)</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Discount amount</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchColumnMapping</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>File column</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchConflicts</name>
    <message>
        <source>Invoices that need a decision</source>
        <translation>Invoices that need a decision</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) of %1 were sent before with other content, or repeat an invoice already sent. Sending them again would make a second legal invoice. Choose for each one.</source>
        <translation>
            <numerusform>%n invoice of %1 was sent before with other content, or repeats an invoice already sent. Sending it again would make a second legal invoice. Choose what to do.</numerusform>
            <numerusform>%n invoices of %1 were sent before with other content, or repeat an invoice already sent. Sending them again would make a second legal invoice. Choose for each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Invoice key</translation>
    </message>
    <message>
        <source>Sent before</source>
        <translation>Sent before</translation>
    </message>
    <message>
        <source>In the file now</source>
        <translation>In the file now</translation>
    </message>
    <message>
        <source>&amp;Send the rest</source>
        <translation>&amp;Send the rest</translation>
    </message>
    <message>
        <source>Send nothing</source>
        <translation>Send nothing</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Skip it</translation>
    </message>
    <message>
        <source>Send it anyway</source>
        <translation>Send it anyway</translation>
    </message>
    <message>
        <source>Issue as a new invoice</source>
        <translation>Issue as a new invoice</translation>
    </message>
    <message>
        <source>The file gives its reference code: change it there to issue a new invoice.</source>
        <translation>The file gives its reference code: change it there to issue a new invoice.</translation>
    </message>
    <message>
        <source>tax code %1</source>
        <translation>tax code %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Buyer: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1 %2</source>
        <translation>
            <numerusform>%n line, total %1 %2</numerusform>
            <numerusform>%n lines, total %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1, key %2 (%3)</source>
        <translation>From %1, key %2 (%3)</translation>
    </message>
    <message>
        <source>Issued as number %1 (%2)</source>
        <translation>Issued as number %1 (%2)</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Sent as %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>From %1, key %2, issued as number %3 (%4)</source>
        <translation>From %1, key %2, issued as number %3 (%4)</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets: leave out the sheet name.</source>
        <translation>%1 is a CSV file, which has no sheets: leave out the sheet name.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchImportChecks</name>
    <message>
        <source>A line break inside the cell: only the invoice note may have several lines.</source>
        <translation>A line break inside the cell: only the invoice note may have several lines.</translation>
    </message>
    <message>
        <source>The cell has the character %1 at position %2, which cannot be on an invoice (a control character or a damaged letter); remove it.</source>
        <translation>The cell has the character %1 at position %2, which cannot be on an invoice (a control character or a damaged letter); remove it.</translation>
    </message>
    <message>
        <source>%1 characters: at most %2 are accepted.</source>
        <translation>%1 characters: at most %2 are accepted.</translation>
    </message>
    <message>
        <source>The reference code %1 is also the one of the invoice on line %2 (key %3): every invoice of the file needs its own.</source>
        <translation>The reference code %1 is also the one of the invoice on line %2 (key %3): every invoice of the file needs its own.</translation>
    </message>
    <message>
        <source>The invoice key %1 differs from the key %2 on line %3 only in letter case: their reference codes would be the same. Give each invoice its own key.</source>
        <translation>The invoice key %1 differs from the key %2 on line %3 only in letter case: their reference codes would be the same. Give each invoice its own key.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>The file has no column &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The invoice key is empty.</source>
        <translation>The invoice key is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dd/MM/yyyy or yyyy-MM-dd.</source>
        <translation>&quot;%1&quot; is not a date; write dd/MM/yyyy or yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>Unknown currency &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;; use TM, CK, TM/CK or KHAC.</source>
        <translation>Unknown payment method &quot;%1&quot;; use TM, CK, TM/CK or KHAC.</translation>
    </message>
    <message>
        <source>Tax code %1: the leading zero lost by the spreadsheet was restored.</source>
        <translation>Tax code %1: the leading zero lost by the spreadsheet was restored.</translation>
    </message>
    <message>
        <source>Unknown buyer type &quot;%1&quot;; use &quot;Cá nhân&quot; or &quot;Doanh nghiệp&quot;.</source>
        <translation>Unknown buyer type &quot;%1&quot;; use &quot;Cá nhân&quot; or &quot;Doanh nghiệp&quot;.</translation>
    </message>
    <message>
        <source>Unknown line kind &quot;%1&quot;; use 1 goods, 2 promotion, 3 trade discount, 4 note.</source>
        <translation>Unknown line kind &quot;%1&quot;; use 1 goods, 2 promotion, 3 trade discount, 4 note.</translation>
    </message>
    <message>
        <source>Unknown tax rate &quot;%1&quot;; use 0, 5, 8, 10, -2 (KCT, not subject) or -1 (KKKNT, not declared).</source>
        <translation>Unknown tax rate &quot;%1&quot;; use 0, 5, 8, 10, -2 (KCT, not subject) or -1 (KKKNT, not declared).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from line %2 of the same invoice (&quot;%3&quot;).</source>
        <translation>&quot;%1&quot; differs from line %2 of the same invoice (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The file has %1 MB; a batch file may have at most %2 MB (about %3 rows). Split it into several files.</source>
        <translation>The file has %1 MB; a batch file may have at most %2 MB (about %3 rows). Split it into several files.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; a batch file may have at most %1. Split it into several files.</source>
        <translation>The file has more than %1 rows; a batch file may have at most %1. Split it into several files.</translation>
    </message>
    <message>
        <source>The file has a header but no invoice rows under it.</source>
        <translation>The file has a header but no invoice rows under it.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchNumberChoices</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Some numbers read two ways and nothing else in their column shows how the file writes decimals. Choose the reading for each column; nothing is sent before.</source>
        <translation>Some numbers read two ways and nothing else in their column shows how the file writes decimals. Choose the reading for each column; nothing is sent before.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2 on line(s) %3</source>
        <translation>Column &quot;%1&quot;: %2 on line(s) %3</translation>
    </message>
    <message>
        <source>Choose how to read it…</source>
        <translation>Choose how to read it…</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; groups thousands (decimals with &apos;%3&apos;)</source>
        <translation>%1: &apos;%2&apos; groups thousands (decimals with &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is the decimal point</source>
        <translation>%1: &apos;%2&apos; is the decimal point</translation>
    </message>
    <message>
        <source>Numbers that read two ways are read as chosen here:</source>
        <translation>Numbers that read two ways are read as chosen here:</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchNumberReader</name>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 is not a number.</translation>
    </message>
    <message>
        <source>%1: a percentage belongs in the discount percentage column only.</source>
        <translation>%1: a percentage belongs in the discount percentage column only.</translation>
    </message>
    <message>
        <source>%1 is too large a number.</source>
        <translation>%1 is too large a number.</translation>
    </message>
    <message>
        <source>%1 cannot be read: this column writes decimals both with &apos;.&apos; (line %2: %3) and with &apos;,&apos; (line %4: %5). Write every number of the column the same way.</source>
        <translation>%1 cannot be read: this column writes decimals both with &apos;.&apos; (line %2: %3) and with &apos;,&apos; (line %4: %5). Write every number of the column the same way.</translation>
    </message>
    <message>
        <source>%1 cannot be read: line %2 (%3) writes decimals with &apos;%4&apos;, but the stated decimal separator is &apos;%5&apos;.</source>
        <translation>%1 cannot be read: line %2 (%3) writes decimals with &apos;%4&apos;, but the stated decimal separator is &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>%1 reads two ways: %2 with &apos;%3&apos; grouping thousands, or %1 with &apos;%3&apos; as the decimal point. Nothing else in the column shows which: state the column&apos;s decimal separator.</source>
        <translation>%1 reads two ways: %2 with &apos;%3&apos; grouping thousands, or %1 with &apos;%3&apos; as the decimal point. Nothing else in the column shows which: state the column&apos;s decimal separator.</translation>
    </message>
    <message>
        <source>%1 must be a whole number here.</source>
        <translation>%1 must be a whole number here.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more decimals than the %n accepted here.</source>
        <translation>
            <numerusform>%1 has more decimals than the %n accepted here.</numerusform>
            <numerusform>%1 has more decimals than the %n accepted here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::BatchOutcome</name>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
    <message>
        <source>The file has no invoices.</source>
        <translation>The file has no invoices.</translation>
    </message>
    <message numerus="yes">
        <source>(%n by an earlier run)</source>
        <translation>
            <numerusform>(%n by an earlier run)</numerusform>
            <numerusform>(%n by an earlier run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n invoice(s) are done</source>
        <translation>
            <numerusform>The %n invoice is done</numerusform>
            <numerusform>All %n invoices are done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet (checked again on the next run)</source>
        <translation>
            <numerusform>%n not known yet (checked again on the next run)</numerusform>
            <numerusform>%n not known yet (checked again on the next run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoice(s) are done</source>
        <translation>
            <numerusform>%1 of %n invoice is done</numerusform>
            <numerusform>%1 of %n invoices are done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>No file opened.</source>
        <translation>No file opened.</translation>
    </message>
    <message>
        <source>Send only the valid invoices</source>
        <translation>Send only the valid invoices</translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation>Create drafts</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>At once: </source>
        <translation>At once: </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message numerus="yes">
        <source>Create %n draft invoice(s) on Production?</source>
        <translation>
            <numerusform>Create %n draft invoice on Production?</numerusform>
            <numerusform>Create %n draft invoices on Production?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create AND ISSUE %n invoice(s) on Production? They are sent to the tax authority.</source>
        <translation>
            <numerusform>Create AND ISSUE %n invoice on Production? It is sent to the tax authority.</numerusform>
            <numerusform>Create AND ISSUE %n invoices on Production? They are sent to the tax authority.</numerusform>
        </translation>
    </message>
    <message>
        <source>queued %1, sent %2, done %3, failed %4</source>
        <translation>queued %1, sent %2, done %3, failed %4</translation>
    </message>
    <message>
        <source>Open batch file</source>
        <translation>Open batch file</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>batch-results.csv</source>
        <translation>batch-results.csv</translation>
    </message>
    <message>
        <source>The interrupted run of %1 is being finished first; try again when it has ended.</source>
        <translation>The interrupted run of %1 is being finished first; try again when it has ended.</translation>
    </message>
    <message>
        <source>Another run (process %1) is sending %2; try again when it has ended.</source>
        <translation>Another run (process %1) is sending %2; try again when it has ended.</translation>
    </message>
    <message>
        <source>Checking what earlier runs of %1 sent…</source>
        <translation>Checking what earlier runs of %1 sent…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
    <message>
        <source>line %1 has errors (see Preview).</source>
        <translation>line %1 has errors (see Preview).</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <source>See Results.</source>
        <translation>See Results.</translation>
    </message>
    <message>
        <source>Send the batch to Production?</source>
        <translation>Send the batch to Production?</translation>
    </message>
    <message>
        <source>Open CSV or Excel…</source>
        <translation>Open CSV or Excel…</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>CSV and Excel files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>CSV and Excel files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>batch-template.xlsx</source>
        <translation>batch-template.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export p&amp;review to Excel…</source>
        <translation>Export p&amp;review to Excel…</translation>
    </message>
    <message>
        <source>batch-results.xlsx</source>
        <translation>batch-results.xlsx</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPlan</name>
    <message>
        <source>line %1, key %2</source>
        <translation>line %1, key %2</translation>
    </message>
    <message>
        <source>%1: changed since invoice %2 was sent, which the server holds.</source>
        <translation>%1: changed since invoice %2 was sent, which the server holds.</translation>
    </message>
    <message>
        <source>%1: changed since it was issued as number %2 (%3).</source>
        <translation>%1: changed since it was issued as number %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the same invoice was already sent from &quot;%2&quot; (key %3, %4).</source>
        <translation>%1: the same invoice was already sent from &quot;%2&quot; (key %3, %4).</translation>
    </message>
    <message>
        <source>%1: the server holds a different invoice under %2.</source>
        <translation>%1: the server holds a different invoice under %2.</translation>
    </message>
    <message>
        <source>invoice number %1 (%2)</source>
        <translation>invoice number %1 (%2)</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>invoice %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 for the same buyer was already sent from &quot;%4&quot; under key %5; the content has changed since.</source>
        <translation>%1: %2 of %3 for the same buyer was already sent from &quot;%4&quot; under key %5; the content has changed since.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPlanner</name>
    <message>
        <source>Could not check on the server whether the invoice of line %1 (key %2, %3) exists: %4</source>
        <translation>Could not check on the server whether the invoice of line %1 (key %2, %3) exists: %4</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchPreviewTable</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Invoice key</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>line %1, %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>needs confirmation: </source>
        <translation>needs confirmation: </translation>
    </message>
    <message>
        <source>The file cannot be used: %1</source>
        <translation>The file cannot be used: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in the file</source>
        <translation>
            <numerusform>%n invoice in the file</numerusform>
            <numerusform>%n invoices in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors.</source>
        <translation>no errors.</translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (see Preview).</source>
        <translation>
            <numerusform>%n with errors (see Preview).</numerusform>
            <numerusform>%n with errors (see Preview).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) read two ways: choose their reading below.</source>
        <translation>
            <numerusform>%n number reads two ways: choose its reading below.</numerusform>
            <numerusform>%n numbers read two ways: choose their reading below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Earlier runs</translation>
    </message>
    <message>
        <source>Changed: checked on the server before it is sent</source>
        <translation>Changed: checked on the server before it is sent</translation>
    </message>
    <message>
        <source>Changed, never received: sent with the new content</source>
        <translation>Changed, never received: sent with the new content</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Unfinished: continued</source>
        <translation>Unfinished: continued</translation>
    </message>
    <message>
        <source>Failed before: sent once more</source>
        <translation>Failed before: sent once more</translation>
    </message>
    <message>
        <source>Draft made earlier: issued</source>
        <translation>Draft made earlier: issued</translation>
    </message>
    <message>
        <source>Done earlier</source>
        <translation>Done earlier</translation>
    </message>
    <message>
        <source>Done earlier (number %1)</source>
        <translation>Done earlier (number %1)</translation>
    </message>
    <message>
        <source>Same as key %1 of %2: you will be asked</source>
        <translation>Same as key %1 of %2: you will be asked</translation>
    </message>
    <message>
        <source>Its reference code holds another invoice: you will be asked</source>
        <translation>Its reference code holds another invoice: you will be asked</translation>
    </message>
    <message>
        <source>Changed since it was issued: you will be asked</source>
        <translation>Changed since it was issued: you will be asked</translation>
    </message>
    <message>
        <source>Waiting for the reading of its numbers</source>
        <translation>Waiting for the reading of its numbers</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Buyer tax code</source>
        <translation>Buyer tax code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>batch-preview.xlsx</source>
        <translation>batch-preview.xlsx</translation>
    </message>
    <message>
        <source>%1-preview.xlsx</source>
        <translation>%1-preview.xlsx</translation>
    </message>
    <message>
        <source>Changed copy of key %1 of %2, sent before: you will be asked</source>
        <translation>Changed copy of key %1 of %2, sent before: you will be asked</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchResultsTable</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Invoice key</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchResumeBar</name>
    <message>
        <source>C&amp;ontinue sending</source>
        <translation>C&amp;ontinue sending</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Discard them</translation>
    </message>
    <message numerus="yes">
        <source>Resuming the interrupted run of %1: checking on the server the %n invoice(s) sent before the app closed.</source>
        <translation>
            <numerusform>Resuming the interrupted run of %1: checking on the server the %n invoice sent before the app closed.</numerusform>
            <numerusform>Resuming the interrupted run of %1: checking on the server the %n invoices sent before the app closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted run of %1: %n invoice(s) were not sent yet.</source>
        <translation>
            <numerusform>Interrupted run of %1: %n invoice was not sent yet.</numerusform>
            <numerusform>Interrupted run of %1: %n invoices were not sent yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending what the interrupted run of %1 left…</source>
        <translation>Sending what the interrupted run of %1 left…</translation>
    </message>
    <message>
        <source>Interrupted run of %1: %2</source>
        <translation>Interrupted run of %1: %2</translation>
    </message>
    <message>
        <source>Interrupted run of %1.</source>
        <translation>Interrupted run of %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) not sent were discarded.</source>
        <translation>
            <numerusform>%n invoice not sent was discarded.</numerusform>
            <numerusform>%n invoices not sent were discarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked on the server: %1</source>
        <translation>Checked on the server: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchResumer</name>
    <message>
        <source>Not sent yet: the run was interrupted before it.</source>
        <translation>Not sent yet: the run was interrupted before it.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchRunner</name>
    <message>
        <source>Could not check the remaining quota: %1</source>
        <translation>Could not check the remaining quota: %1</translation>
    </message>
    <message>
        <source>The remaining quota (%1) is smaller than the %2 invoices to issue.</source>
        <translation>The remaining quota (%1) is smaller than the %2 invoices to issue.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelled before it was sent.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Done in an earlier run; nothing was sent.</source>
        <translation>Done in an earlier run; nothing was sent.</translation>
    </message>
    <message>
        <source>Its row is no longer in the file: not sent.</source>
        <translation>Its row is no longer in the file: not sent.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Not sent: the quota is used up. It stays in the outbox for the next run.</source>
        <translation>Not sent: the quota is used up. It stays in the outbox for the next run.</translation>
    </message>
    <message>
        <source>Not sent: the server asked to wait. It stays in the outbox for the next run.</source>
        <translation>Not sent: the server asked to wait. It stays in the outbox for the next run.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the credentials. It stays in the outbox for the next run.</source>
        <translation>Not sent: the server refused the credentials. It stays in the outbox for the next run.</translation>
    </message>
    <message>
        <source>Invoice key</source>
        <translation>Invoice key</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchSheetPicker</name>
    <message>
        <source>Shee&amp;t:</source>
        <translation>Shee&amp;t:</translation>
    </message>
    <message>
        <source>The sheet of the workbook whose rows are read and sent</source>
        <translation>The sheet of the workbook whose rows are read and sent</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchTask</name>
    <message>
        <source>The draft to issue no longer exists.</source>
        <translation>The draft to issue no longer exists.</translation>
    </message>
    <message>
        <source>The invoice was cancelled on the server.</source>
        <translation>The invoice was cancelled on the server.</translation>
    </message>
    <message>
        <source>The outbox could not be written; nothing was sent.</source>
        <translation>The outbox could not be written; nothing was sent.</translation>
    </message>
    <message>
        <source>The server holds a different invoice under %1 (buyer %2, dated %3); this invoice was not created.</source>
        <translation>The server holds a different invoice under %1 (buyer %2, dated %3); this invoice was not created.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchTemplate</name>
    <message>
        <source>Tax rate: 0, 5, 8 or 10 (percent); -2 = KCT, not subject to VAT; -1 = KKKNT, not declared or paid. The labels KCT and KKKNT are accepted too. Rows with the same invoice key form one invoice; dates are dd/MM/yyyy or yyyy-MM-dd in Vietnam time. Lines at the top that start with # are instructions and are not read.</source>
        <translation>Tax rate: 0, 5, 8 or 10 (percent); -2 = KCT, not subject to VAT; -1 = KKKNT, not declared or paid. The labels KCT and KKKNT are accepted too. Rows with the same invoice key form one invoice; dates are dd/MM/yyyy or yyyy-MM-dd in Vietnam time. Lines at the top that start with # are instructions and are not read.</translation>
    </message>
</context>
<context>
    <name>einvoice::BatchWorkbookReader</name>
    <message>
        <source>No sheet of the workbook has the template&apos;s header (a column &quot;%1&quot;); sheets looked at: %2. Name the sheet to read.</source>
        <translation>No sheet of the workbook has the template&apos;s header (a column &quot;%1&quot;); sheets looked at: %2. Name the sheet to read.</translation>
    </message>
    <message>
        <source>The cell&apos;s formula gives the error %1; correct it in the spreadsheet.</source>
        <translation>The cell&apos;s formula gives the error %1; correct it in the spreadsheet.</translation>
    </message>
    <message>
        <source>The cell&apos;s formula was saved without its result; open the file in Excel or LibreOffice and save it again.</source>
        <translation>The cell&apos;s formula was saved without its result; open the file in Excel or LibreOffice and save it again.</translation>
    </message>
    <message>
        <source>No sheet of the workbook has a header this import reads; sheets looked at: %1.</source>
        <translation>No sheet of the workbook has a header this import reads; sheets looked at: %1.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is not a batch: it has no row naming the item column (&quot;%2&quot;) in its first %3 rows.</source>
        <translation>The sheet &quot;%1&quot; is not a batch: it has no row naming the item column (&quot;%2&quot;) in its first %3 rows.</translation>
    </message>
    <message>
        <source>Sheets with invoices: %1.</source>
        <translation>Sheets with invoices: %1.</translation>
    </message>
</context>
<context>
    <name>einvoice::BulkDownloader</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>einvoice::BuyerForm</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>&amp;Buyer type</source>
        <translation>&amp;Buyer type</translation>
    </message>
    <message>
        <source>Buyer &amp;name</source>
        <translation>Buyer &amp;name</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Legal name</translation>
    </message>
    <message>
        <source>Ta&amp;x code</source>
        <translation>Ta&amp;x code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Buyer &amp;code</source>
        <translation>Buyer &amp;code</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>10 digits, or 10 digits-3 digits for a branch</source>
        <translation>10 digits, or 10 digits-3 digits for a branch</translation>
    </message>
    <message>
        <source>Several addresses separated by ;</source>
        <translation>Several addresses separated by ;</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueExportTable</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Times used</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueHeader</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Times used</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueImport</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: the same entry as %2; merged into it.</source>
        <translation>%1: the same entry as %2; merged into it.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The first row is not a header of customers (name, tax code, address…) or of products (name, unit, unit price…); it reads: %1</source>
        <translation>The first row is not a header of customers (name, tax code, address…) or of products (name, unit, unit price…); it reads: %1</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>The file has a header but no rows to import.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 merged, %5 rejected.</source>
        <translation>%1 added, %2 updated, %3 unchanged, %4 merged, %5 rejected.</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueImportDialog</name>
    <message>
        <source>Import customers and products</source>
        <translation>Import customers and products</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Imported. %1</translation>
    </message>
    <message>
        <source>Nothing to import. %1</source>
        <translation>Nothing to import. %1</translation>
    </message>
    <message>
        <source>Importing will give: %1 Rejected rows are left out.</source>
        <translation>Importing will give: %1 Rejected rows are left out.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueManagerDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Customers and products</source>
        <translation>Customers and products</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Products</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <source>Import customers and products</source>
        <translation>Import customers and products</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Nothing was imported from %1.

%2</translation>
    </message>
    <message>
        <source>catalogue.xlsx</source>
        <translation>catalogue.xlsx</translation>
    </message>
    <message>
        <source>Unit price: “%1” is not a number: type digits, grouped and with decimals as in %2.</source>
        <translation>Unit price: “%1” is not a number: type digits, grouped and with decimals as in %2.</translation>
    </message>
</context>
<context>
    <name>einvoice::CatalogueRowReader</name>
    <message>
        <source>Empty: a customer without a tax code needs a name.</source>
        <translation>Empty: a customer without a tax code needs a name.</translation>
    </message>
    <message>
        <source>Empty: a product needs a name.</source>
        <translation>Empty: a product needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tax rate; use 0, 5, 8, 10, KCT or KKKNT.</source>
        <translation>&quot;%1&quot; is not a tax rate; use 0, 5, 8, 10, KCT or KKKNT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads two ways (a thousands separator or decimals) and no other price shows which; write it without separators.</source>
        <translation>&quot;%1&quot; reads two ways (a thousands separator or decimals) and no other price shows which; write it without separators.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price.</source>
        <translation>&quot;%1&quot; is not a price.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; a price is 0 or more.</source>
        <translation>&quot;%1&quot; is negative; a price is 0 or more.</translation>
    </message>
</context>
<context>
    <name>einvoice::Connection</name>
    <message>
        <source>Enter the client ID and secret in Settings.</source>
        <translation>Enter the client ID and secret in Settings.</translation>
    </message>
</context>
<context>
    <name>einvoice::ConnectionSettingsWidget</name>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Custom &amp;URL:</source>
        <translation>Custom &amp;URL:</translation>
    </message>
    <message>
        <source>API credentials</source>
        <translation>API credentials</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the secret is kept for this session only and has to be entered again after the app restarts.</source>
        <translation>No keychain is available on this computer: the secret is kept for this session only and has to be entered again after the app restarts.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Enter the custom server as a full address, for example https://einvoice.example.vn.</source>
        <translation>Enter the custom server as a full address, for example https://einvoice.example.vn.</translation>
    </message>
    <message>
        <source>The Demo environment needs no credentials.</source>
        <translation>The Demo environment needs no credentials.</translation>
    </message>
    <message>
        <source>Find the client ID and secret in your SePay account, under eInvoice API. Sandbox and Production have separate credentials.</source>
        <translation>Find the client ID and secret in your SePay account, under eInvoice API. Sandbox and Production have separate credentials.</translation>
    </message>
    <message>
        <source>Testing the connection is not available in this build.</source>
        <translation>Testing the connection is not available in this build.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Connected. %1 invoices left in the current package.</source>
        <translation>Connected. %1 invoices left in the current package.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <source>The server rejected the client ID or secret. Check them in your SePay account.</source>
        <translation>The server rejected the client ID or secret. Check them in your SePay account.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection and the server address.</source>
        <translation>The server cannot be reached. Check the network connection and the server address.</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>The server answered with an error: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>The connection test failed: %1</translation>
    </message>
    <message>
        <source>%1 needs a Client ID: enter the one from your SePay account, or choose Demo.</source>
        <translation>%1 needs a Client ID: enter the one from your SePay account, or choose Demo.</translation>
    </message>
    <message>
        <source>%1 needs a Client secret: enter the one from your SePay account, or choose Demo.</source>
        <translation>%1 needs a Client secret: enter the one from your SePay account, or choose Demo.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionAccountFinder</name>
    <message>
        <source>Not connected: the provider account of the invoice cannot be read.</source>
        <translation>Not connected: the provider account of the invoice cannot be read.</translation>
    </message>
    <message>
        <source>No active provider account has the series %1 of this invoice.</source>
        <translation>No active provider account has the series %1 of this invoice.</translation>
    </message>
    <message>
        <source>The provider accounts could not be read: %1</source>
        <translation>The provider accounts could not be read: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionActions</name>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <source>Select an issued invoice first.</source>
        <translation>Select an issued invoice first.</translation>
    </message>
    <message>
        <source>Not connected: corrections need the server.</source>
        <translation>Not connected: corrections need the server.</translation>
    </message>
    <message>
        <source>Issue a replacement invoice with the whole corrected content</source>
        <translation>Issue a replacement invoice with the whole corrected content</translation>
    </message>
    <message>
        <source>Issue an adjustment invoice: an increase, a decrease or corrected information</source>
        <translation>Issue an adjustment invoice: an increase, a decrease or corrected information</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Adjust…</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionChainView</name>
    <message>
        <source>replacement</source>
        <translation>replacement</translation>
    </message>
    <message>
        <source>increase adjustment</source>
        <translation>increase adjustment</translation>
    </message>
    <message>
        <source>decrease adjustment</source>
        <translation>decrease adjustment</translation>
    </message>
    <message>
        <source>increase and decrease adjustment</source>
        <translation>increase and decrease adjustment</translation>
    </message>
    <message>
        <source>information adjustment</source>
        <translation>information adjustment</translation>
    </message>
    <message>
        <source>Corrects invoice %1.</source>
        <translation>Corrects invoice %1.</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>not confirmed yet</translation>
    </message>
    <message>
        <source>Corrected by %1.</source>
        <translation>Corrected by %1.</translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2.</source>
        <translation>Corrects invoice %1 of %2.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionDialog</name>
    <message>
        <source>Close the correction</source>
        <translation>Close the correction</translation>
    </message>
    <message>
        <source>What you typed in this correction has not been sent and is lost when the window closes.

Close it anyway?</source>
        <translation>What you typed in this correction has not been sent and is lost when the window closes.

Close it anyway?</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>Close and discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Nothing was changed: the buyer and payment method are what invoice %1 says.</source>
        <translation>Nothing was changed: the buyer and payment method are what invoice %1 says.</translation>
    </message>
    <message>
        <source>Sending it issues a legal invoice that corrects nothing. Go back to make the correction?</source>
        <translation>Sending it issues a legal invoice that corrects nothing. Go back to make the correction?</translation>
    </message>
    <message>
        <source>Replace invoice %1</source>
        <translation>Replace invoice %1</translation>
    </message>
    <message>
        <source>Adjust invoice %1</source>
        <translation>Adjust invoice %1</translation>
    </message>
    <message>
        <source>&amp;Adjustment:</source>
        <translation>&amp;Adjustment:</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <source>Increase and decrease</source>
        <translation>Increase and decrease</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Information only</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>L&amp;ines of the replacement:</source>
        <translation>L&amp;ines of the replacement:</translation>
    </message>
    <message>
        <source>L&amp;ines (the differences):</source>
        <translation>L&amp;ines (the differences):</translation>
    </message>
    <message>
        <source>Why the invoice is corrected, e.g. wrong unit price</source>
        <translation>Why the invoice is corrected, e.g. wrong unit price</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Send replacement</source>
        <translation>&amp;Send replacement</translation>
    </message>
    <message>
        <source>&amp;Send adjustment</source>
        <translation>&amp;Send adjustment</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The replacement carries the whole corrected invoice: correct the buyer and the lines below. Once it is issued, the invoice it replaces is no longer valid.</source>
        <translation>The replacement carries the whole corrected invoice: correct the buyer and the lines below. Once it is issued, the invoice it replaces is no longer valid.</translation>
    </message>
    <message>
        <source>Type in the Quantity column the quantity to add on each line to raise (or the quantity with the price difference); lines left without a quantity are not sent.</source>
        <translation>Type in the Quantity column the quantity to add on each line to raise (or the quantity with the price difference); lines left without a quantity are not sent.</translation>
    </message>
    <message>
        <source>Type in the Quantity column the quantity to take off on each line to reduce (or the quantity with the price reduction); it is sent as a negative difference. Lines left without a quantity are not sent.</source>
        <translation>Type in the Quantity column the quantity to take off on each line to reduce (or the quantity with the price reduction); it is sent as a negative difference. Lines left without a quantity are not sent.</translation>
    </message>
    <message>
        <source>Type each line&apos;s difference with its sign: a positive quantity adds, a negative one takes off. Lines left without a quantity are not sent.</source>
        <translation>Type each line&apos;s difference with its sign: a positive quantity adds, a negative one takes off. Lines left without a quantity are not sent.</translation>
    </message>
    <message>
        <source>Correct the buyer&apos;s data below and say in the reason what is corrected; no amount changes. The reason is printed as the adjustment&apos;s line.</source>
        <translation>Correct the buyer&apos;s data below and say in the reason what is corrected; no amount changes. The reason is printed as the adjustment&apos;s line.</translation>
    </message>
    <message>
        <source>Effect on the total to pay: %1</source>
        <translation>Effect on the total to pay: %1</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>The preview could not be rendered.</translation>
    </message>
    <message>
        <source>Preview of the correction</source>
        <translation>Preview of the correction</translation>
    </message>
    <message>
        <source>Issue on %1 a replacement of invoice %2 (series %3, %4, buyer %5)? The invoice it replaces is no longer valid once the replacement is issued.</source>
        <translation>Issue on %1 a replacement of invoice %2 (series %3, %4, buyer %5)? The invoice it replaces is no longer valid once the replacement is issued.</translation>
    </message>
    <message>
        <source>Issue on %1 an adjustment of invoice %2 (series %3, %4, buyer %5)?</source>
        <translation>Issue on %1 an adjustment of invoice %2 (series %3, %4, buyer %5)?</translation>
    </message>
    <message>
        <source>Effect on the total to pay: %1.</source>
        <translation>Effect on the total to pay: %1.</translation>
    </message>
    <message>
        <source>A legal invoice is issued; it cannot be taken back.</source>
        <translation>A legal invoice is issued; it cannot be taken back.</translation>
    </message>
    <message>
        <source>Issue the correction on %1</source>
        <translation>Issue the correction on %1</translation>
    </message>
    <message>
        <source>Nothing was sent: correct what is listed below.</source>
        <translation>Nothing was sent: correct what is listed below.</translation>
    </message>
    <message>
        <source>Not connected: nothing was sent.</source>
        <translation>Not connected: nothing was sent.</translation>
    </message>
    <message>
        <source>Sending the correction…</source>
        <translation>Sending the correction…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the server (%n check(s))…</source>
        <translation>
            <numerusform>Waiting for the server (%n check)…</numerusform>
            <numerusform>Waiting for the server (%n checks)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction issued: invoice %1 (reference %2).</source>
        <translation>Correction issued: invoice %1 (reference %2).</translation>
    </message>
    <message>
        <source>Sent; the server is still working on it (reference %1). The list shows it once issued.</source>
        <translation>Sent; the server is still working on it (reference %1). The list shows it once issued.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
    <message>
        <source>The server did not issue the correction: %1</source>
        <translation>The server did not issue the correction: %1</translation>
    </message>
    <message>
        <source>Whether the correction arrived is not known yet (%1). It is looked up before anything is sent again: try Send again later, nothing is sent twice.</source>
        <translation>Whether the correction arrived is not known yet (%1). It is looked up before anything is sent again: try Send again later, nothing is sent twice.</translation>
    </message>
    <message>
        <source>Change the adjustment</source>
        <translation>Change the adjustment</translation>
    </message>
    <message>
        <source>You have edited the lines or the buyer. Changing the adjustment starts them again from the invoice being corrected, and what you typed is lost.

Change it anyway?</source>
        <translation>You have edited the lines or the buyer. Changing the adjustment starts them again from the invoice being corrected, and what you typed is lost.

Change it anyway?</translation>
    </message>
    <message>
        <source>Change and start again</source>
        <translation>Change and start again</translation>
    </message>
    <message>
        <source>Nothing was changed: the replacement says exactly what invoice %1 says (buyer, lines and amounts).</source>
        <translation>Nothing was changed: the replacement says exactly what invoice %1 says (buyer, lines and amounts).</translation>
    </message>
    <message>
        <source>Sending it issues a new legal invoice and the original stops being valid. Go back to make the correction?</source>
        <translation>Sending it issues a new legal invoice and the original stops being valid. Go back to make the correction?</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Nothing was sent: make the correction, then send it.</source>
        <translation>Nothing was sent: make the correction, then send it.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionOperation</name>
    <message>
        <source>The reference code %1 belongs to another invoice, not to this correction of %2.</source>
        <translation>The reference code %1 belongs to another invoice, not to this correction of %2.</translation>
    </message>
    <message>
        <source>Reference code %1 already belongs to a different correction of %2 (differs in: %3). Nothing was sent again; use another reference code.</source>
        <translation>Reference code %1 already belongs to a different correction of %2 (differs in: %3). Nothing was sent again; use another reference code.</translation>
    </message>
</context>
<context>
    <name>einvoice::CorrectionSubmission</name>
    <message>
        <source>An earlier correction of %1 (%2) had not finished: it is followed up instead of sending a new one.</source>
        <translation>An earlier correction of %1 (%2) had not finished: it is followed up instead of sending a new one.</translation>
    </message>
    <message>
        <source>The reference code %1 belongs to another invoice, or to a different correction.</source>
        <translation>The reference code %1 belongs to another invoice, or to a different correction.</translation>
    </message>
    <message>
        <source>The replacement is identical to the original invoice %1: nothing was changed (buyer, lines and amounts are the same).</source>
        <translation>The replacement is identical to the original invoice %1: nothing was changed (buyer, lines and amounts are the same).</translation>
    </message>
</context>
<context>
    <name>einvoice::CreateInvoiceOperation</name>
    <message>
        <source>Reference code %1 already belongs to a different invoice on the server (differs in: %2). Nothing was created; use another reference code.</source>
        <translation>Reference code %1 already belongs to a different invoice on the server (differs in: %2). Nothing was created; use another reference code.</translation>
    </message>
</context>
<context>
    <name>einvoice::CsvExporter</name>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Issued date</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Buyer name</translation>
    </message>
    <message>
        <source>(not known until the invoice is opened)</source>
        <translation>(not known until the invoice is opened)</translation>
    </message>
</context>
<context>
    <name>einvoice::CsvReader</name>
    <message>
        <source>The quoted cell that starts on line %1 is never closed.</source>
        <translation>The quoted cell that starts on line %1 is never closed.</translation>
    </message>
</context>
<context>
    <name>einvoice::CsvTextDecoder</name>
    <message>
        <source>The file looks like UTF-16 text without a byte order mark. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>The file looks like UTF-16 text without a byte order mark. Save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 although the rest of the file is: the file was damaged or mixes encodings. Fix that line or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>Line %1 is not valid UTF-8 although the rest of the file is: the file was damaged or mixes encodings. Fix that line or save the file again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The UTF-16 text of the file is cut short or damaged at line %1.</source>
        <translation>The UTF-16 text of the file is cut short or damaged at line %1.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1258 (Vietnamese ANSI): line %1 has bytes that cannot be read. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>The file is neither UTF-8 nor Windows-1258 (Vietnamese ANSI): line %1 has bytes that cannot be read. Save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>einvoice::DecisionsDialog</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>einvoice::DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; You are working on the server built into the app, with sample invoices. Nothing is sent to SePay or to the tax authority. To work with your company&apos;s invoices, open Settings, choose Sandbox or Production and enter the client ID and secret from your SePay account.</source>
        <translation>&lt;b&gt;Demo data.&lt;/b&gt; You are working on the server built into the app, with sample invoices. Nothing is sent to SePay or to the tax authority. To work with your company&apos;s invoices, open Settings, choose Sandbox or Production and enter the client ID and secret from your SePay account.</translation>
    </message>
    <message>
        <source>Connect a real account…</source>
        <translation>Connect a real account…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom server.&lt;/b&gt; This app talks to %1, not to SePay&apos;s own servers. Invoices sent there are only as real as that server.</source>
        <translation>&lt;b&gt;Custom server.&lt;/b&gt; This app talks to %1, not to SePay&apos;s own servers. Invoices sent there are only as real as that server.</translation>
    </message>
    <message>
        <source>Change server…</source>
        <translation>Change server…</translation>
    </message>
</context>
<context>
    <name>einvoice::DemoEnvironment</name>
    <message>
        <source>Cannot create the folder for the demo data: %1</source>
        <translation>Cannot create the folder for the demo data: %1</translation>
    </message>
    <message>
        <source>Cannot start the demo server: %1</source>
        <translation>Cannot start the demo server: %1</translation>
    </message>
    <message>
        <source>Cannot delete the demo data: %1</source>
        <translation>Cannot delete the demo data: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::DesktopNotifier</name>
    <message>
        <source>SePay eInvoice: job finished</source>
        <translation>SePay eInvoice: job finished</translation>
    </message>
    <message>
        <source>SePay eInvoice: job failed</source>
        <translation>SePay eInvoice: job failed</translation>
    </message>
    <message>
        <source>SePay eInvoice: quota low</source>
        <translation>SePay eInvoice: quota low</translation>
    </message>
    <message>
        <source>Only %1 invoices are left in the quota (warning below %2).</source>
        <translation>Only %1 invoices are left in the quota (warning below %2).</translation>
    </message>
    <message>
        <source>SePay eInvoice</source>
        <translation>SePay eInvoice</translation>
    </message>
    <message>
        <source>The invoice could not be sent.</source>
        <translation>The invoice could not be sent.</translation>
    </message>
    <message>
        <source>The draft invoice has been saved on the server.</source>
        <translation>The draft invoice has been saved on the server.</translation>
    </message>
    <message>
        <source>Invoice %1 has been issued.</source>
        <translation>Invoice %1 has been issued.</translation>
    </message>
    <message>
        <source>Batch finished: %1 invoice(s) done, %2 not done.</source>
        <translation>Batch finished: %1 invoice(s) done, %2 not done.</translation>
    </message>
    <message>
        <source>SePay eInvoice: batch run resumed</source>
        <translation>SePay eInvoice: batch run resumed</translation>
    </message>
    <message>
        <source>Batch finished: %1 invoice(s) done, %2 not sent yet, %3 not done.</source>
        <translation>Batch finished: %1 invoice(s) done, %2 not sent yet, %3 not done.</translation>
    </message>
</context>
<context>
    <name>einvoice::DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>einvoice::EditorConfirmations</name>
    <message>
        <source>Issue this invoice on %1? An issued invoice is sent to the tax authority and cannot be deleted.

Series: %2%3
Buyer: %4
Tax code: %5
Grand total: %6</source>
        <translation>Issue this invoice on %1? An issued invoice is sent to the tax authority and cannot be deleted.

Series: %2%3
Buyer: %4
Tax code: %5
Grand total: %6</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Issue on %1</source>
        <translation>Issue on %1</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Issue invoice</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>line %1 (%2)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Remove %1? Ctrl+Z puts it back.</source>
        <translation>Remove %1? Ctrl+Z puts it back.</translation>
    </message>
    <message>
        <source>Delete this draft from the server? This cannot be undone.</source>
        <translation>Delete this draft from the server? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete the draft for %1 from the server? This cannot be undone.</source>
        <translation>Delete the draft for %1 from the server? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>einvoice::EditorOutbox</name>
    <message>
        <source>Checking whether the server received it…</source>
        <translation>Checking whether the server received it…</translation>
    </message>
    <message>
        <source>Sent: waiting for the provider to process the invoice…</source>
        <translation>Sent: waiting for the provider to process the invoice…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>The provider refused the invoice.</source>
        <translation>The provider refused the invoice.</translation>
    </message>
    <message>
        <source>The outcome is not known yet (%1). It is checked again before anything is resent.</source>
        <translation>The outcome is not known yet (%1). It is checked again before anything is resent.</translation>
    </message>
    <message>
        <source>Stopped waiting. The job is checked on the server before anything is resent.</source>
        <translation>Stopped waiting. The job is checked on the server before anything is resent.</translation>
    </message>
</context>
<context>
    <name>einvoice::Environment</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Custom (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>&quot;%1&quot; is not a valid server address.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a server on this computer; use https.</source>
        <translation>Plain http is only allowed for a server on this computer; use https.</translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot;; use https.</source>
        <translation>Unsupported scheme &quot;%1&quot;; use https.</translation>
    </message>
    <message>
        <source>The server address must not contain a client ID, secret or password (the part before &quot;@&quot;). Enter the address alone; credentials go in their own fields or the keychain.</source>
        <translation>The server address must not contain a client ID, secret or password (the part before &quot;@&quot;). Enter the address alone; credentials go in their own fields or the keychain.</translation>
    </message>
</context>
<context>
    <name>einvoice::ExcelExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
</context>
<context>
    <name>einvoice::GeneralSettingsWidget</name>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Check job status every:</source>
        <translation>&amp;Check job status every:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Download folder:</translation>
    </message>
    <message>
        <source>Warn when fewer invoices than this are left in the package. 0 turns the warning off.</source>
        <translation>Warn when fewer invoices than this are left in the package. 0 turns the warning off.</translation>
    </message>
    <message>
        <source>&amp;Warn when quota falls below:</source>
        <translation>&amp;Warn when quota falls below:</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Choose the download folder</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> per second</translation>
    </message>
    <message>
        <source>How many invoice details the app fetches in the background each second, to fill in series, lines and provider status. Your own requests go first.</source>
        <translation>How many invoice details the app fetches in the background each second, to fill in series, lines and provider status. Your own requests go first.</translation>
    </message>
    <message>
        <source>&amp;Fetch invoice details at most:</source>
        <translation>&amp;Fetch invoice details at most:</translation>
    </message>
</context>
<context>
    <name>einvoice::HeaderForm</name>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Cash (TM)</source>
        <translation>Cash (TM)</translation>
    </message>
    <message>
        <source>Bank transfer (CK)</source>
        <translation>Bank transfer (CK)</translation>
    </message>
    <message>
        <source>Cash or transfer (TM/CK)</source>
        <translation>Cash or transfer (TM/CK)</translation>
    </message>
    <message>
        <source>Other (KHAC)</source>
        <translation>Other (KHAC)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Generate a new reference code</source>
        <translation>Generate a new reference code</translation>
    </message>
    <message>
        <source>Generated when empty</source>
        <translation>Generated when empty</translation>
    </message>
    <message>
        <source>Provider &amp;account</source>
        <translation>Provider &amp;account</translation>
    </message>
    <message>
        <source>&amp;Template and series</source>
        <translation>&amp;Template and series</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <source>Pa&amp;yment method</source>
        <translation>Pa&amp;yment method</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Reference code</source>
        <translation>&amp;Reference code</translation>
    </message>
    <message>
        <source>Choose a provider account…</source>
        <translation>Choose a provider account…</translation>
    </message>
    <message>
        <source>%1%2 (not offered by this account)</source>
        <translation>%1%2 (not offered by this account)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Account (name not loaded)</source>
        <translation>Account (name not loaded)</translation>
    </message>
    <message>
        <source>Account not listed by the server</source>
        <translation>Account not listed by the server</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceDetailLoader</name>
    <message>
        <source>Not connected: the detail cannot be loaded.</source>
        <translation>Not connected: the detail cannot be loaded.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceDetailPane</name>
    <message>
        <source>View PDF</source>
        <translation>View PDF</translation>
    </message>
    <message>
        <source>View XML</source>
        <translation>View XML</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Issued date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Provider status</translation>
    </message>
    <message>
        <source>Tax authority code</source>
        <translation>Tax authority code</translation>
    </message>
    <message>
        <source>Buyer tax code</source>
        <translation>Buyer tax code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Select an invoice to see its detail.</source>
        <translation>Select an invoice to see its detail.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>The detail could not be loaded: %1</source>
        <translation>The detail could not be loaded: %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>%1 before tax + %2 VAT = %3</source>
        <translation>%1 before tax + %2 VAT = %3</translation>
    </message>
    <message>
        <source>Legal name (printed as the buyer unit)</source>
        <translation>Legal name (printed as the buyer unit)</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Buyer name</translation>
    </message>
    <message>
        <source>More actions on this invoice</source>
        <translation>More actions on this invoice</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceEditorPage</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Totals and checks</source>
        <translation>Totals and checks</translation>
    </message>
    <message>
        <source>Problems to fix:</source>
        <translation>Problems to fix:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Local drafts</source>
        <translation>Local drafts</translation>
    </message>
    <message>
        <source>Catalo&amp;gue…</source>
        <translation>Catalo&amp;gue…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Issue draft</source>
        <translation>&amp;Issue draft</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Duplicate line</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Restored the unsent invoice from %1.</source>
        <translation>Restored the unsent invoice from %1.</translation>
    </message>
    <message>
        <source>This is a copy with a new reference code; the original is unchanged.</source>
        <translation>This is a copy with a new reference code; the original is unchanged.</translation>
    </message>
    <message>
        <source>No unsent invoices</source>
        <translation>No unsent invoices</translation>
    </message>
    <message>
        <source>(no buyer)</source>
        <translation>(no buyer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n line · %2</numerusform>
            <numerusform>%1 · %n lines · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>Downloading the PDF…</translation>
    </message>
    <message>
        <source>The draft was not deleted: %1</source>
        <translation>The draft was not deleted: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>The preview could not be rendered.</source>
        <translation>The preview could not be rendered.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Undo remove line</source>
        <translation>Undo remove line</translation>
    </message>
    <message>
        <source>Line %1 removed. Ctrl+Z puts it back.</source>
        <translation>Line %1 removed. Ctrl+Z puts it back.</translation>
    </message>
    <message>
        <source>Line %1 is back.</source>
        <translation>Line %1 is back.</translation>
    </message>
    <message>
        <source>Fix the problems listed under &quot;Problems to fix&quot; first.</source>
        <translation>Fix the problems listed under &quot;Problems to fix&quot; first.</translation>
    </message>
    <message>
        <source>Edit a&amp;s new draft</source>
        <translation>Edit a&amp;s new draft</translation>
    </message>
    <message>
        <source>A draft edit left unfinished before the app closed is finished: the old draft was deleted.</source>
        <translation>A draft edit left unfinished before the app closed is finished: the old draft was deleted.</translation>
    </message>
    <message>
        <source>Editing the draft saved on the server. Saving creates the new draft first; the old one is deleted after that.</source>
        <translation>Editing the draft saved on the server. Saving creates the new draft first; the old one is deleted after that.</translation>
    </message>
    <message>
        <source>Saved as a new draft on the server.</source>
        <translation>Saved as a new draft on the server.</translation>
    </message>
    <message>
        <source>%1 The old draft was deleted.</source>
        <translation>%1 The old draft was deleted.</translation>
    </message>
    <message>
        <source>%1 The old draft was not deleted (%2): delete it from the Invoices page.</source>
        <translation>%1 The old draft was not deleted (%2): delete it from the Invoices page.</translation>
    </message>
    <message>
        <source>Sent for issuing; the invoice number is not known yet.</source>
        <translation>Sent for issuing; the invoice number is not known yet.</translation>
    </message>
    <message>
        <source>Issued invoice no. %1.</source>
        <translation>Issued invoice no. %1.</translation>
    </message>
    <message>
        <source>Issued %1 no. %2.</source>
        <translation>Issued %1 no. %2.</translation>
    </message>
    <message>
        <source>The draft was deleted from the server.</source>
        <translation>The draft was deleted from the server.</translation>
    </message>
    <message>
        <source>Saved as a draft on the server.</source>
        <translation>Saved as a draft on the server.</translation>
    </message>
    <message>
        <source>An invoice sent before the app closed failed: %1</source>
        <translation>An invoice sent before the app closed failed: %1</translation>
    </message>
    <message>
        <source>An invoice sent before the app closed was saved as a draft on the server.</source>
        <translation>An invoice sent before the app closed was saved as a draft on the server.</translation>
    </message>
    <message>
        <source>An invoice sent before the app closed was issued: invoice no. %1.</source>
        <translation>An invoice sent before the app closed was issued: invoice no. %1.</translation>
    </message>
    <message>
        <source>The invoice you were typing is kept in Local drafts.</source>
        <translation>The invoice you were typing is kept in Local drafts.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceExportTable</name>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFieldNames</name>
    <message>
        <source>Provider account</source>
        <translation>Provider account</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Buyer type</source>
        <translation>Buyer type</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Buyer name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Buyer code</source>
        <translation>Buyer code</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Line type</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>Line %1, %2</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFileCheck</name>
    <message>
        <source>The server sent an empty file.</source>
        <translation>The server sent an empty file.</translation>
    </message>
    <message>
        <source>The server sent a file that is not a PDF.</source>
        <translation>The server sent a file that is not a PDF.</translation>
    </message>
    <message>
        <source>The server sent a file that is not well-formed XML (%1).</source>
        <translation>The server sent a file that is not well-formed XML (%1).</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFileFetcher</name>
    <message>
        <source>Not connected: the file cannot be downloaded.</source>
        <translation>Not connected: the file cannot be downloaded.</translation>
    </message>
    <message>
        <source>The file is not ready yet; try again in a moment (%1).</source>
        <translation>The file is not ready yet; try again in a moment (%1).</translation>
    </message>
    <message>
        <source>Could not save the file to %1: %2</source>
        <translation>Could not save the file to %1: %2</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFileTab</name>
    <message>
        <source>Choose an invoice in the list to see its PDF.</source>
        <translation>Choose an invoice in the list to see its PDF.</translation>
    </message>
    <message>
        <source>Choose an invoice in the list to see its XML.</source>
        <translation>Choose an invoice in the list to see its XML.</translation>
    </message>
    <message>
        <source>The PDF of this invoice is not downloaded yet.</source>
        <translation>The PDF of this invoice is not downloaded yet.</translation>
    </message>
    <message>
        <source>The XML of this invoice is not downloaded yet.</source>
        <translation>The XML of this invoice is not downloaded yet.</translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>Downloading the PDF…</translation>
    </message>
    <message>
        <source>Downloading the XML…</source>
        <translation>Downloading the XML…</translation>
    </message>
    <message>
        <source>Download PDF</source>
        <translation>Download PDF</translation>
    </message>
    <message>
        <source>Download XML</source>
        <translation>Download XML</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Search number, buyer, tax code or reference</source>
        <translation>Search number, buyer, tax code or reference</translation>
    </message>
    <message>
        <source>All tax authority statuses</source>
        <translation>All tax authority statuses</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>What the tax authority made of an issued invoice</source>
        <translation>What the tax authority made of an issued invoice</translation>
    </message>
    <message>
        <source>Tax authority status</source>
        <translation>Tax authority status</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>Invoice series (ký hiệu)</source>
        <translation>Invoice series (ký hiệu)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceLinesExportTable</name>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Draft %1</translation>
    </message>
    <message>
        <source>Invoice %1, series %2</source>
        <translation>Invoice %1, series %2</translation>
    </message>
    <message>
        <source>invoice-%1-lines.xlsx</source>
        <translation>invoice-%1-lines.xlsx</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceLinesModel</name>
    <message>
        <source>Goods/service</source>
        <translation>Goods/service</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Trade discount</source>
        <translation>Trade discount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceListLayout</name>
    <message>
        <source>Show the detail pane</source>
        <translation>Show the detail pane</translation>
    </message>
    <message>
        <source>Show or hide the detail pane (%1)</source>
        <translation>Show or hide the detail pane (%1)</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>Before tax</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (buyer: %2)</source>
        <translation>%1 (buyer: %2)</translation>
    </message>
    <message>
        <source>Legal name (printed as the buyer unit): %1</source>
        <translation>Legal name (printed as the buyer unit): %1</translation>
    </message>
    <message>
        <source>Buyer name: %1</source>
        <translation>Buyer name: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceOperation</name>
    <message>
        <source>The server already holds this reference code; it is still being processed.</source>
        <translation>The server already holds this reference code; it is still being processed.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceSelectionActions</name>
    <message>
        <source>Select one or more invoices first.</source>
        <translation>Select one or more invoices first.</translation>
    </message>
    <message>
        <source>Select exactly one invoice.</source>
        <translation>Select exactly one invoice.</translation>
    </message>
    <message>
        <source>Not connected: the invoice&apos;s lines cannot be fetched.</source>
        <translation>Not connected: the invoice&apos;s lines cannot be fetched.</translation>
    </message>
    <message numerus="yes">
        <source>Only drafts can be issued or deleted; the selection holds %n issued invoice(s).</source>
        <translation>
            <numerusform>Only drafts can be issued or deleted; the selection holds %n issued invoice.</numerusform>
            <numerusform>Only drafts can be issued or deleted; the selection holds %n issued invoices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>Wait until the current work on the list has finished.</source>
        <translation>Wait until the current work on the list has finished.</translation>
    </message>
    <message>
        <source>Drafts have no XML; select issued invoices only.</source>
        <translation>Drafts have no XML; select issued invoices only.</translation>
    </message>
    <message>
        <source>Drafts have no invoice number yet.</source>
        <translation>Drafts have no invoice number yet.</translation>
    </message>
    <message>
        <source>Not every selected invoice has a tax authority code (yet).</source>
        <translation>Not every selected invoice has a tax authority code (yet).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Issue drafts…</source>
        <translation>&amp;Issue drafts…</translation>
    </message>
    <message>
        <source>&amp;Delete drafts…</source>
        <translation>&amp;Delete drafts…</translation>
    </message>
    <message>
        <source>Copy into a &amp;new invoice</source>
        <translation>Copy into a &amp;new invoice</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save PDFs as ZIP…</source>
        <translation>Save PDFs as ZIP…</translation>
    </message>
    <message>
        <source>Save XMLs as ZIP…</source>
        <translation>Save XMLs as ZIP…</translation>
    </message>
    <message>
        <source>Copy invoice &amp;number</source>
        <translation>Copy invoice &amp;number</translation>
    </message>
    <message>
        <source>Copy &amp;reference code</source>
        <translation>Copy &amp;reference code</translation>
    </message>
    <message>
        <source>Copy &amp;tax authority code</source>
        <translation>Copy &amp;tax authority code</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceSyncEngine</name>
    <message>
        <source>The refresh was cancelled.</source>
        <translation>The refresh was cancelled.</translation>
    </message>
    <message>
        <source>The invoice list could not be read.</source>
        <translation>The invoice list could not be read.</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoiceTexts</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Draft invoice</translation>
    </message>
    <message>
        <source>Original invoice</source>
        <translation>Original invoice</translation>
    </message>
    <message>
        <source>Cancelled invoice</source>
        <translation>Cancelled invoice</translation>
    </message>
    <message>
        <source>Replacement invoice</source>
        <translation>Replacement invoice</translation>
    </message>
    <message>
        <source>Invoice that has been replaced</source>
        <translation>Invoice that has been replaced</translation>
    </message>
    <message>
        <source>Adjustment: increase</source>
        <translation>Adjustment: increase</translation>
    </message>
    <message>
        <source>Adjustment: decrease</source>
        <translation>Adjustment: decrease</translation>
    </message>
    <message>
        <source>Adjustment: information only</source>
        <translation>Adjustment: information only</translation>
    </message>
    <message>
        <source>Adjustment: increase and decrease</source>
        <translation>Adjustment: increase and decrease</translation>
    </message>
    <message>
        <source>Invoice that has been adjusted</source>
        <translation>Invoice that has been adjusted</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unknown (%1)</translation>
    </message>
    <message>
        <source>Signing error</source>
        <translation>Signing error</translation>
    </message>
    <message>
        <source>Not yet sent to the tax authority</source>
        <translation>Not yet sent to the tax authority</translation>
    </message>
    <message>
        <source>Code granted by the tax authority</source>
        <translation>Code granted by the tax authority</translation>
    </message>
    <message>
        <source>The tax authority has not answered</source>
        <translation>The tax authority has not answered</translation>
    </message>
    <message>
        <source>Not eligible for a tax authority code</source>
        <translation>Not eligible for a tax authority code</translation>
    </message>
    <message>
        <source>Form 04/SS: declaration not yet created</source>
        <translation>Form 04/SS: declaration not yet created</translation>
    </message>
    <message>
        <source>Form 04/SS: not yet received by the tax authority</source>
        <translation>Form 04/SS: not yet received by the tax authority</translation>
    </message>
    <message>
        <source>Form 04/SS: approved by the tax authority</source>
        <translation>Form 04/SS: approved by the tax authority</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Cash or bank transfer</source>
        <translation>Cash or bank transfer</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Adjustment +</source>
        <translation>Adjustment +</translation>
    </message>
    <message>
        <source>Adjustment −</source>
        <translation>Adjustment −</translation>
    </message>
    <message>
        <source>Adjustment (info)</source>
        <translation>Adjustment (info)</translation>
    </message>
    <message>
        <source>Adjustment ±</source>
        <translation>Adjustment ±</translation>
    </message>
    <message>
        <source>Code granted</source>
        <translation>Code granted</translation>
    </message>
    <message>
        <source>Awaiting code</source>
        <translation>Awaiting code</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
</context>
<context>
    <name>einvoice::InvoicesPage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Download PDFs…</source>
        <translation>Download PDFs…</translation>
    </message>
    <message>
        <source>Download XMLs…</source>
        <translation>Download XMLs…</translation>
    </message>
    <message>
        <source>The selected invoices, or all listed ones when none is selected</source>
        <translation>The selected invoices, or all listed ones when none is selected</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <source>The file of %1 is not ready yet; trying again shortly…</source>
        <translation>The file of %1 is not ready yet; trying again shortly…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2…</source>
        <translation>Downloading %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in the list.</source>
        <translation>
            <numerusform>%n invoice in the list.</numerusform>
            <numerusform>%n invoices in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Refresh failed: %1</translation>
    </message>
    <message>
        <source>Getting the PDF…</source>
        <translation>Getting the PDF…</translation>
    </message>
    <message>
        <source>Getting the XML…</source>
        <translation>Getting the XML…</translation>
    </message>
    <message>
        <source>The PDF could not be opened.</source>
        <translation>The PDF could not be opened.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s).</source>
        <translation>
            <numerusform>Exported %n invoice.</numerusform>
            <numerusform>Exported %n invoices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download PDFs to folder</source>
        <translation>Download PDFs to folder</translation>
    </message>
    <message>
        <source>Download XMLs to folder</source>
        <translation>Download XMLs to folder</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>%n file saved.</numerusform>
            <numerusform>%n files saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) failed:</source>
        <translation>
            <numerusform>%n invoice failed:</numerusform>
            <numerusform>%n invoices failed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Download finished</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Last refreshed %1</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>Never refreshed</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Search the list</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source> · before tax %1 · VAT %2 · total %3</source>
        <translation> · before tax %1 · VAT %2 · total %3</translation>
    </message>
    <message>
        <source>Issue drafts</source>
        <translation>Issue drafts</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) left in the quota of %1, fewer than the selected drafts. Issue fewer, or extend the quota first.</source>
        <translation>
            <numerusform>%n invoice left in the quota of %1, fewer than the selected drafts. Issue fewer, or extend the quota first.</numerusform>
            <numerusform>%n invoices left in the quota of %1, fewer than the selected drafts. Issue fewer, or extend the quota first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n draft(s), total %1 VND, on %2?</source>
        <translation>
            <numerusform>Issue %n draft, total %1 VND, on %2?</numerusform>
            <numerusform>Issue %n drafts, total %1 VND, on %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>These become legal invoices sent to the tax authority; they cannot be taken back.</source>
        <translation>These become legal invoices sent to the tax authority; they cannot be taken back.</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n invoice(s)</source>
        <translation>
            <numerusform>Issue %n invoice</numerusform>
            <numerusform>Issue %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete drafts</source>
        <translation>Delete drafts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n draft on %1? This cannot be undone.</numerusform>
            <numerusform>Delete %n drafts on %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s)</source>
        <translation>
            <numerusform>Delete %n draft</numerusform>
            <numerusform>Delete %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing %1 of %2…</source>
        <translation>Issuing %1 of %2…</translation>
    </message>
    <message>
        <source>Deleting %1 of %2…</source>
        <translation>Deleting %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n of the drafts issued.</source>
        <translation>
            <numerusform>%n draft issued.</numerusform>
            <numerusform>%n drafts issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the drafts deleted.</source>
        <translation>
            <numerusform>%n draft deleted.</numerusform>
            <numerusform>%n drafts deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>issued, number %1</source>
        <translation>issued, number %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Getting the invoice…</source>
        <translation>Getting the invoice…</translation>
    </message>
    <message>
        <source>The invoice could not be fetched: %1</source>
        <translation>The invoice could not be fetched: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n value(s).</source>
        <translation>
            <numerusform>Copied %n value.</numerusform>
            <numerusform>Copied %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) could not be downloaded; nothing was printed.</source>
        <translation>
            <numerusform>%n invoice could not be downloaded; nothing was printed.</numerusform>
            <numerusform>%n invoices could not be downloaded; nothing was printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n invoice(s) to the printer as one job.</source>
        <translation>
            <numerusform>Sent %n invoice to the printer as one job.</numerusform>
            <numerusform>Sent %n invoices to the printer as one job.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <source>Save PDFs as ZIP</source>
        <translation>Save PDFs as ZIP</translation>
    </message>
    <message>
        <source>Save XMLs as ZIP</source>
        <translation>Save XMLs as ZIP</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Save as ZIP</source>
        <translation>Save as ZIP</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n file saved in %1.</numerusform>
            <numerusform>%n files saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>too large to add up</translation>
    </message>
    <message>
        <source>Export lines to Excel…</source>
        <translation>Export lines to Excel…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s).</source>
        <translation>
            <numerusform>Exported %n line.</numerusform>
            <numerusform>Exported %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) · …</source>
        <translation>
            <numerusform>%n invoice · …</numerusform>
            <numerusform>%n invoices · …</numerusform>
        </translation>
    </message>
    <message>
        <source>invoices.csv</source>
        <translation>invoices.csv</translation>
    </message>
    <message>
        <source>invoices.xlsx</source>
        <translation>invoices.xlsx</translation>
    </message>
    <message>
        <source>invoices-pdf.zip</source>
        <translation>invoices-pdf.zip</translation>
    </message>
    <message>
        <source>invoices-xml.zip</source>
        <translation>invoices-xml.zip</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information-only adjustment(s)</source>
        <translation>
            <numerusform>%n information-only adjustment</numerusform>
            <numerusform>%n information-only adjustments</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1: not in the sums)</source>
        <translation> (%1: not in the sums)</translation>
    </message>
    <message>
        <source>The list is refreshed.</source>
        <translation>The list is refreshed.</translation>
    </message>
    <message>
        <source>Counting the invoices…</source>
        <translation>Counting the invoices…</translation>
    </message>
    <message numerus="yes">
        <source>at least %n invoice(s)</source>
        <translation>
            <numerusform>at least %n invoice</numerusform>
            <numerusform>at least %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::IssueInvoiceOperation</name>
    <message>
        <source>No invoice has the reference code %1.</source>
        <translation>No invoice has the reference code %1.</translation>
    </message>
</context>
<context>
    <name>einvoice::IssuesPanel</name>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Line %1, %2</source>
        <translation>Line %1, %2</translation>
    </message>
</context>
<context>
    <name>einvoice::JobPoller</name>
    <message>
        <source>the job was still pending after %1 s</source>
        <translation>the job was still pending after %1 s</translation>
    </message>
</context>
<context>
    <name>einvoice::MainActions</name>
    <message>
        <source>&amp;New invoice</source>
        <translation>&amp;New invoice</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About SePay eInvoice</source>
        <translation>&amp;About SePay eInvoice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>Ne&amp;w invoice</source>
        <translation>Ne&amp;w invoice</translation>
    </message>
    <message>
        <source>&amp;Provider accounts</source>
        <translation>&amp;Provider accounts</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Usage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Environment</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Batch issuing</source>
        <translation>&amp;Batch issuing</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
</context>
<context>
    <name>einvoice::MainWindow</name>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>The list of invoices, with search, status and downloads, comes here in a coming version.</source>
        <translation>The list of invoices, with search, status and downloads, comes here in a coming version.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Writing and issuing a new invoice comes here in a coming version.</source>
        <translation>Writing and issuing a new invoice comes here in a coming version.</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Quota history and usage charts come here in a coming version. The remaining quota is always shown in the status bar.</source>
        <translation>Quota history and usage charts come here in a coming version. The remaining quota is always shown in the status bar.</translation>
    </message>
    <message>
        <source>Batch issuing</source>
        <translation>Batch issuing</translation>
    </message>
    <message>
        <source>Issuing many invoices from a spreadsheet needs a connection and the local data; it appears here once both are ready.</source>
        <translation>Issuing many invoices from a spreadsheet needs a connection and the local data; it appears here once both are ready.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The month-end reports need the local data; they appear here once it is open.</source>
        <translation>The month-end reports need the local data; they appear here once it is open.</translation>
    </message>
</context>
<context>
    <name>einvoice::OriginRules</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>signing error</source>
        <translation>signing error</translation>
    </message>
    <message>
        <source>not yet sent to the tax authority</source>
        <translation>not yet sent to the tax authority</translation>
    </message>
    <message>
        <source>the tax authority has not answered</source>
        <translation>the tax authority has not answered</translation>
    </message>
    <message>
        <source>not eligible for a tax authority code</source>
        <translation>not eligible for a tax authority code</translation>
    </message>
    <message>
        <source>notice 04/SS not yet created</source>
        <translation>notice 04/SS not yet created</translation>
    </message>
    <message>
        <source>notice 04/SS not yet received by the tax authority</source>
        <translation>notice 04/SS not yet received by the tax authority</translation>
    </message>
    <message>
        <source>notice 04/SS approved by the tax authority</source>
        <translation>notice 04/SS approved by the tax authority</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>einvoice::OriginSummary</name>
    <message>
        <source>Invoice to correct</source>
        <translation>Invoice to correct</translation>
    </message>
    <message>
        <source>Template / series:</source>
        <translation>Template / series:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Tax authority code:</source>
        <translation>Tax authority code:</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Buyer:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Reading the provider account of the invoice…</source>
        <translation>Reading the provider account of the invoice…</translation>
    </message>
</context>
<context>
    <name>einvoice::PageComposer</name>
    <message>
        <source>The interrupted batch run of %1 was resumed: %2 invoice(s) sent before are checked on the server, %3 were not sent yet (see Batch issuing).</source>
        <translation>The interrupted batch run of %1 was resumed: %2 invoice(s) sent before are checked on the server, %3 were not sent yet (see Batch issuing).</translation>
    </message>
    <message>
        <source>Resumed the interrupted batch run of %1 (see Batch issuing).</source>
        <translation>Resumed the interrupted batch run of %1 (see Batch issuing).</translation>
    </message>
</context>
<context>
    <name>einvoice::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderAccountsExport</name>
    <message>
        <source>Provider accounts</source>
        <translation>Provider accounts</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Templates not loaded: %1</source>
        <translation>Templates not loaded: %1</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderAccountsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tax approval date</source>
        <translation>Tax approval date</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderAccountsPage</name>
    <message>
        <source>&lt;b&gt;Provider accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Provider accounts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;New invoice with this account</source>
        <translation>&amp;New invoice with this account</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Not connected to a server.</translation>
    </message>
    <message>
        <source>Loading provider accounts…</source>
        <translation>Loading provider accounts…</translation>
    </message>
    <message>
        <source>This environment has no provider accounts yet.</source>
        <translation>This environment has no provider accounts yet.</translation>
    </message>
    <message>
        <source>Could not load the provider accounts: %1</source>
        <translation>Could not load the provider accounts: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; — select an account</source>
        <translation>&lt;b&gt;Templates&lt;/b&gt; — select an account</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Templates of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the templates: %1</source>
        <translation>Could not load the templates: %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message numerus="yes">
        <source>Loading the templates of %n account(s)…</source>
        <translation>
            <numerusform>Loading the templates of %n account…</numerusform>
            <numerusform>Loading the templates of %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported; the templates of %n account(s) could not be loaded: their note says why.</source>
        <translation>
            <numerusform>Exported; the templates of %n account could not be loaded: its note says why.</numerusform>
            <numerusform>Exported; the templates of %n accounts could not be loaded: their notes say why.</numerusform>
        </translation>
    </message>
    <message>
        <source>provider-accounts.xlsx</source>
        <translation>provider-accounts.xlsx</translation>
    </message>
</context>
<context>
    <name>einvoice::ProviderStatusNotifier</name>
    <message>
        <source>SePay eInvoice: tax authority</source>
        <translation>SePay eInvoice: tax authority</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SePay eInvoice: the tax authority answered about %n invoice(s)</source>
        <translation>
            <numerusform>SePay eInvoice: the tax authority answered about %n invoice</numerusform>
            <numerusform>SePay eInvoice: the tax authority answered about %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Invoice %1: %2</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>reference %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>no. %1, series %2</source>
        <translation>no. %1, series %2</translation>
    </message>
</context>
<context>
    <name>einvoice::QuotaBanner</name>
    <message>
        <source>Only %1 invoices are left in the package (warning under %2). Top up the package before a batch fails with QUOTA_EXCEEDED.</source>
        <translation>Only %1 invoices are left in the package (warning under %2). Top up the package before a batch fails with QUOTA_EXCEEDED.</translation>
    </message>
</context>
<context>
    <name>einvoice::RateTotalsXml</name>
    <message>
        <source>The invoice XML names a VAT rate the reports do not know: &quot;%1&quot;.</source>
        <translation>The invoice XML names a VAT rate the reports do not know: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The invoice XML has an amount that is not a number at rate %1.</source>
        <translation>The invoice XML has an amount that is not a number at rate %1.</translation>
    </message>
    <message>
        <source>The invoice XML cannot be read: %1.</source>
        <translation>The invoice XML cannot be read: %1.</translation>
    </message>
    <message>
        <source>The invoice XML has no totals (TToan).</source>
        <translation>The invoice XML has no totals (TToan).</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportFetcher</name>
    <message>
        <source>The connection closed before the invoices were fetched.</source>
        <translation>The connection closed before the invoices were fetched.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportMonthChart</name>
    <message>
        <source>Revenue before tax by month</source>
        <translation>Revenue before tax by month</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportPeriod</name>
    <message>
        <source>--from needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from needs a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to needs a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) is before --from (%2).</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportPeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>The period of the report, by the invoices&apos; issued date (Vietnam time)</source>
        <translation>The period of the report, by the invoices&apos; issued date (Vietnam time)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Q%1/%2</source>
        <translation>Q%1/%2</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportSeller</name>
    <message>
        <source>Tax code %1</source>
        <translation>Tax code %1</translation>
    </message>
    <message>
        <source>DEMO: sample data</source>
        <translation>DEMO: sample data</translation>
    </message>
    <message>
        <source>SANDBOX: test data</source>
        <translation>SANDBOX: test data</translation>
    </message>
    <message>
        <source>CUSTOM SERVER: not SePay Production</source>
        <translation>CUSTOM SERVER: not SePay Production</translation>
    </message>
    <message numerus="yes">
        <source>INCOMPLETE: %1 of %n invoice(s) of the period not fetched yet; figures may change</source>
        <translation>
            <numerusform>INCOMPLETE: %1 of %n invoice of the period not fetched yet; figures may change</numerusform>
            <numerusform>INCOMPLETE: %1 of %n invoices of the period not fetched yet; figures may change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::ReportTables</name>
    <message>
        <source>Before tax</source>
        <translation>Before tax</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sales invoices (no VAT rate)</source>
        <translation>Sales invoices (no VAT rate)</translation>
    </message>
    <message>
        <source>Not subject to VAT (KCT)</source>
        <translation>Not subject to VAT (KCT)</translation>
    </message>
    <message>
        <source>Not declared (KKKNT)</source>
        <translation>Not declared (KKKNT)</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>By VAT rate</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Listing by rate</source>
        <translation>Listing by rate</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Subtotal: %n invoice(s)</source>
        <translation>
            <numerusform>Subtotal: %n invoice</numerusform>
            <numerusform>Subtotal: %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>By buyer</source>
        <translation>By buyer</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Revenue before tax</source>
        <translation>Revenue before tax</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>VAT return 01-GTGT</source>
        <translation>VAT return 01-GTGT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount (VND)</source>
        <translation>Amount (VND)</translation>
    </message>
</context>
<context>
    <name>einvoice::ReportsPage</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Fetch &amp;now</source>
        <translation>Fetch &amp;now</translation>
    </message>
    <message>
        <source>Fetch the details and XML the period&apos;s invoices still lack from the server</source>
        <translation>Fetch the details and XML the period&apos;s invoices still lack from the server</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>VAT return</source>
        <translation>VAT return</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Counted: issued invoices by their issued date. Left out: drafts, cancelled invoices and replaced invoices (their replacement counts). Adjustments count in the period of their own date with the sign of their effect; an information adjustment changes no money. Sales invoices have no VAT rate and are shown beside the rates. Amounts in different currencies are never added together; invoices this computer did not create count as VND.</source>
        <translation>Counted: issued invoices by their issued date. Left out: drafts, cancelled invoices and replaced invoices (their replacement counts). Adjustments count in the period of their own date with the sign of their effect; an information adjustment changes no money. Sales invoices have no VAT rate and are shown beside the rates. Amounts in different currencies are never added together; invoices this computer did not create count as VND.</translation>
    </message>
    <message>
        <source>Sales by VAT rate</source>
        <translation>Sales by VAT rate</translation>
    </message>
    <message>
        <source>Invoice listing by rate</source>
        <translation>Invoice listing by rate</translation>
    </message>
    <message>
        <source>By buyer</source>
        <translation>By buyer</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>Month by month (12 months)</source>
        <translation>Month by month (12 months)</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day: choose the dates again.</source>
        <translation>The period&apos;s first day is after its last day: choose the dates again.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n invoice(s) have their details; %3 waiting.</source>
        <translation>
            <numerusform>%1: %2 of %n invoice has its details; %3 waiting.</numerusform>
            <numerusform>%1: %2 of %n invoices have their details; %3 waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Currencies, each reported on its own: %1.</source>
        <translation>Currencies, each reported on its own: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) counted as VND: this computer did not create them and the server does not say their currency.</source>
        <translation>
            <numerusform>%n invoice counted as VND: this computer did not create it and the server does not say its currency.</numerusform>
            <numerusform>%n invoices counted as VND: this computer did not create them and the server does not say their currency.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching: %1 of %2…</source>
        <translation>Fetching: %1 of %2…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>A CSV file holds the figures only: nothing in it will say that they are incomplete.</source>
        <translation>A CSV file holds the figures only: nothing in it will say that they are incomplete.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>sales-report-%1.%2</source>
        <translation>sales-report-%1.%2</translation>
    </message>
</context>
<context>
    <name>einvoice::SellerSettingsWidget</name>
    <message>
        <source>Your company as the month-end reports print it in their header, for the environment in use. The app fills it from the seller of an invoice it downloaded; correct it here if needed.</source>
        <translation>Your company as the month-end reports print it in their header, for the environment in use. The app fills it from the seller of an invoice it downloaded; correct it here if needed.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Your company: &quot;%1&quot; is not a valid tax code (10 digits, or 10 digits, a dash and a 3-digit branch number).</source>
        <translation>Your company: &quot;%1&quot; is not a valid tax code (10 digits, or 10 digits, a dash and a 3-digit branch number).</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environment: %1</translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation>&amp;Use these details</translation>
    </message>
    <message>
        <source>The seller of an invoice the app downloaded:</source>
        <translation>The seller of an invoice the app downloaded:</translation>
    </message>
    <message>
        <source>Tax code %1</source>
        <translation>Tax code %1</translation>
    </message>
</context>
<context>
    <name>einvoice::SepayInvoiceActions</name>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Checking whether the server received it…</source>
        <translation>Checking whether the server received it…</translation>
    </message>
    <message>
        <source>Pending: the provider is processing the invoice…</source>
        <translation>Pending: the provider is processing the invoice…</translation>
    </message>
    <message numerus="yes">
        <source>Pending (%n check(s))…</source>
        <translation>
            <numerusform>Pending (%n check)…</numerusform>
            <numerusform>Pending (%n checks)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider refused the invoice.</source>
        <translation>The provider refused the invoice.</translation>
    </message>
</context>
<context>
    <name>einvoice::Session</name>
    <message>
        <source>The local data could not be opened (%1): %2</source>
        <translation>The local data could not be opened (%1): %2</translation>
    </message>
</context>
<context>
    <name>einvoice::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>The credentials could not be saved: %1</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
</context>
<context>
    <name>einvoice::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>einvoice::SpreadsheetError</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>The file cannot be opened: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>The file is larger than %1 MB; split it into smaller files.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>This file is not an Excel workbook (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <source>This file is text (CSV), not an Excel workbook.</source>
        <translation>This file is text (CSV), not an Excel workbook.</translation>
    </message>
    <message>
        <source>This file is Unicode text (UTF-16). In Excel, save it as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx).</source>
        <translation>This file is Unicode text (UTF-16). In Excel, save it as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>This workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>This workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx).</source>
        <translation>This is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb). Save it as an Excel workbook (.xlsx).</source>
        <translation>This is an Excel binary workbook (.xlsb). Save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read (%1). Open it in Excel or LibreOffice and save it again.</source>
        <translation>The workbook is damaged and cannot be read (%1). Open it in Excel or LibreOffice and save it again.</translation>
    </message>
    <message>
        <source>The workbook is incomplete: its part &quot;%1&quot; is missing. Open it in Excel or LibreOffice and save it again.</source>
        <translation>The workbook is incomplete: its part &quot;%1&quot; is missing. Open it in Excel or LibreOffice and save it again.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB; it is refused to protect the computer&apos;s memory.</source>
        <translation>The workbook unpacks to more than %1 MB; it is refused to protect the computer&apos;s memory.</translation>
    </message>
    <message>
        <source>The workbook part &quot;%1&quot; contains a document type declaration, which workbooks saved by Excel never have; it is refused.</source>
        <translation>The workbook part &quot;%1&quot; contains a document type declaration, which workbooks saved by Excel never have; it is refused.</translation>
    </message>
    <message>
        <source>The workbook part &quot;%1&quot; is damaged at line %2 (%3).</source>
        <translation>The workbook part &quot;%1&quot; is damaged at line %2 (%3).</translation>
    </message>
    <message>
        <source>The workbook part &quot;%1&quot; names a cell outside the sheet: &quot;%2&quot;.</source>
        <translation>The workbook part &quot;%1&quot; names a cell outside the sheet: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>The workbook has no worksheet.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2.</source>
        <translation>The workbook has no sheet named &quot;%1&quot;. Its sheets are: %2.</translation>
    </message>
    <message>
        <source>No sheet of the workbook starts with the expected header row (sheets: %1).</source>
        <translation>No sheet of the workbook starts with the expected header row (sheets: %1).</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 rows; split it into smaller files.</source>
        <translation>The sheet &quot;%1&quot; has more than %2 rows; split it into smaller files.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 cells; remove unused columns or split it.</source>
        <translation>The sheet &quot;%1&quot; has more than %2 cells; remove unused columns or split it.</translation>
    </message>
    <message>
        <source>The workbook could not be saved as &quot;%1&quot;: %2.</source>
        <translation>The workbook could not be saved as &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a sheet name: at most 31 characters, none of : \ / ? * [ ].</source>
        <translation>&quot;%1&quot; cannot be a sheet name: at most 31 characters, none of : \ / ? * [ ].</translation>
    </message>
    <message>
        <source>The workbook already has a sheet named &quot;%1&quot;.</source>
        <translation>The workbook already has a sheet named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The text for cell %1 of sheet &quot;%2&quot; is longer than Excel&apos;s 32,767 characters.</source>
        <translation>The text for cell %1 of sheet &quot;%2&quot; is longer than Excel&apos;s 32,767 characters.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; would have more rows than Excel allows (1,048,576).</source>
        <translation>The sheet &quot;%1&quot; would have more rows than Excel allows (1,048,576).</translation>
    </message>
    <message>
        <source>The drop-down list of column &quot;%1&quot; is longer than Excel&apos;s 255 characters.</source>
        <translation>The drop-down list of column &quot;%1&quot; is longer than Excel&apos;s 255 characters.</translation>
    </message>
    <message>
        <source>This file is a web page (HTML) with an Excel name. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>This file is a web page (HTML) with an Excel name. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>This is an Excel 2003 XML spreadsheet. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>This is an Excel 2003 XML spreadsheet. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</translation>
    </message>
</context>
<context>
    <name>einvoice::StatusPanel</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Server error</translation>
    </message>
    <message>
        <source>Quota: —</source>
        <translation>Quota: —</translation>
    </message>
    <message>
        <source>Quota: %1 invoices left</source>
        <translation>Quota: %1 invoices left</translation>
    </message>
    <message>
        <source>Fewer than %1 invoices are left in the package.</source>
        <translation>Fewer than %1 invoices are left in the package.</translation>
    </message>
    <message>
        <source>No running jobs</source>
        <translation>No running jobs</translation>
    </message>
    <message numerus="yes">
        <source>%n running job(s)</source>
        <translation>
            <numerusform>%n running job</numerusform>
            <numerusform>%n running jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy: trying again in %n s</source>
        <translation>
            <numerusform>Server busy: trying again in %n s</numerusform>
            <numerusform>Server busy: trying again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from the server: trying again in %n s</source>
        <translation>
            <numerusform>No answer from the server: trying again in %n s</numerusform>
            <numerusform>No answer from the server: trying again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching invoice details: %1 of %2</source>
        <translation>Fetching invoice details: %1 of %2</translation>
    </message>
    <message>
        <source>Series, lines and provider status of the invoices in the list are fetched in the background; your own requests go first.</source>
        <translation>Series, lines and provider status of the invoices in the list are fetched in the background; your own requests go first.</translation>
    </message>
</context>
<context>
    <name>einvoice::TemplateQuestion</name>
    <message>
        <source>Which provider account?</source>
        <translation>Which provider account?</translation>
    </message>
    <message numerus="yes">
        <source>The series %1 is on templates of %n provider accounts. Choose the one this invoice belongs to.</source>
        <translation>
            <numerusform>The series %1 is on templates of %n provider account. Choose the one this invoice belongs to.</numerusform>
            <numerusform>The series %1 is on templates of %n provider accounts. Choose the one this invoice belongs to.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>%1 (account %2), template %3</source>
        <translation>%1 (account %2), template %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>einvoice::TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>einvoice::TokenJob</name>
    <message>
        <source>missing or not a string</source>
        <translation>missing or not a string</translation>
    </message>
    <message>
        <source>missing or not a positive integer</source>
        <translation>missing or not a positive integer</translation>
    </message>
</context>
<context>
    <name>einvoice::TokenManager</name>
    <message>
        <source>No client ID and secret are set for this environment.</source>
        <translation>No client ID and secret are set for this environment.</translation>
    </message>
</context>
<context>
    <name>einvoice::TotalsPanel</name>
    <message>
        <source>Total before tax</source>
        <translation>Total before tax</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>%1 + VAT %2</source>
        <translation>%1 + VAT %2</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Rate %1</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <source>The amounts are larger than an invoice can carry.</source>
        <translation>The amounts are larger than an invoice can carry.</translation>
    </message>
    <message>
        <source>The totals appear once the numbers marked in the lines are corrected.</source>
        <translation>The totals appear once the numbers marked in the lines are corrected.</translation>
    </message>
</context>
<context>
    <name>einvoice::TrackingUrl</name>
    <message>
        <source>the tracking URL &quot;%1&quot; is not a valid absolute URL</source>
        <translation>the tracking URL &quot;%1&quot; is not a valid absolute URL</translation>
    </message>
    <message>
        <source>the tracking URL points at %1, not at the server %2; it is not followed</source>
        <translation>the tracking URL points at %1, not at the server %2; it is not followed</translation>
    </message>
    <message>
        <source>the tracking URL path %1 is not an API path of this server</source>
        <translation>the tracking URL path %1 is not an API path of this server</translation>
    </message>
</context>
<context>
    <name>einvoice::UsageCharts</name>
    <message>
        <source>Invoices issued per day (last 30 days)</source>
        <translation>Invoices issued per day (last 30 days)</translation>
    </message>
    <message>
        <source>Invoices issued per month (last 12 months)</source>
        <translation>Invoices issued per month (last 12 months)</translation>
    </message>
    <message>
        <source>Remaining quota over time</source>
        <translation>Remaining quota over time</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Remaining quota</source>
        <translation>Remaining quota</translation>
    </message>
</context>
<context>
    <name>einvoice::UsageFiguresPanel</name>
    <message>
        <source>Issued this month:</source>
        <translation>Issued this month:</translation>
    </message>
    <message>
        <source>Issued last month:</source>
        <translation>Issued last month:</translation>
    </message>
    <message>
        <source>Drafts waiting:</source>
        <translation>Drafts waiting:</translation>
    </message>
    <message>
        <source>Jobs running:</source>
        <translation>Jobs running:</translation>
    </message>
    <message>
        <source>Jobs failed:</source>
        <translation>Jobs failed:</translation>
    </message>
    <message>
        <source>Average per working day:</source>
        <translation>Average per working day:</translation>
    </message>
    <message>
        <source>Quota runs out:</source>
        <translation>Quota runs out:</translation>
    </message>
    <message>
        <source>show them in the list</source>
        <translation>show them in the list</translation>
    </message>
    <message>
        <source>%1 (%2 issued over %3 working days)</source>
        <translation>%1 (%2 issued over %3 working days)</translation>
    </message>
    <message numerus="yes">
        <source>(%n more unfinished: followed up at the next start or run of their file)</source>
        <translation>
            <numerusform>(%n more unfinished: followed up at the next start or run of its file)</numerusform>
            <numerusform>(%n more unfinished: followed up at the next start or run of their file)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>einvoice::UsagePage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the remaining quota from the server again</source>
        <translation>Read the remaining quota from the server again</translation>
    </message>
    <message>
        <source>Reading the remaining quota…</source>
        <translation>Reading the remaining quota…</translation>
    </message>
    <message>
        <source>Remaining quota: not read yet</source>
        <translation>Remaining quota: not read yet</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>Offline (%1): showing the figures saved on this computer.</source>
        <translation>Offline (%1): showing the figures saved on this computer.</translation>
    </message>
    <message>
        <source>The invoice list has not been synchronised yet.</source>
        <translation>The invoice list has not been synchronised yet.</translation>
    </message>
    <message>
        <source>Invoices as of %1 (%2).</source>
        <translation>Invoices as of %1 (%2).</translation>
    </message>
</context>
<context>
    <name>einvoice::UsageTexts</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown until the remaining quota has been read</source>
        <translation>Unknown until the remaining quota has been read</translation>
    </message>
    <message>
        <source>No invoices issued in the last 30 days</source>
        <translation>No invoices issued in the last 30 days</translation>
    </message>
    <message>
        <source>The quota is used up</source>
        <translation>The quota is used up</translation>
    </message>
    <message>
        <source>Not within the next five years at this pace</source>
        <translation>Not within the next five years at this pace</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n working day(s))</source>
        <translation>
            <numerusform>%1 (in %n working day)</numerusform>
            <numerusform>%1 (in %n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 invoices left</source>
        <translation>%1 invoices left</translation>
    </message>
    <message>
        <source>read at %1, %2</source>
        <translation>read at %1, %2</translation>
    </message>
</context>
<context>
    <name>einvoice::Validation</name>
    <message>
        <source>The adjustment takes %1 off invoice %2, whose total is %3: type by how much each line goes down, not its new figure.</source>
        <translation>The adjustment takes %1 off invoice %2, whose total is %3: type by how much each line goes down, not its new figure.</translation>
    </message>
    <message>
        <source>The provider account has no template %1.</source>
        <translation>The provider account has no template %1.</translation>
    </message>
    <message>
        <source>The series %1 is not registered for template %2 on the provider account.</source>
        <translation>The series %1 is not registered for template %2 on the provider account.</translation>
    </message>
    <message>
        <source>Choose an invoice template.</source>
        <translation>Choose an invoice template.</translation>
    </message>
    <message>
        <source>The template code %1 is not one of %2.</source>
        <translation>The template code %1 is not one of %2.</translation>
    </message>
    <message>
        <source>Choose an invoice series.</source>
        <translation>Choose an invoice series.</translation>
    </message>
    <message>
        <source>The series %1 must be six characters such as C26TAA: a letter, the two year digits and three capital letters.</source>
        <translation>The series %1 must be six characters such as C26TAA: a letter, the two year digits and three capital letters.</translation>
    </message>
    <message>
        <source>The series %1 must start with one of %2 and have one of %3 as its fourth character.</source>
        <translation>The series %1 must start with one of %2 and have one of %3 as its fourth character.</translation>
    </message>
    <message>
        <source>The series %1 is for the year %2 but the invoice is dated in %3.</source>
        <translation>The series %1 is for the year %2 but the invoice is dated in %3.</translation>
    </message>
    <message>
        <source>The issued date is required.</source>
        <translation>The issued date is required.</translation>
    </message>
    <message>
        <source>The issued date %1 is in the future.</source>
        <translation>The issued date %1 is in the future.</translation>
    </message>
    <message>
        <source>The issued date %1 is before the tax authority approved the provider account on %2.</source>
        <translation>The issued date %1 is before the tax authority approved the provider account on %2.</translation>
    </message>
    <message>
        <source>Choose a provider account.</source>
        <translation>Choose a provider account.</translation>
    </message>
    <message>
        <source>The provider account is not active.</source>
        <translation>The provider account is not active.</translation>
    </message>
    <message>
        <source>The reference code is longer than %1 characters.</source>
        <translation>The reference code is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The reference code must not contain spaces, control characters or any of / \ ? # %.</source>
        <translation>The reference code must not contain spaces, control characters or any of / \ ? # %.</translation>
    </message>
    <message>
        <source>The reference code %1 is reserved by the API.</source>
        <translation>The reference code %1 is reserved by the API.</translation>
    </message>
    <message>
        <source>The tax code %1 has a wrong check digit.</source>
        <translation>The tax code %1 has a wrong check digit.</translation>
    </message>
    <message>
        <source>The branch number of the tax code %1 must be between 001 and 999.</source>
        <translation>The branch number of the tax code %1 must be between 001 and 999.</translation>
    </message>
    <message>
        <source>The tax code %1 must have 10 digits, or 10 digits, a dash and a 3-digit branch number.</source>
        <translation>The tax code %1 must have 10 digits, or 10 digits, a dash and a 3-digit branch number.</translation>
    </message>
    <message>
        <source>The buyer is a company but has no tax code.</source>
        <translation>The buyer is a company but has no tax code.</translation>
    </message>
    <message>
        <source>%1 is a 12-digit personal identification number: enter it as the national ID, not as the tax code.</source>
        <translation>%1 is a 12-digit personal identification number: enter it as the national ID, not as the tax code.</translation>
    </message>
    <message>
        <source>The email address %1 is not valid.</source>
        <translation>The email address %1 is not valid.</translation>
    </message>
    <message>
        <source>A note line must not carry amounts.</source>
        <translation>A note line must not carry amounts.</translation>
    </message>
    <message>
        <source>A note line must not carry a VAT rate.</source>
        <translation>A note line must not carry a VAT rate.</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero.</source>
        <translation>The quantity must be greater than zero.</translation>
    </message>
    <message>
        <source>The unit price must not be negative.</source>
        <translation>The unit price must not be negative.</translation>
    </message>
    <message>
        <source>The discount amount must not be negative.</source>
        <translation>The discount amount must not be negative.</translation>
    </message>
    <message>
        <source>The discount percentage must be between 0 and 100.</source>
        <translation>The discount percentage must be between 0 and 100.</translation>
    </message>
    <message>
        <source>A sales invoice has no VAT rate per line; this rate is ignored.</source>
        <translation>A sales invoice has no VAT rate per line; this rate is ignored.</translation>
    </message>
    <message>
        <source>Choose a VAT rate for this line.</source>
        <translation>Choose a VAT rate for this line.</translation>
    </message>
    <message>
        <source>No goods line has the VAT rate %1 that this discount applies to.</source>
        <translation>No goods line has the VAT rate %1 that this discount applies to.</translation>
    </message>
    <message>
        <source>The line needs a name.</source>
        <translation>The line needs a name.</translation>
    </message>
    <message>
        <source>A goods line needs a quantity.</source>
        <translation>A goods line needs a quantity.</translation>
    </message>
    <message>
        <source>A goods line needs a unit price.</source>
        <translation>A goods line needs a unit price.</translation>
    </message>
    <message>
        <source>A trade-discount line needs a positive amount.</source>
        <translation>A trade-discount line needs a positive amount.</translation>
    </message>
    <message>
        <source>The 8% rate applies only in a VAT reduction period; %1 is outside every period.</source>
        <translation>The 8% rate applies only in a VAT reduction period; %1 is outside every period.</translation>
    </message>
    <message>
        <source>The total amount must be a whole number, but the lines add up to %1.</source>
        <translation>The total amount must be a whole number, but the lines add up to %1.</translation>
    </message>
    <message>
        <source>The total amount %1 differs from the total of the lines, %2.</source>
        <translation>The total amount %1 differs from the total of the lines, %2.</translation>
    </message>
    <message>
        <source>Cash payment of %1 đồng or more: the buyer cannot deduct the input VAT without proof of a non-cash payment.</source>
        <translation>Cash payment of %1 đồng or more: the buyer cannot deduct the input VAT without proof of a non-cash payment.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Add at least one line.</translation>
    </message>
    <message>
        <source>Make either the quantity or the unit price negative, not both.</source>
        <translation>Make either the quantity or the unit price negative, not both.</translation>
    </message>
    <message>
        <source>A line that decreases must not carry a discount: enter the reduction as its amount.</source>
        <translation>A line that decreases must not carry a discount: enter the reduction as its amount.</translation>
    </message>
    <message>
        <source>An increase adjustment cannot carry a trade discount: use a decrease or a combined adjustment.</source>
        <translation>An increase adjustment cannot carry a trade discount: use a decrease or a combined adjustment.</translation>
    </message>
    <message>
        <source>An increase adjustment only adds: enter a positive quantity and price.</source>
        <translation>An increase adjustment only adds: enter a positive quantity and price.</translation>
    </message>
    <message>
        <source>A decrease adjustment is entered as negative amounts: make the quantity or the unit price negative.</source>
        <translation>A decrease adjustment is entered as negative amounts: make the quantity or the unit price negative.</translation>
    </message>
    <message>
        <source>An information adjustment changes no amounts: use note lines (line type 4) only.</source>
        <translation>An information adjustment changes no amounts: use note lines (line type 4) only.</translation>
    </message>
    <message>
        <source>An information adjustment has no total amount.</source>
        <translation>An information adjustment has no total amount.</translation>
    </message>
    <message>
        <source>An increase adjustment must raise the total; its lines come to %1.</source>
        <translation>An increase adjustment must raise the total; its lines come to %1.</translation>
    </message>
    <message>
        <source>A decrease adjustment must lower the total; its lines come to %1.</source>
        <translation>A decrease adjustment must lower the total; its lines come to %1.</translation>
    </message>
    <message>
        <source>Every line of this combined adjustment goes the same way: an increase or a decrease adjustment says so more clearly.</source>
        <translation>Every line of this combined adjustment goes the same way: an increase or a decrease adjustment says so more clearly.</translation>
    </message>
    <message>
        <source>This adjustment needs at least one line with an amount.</source>
        <translation>This adjustment needs at least one line with an amount.</translation>
    </message>
    <message>
        <source>The correction is dated %1, before the invoice it corrects (%2).</source>
        <translation>The correction is dated %1, before the invoice it corrects (%2).</translation>
    </message>
    <message>
        <source>Invoice %1 is a draft: only issued invoices can be corrected. Change the draft, or issue it first.</source>
        <translation>Invoice %1 is a draft: only issued invoices can be corrected. Change the draft, or issue it first.</translation>
    </message>
    <message>
        <source>Invoice %1 has been cancelled: a cancelled invoice can be neither replaced nor adjusted.</source>
        <translation>Invoice %1 has been cancelled: a cancelled invoice can be neither replaced nor adjusted.</translation>
    </message>
    <message>
        <source>Invoice %1 has not been accepted by the tax authority (provider status %2: %3); only accepted invoices can be corrected.</source>
        <translation>Invoice %1 has not been accepted by the tax authority (provider status %2: %3); only accepted invoices can be corrected.</translation>
    </message>
    <message>
        <source>Invoice %1 has already been replaced, and an invoice can be replaced only once. If the replacement is wrong too, replace or adjust the replacement.</source>
        <translation>Invoice %1 has already been replaced, and an invoice can be replaced only once. If the replacement is wrong too, replace or adjust the replacement.</translation>
    </message>
    <message>
        <source>Invoice %1 has been replaced and is no longer valid: adjust its replacement instead.</source>
        <translation>Invoice %1 has been replaced and is no longer valid: adjust its replacement instead.</translation>
    </message>
    <message>
        <source>Invoice %1 is itself an adjustment invoice: correct the invoice it adjusts instead.</source>
        <translation>Invoice %1 is itself an adjustment invoice: correct the invoice it adjusts instead.</translation>
    </message>
    <message>
        <source>Invoice %1 has document type %2, which cannot be corrected.</source>
        <translation>Invoice %1 has document type %2, which cannot be corrected.</translation>
    </message>
    <message>
        <source>The server did not say whether invoice %1 was replaced, cancelled or accepted by the tax authority; it checks that itself.</source>
        <translation>The server did not say whether invoice %1 was replaced, cancelled or accepted by the tax authority; it checks that itself.</translation>
    </message>
    <message>
        <source>Invoice %1 was corrected by adjustment before; under Decree 70/2025 later corrections of an invoice should use the same method.</source>
        <translation>Invoice %1 was corrected by adjustment before; under Decree 70/2025 later corrections of an invoice should use the same method.</translation>
    </message>
    <message>
        <source>No invoice has the reference code %1.</source>
        <translation>No invoice has the reference code %1.</translation>
    </message>
    <message>
        <source>Invoice %1 was already replaced by %2 from this computer, and an invoice can be replaced only once. Correct %2 instead.</source>
        <translation>Invoice %1 was already replaced by %2 from this computer, and an invoice can be replaced only once. Correct %2 instead.</translation>
    </message>
    <message>
        <source>The correction needs a reference code of its own; %1 is the invoice it corrects.</source>
        <translation>The correction needs a reference code of its own; %1 is the invoice it corrects.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of %2.</source>
        <translation>%1 must be a whole number of %2.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; at most %3 are accepted.</source>
        <translation>%1 has %2 decimals; at most %3 are accepted.</translation>
    </message>
    <message>
        <source>%1 characters: the provider accepts at most %2.</source>
        <translation>%1 characters: the provider accepts at most %2.</translation>
    </message>
    <message>
        <source>A line break at character %1: only the invoice note may have several lines.</source>
        <translation>A line break at character %1: only the invoice note may have several lines.</translation>
    </message>
    <message>
        <source>The character %1 at position %2 cannot be on an invoice (a control character or a damaged letter); remove it.</source>
        <translation>The character %1 at position %2 cannot be on an invoice (a control character or a damaged letter); remove it.</translation>
    </message>
    <message>
        <source>The invoice makes a request of %1 KB; the provider accepts at most %2 KB. Split it into several invoices or shorten its texts.</source>
        <translation>The invoice makes a request of %1 KB; the provider accepts at most %2 KB. Split it into several invoices or shorten its texts.</translation>
    </message>
    <message>
        <source>The invoice has %1 lines; the provider accepts at most %2.</source>
        <translation>The invoice has %1 lines; the provider accepts at most %2.</translation>
    </message>
    <message>
        <source>No buyer name: the invoice shows no buyer, as for a retail customer who asks for no invoice details; some providers require a name such as &quot;Khách lẻ không lấy hóa đơn&quot;.</source>
        <translation>No buyer name: the invoice shows no buyer, as for a retail customer who asks for no invoice details; some providers require a name such as &quot;Khách lẻ không lấy hóa đơn&quot;.</translation>
    </message>
    <message>
        <source>Required for a company or a buyer with a tax code: the legal name (as registered) or the buyer name.</source>
        <translation>Required for a company or a buyer with a tax code: the legal name (as registered) or the buyer name.</translation>
    </message>
    <message>
        <source>Required for a company or a buyer with a tax code.</source>
        <translation>Required for a company or a buyer with a tax code.</translation>
    </message>
    <message>
        <source>The discount %1 is larger than the line amount %2.</source>
        <translation>The discount %1 is larger than the line amount %2.</translation>
    </message>
    <message>
        <source>The invoice total %1 is negative: the discounts are larger than the goods.</source>
        <translation>The invoice total %1 is negative: the discounts are larger than the goods.</translation>
    </message>
    <message>
        <source>Another correction of invoice %1 is being sent right now (by this app or the command line, process %2). Nothing was sent: wait until it has ended, look at the invoice again, then send this correction if it is still needed.</source>
        <translation>Another correction of invoice %1 is being sent right now (by this app or the command line, process %2). Nothing was sent: wait until it has ended, look at the invoice again, then send this correction if it is still needed.</translation>
    </message>
    <message>
        <source>Say in Reason why the invoice is corrected.</source>
        <translation>Say in Reason why the invoice is corrected.</translation>
    </message>
    <message>
        <source>The amount of this line is larger than an invoice can carry (at most %1).</source>
        <translation>The amount of this line is larger than an invoice can carry (at most %1).</translation>
    </message>
    <message>
        <source>The invoice total is larger than an invoice can carry (at most %1).</source>
        <translation>The invoice total is larger than an invoice can carry (at most %1).</translation>
    </message>
    <message>
        <source>The total amount is larger than an invoice can carry (at most %1).</source>
        <translation>The total amount is larger than an invoice can carry (at most %1).</translation>
    </message>
    <message>
        <source>The issued date %1 is before %2, the date of the last invoice issued in series %3: the invoices of a series must be dated in the order of their numbers.</source>
        <translation>The issued date %1 is before %2, the date of the last invoice issued in series %3: the invoices of a series must be dated in the order of their numbers.</translation>
    </message>
    <message>
        <source>“%1” is not a number: type digits, grouped and with decimals as in %2.</source>
        <translation>“%1” is not a number: type digits, grouped and with decimals as in %2.</translation>
    </message>
    <message>
        <source>The adjustment takes %1 off invoice %2: of its total %3, earlier adjustments leave %4.</source>
        <translation>The adjustment takes %1 off invoice %2: of its total %3, earlier adjustments leave %4.</translation>
    </message>
</context>
<context>
    <name>einvoice::VatReturnForm</name>
    <message>
        <source>Sales not subject to VAT</source>
        <translation>Sales not subject to VAT</translation>
    </message>
    <message>
        <source>Sales subject to VAT ([29]+[30]+[32]+[32a])</source>
        <translation>Sales subject to VAT ([29]+[30]+[32]+[32a])</translation>
    </message>
    <message>
        <source>VAT on sales ([31]+[33])</source>
        <translation>VAT on sales ([31]+[33])</translation>
    </message>
    <message>
        <source>Sales at 0%</source>
        <translation>Sales at 0%</translation>
    </message>
    <message>
        <source>Sales at 5%</source>
        <translation>Sales at 5%</translation>
    </message>
    <message>
        <source>VAT on sales at 5%</source>
        <translation>VAT on sales at 5%</translation>
    </message>
    <message>
        <source>Sales at 10% (8% included)</source>
        <translation>Sales at 10% (8% included)</translation>
    </message>
    <message>
        <source>VAT on sales at 10% (8% included)</source>
        <translation>VAT on sales at 10% (8% included)</translation>
    </message>
    <message>
        <source>Sales not declared, VAT not computed (KKKNT)</source>
        <translation>Sales not declared, VAT not computed (KKKNT)</translation>
    </message>
    <message>
        <source>All sales ([26]+[27])</source>
        <translation>All sales ([26]+[27])</translation>
    </message>
    <message>
        <source>VAT on all sales ([28])</source>
        <translation>VAT on all sales ([28])</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>Sales at the reduced 8% rate</source>
        <translation>Sales at the reduced 8% rate</translation>
    </message>
    <message>
        <source>VAT reduced (20% of 10%, i.e. 2% of the 8% sales)</source>
        <translation>VAT reduced (20% of 10%, i.e. 2% of the 8% sales)</translation>
    </message>
</context>
<context>
    <name>einvoice::WidgetQuestions</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>einvoice::XmlViewer</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>The XML is not well-formed (line %1): %2</source>
        <translation>The XML is not well-formed (line %1): %2</translation>
    </message>
    <message>
        <source>Save XML</source>
        <translation>Save XML</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML files (*.xml)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>einvoice::ZipBundle</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 could not be added to the ZIP file.</source>
        <translation>%1 could not be added to the ZIP file.</translation>
    </message>
    <message>
        <source>The ZIP file %1 could not be created.</source>
        <translation>The ZIP file %1 could not be created.</translation>
    </message>
    <message>
        <source>The ZIP file %1 could not be completed.</source>
        <translation>The ZIP file %1 could not be completed.</translation>
    </message>
</context>
</TS>
