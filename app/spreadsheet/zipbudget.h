#pragma once

#include <QtGlobal>

namespace einvoice {

// The number of uncompressed bytes a workbook may still produce. One budget is shared by every
// part read from one file, so many small parts cannot add up to a zip bomb either.
class ZipBudget
{
public:
    explicit ZipBudget(qint64 limit) : m_limit(limit) { }

    // Spends `bytes`; false (and spent stays over the limit) once the limit is passed.
    bool spend(qint64 bytes)
    {
        m_spent += bytes;
        return m_spent <= m_limit;
    }
    bool exceeded() const { return m_spent > m_limit; }
    qint64 limit() const { return m_limit; }
    qint64 spent() const { return m_spent; }

private:
    qint64 m_limit = 0;
    qint64 m_spent = 0;
};

} // namespace einvoice
