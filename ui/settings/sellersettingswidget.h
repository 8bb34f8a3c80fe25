#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace einvoice {

class AppSettings;

// "Your company": the seller the month-end reports print in their header (issue 19), for the
// environment in use. Filled from a downloaded invoice's seller block when the app has learned it;
// the user sets or corrects it here. Not a secret: kept in the settings file, per environment.
class SellerSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    SellerSettingsWidget(AppSettings *settings, const QString &environment, QWidget *parent = nullptr);

    // A translated message naming the field when the tax code is not one; empty when all is well.
    QString validationError() const;
    void apply(AppSettings *settings) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_environment;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLineEdit *m_address = nullptr;
};

} // namespace einvoice
