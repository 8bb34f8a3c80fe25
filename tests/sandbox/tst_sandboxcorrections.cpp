// The sandbox's replace and adjust endpoints (sepay-api.md appendix B, C; emulator additions
// 11-12): the origin rules R1-R7 / A1-A5 with their error envelopes, the request refusals, and
// the state changes once a job settles.

#include "correctionsandbox.h"

#include <QJsonDocument>
#include <QTest>

using namespace testpayloads;

namespace {

enum class Origin {
    Issued,
    Draft,
    Unknown,
    OtherAccount,
    Cancelled,
    NotAccepted,
    Replaced,
    Replacement,
    Adjusted,
    Adjustment,
    ReplacementPending,
    AdjustmentPending,
};

int documentTypeFor(const QString &kind)
{
    static const QHash<QString, int> types {{QStringLiteral("replace"), 4}, {QStringLiteral("increase"), 6},
        {QStringLiteral("decrease"), 7}, {QStringLiteral("info"), 8}, {QStringLiteral("combined"), 9}};
    return types.value(kind);
}

} // namespace

Q_DECLARE_METATYPE(Origin)

class SandboxCorrectionsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CorrectionSandbox> m_sandbox;

    CorrectionSandbox &sb() { return *m_sandbox; }

    // A correction of `origin` of this kind, with lines whose signs fit it.
    static QJsonObject correctionOf(const QString &origin, const QString &reference, const QString &kind)
    {
        if (kind == QLatin1String("replace"))
            return CorrectionSandbox::replacement(origin, reference);
        const bool down = kind == QLatin1String("decrease");
        return CorrectionSandbox::adjustment(origin, reference, kind, down ? -1 : 1, 150000);
    }

    // Puts invoice "O" (or the one returned) in the state a row names.
    QString prepare(Origin origin, const QString &providerStatus)
    {
        const QString o = QStringLiteral("O");
        if (origin == Origin::Unknown)
            return QStringLiteral("NOPE");
        if (origin == Origin::Draft) {
            const auto accepted
                = sb().client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(o, true));
            sb().client->pollUntilDone(CorrectionSandbox::pathOf(accepted));
            return o;
        }
        [&] {
            QVERIFY(sb().issue(o));
        }();
        switch (origin) {
        case Origin::Cancelled:
            sb().change(o, {{QStringLiteral("cancelled"), true}});
            break;
        case Origin::NotAccepted:
            sb().change(o, {{QStringLiteral("provider_status"), providerStatus}});
            break;
        case Origin::Replaced:
        case Origin::Replacement:
            sb().sendAndSettle(CorrectionSandbox::replacement(o, QStringLiteral("R1")));
            return origin == Origin::Replaced ? o : QStringLiteral("R1");
        case Origin::Adjusted:
        case Origin::Adjustment:
            sb().sendAndSettle(correctionOf(o, QStringLiteral("A1"), QStringLiteral("increase")));
            return origin == Origin::Adjusted ? o : QStringLiteral("A1");
        case Origin::ReplacementPending:
        case Origin::AdjustmentPending:
            sb().settings({{QStringLiteral("job_pending_polls"), 5}});
            sb().send(origin == Origin::ReplacementPending
                    ? CorrectionSandbox::replacement(o, QStringLiteral("P1"))
                    : correctionOf(o, QStringLiteral("P1"), QStringLiteral("increase")));
            break;
        default:
            break;
        }
        return o;
    }

private Q_SLOTS:
    void init() { m_sandbox = std::make_unique<CorrectionSandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    void originRules_data()
    {
        QTest::addColumn<Origin>("origin");
        QTest::addColumn<QString>("providerStatus");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status"); // 200: accepted, and the job succeeds
        QTest::addColumn<QString>("code");
        const auto row = [](const QString &name, Origin origin, const char *kind, int status,
                             const char *code, const char *providerStatus = "") {
            QTest::newRow(qPrintable(name))
                << origin << QString::fromLatin1(providerStatus) << QString::fromLatin1(kind) << status
                << QString::fromLatin1(code);
        };
        const char *ok = "";
        for (const char *kind : {"replace", "increase", "decrease", "combined", "info"})
            row(QStringLiteral("issued, accepted: %1").arg(QLatin1String(kind)), Origin::Issued, kind, 200,
                ok);
        for (const char *kind : {"replace", "increase"}) {
            const QString k = QLatin1String(kind);
            const auto name = [&k](const char *what) -> QString {
                return k + QStringLiteral(": ") + QLatin1String(what);
            };
            row(name("R1 unknown origin"), Origin::Unknown, kind, 404, "ORIGINAL_INVOICE_NOT_FOUND");
            row(name("R1 another account"), Origin::OtherAccount, kind, 404,
                "ORIGINAL_INVOICE_ACCOUNT_MISMATCH");
            row(name("R2 draft"), Origin::Draft, kind, 422, "ORIGINAL_INVOICE_NOT_ISSUED");
            row(name("R4 cancelled"), Origin::Cancelled, kind, 422, "ORIGINAL_INVOICE_CANCELLED");
            row(name("R4/R5 replaced"), Origin::Replaced, kind, 422, "ORIGINAL_INVOICE_ALREADY_REPLACED");
            row(name("R6 a replacement"), Origin::Replacement, kind, 200, ok);
            row(name("R7/A5 adjusted"), Origin::Adjusted, kind, 200, ok);
            row(name("R3/A3 an adjustment"), Origin::Adjustment, kind, 422, "ORIGINAL_INVOICE_IS_ADJUSTMENT");
            row(name("replacement pending"), Origin::ReplacementPending, kind, 409,
                "ORIGINAL_INVOICE_IN_PROGRESS");
        }
        row(QStringLiteral("replace: adjustment pending"), Origin::AdjustmentPending, "replace", 409,
            "ORIGINAL_INVOICE_IN_PROGRESS");
        row(QStringLiteral("increase: adjustment pending (A5)"), Origin::AdjustmentPending, "increase", 200,
            ok);
        for (const char *status : {"1", "2", "3", "5", "6", "7", "8", "9"}) {
            row(QStringLiteral("R2 provider status %1").arg(QLatin1String(status)), Origin::NotAccepted,
                "replace", 422, "ORIGINAL_INVOICE_NOT_ACCEPTED", status);
        }
        row(QStringLiteral("A2 provider status 5"), Origin::NotAccepted, "decrease", 422,
            "ORIGINAL_INVOICE_NOT_ACCEPTED", "5");
    }

    void originRules()
    {
        QFETCH(Origin, origin);
        QFETCH(QString, providerStatus);
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString originCode = prepare(origin, providerStatus);
        const int originTypeBefore = sb().state(originCode).value(QLatin1String("document_type")).toInt();
        const qint64 quotaBefore = sb().quota();
        QJsonObject payload = correctionOf(originCode, QStringLiteral("NEW"), kind);
        if (origin == Origin::OtherAccount) {
            payload.insert(QStringLiteral("provider_account_id"), ApprovedAccount);
            payload.insert(QStringLiteral("invoice_series"),
                QString(QStringLiteral("C") + yearDigits() + QStringLiteral("TVT")));
        }
        const auto answer = sb().send(payload);
        QCOMPARE(answer.status, status);
        if (status != 200) {
            // The documented error envelope; nothing stored, nothing taken.
            QCOMPARE(answer.json.value(QLatin1String("success")).toBool(true), false);
            QCOMPARE(answer.errorCode(), code);
            QVERIFY(!answer.errorMessage().isEmpty());
            QCOMPARE(sb().client->admin("GET", QStringLiteral("/_sandbox/invoices/NEW")).status, 404);
            QCOMPARE(sb().quota(), quotaBefore);
            if (origin != Origin::Unknown)
                QCOMPARE(
                    sb().state(originCode).value(QLatin1String("document_type")).toInt(), originTypeBefore);
            return;
        }
        const auto done = sb().client->pollUntilDone(CorrectionSandbox::pathOf(answer));
        QCOMPARE(CorrectionSandbox::status(done), QStringLiteral("Success"));
        QCOMPARE(sb().state(QStringLiteral("NEW")).value(QLatin1String("document_type")).toInt(),
            documentTypeFor(kind));
        QCOMPARE(sb().state(originCode).value(QLatin1String("document_type")).toInt(),
            kind == QLatin1String("replace") ? 5 : 10);
    }

    void requestRefusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // named in the message of a 400
        const auto row = [](const char *name, const char *kind, const char *change, int status,
                             const char *code, const char *field = "") {
            QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(change) << status
                                << QString::fromLatin1(code) << QString::fromLatin1(field);
        };
        row("replace: no original code", "replace", "no-origin", 400, "BAD_REQUEST",
            "original_invoice_reference_code");
        row("adjust: no original code", "increase", "no-origin", 400, "BAD_REQUEST",
            "original_invoice_reference_code");
        row("replace: as a draft", "replace", "draft", 400, "BAD_REQUEST", "is_draft");
        row("adjust: no adjustment_type", "increase", "no-type", 400, "BAD_REQUEST", "adjustment_type");
        row("adjust: adjustment_type replace", "increase", "type-replace", 400, "BAD_REQUEST",
            "adjustment_type");
        row("replace: missing buyer", "replace", "no-buyer", 400, "BAD_REQUEST", "buyer");
        row("replace: reference code taken", "replace", "taken", 409, "EINVOICE_DOCUMENT_EXISTED");
        row("adjust: reference code taken", "decrease", "taken", 409, "EINVOICE_DOCUMENT_EXISTED");
        row("replace: dated before the origin", "replace", "early", 422, "INVOICE_DATE_BEFORE_ORIGINAL");
        row("info: with an amount", "info", "money", 422, "ADJUSTMENT_LINES_NOT_ALLOWED");
        row("increase: a negative line", "increase", "negative", 422, "ADJUSTMENT_SIGN_MISMATCH");
        row("decrease: a positive line", "decrease", "positive", 422, "ADJUSTMENT_SIGN_MISMATCH");
        row("replace: quota used up", "replace", "no-quota", 403, "QUOTA_EXCEEDED");
        row("adjust: quota used up", "combined", "no-quota", 403, "QUOTA_EXCEEDED");
        row("replace: no token", "replace", "no-token", 401, "UNAUTHORIZED");
    }

    void requestRefusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QVERIFY(sb().issue(QStringLiteral("O"), 86400)); // yesterday
        QVERIFY(sb().issue(QStringLiteral("TAKEN")));
        QJsonObject payload = correctionOf(QStringLiteral("O"), QStringLiteral("NEW"), kind);
        QJsonObject line = payload.value(QLatin1String("items")).toArray().first().toObject();
        if (change == QLatin1String("no-origin"))
            payload.remove(QStringLiteral("original_invoice_reference_code"));
        else if (change == QLatin1String("draft"))
            payload.insert(QStringLiteral("is_draft"), true);
        else if (change == QLatin1String("no-type"))
            payload.remove(QStringLiteral("adjustment_type"));
        else if (change == QLatin1String("type-replace"))
            payload.insert(QStringLiteral("adjustment_type"), QStringLiteral("replace"));
        else if (change == QLatin1String("no-buyer"))
            payload.remove(QStringLiteral("buyer"));
        else if (change == QLatin1String("taken"))
            payload.insert(QStringLiteral("reference_code"), QStringLiteral("TAKEN"));
        else if (change == QLatin1String("early"))
            payload.insert(QStringLiteral("issued_date"), issuedDate(2 * 86400));
        else if (change == QLatin1String("no-quota"))
            sb().client->admin(
                "POST", QStringLiteral("/_sandbox/quota"), {{QStringLiteral("quota_remaining"), 0}});
        if (change == QLatin1String("money") || change == QLatin1String("negative")
            || change == QLatin1String("positive")) {
            line = QJsonObject {{QStringLiteral("line_number"), 1}, {QStringLiteral("line_type"), 1},
                {QStringLiteral("item_name"), QStringLiteral("Bàn")},
                {QStringLiteral("quantity"), change == QLatin1String("negative") ? -1 : 1},
                {QStringLiteral("unit_price"), 1000}, {QStringLiteral("tax_rate"), 10}};
            payload.insert(QStringLiteral("items"), QJsonArray {line});
        }
        const bool adjusting = kind != QLatin1String("replace");
        const QString path
            = adjusting ? QStringLiteral("/v1/invoices/adjust") : QStringLiteral("/v1/invoices/replace");
        const auto answer = change == QLatin1String("no-token")
            ? sb().client->call("POST", path, QJsonDocument(payload).toJson())
            : sb().client->post(path, payload);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), code);
        if (!field.isEmpty())
            QVERIFY2(answer.errorMessage().contains(field), qPrintable(answer.errorMessage()));
        QCOMPARE(sb().client->admin("GET", QStringLiteral("/_sandbox/invoices/NEW")).status, 404);
        QCOMPARE(sb().state(QStringLiteral("O")).value(QLatin1String("document_type")).toInt(), 2);
    }

    void endpoints_answerOtherMethodsWith405()
    {
        const auto answer = sb().client->get(QStringLiteral("/v1/invoices/replace"));
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.errorCode(), QStringLiteral("METHOD_NOT_ALLOWED"));
        QCOMPARE(sb().client->get(QStringLiteral("/v1/invoices/adjust")).status, 405);
    }
};

QTEST_GUILESS_MAIN(SandboxCorrectionsTest)
#include "tst_sandboxcorrections.moc"
