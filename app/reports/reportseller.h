#pragma once

#include "core/environmentid.h"
#include "reportfigures.h"
#include "settings/sellerprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace einvoice {

class AppSettings;
class FileCachePaths;

// The seller a printed or exported report names (issue 19): the user's company in the environment.
// The API has no seller fields; an issued invoice's XML has them (NDHDon/NBan: Ten, MST, DChi, as
// the provider signed them). The user's setting wins; until there is one, the newest invoice XML
// the app downloaded in the environment gives it, and it is kept in the settings, where the user
// sees and corrects it.
class ReportSeller
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::ReportSeller)

public:
    // The seller block of an invoice XML; empty when the XML has none or cannot be read.
    static SellerProfile fromInvoiceXml(const QByteArray &xml);
    static SellerProfile known(
        AppSettings &settings, const QString &environment, const FileCachePaths &files);
    // The seller of the newest usable invoice XML downloaded in `environment`, without keeping it:
    // what the Settings dialog offers while the environment has none.
    static SellerProfile learned(const QString &environment, const FileCachePaths &files);
    // Keeps `seller` (read from an invoice XML just fetched) while the environment has none; only
    // one the Settings dialog would accept.
    static void learn(AppSettings &settings, const QString &environment, const SellerProfile &seller);
    // "Công ty A – Tax code 0312345678 – 1 Lê Lợi, TP.HCM", the parts that are known; empty for none.
    static QString headerLine(const SellerProfile &seller);
    // What a report's header says outside Production ("SANDBOX: test data"): on paper a test report
    // under the company's name would pass for its real sales. Empty for Production.
    static QString testDataNote(EnvironmentKind kind);
    // What every export, printout and the CLI's output of a period not fully fetched says, like the
    // test-data note ("INCOMPLETE: 12 of 40 invoices not fetched yet; figures may change"): in a
    // file or on paper nothing says "waiting" later. Empty when the period is complete.
    static QString incompleteNote(const Completeness &completeness);
    // The header of an exported workbook's pages: a line of at most 120 characters where the
    // test-data note and the period come before the seller, so that a long name or address is
    // what gets cut; then, on a line of its own, the incomplete note.
    static QString pageHeader(EnvironmentKind kind, const Completeness &completeness, const QString &period,
        const QStringList &sellerLines);

private:
    static SellerProfile fromDownloadedXml(const QString &directory);
    static bool isUsable(const SellerProfile &seller);
};

} // namespace einvoice
