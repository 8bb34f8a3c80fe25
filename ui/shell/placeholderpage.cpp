#include "placeholderpage.h"

#include "wrappedlabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace einvoice {

PlaceholderPage::PlaceholderPage(
    const QString &objectName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = new QLabel(title, this);
    heading->setAlignment(Qt::AlignCenter);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *body = new WrappedLabel(text, this);
    body->setAlignment(Qt::AlignCenter);
    body->setEnabled(false);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(2);
}

} // namespace einvoice
