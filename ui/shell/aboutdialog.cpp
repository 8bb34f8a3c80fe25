#include "aboutdialog.h"

#include "diagnostics.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace einvoice {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SePay eInvoice"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sepay-einvoice.png")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
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
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *copy = buttons->addButton(tr("Copy &diagnostics"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    copy->setToolTip(tr("Copies version, environment, data and log locations and the last log lines "
                        "(never credentials) for a support request."));
    connect(copy, &QPushButton::clicked, this, [copy] {
        QGuiApplication::clipboard()->setText(Diagnostics::collect());
        copy->setText(tr("Diagnostics copied"));
    });
    layout->addWidget(buttons);
    resize(520, 320);
}

} // namespace einvoice
