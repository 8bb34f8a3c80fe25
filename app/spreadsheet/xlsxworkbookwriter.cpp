#include "xlsxworkbookwriter.h"

#include "spreadsheetlog.h"
#include "xlsxformats.h"
#include "xlsxsheetwriter.h"
#include "xlsxwritererror.h"

#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <utility>
#include <xlsxwriter.h>

namespace einvoice {

namespace {

using Code = SpreadsheetError::Code;

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter(const QString &targetPath) : m_targetPath(targetPath)
{
    const QFileInfo target(targetPath);
    m_temporary = std::make_unique<QTemporaryFile>(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!m_temporary->open()) {
        fail(m_temporary->errorString());
        return;
    }
    m_temporary->close();
    m_workbook = workbook_new(QFile::encodeName(m_temporary->fileName()).constData());
    if (!m_workbook) {
        fail(QStringLiteral("libxlsxwriter could not start a workbook"));
        return;
    }
    m_formats = std::make_unique<XlsxFormats>(m_workbook);
}

XlsxWorkbookWriter::~XlsxWorkbookWriter()
{
    if (m_workbook)
        lxw_workbook_free(m_workbook); // frees without writing; the temporary file goes with m_temporary
}

bool XlsxWorkbookWriter::fail(const QString &detail)
{
    if (m_error.isOk())
        m_error = SpreadsheetError::make(Code::WriteFailed, QFileInfo(m_targetPath).fileName(), detail);
    return false;
}

XlsxSheetWriter *XlsxWorkbookWriter::addSheet(const QString &name, const QList<XlsxColumn> &columns)
{
    if (!m_workbook || !m_error.isOk())
        return nullptr;
    const QByteArray utf8 = name.toUtf8();
    const lxw_error invalid = workbook_validate_sheet_name(m_workbook, utf8.constData());
    if (invalid != LXW_NO_ERROR) {
        m_error = XlsxWriterError::fromLxw(invalid, name);
        return nullptr;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, utf8.constData());
    if (!sheet) {
        fail(QStringLiteral("libxlsxwriter could not add the sheet"));
        return nullptr;
    }
    m_sheets.push_back(std::make_unique<XlsxSheetWriter>(sheet, name, columns, *m_formats, &m_error));
    return m_error.isOk() ? m_sheets.back().get() : nullptr;
}

bool XlsxWorkbookWriter::commit()
{
    if (!m_workbook || !m_error.isOk())
        return false;
    for (const auto &sheet : m_sheets)
        sheet->finish();
    lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
    const lxw_error closed = workbook_close(workbook); // writes the file and frees the workbook
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    return moveIntoPlace();
}

bool XlsxWorkbookWriter::moveIntoPlace()
{
    const QString temporary = m_temporary->fileName();
    // QTemporaryFile makes the file private (0600); the workbook gets the target's permissions,
    // or those of a new document.
    const QFileInfo target(m_targetPath);
    const QFileDevice::Permissions permissions = target.exists()
        ? target.permissions()
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temporary, permissions);
    if (!syncFile(temporary))
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    // rename(2) replaces the target atomically; QFile::rename would refuse an existing target.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_targetPath).constData())
        != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    m_temporary->setAutoRemove(false);
    qCDebug(lcSpreadsheet) << "wrote" << m_targetPath;
    return true;
}

} // namespace einvoice
