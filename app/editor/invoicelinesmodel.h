#pragma once

#include "core/enums.h"
#include "core/invoice.h"
#include "core/translatedtablemodel.h"
#include "core/validationissue.h"

#include <QHash>
#include <QList>

#include <functional>

namespace einvoice {

// The lines of the invoice being edited, one row per InvoiceLine, columns as in LineColumns.
// Display text is in the UI language's numbers (UiNumbers); editorroles::RawValueRole gives the
// raw values. Edits are read in the same convention (NumberInput). The Amount column shows the
// line's computed net amount (core computeLineAmounts) and edits the stated amount, which only
// trade-discount and promotion lines use. linesChanged() follows every change of content.
class InvoiceLinesModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    explicit InvoiceLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

    // The lines, numbered 1..n in row order, without the blank lines at the end.
    QList<InvoiceLine> lines() const;
    void setLines(const QList<InvoiceLine> &lines);
    const InvoiceLine &line(int row) const { return m_lines.at(row); }

    int appendLine(); // returns the new row
    // Removes a line so that restoreRemovedLine() can put it back; setLines() forgets them.
    bool removeLine(int row);
    int restoreRemovedLine(); // the row it went back to, -1 when none was removed
    bool duplicateLine(int row); // inserts the copy below
    bool moveLine(int from, int to);
    // Fills a row from a catalogue product; unset optional values leave the cell alone.
    void fillLine(int row, const InvoiceLine &values);

    Currency currency() const { return m_currency; }
    void setCurrency(Currency currency);
    bool isVatInvoice() const { return m_vatInvoice; }
    void setVatInvoice(bool vatInvoice);
    // Shows the "items[...]" issues in their cells; other paths are ignored.
    void setIssues(const ValidationIssues &issues);
    // Text typed into a number cell that is not a number: the cell shows it and its value is unset
    // until a number replaces it. One error per such cell ("items[1].quantity"). Such a row shows no
    // amount, and neither does a goods line without a quantity: the totals would read it as 1 (an
    // adjustment does not send it at all).
    ValidationIssues inputIssues() const;
    // True while totals would mislead: a number cell holds text, or a priced goods line has no
    // quantity.
    bool awaitsNumbers() const;

    static QString lineTypeLabel(LineType type);

Q_SIGNALS:
    void linesChanged();

private:
    struct CellIssues
    {
        QStringList texts;
        bool error = false;
    };

    bool isOwnIndex(const QModelIndex &index) const;
    bool rowHasRejectedNumber(int row) const;
    QVariant displayData(const InvoiceLine &line, int column) const;
    QVariant editData(const InvoiceLine &line, int column) const;
    QVariant rawData(const InvoiceLine &line, int column) const;
    QVariant issueData(const QModelIndex &index, int role) const;
    bool isEditable(const InvoiceLine &line, int column) const;
    bool setCell(InvoiceLine &line, int column, const QVariant &value, bool raw);
    bool setNumber(std::optional<Decimal> &target, const QVariant &value, bool raw, int maxDecimals);
    // Forgets the cells' issues and moves the rejected texts with their rows (newRow: -1 drops).
    void clearRowState(const std::function<int(int)> &newRow);
    void emitRowChanged(int row);

    QList<InvoiceLine> m_lines;
    QHash<quint64, CellIssues> m_issues; // key: row << 32 | column
    QHash<quint64, QString> m_rejected; // same key: text that is not a number
    QList<std::pair<int, InvoiceLine>> m_removed; // removed lines and their rows, last on top
    Currency m_currency = Currency::VND;
    bool m_vatInvoice = true;
};

} // namespace einvoice
