#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPrinter;
class QWidget;

namespace einvoice {

// Every question the app asks the user in a dialog, what it tells them in one, and its two
// hand-offs to the desktop, behind one seam: the shell, the settings dialog and every page ask
// through it. WidgetQuestions shows the real message boxes and file dialogs; GUI tests answer
// through ScriptedQuestions (tests/support) and never see a modal dialog.
class Questions
{
public:
    // A yes/no question. Cancel is the default button, so Enter never says yes.
    struct Confirmation
    {
        QString title;
        QString text;
        QString acceptLabel; // the button that says yes, e.g. "Switch to Production"
        QString rejectLabel = {}; // the default button, e.g. "Go back"; empty: "Cancel"
    };
    struct FileChoice
    {
        QString title;
        // saveFile(): the suggested file name in the UI language ("hoa-don.xlsx"), which the
        // dialog offers in the save folder; openFile() and chooseFolder(): the file or folder to
        // start in.
        QString path;
        QString filter; // "CSV files (*.csv)"; empty for folders
    };

    // One decision per item, asked together: a table of the items (e.g. the invoices of a batch
    // that were sent before with other content) and, per item, its choices. The first choice of
    // each item is the default and must be the safe one.
    struct Decisions
    {
        struct Item
        {
            QStringList cells; // one per column
            QStringList choices;
            QString note; // shown on the choices, e.g. why one is missing
        };
        QString title;
        QString text;
        QStringList columns;
        QList<Item> items;
        QString acceptLabel; // e.g. "Send the rest"
        QString rejectLabel; // e.g. "Send nothing"
    };

    virtual ~Questions() = default;

    // True when the user accepted.
    virtual bool confirm(QWidget *parent, const Confirmation &question) = 0;
    // The chosen path, or empty when cancelled.
    virtual QString openFile(QWidget *parent, const FileChoice &choice) = 0;
    // Asks where to save the file named choice.path, in the folder the user last saved to in this
    // session, else in their Downloads folder.
    QString saveFile(QWidget *parent, const FileChoice &choice);
    virtual QString chooseFolder(QWidget *parent, const FileChoice &choice) = 0;
    // The index of the chosen choice for each item, or nullopt when the user cancelled.
    virtual std::optional<QList<int>> decide(QWidget *parent, const Decisions &decisions) = 0;
    // Asks which printer and sets printer up for it; false when cancelled.
    virtual bool choosePrinter(QWidget *parent, QPrinter *printer) = 0;
    // Shows what paint draws on printer in a print preview, from where the user prints it (one
    // job) or not; true when it was printed.
    virtual bool previewPrint(
        QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint)
        = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // Shows a folder in the desktop's file manager.
    virtual void showFolder(const QString &folder) = 0;

    // questions, or the message boxes and file dialogs when none was handed in.
    static Questions &orDefault(Questions *questions);

protected:
    // The save dialog itself; choice.path is the whole suggested path.
    virtual QString askSaveFile(QWidget *parent, const FileChoice &choice) = 0;

private:
    QString saveFolder() const;

    QString m_saveFolder; // where the user saved last in this session
};

} // namespace einvoice
