#include "scriptedquestions.h"

#include <QPrinter>

namespace einvoice::test {

bool ScriptedQuestions::confirm(QWidget *, const Confirmation &question)
{
    asked.append(question);
    return answer;
}

QString ScriptedQuestions::openFile(QWidget *, const FileChoice &choice)
{
    fileChoices.append(choice);
    return openPath;
}

QString ScriptedQuestions::askSaveFile(QWidget *, const FileChoice &choice)
{
    fileChoices.append(choice);
    return savePath;
}

std::optional<QList<int>> ScriptedQuestions::decide(QWidget *, const Decisions &question)
{
    decided.append(question);
    if (!decisions)
        return std::nullopt;
    QList<int> chosen = *decisions;
    chosen.resize(question.items.size(), 0);
    return chosen;
}

QString ScriptedQuestions::chooseFolder(QWidget *, const FileChoice &choice)
{
    fileChoices.append(choice);
    return folder;
}

bool ScriptedQuestions::choosePrinter(QWidget *, QPrinter *printer)
{
    if (printFile.isEmpty())
        return false;
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(printFile);
    return true;
}

bool ScriptedQuestions::previewPrint(
    QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint)
{
    ++previews;
    if (!choosePrinter(parent, printer))
        return false;
    paint(printer);
    return true;
}

void ScriptedQuestions::inform(QWidget *, const QString &, const QString &text)
{
    informed.append(text);
}

void ScriptedQuestions::warn(QWidget *, const QString &, const QString &text)
{
    warned.append(text);
}

void ScriptedQuestions::showFolder(const QString &path)
{
    shownFolders.append(path);
}

} // namespace einvoice::test
