#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace einvoice {

// Which sheet of a workbook the batch page reads (issue 20): shown only for a workbook with more
// than one visible sheet, preselected to the sheet the reader picked (the first with the
// template's header); choosing another asks the page to read that one.
class BatchSheetPicker : public QWidget
{
    Q_OBJECT

public:
    explicit BatchSheetPicker(QWidget *parent = nullptr);

    // `sheets`: the workbook's visible sheets, in tab order (none for a CSV file); `current`: the
    // one read, or empty when none could be.
    void showSheets(const QStringList &sheets, const QString &current);
    QString currentSheet() const;

Q_SIGNALS:
    void sheetChosen(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QComboBox *m_combo;
};

} // namespace einvoice
