#pragma once

#include "settings/sellerprofile.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace einvoice {

class AppSettings;

// "Your company": the seller the month-end reports print in their header (issue 19), for the
// environment chosen in the dialog. Filled from a downloaded invoice's seller block when the app
// has learned it, and offered from one before that; the user sets or corrects it here. Not a
// secret: kept in the settings file, per environment.
class SellerSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    // The seller of a downloaded invoice XML in an environment (key); empty when there is none.
    using LearnedSeller = std::function<SellerProfile(const QString &environment)>;

    SellerSettingsWidget(AppSettings *settings, const QString &environment, QWidget *parent = nullptr);

    // Offers what `learned` gives while the environment shown has no company set: above the
    // fields, filled in only when the user takes it, then kept on OK like any edit.
    void setLearnedSeller(const LearnedSeller &learned);
    // Shows the company of another environment (key); what was typed for the one shown before is
    // kept for OK.
    void showEnvironment(const QString &environment);
    QString environment() const { return m_environment; }

    // A translated message naming the field when a tax code is not one; empty when all is well.
    QString validationError() const;
    // Keeps what was typed for each environment shown; the fields on screen go to `current`: the
    // environment's key as the settings name it now (a custom server's address may have changed).
    void apply(AppSettings *settings, const QString &current) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLineEdit *addField(const char *objectName);
    SellerProfile typed() const;
    void fill(const SellerProfile &seller);
    void updateOffer();
    void takeOffer();

    AppSettings *m_settings;
    QString m_environment;
    QMap<QString, SellerProfile> m_typedElsewhere; // environments shown before, as left
    LearnedSeller m_learned;
    SellerProfile m_offer;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_shownFor = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_offerText = nullptr;
    QPushButton *m_takeOffer = nullptr;
};

} // namespace einvoice
