#pragma once

#include "core/enums.h"

#include <QString>

namespace einvoice {

// Where downloaded PDFs and XMLs are cached: <root>/<environment>/<pdf|xml>/<reference>.<ext>.
// The root defaults to <AppDataLocation>/files; tests pass their own. Environment ids and
// reference codes are turned into safe file names ("custom:https://h" -> "custom-https---h-<hash>").
class FileCachePaths
{
public:
    FileCachePaths();
    explicit FileCachePaths(QString root);

    QString root() const { return m_root; }
    QString environmentDirectory(const QString &environment) const;
    QString directory(const QString &environment, FileType type) const;
    QString filePath(const QString &environment, const QString &referenceCode, FileType type) const;
    // The cached file when it exists and is not empty; empty string otherwise.
    QString existingFile(const QString &environment, const QString &referenceCode, FileType type) const;
    // Creates the directory for the type; false when that failed.
    bool ensureDirectory(const QString &environment, FileType type) const;

    // A name made only of [A-Za-z0-9._-]: the text itself when already safe, otherwise a readable
    // prefix plus a short hash, so that distinct texts never share a name.
    static QString safeName(const QString &text);
    static QString defaultRoot();

private:
    QString m_root;
};

} // namespace einvoice
