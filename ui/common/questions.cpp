#include "questions.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace einvoice {

QString Questions::saveFile(QWidget *parent, const FileChoice &choice)
{
    FileChoice asked = choice;
    asked.path = QDir(saveFolder()).filePath(QFileInfo(choice.path).fileName());
    const QString chosen = askSaveFile(parent, asked);
    if (!chosen.isEmpty())
        m_saveFolder = QFileInfo(chosen).absolutePath();
    return chosen;
}

QString Questions::saveFolder() const
{
    if (!m_saveFolder.isEmpty())
        return m_saveFolder;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return !downloads.isEmpty() && QDir(downloads).exists() ? downloads : QDir::homePath();
}

} // namespace einvoice
