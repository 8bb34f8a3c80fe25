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
        <source>%1 — ⚠ %2 — invoices are legal documents</source>
        <translation>%1 — ⚠ %2 — invoices are legal documents</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
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
</context>
<context>
    <name>einvoice::MessageBoxPrompter</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>The credentials could not be saved: %1</translation>
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
</TS>
