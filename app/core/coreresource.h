#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

namespace einvoice {

Q_DECLARE_LOGGING_CATEGORY(lcCore)

// A data file of core's resources (":/core/<name>": legal-rules.json, field-limits.json); empty,
// with a critical log line, when it cannot be read.
QByteArray readCoreResource(const QString &name);

} // namespace einvoice
