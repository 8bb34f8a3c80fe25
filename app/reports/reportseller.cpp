#include "reportseller.h"

#include "core/taxcode.h"
#include "settings/appsettings.h"
#include "store/filecachepaths.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace einvoice {

namespace {

constexpr qint64 MaxXmlBytes = 4 * 1024 * 1024; // an invoice XML is a few kB; its signature some more
constexpr int MaxFilesRead = 20; // the newest ones: a damaged file does not hide the others

void readSeller(QXmlStreamReader &xml, SellerProfile &seller)
{
    while (xml.readNextStartElement()) {
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (xml.name() == QLatin1String("Ten"))
            seller.name = value;
        else if (xml.name() == QLatin1String("MST"))
            seller.taxCode = value;
        else if (xml.name() == QLatin1String("DChi"))
            seller.address = value;
    }
}

} // namespace

SellerProfile ReportSeller::fromInvoiceXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    SellerProfile seller;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("NBan")) {
            readSeller(xml, seller);
            break;
        }
    }
    return xml.hasError() ? SellerProfile() : seller;
}

SellerProfile ReportSeller::fromDownloadedXml(const QString &directory)
{
    const QFileInfoList files
        = QDir(directory).entryInfoList({QStringLiteral("*.xml")}, QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo &info : files.mid(0, MaxFilesRead)) {
        QFile file(info.filePath());
        if (info.size() > MaxXmlBytes || !file.open(QIODevice::ReadOnly))
            continue;
        if (const SellerProfile seller = fromInvoiceXml(file.readAll()); isUsable(seller))
            return seller;
    }
    return {};
}

// Only a seller the Settings dialog would accept is kept (a damaged file's is not).
bool ReportSeller::isUsable(const SellerProfile &seller)
{
    return !seller.name.isEmpty() && TaxCode::check(seller.taxCode).isValid();
}

void ReportSeller::learn(AppSettings &settings, const QString &environment, const SellerProfile &seller)
{
    if (isUsable(seller) && settings.seller(environment).isEmpty())
        settings.setSeller(environment, seller);
}

SellerProfile ReportSeller::known(
    AppSettings &settings, const QString &environment, const FileCachePaths &files)
{
    const SellerProfile set = settings.seller(environment);
    if (!set.isEmpty())
        return set;
    const SellerProfile found = learned(environment, files);
    if (!found.isEmpty())
        settings.setSeller(environment, found);
    return found;
}

SellerProfile ReportSeller::learned(const QString &environment, const FileCachePaths &files)
{
    return fromDownloadedXml(files.directory(environment, FileType::Xml));
}

QString ReportSeller::headerLine(const SellerProfile &seller)
{
    QStringList parts;
    if (!seller.name.isEmpty())
        parts.append(seller.name);
    if (!seller.taxCode.isEmpty())
        parts.append(tr("Tax code %1").arg(seller.taxCode));
    if (!seller.address.isEmpty())
        parts.append(seller.address);
    return parts.join(QStringLiteral(" – "));
}

QString ReportSeller::testDataNote(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Production:
        return {};
    case EnvironmentKind::Demo:
        return tr("DEMO: sample data");
    case EnvironmentKind::Sandbox:
        return tr("SANDBOX: test data");
    case EnvironmentKind::Custom:
        return tr("CUSTOM SERVER: not SePay Production");
    }
    return {};
}

QString ReportSeller::incompleteNote(const Completeness &completeness)
{
    if (completeness.complete())
        return {};
    return tr("INCOMPLETE: %1 of %n invoice(s) of the period not fetched yet; figures may change", nullptr,
        completeness.invoices)
        .arg(completeness.waitingDetail + completeness.waitingXml);
}

QString ReportSeller::pageHeader(EnvironmentKind kind, const Completeness &completeness,
    const QString &period, const QStringList &sellerLines)
{
    constexpr int LineChars = 120;
    QStringList parts {testDataNote(kind), period};
    parts.append(sellerLines);
    parts.removeAll(QString());
    QStringList lines {parts.join(QStringLiteral(" – ")).left(LineChars), incompleteNote(completeness)};
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace einvoice
