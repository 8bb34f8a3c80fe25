#include "aboutdialog.h"

#include "diagnostics.h"
#include "ui/common/dialogbuttons.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace einvoice {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sepay-einvoice.png")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextFormat(Qt::RichText);
    top->addWidget(m_text, 1);
    layout->addLayout(top);
    auto *buttons = new DialogButtons(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(Diagnostics::collect());
        m_copied = true;
        retranslateUi();
    });
    layout->addWidget(buttons);
    retranslateUi();
    resize(520, 320);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About SePay eInvoice"));
    m_text->setText(
        tr("<h2>SePay eInvoice</h2><p>Version %1</p>"
           "<p>Create, issue, track and download Vietnamese e-invoices through the SePay eInvoice API.</p>")
            .arg(QCoreApplication::applicationVersion())
        + tr("<p><b>Licences</b></p><ul>"
             "<li>Qt %1 — GNU Lesser General Public License v3 "
             "(<a href=\"https://www.qt.io/licensing/open-source-lgpl-obligations\">qt.io</a>)</li>"
             "<li>QtKeychain — BSD 3-Clause License "
             "(<a "
             "href=\"https://github.com/frankosterfeld/qtkeychain\">github.com/frankosterfeld/qtkeychain</"
             "a>)</li>"
             "</ul>")
              .arg(QString::fromLatin1(qVersion())));
    m_copy->setText(m_copied ? tr("Diagnostics copied") : tr("Copy &diagnostics"));
    m_copy->setToolTip(tr("Copies version, environment, data and log locations and the last log lines "
                          "(never credentials) for a support request."));
}

} // namespace einvoice
