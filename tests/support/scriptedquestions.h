#pragma once

#include "ui/common/questions.h"

#include <QList>
#include <QStringList>

namespace einvoice::test {

// Answers every question as the test says and records what was asked; no dialog ever opens.
class ScriptedQuestions final : public Questions
{
public:
    bool answer = false; // what confirm() answers
    QString openPath; // what openFile() answers; empty: cancelled
    QString savePath; // what saveFile() answers
    QString folder; // what chooseFolder() answers
    QString printFile; // choosePrinter() and previewPrint() print into this PDF file; empty: cancelled
    int previews = 0; // how many print previews were shown
    // What decide() answers: a choice index per item (missing ones: the first), or nullopt: cancelled.
    std::optional<QList<int>> decisions;

    QList<Confirmation> asked;
    QList<FileChoice> fileChoices;
    QList<Decisions> decided; // every decide() question
    QStringList informed; // the texts of inform() and warn()
    QStringList warned;
    QStringList shownFolders;

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

} // namespace einvoice::test
