#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace einvoice {

// The open points of the correction contract where two readings differ (sepay-api.md appendix,
// emulator additions 11-12, open questions 25-28). The server follows one reading of each at a
// time; POST /_sandbox/settings switches them, so that a client can be tested against both.
//
//   replace_check_path   "replace" (default): replace jobs are checked at
//                        /v1/invoices/replace/check/{tc}; "create": at /v1/invoices/create/check/{tc}
//   adjust_check_path    "adjust" (default) or "create", likewise for adjust jobs
//   decrease_sign        "negative" (default): a decrease adjustment's lines carry negative
//                        amounts; "positive": positive amounts, the sign comes from the type
//   correction_tracking_base   test hook: the base URL of the tracking_url the two correction
//                        endpoints answer with; empty (default): the server's own
// A job is served only at the check path its reading names; the other path answers 404.
struct CorrectionReadings
{
    enum class DecreaseSign { Negative, Positive };

    QString replaceCheck = QStringLiteral("replace");
    QString adjustCheck = QStringLiteral("adjust");
    DecreaseSign decreaseSign = DecreaseSign::Negative;
    QString trackingBase;

    // Applies one settings key. False when the key is not one of these; then *bad is unchanged.
    // *bad is set when the key is one of these but its value is not allowed.
    bool apply(const QString &key, const QJsonValue &value, bool *bad);
    void addTo(QJsonObject &settings) const;
    // The check path segment that serves jobs of this kind ("create", "issue", "replace", "adjust").
    QString checkSegmentOf(const QString &jobKind) const;
};

} // namespace einvoice
