#include "budgeteddevice.h"

#include "zipbudget.h"

namespace einvoice {

namespace {

// Small reads keep the parser's buffer small whatever it asks for.
constexpr qint64 ChunkBytes = 64 * 1024;

} // namespace

BudgetedDevice::BudgetedDevice(QIODevice *source, ZipBudget *budget) : m_source(source), m_budget(budget)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 BudgetedDevice::readData(char *data, qint64 maxSize)
{
    if (m_budgetExceeded || m_sourceFailed)
        return -1;
    const qint64 read = m_source->read(data, qMin(maxSize, ChunkBytes));
    if (read < 0) {
        m_sourceFailed = true;
        setErrorString(m_source->errorString());
        return -1;
    }
    if (!m_budget->spend(read)) {
        m_budgetExceeded = true;
        setErrorString(QStringLiteral("uncompressed size over the limit"));
        return -1;
    }
    return read;
}

qint64 BudgetedDevice::budgetLimit() const
{
    return m_budget->limit();
}

qint64 BudgetedDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace einvoice
