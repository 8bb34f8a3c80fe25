#pragma once

#include "validationissue.h"

namespace einvoice {

// Collects issues; every message is a source text of the "einvoice::Validation" context.
class ValidationIssueList
{
public:
    void error(const QString &field, const char *message, const QStringList &arguments = {})
    {
        m_issues.append({ValidationIssue::Severity::Error, field, message, arguments});
    }
    void warning(const QString &field, const char *message, const QStringList &arguments = {})
    {
        m_issues.append({ValidationIssue::Severity::Warning, field, message, arguments});
    }
    ValidationIssues take() { return std::move(m_issues); }

private:
    ValidationIssues m_issues;
};

} // namespace einvoice
