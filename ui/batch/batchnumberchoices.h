#pragma once

#include "batch/batchcolumns.h"
#include "batch/batchtypes.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace einvoice {

// The decimal separator of each number column whose cells read two ways (issue 14.1): per column
// its first such cell, the lines concerned, and a choice between the two readings ("12 345" or
// "12.345"). A column stays listed after its choice so that it can be changed. The batch page
// sends nothing while a listed column has no choice.
class BatchNumberChoices : public QWidget
{
    Q_OBJECT

public:
    explicit BatchNumberChoices(QWidget *parent = nullptr);

    // Lists the columns of this import that need a choice, and those already chosen.
    void showImport(const BatchImport &batch);
    // A new file: every choice is forgotten.
    void clear();
    QHash<BatchColumn, QChar> choices() const { return m_choices; }
    int unchosenCount() const;

Q_SIGNALS:
    void choicesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Column
    {
        BatchColumn column;
        QString header; // the file's header text of the column
        AmbiguousNumber example;
        QList<int> lines;
    };

    void rebuild();
    void updateIntro();
    void addRow(int row, const Column &column);

    QList<Column> m_columns;
    QHash<BatchColumn, QChar> m_choices;
    QLabel *m_intro;
    QGridLayout *m_grid;
};

} // namespace einvoice
