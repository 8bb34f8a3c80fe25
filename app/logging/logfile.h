#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace einvoice {

// An append-only text log that rotates: when the file would grow past maxBytes it becomes
// <name>.1, the older ones shift up, and only `keep` rotated files are kept. Every line passes
// through LogRedactor before it is written. Thread-safe.
class LogFile
{
public:
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;
    static constexpr int defaultKeep = 5;

    explicit LogFile(const QString &directory, qint64 maxBytes = defaultMaxBytes, int keep = defaultKeep);

    // <AppDataLocation>/logs
    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("sepay-einvoice.log"); }

    QString filePath() const;
    QString rotatedFilePath(int index) const;
    void append(const QString &line);
    // The last n lines, oldest first, reaching into the newest rotated file when needed.
    QStringList recentLines(int n) const;

private:
    bool openLocked();
    void rotateLocked();

    QString m_directory;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
    mutable QMutex m_mutex;
};

} // namespace einvoice
