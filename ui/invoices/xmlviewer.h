#pragma once

#include <QWidget>

class QAction;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QXmlStreamReader;

namespace einvoice {

class Questions;

// An invoice XML as a readable tree (elements, attributes, text) and as plain text, with save as
// and open folder.
class XmlViewer : public QWidget
{
    Q_OBJECT

public:
    explicit XmlViewer(Questions *questions, QWidget *parent = nullptr);

    // False with errorString() when the file cannot be read or is not well-formed XML (the text
    // is still shown).
    bool open(const QString &path);
    void clear();
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *text() const { return m_text; }

    void saveAs();
    void openFolder();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool buildTree(QXmlStreamReader &reader);
    void retranslateUi();

    Questions *m_questions;
    QAction *m_saveAs = nullptr;
    QAction *m_openFolder = nullptr;
    QTabWidget *m_tabs;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_text;
    QString m_path;
    QString m_error;
};

} // namespace einvoice
