#pragma once

#include <QByteArray>
#include <QString>

namespace einvoice {

// A data file of core's resources (":/core/<name>": legal-rules.json, field-limits.json); empty,
// with a critical log line, when it cannot be read.
QByteArray readCoreResource(const QString &name);

} // namespace einvoice
