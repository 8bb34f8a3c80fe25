#pragma once

#include <QIODevice>

namespace einvoice {

class ZipBudget;

// A read-only view of another device (an inflating zip entry) that stops with a read error as
// soon as the shared ZipBudget is spent, so a parser reading from it never holds more than its
// own buffer however much the entry would inflate to.
class BudgetedDevice : public QIODevice
{
public:
    BudgetedDevice(QIODevice *source, ZipBudget *budget);

    bool isSequential() const override { return true; }
    bool budgetExceeded() const { return m_budgetExceeded; }
    bool sourceFailed() const { return m_sourceFailed; }
    qint64 budgetLimit() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QIODevice *m_source = nullptr;
    ZipBudget *m_budget = nullptr;
    bool m_budgetExceeded = false;
    bool m_sourceFailed = false;
};

} // namespace einvoice
