#include "widgetquestions.h"

#include "decisionsdialog.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUrl>

namespace einvoice {

Questions &Questions::orDefault(Questions *questions)
{
    static WidgetQuestions widgets;
    return questions ? *questions : widgets;
}

bool WidgetQuestions::confirm(QWidget *parent, const Confirmation &question)
{
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmation"));
    QPushButton *accept = box.addButton(question.acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(
        question.rejectLabel.isEmpty() ? tr("Cancel") : question.rejectLabel, QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString WidgetQuestions::openFile(QWidget *parent, const FileChoice &choice)
{
    return QFileDialog::getOpenFileName(parent, choice.title, choice.path, choice.filter);
}

QString WidgetQuestions::askSaveFile(QWidget *parent, const FileChoice &choice)
{
    return QFileDialog::getSaveFileName(parent, choice.title, choice.path, choice.filter);
}

std::optional<QList<int>> WidgetQuestions::decide(QWidget *parent, const Decisions &decisions)
{
    DecisionsDialog dialog(decisions, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choices();
}

QString WidgetQuestions::chooseFolder(QWidget *parent, const FileChoice &choice)
{
    return QFileDialog::getExistingDirectory(parent, choice.title, choice.path);
}

bool WidgetQuestions::choosePrinter(QWidget *parent, QPrinter *printer)
{
    QPrintDialog dialog(printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool WidgetQuestions::previewPrint(
    QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint)
{
    QPrintPreviewDialog dialog(printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    return dialog.exec() == QDialog::Accepted;
}

void WidgetQuestions::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetQuestions::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void WidgetQuestions::showFolder(const QString &folder)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace einvoice
