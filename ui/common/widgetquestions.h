#pragma once

#include "questions.h"

#include <QCoreApplication>

namespace einvoice {

// The real questions: warning message boxes whose default button is Cancel, the platform's file
// and print dialogs, and the desktop's file manager.
class WidgetQuestions final : public Questions
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::WidgetQuestions)

public:
    bool confirm(QWidget *parent, const Confirmation &question) override;
    QString openFile(QWidget *parent, const FileChoice &choice) override;
    QString chooseFolder(QWidget *parent, const FileChoice &choice) override;
    std::optional<QList<int>> decide(QWidget *parent, const Decisions &decisions) override;
    bool choosePrinter(QWidget *parent, QPrinter *printer) override;
    bool previewPrint(
        QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void showFolder(const QString &folder) override;

protected:
    QString askSaveFile(QWidget *parent, const FileChoice &choice) override;
};

} // namespace einvoice
