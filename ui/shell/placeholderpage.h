#pragma once

#include <QWidget>

namespace einvoice {

// A page whose real content comes with a later release: a title and a short explanation.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(
        const QString &objectName, const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace einvoice
