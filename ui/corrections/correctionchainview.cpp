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

void CorrectionChainView::retranslateUi()
{
    setVisible(!m_chain.isEmpty());
    QStringList parts;
    if (m_chain.origin)
        parts.append(tr("Corrects invoice %1.").arg(anchor(*m_chain.origin)));
    QStringList corrections;
    for (const CorrectionChain::Link &link : std::as_const(m_chain.corrections)) {
        QString text = anchor(link);
        if (link.kind)
            text += QStringLiteral(" (") + kindText(*link.kind)
                + (link.finished ? QString() : QStringLiteral(", ") + tr("not confirmed yet"))
                + QLatin1Char(')');
        corrections.append(text);
    }
    if (!corrections.isEmpty())
        parts.append(tr("Corrected by %1.").arg(corrections.join(QStringLiteral(", "))));
    setText(parts.join(QStringLiteral("<br>")));
}

} // namespace einvoice
