#include "correctionchainview.h"

#include "core/correctionreference.h"

#include <QEvent>

namespace einvoice {

CorrectionChainView::CorrectionChainView(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("correctionChain"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QLabel::linkActivated, this, &CorrectionChainView::invoiceRequested);
    clearChain();
}

QString CorrectionChainView::kindText(CorrectionKind kind)
{
    switch (kind) {
    case CorrectionKind::Replace:
        return tr("replacement");
    case CorrectionKind::Increase:
        return tr("increase adjustment");
    case CorrectionKind::Decrease:
        return tr("decrease adjustment");
    case CorrectionKind::Combined:
        return tr("increase and decrease adjustment");
    case CorrectionKind::Info:
        return tr("information adjustment");
    }
    return {};
}

void CorrectionChainView::showChain(const CorrectionChain &chain)
{
    m_chain = chain;
    retranslateUi();
}

void CorrectionChainView::clearChain()
{
    showChain({});
}

void CorrectionChainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

QString CorrectionChainView::anchor(const CorrectionChain::Link &link)
{
    const QString shown = link.invoiceNumber.isEmpty() || link.invoiceNumber == QLatin1String("0")
        ? link.referenceCode
        : printedInvoiceNumber(link.invoiceNumber);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(link.referenceCode.toHtmlEscaped(), shown.toHtmlEscaped());
}

// The invoice date as the invoice list shows it, in either language.
QString CorrectionChainView::dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

void CorrectionChainView::retranslateUi()
{
    setVisible(!m_chain.isEmpty());
    QStringList parts;
    if (m_chain.origin)
        parts.append(m_chain.origin->date.isValid()
                ? tr("Corrects invoice %1 of %2.")
                      .arg(anchor(*m_chain.origin), dateText(m_chain.origin->date))
                : tr("Corrects invoice %1.").arg(anchor(*m_chain.origin)));
    QStringList corrections;
    for (const CorrectionChain::Link &link : std::as_const(m_chain.corrections)) {
        // "0000124 (replacement, 04/12/2026, not confirmed yet)": what, when, and whether it is certain.
        QStringList about;
        if (link.kind)
            about.append(kindText(*link.kind));
        if (link.date.isValid())
            about.append(dateText(link.date));
        if (link.kind && !link.finished)
            about.append(tr("not confirmed yet"));
        QString text = anchor(link);
        if (!about.isEmpty())
            text += QStringLiteral(" (") + about.join(QStringLiteral(", ")) + QLatin1Char(')');
        corrections.append(text);
    }
    if (!corrections.isEmpty())
        parts.append(tr("Corrected by %1.").arg(corrections.join(QStringLiteral(", "))));
    setText(parts.join(QStringLiteral("<br>")));
}

} // namespace einvoice
