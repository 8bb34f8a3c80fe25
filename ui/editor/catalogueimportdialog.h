#pragma once

#include "editor/catalogueimport.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace einvoice {

class DialogButtons;

// The preview and result of a catalogue import: every row of the file with what importing it
// does (added, updated, unchanged, merged into an earlier row, or rejected with the reason naming
// its row and field). "Import" saves, through `save` (all or nothing; it returns the translated
// error or an empty string), and the dialog then shows what was saved.
class CatalogueImportDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<QString(const CatalogueImportPlan &)>;

    CatalogueImportDialog(const CatalogueImportPlan &plan, Save save, QWidget *parent = nullptr);

    QTableWidget *rowsTable() const { return m_rows; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    bool isSaved() const { return m_saved; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRows();
    void importRows();

    CatalogueImportPlan m_plan;
    Save m_save;
    QLabel *m_summary;
    QTableWidget *m_rows;
    DialogButtons *m_buttons;
    QPushButton *m_import;
    bool m_saved = false;
    QString m_saveError;
};

} // namespace einvoice
