#include "session/credentialsbackend.h"
#include "ui/common/environmenttext.h"
#include "ui/settings/generalsettingswidget.h"
#include "ui/settings/settingsdialog.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

namespace {

// Chooses an item of a combo box the way a user does (activated is emitted).
void choose(QComboBox *combo, EnvironmentKind choice)
{
    const int index = combo->findData(int(choice));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// A backend that remembers what was written and can fail on request.
class RecordingBackend : public SessionCredentialsBackend
{
public:
    bool persistent = true;
    bool failWrites = false;
    int writes = 0;
    bool isPersistent() const override { return persistent; }
    void write(EnvironmentKind environment, const Credentials &credentials) override
    {
        ++writes;
        if (!failWrites) {
            SessionCredentialsBackend::write(environment, credentials);
            return;
        }
        QTimer::singleShot(0, this, [this, environment] {
            Q_EMIT writeFinished(environment, false, QStringLiteral("keychain locked"));
        });
    }
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSettings> m_settings;
    ScriptedQuestions m_questions;
    std::unique_ptr<RecordingBackend> m_backend;
    std::unique_ptr<ScriptedConnectionTester> m_tester;

    std::unique_ptr<SettingsDialog> makeDialog()
    {
        auto dialog = std::make_unique<SettingsDialog>(
            m_settings->settings(), &m_questions, m_backend.get(), m_tester.get());
        dialog->show();
        return dialog;
    }
    template<typename T> static T *child(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<TempSettings>();
        m_questions = ScriptedQuestions();
        m_backend = std::make_unique<RecordingBackend>();
        m_tester = std::make_unique<ScriptedConnectionTester>();
    }

    void production_cancelled_keepsPreviousChoice()
    {
        m_settings->settings()->setEnvironment(EnvironmentKind::Sandbox);
        auto dialog = makeDialog();
        auto *combo = child<QComboBox>(dialog.get(), "environmentCombo");
        m_questions.answer = false;
        choose(combo, EnvironmentKind::Production);
        QCOMPARE(m_questions.asked.size(), 1);
        QCOMPARE(EnvironmentKind(combo->currentData().toInt()), EnvironmentKind::Sandbox);
        dialog->accept();
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Sandbox);
    }

    void production_confirmed_isSavedOnOk()
    {
        auto dialog = makeDialog();
        m_questions.answer = true;
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Production);
        QCOMPARE(m_questions.asked.size(), 1);
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Demo); // not before OK
        dialog->accept();
        QTRY_COMPARE(m_settings->settings()->environment(), EnvironmentKind::Production);
    }

    // Sandbox or Production without a client ID or secret is refused, naming the missing field on
    // the Connection tab; the app stays where it was until both are there.
    void withoutCredentials_refusedNamingTheField_data()
    {
        QTest::addColumn<int>("environment");
        QTest::newRow("sandbox") << int(EnvironmentKind::Sandbox);
        QTest::newRow("production") << int(EnvironmentKind::Production);
    }

    void withoutCredentials_refusedNamingTheField()
    {
        QFETCH(int, environment);
        const auto chosen = EnvironmentKind(environment);
        m_questions.answer = true;
        auto dialog = makeDialog();
        QSignalSpy read(m_backend.get(), &CredentialsBackend::readFinished);
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), chosen);
        QVERIFY(read.wait()); // the keychain has nothing for it
        auto *tabs = dialog->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        auto *error = child<QLabel>(dialog.get(), "settingsError");
        dialog->accept();
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Client ID")), qPrintable(error->text()));
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Demo);

        typeInto(child<QLineEdit>(dialog.get(), "clientIdEdit"), QStringLiteral("my-client-id"));
        dialog->accept();
        QVERIFY2(error->text().contains(QStringLiteral("Client secret")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Demo);
        QCOMPARE(m_backend->writes, 0);

        typeInto(child<QLineEdit>(dialog.get(), "clientSecretEdit"), QStringLiteral("my-secret"));
        dialog->accept();
        QVERIFY(!error->isVisibleTo(dialog.get())); // no stale complaint while the keychain writes
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->settings()->environment(), chosen);
    }

    void generalSettings_persist()
    {
        {
            auto dialog = makeDialog();
            child<QSpinBox>(dialog.get(), "pollingIntervalSpin")->setValue(9);
            child<QSpinBox>(dialog.get(), "lowQuotaSpin")->setValue(42);
            typeInto(child<QLineEdit>(dialog.get(), "downloadFolderEdit"), QStringLiteral("/tmp/hoa-don"));
            auto *language = child<QComboBox>(dialog.get(), "languageCombo");
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            dialog->accept();
            QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        }
        m_settings->reopen();
        AppSettings *settings = m_settings->settings();
        QCOMPARE(settings->pollingIntervalSeconds(), 9);
        QCOMPARE(settings->lowQuotaThreshold(), 42);
        QCOMPARE(settings->downloadFolder(), QStringLiteral("/tmp/hoa-don"));
        QCOMPARE(settings->language(), QStringLiteral("en"));
    }

    // Issue 19: "Your company" is kept for the environment in use; a tax code that is not one is
    // refused naming the field, and nothing is kept.
    void seller_savedForTheEnvironment_badTaxCodeRefused()
    {
        m_settings->settings()->setEnvironment(EnvironmentKind::Sandbox);
        {
            auto dialog = makeDialog();
            // QTest types Latin-1 only: the Vietnamese texts go in as an input method puts them.
            child<QLineEdit>(dialog.get(), "sellerNameEdit")
                ->setText(QStringLiteral("Công ty Cổ phần Ánh Dương"));
            typeInto(child<QLineEdit>(dialog.get(), "sellerTaxCodeEdit"), QStringLiteral("0312345679"));
            child<QLineEdit>(dialog.get(), "sellerAddressEdit")
                ->setText(QStringLiteral("12 Nguyễn Huệ, Q.1"));
            dialog->accept();
            auto *error = child<QLabel>(dialog.get(), "settingsError");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("0312345679")), qPrintable(error->text()));
            QVERIFY(m_settings->settings()->seller(QStringLiteral("sandbox")).isEmpty());
            auto *taxCode = child<QLineEdit>(dialog.get(), "sellerTaxCodeEdit");
            taxCode->clear();
            typeInto(taxCode, QStringLiteral("0312.345.673"));
            dialog->accept();
            QTRY_VERIFY2(
                dialog->result() == int(QDialog::Accepted), qPrintable(error->text() + taxCode->text()));
        }
        m_settings->reopen();
        const SellerProfile seller = m_settings->settings()->seller(QStringLiteral("sandbox"));
        QCOMPARE(seller.name, QStringLiteral("Công ty Cổ phần Ánh Dương"));
        QCOMPARE(seller.taxCode, QStringLiteral("0312345673"));
        QCOMPARE(seller.address, QStringLiteral("12 Nguyễn Huệ, Q.1"));
        QVERIFY(m_settings->settings()->seller(QStringLiteral("demo")).isEmpty());
        auto dialog = makeDialog(); // shown again as kept
        QCOMPARE(child<QLineEdit>(dialog.get(), "sellerNameEdit")->text(), seller.name);
    }

    // Until the user sets their company, the seller of a downloaded invoice XML is offered, not
    // filled in: the fields stay empty (Cancel or OK keeps nothing) until "Use these details".
    void seller_learnedOneOffered_keptOnlyWhenTaken()
    {
        m_settings->settings()->setEnvironment(EnvironmentKind::Sandbox);
        const SellerProfile learned {QStringLiteral("Công ty TNHH Hạt Điều <Bình Phước> & Co"),
            QStringLiteral("3801234566"), QStringLiteral("Ấp 3, Đồng Xoài")};
        QStringList askedFor;
        const auto learnedIn = [&](const QString &environment) {
            askedFor.append(environment);
            return environment == QStringLiteral("sandbox") ? learned : SellerProfile();
        };
        {
            auto dialog = makeDialog();
            dialog->offerLearnedSeller(learnedIn);
            auto *offer = child<QLabel>(dialog.get(), "sellerOfferText");
            QVERIFY(!offer->isHidden());
            QVERIFY2(offer->text().contains(learned.name), qPrintable(offer->text()));
            QVERIFY(offer->text().contains(QStringLiteral("3801234566")));
            QVERIFY(child<QLineEdit>(dialog.get(), "sellerNameEdit")->text().isEmpty());
            dialog->accept(); // OK without taking it
            QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        }
        QCOMPARE(askedFor, QStringList {QStringLiteral("sandbox")});
        QVERIFY(m_settings->settings()->seller(QStringLiteral("sandbox")).isEmpty());
        {
            auto dialog = makeDialog();
            dialog->offerLearnedSeller(learnedIn);
            QTest::mouseClick(child<QPushButton>(dialog.get(), "sellerTakeOfferButton"), Qt::LeftButton);
            QVERIFY(child<QLabel>(dialog.get(), "sellerOfferText")->isHidden());
            auto *name = child<QLineEdit>(dialog.get(), "sellerNameEdit");
            QCOMPARE(name->text(), learned.name);
            QCOMPARE(child<QLineEdit>(dialog.get(), "sellerTaxCodeEdit")->text(), learned.taxCode);
            name->setText(QStringLiteral("Công ty TNHH Hạt Điều Bình Phước")); // corrected before OK
            dialog->accept();
            QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        }
        m_settings->reopen();
        const SellerProfile kept = m_settings->settings()->seller(QStringLiteral("sandbox"));
        QCOMPARE(kept,
            (SellerProfile {
                QStringLiteral("Công ty TNHH Hạt Điều Bình Phước"), learned.taxCode, learned.address}));
        auto dialog = makeDialog(); // one is set: nothing is offered any more
        dialog->offerLearnedSeller(learnedIn);
        QVERIFY(child<QLabel>(dialog.get(), "sellerOfferText")->isHidden());
        QCOMPARE(askedFor.size(), 2);
    }

    // Switching the environment with the dialog open: "Your company" shows and keeps the company of
    // the environment chosen (not the one the dialog opened in), what was typed for each kept.
    void seller_followsTheEnvironmentChosenInTheDialog()
    {
        m_settings->settings()->setEnvironment(EnvironmentKind::Demo);
        const SellerProfile demo {QStringLiteral("Công ty Mẫu"), QStringLiteral("0312345673"), {}};
        m_settings->settings()->setSeller(QStringLiteral("demo"), demo);
        {
            auto dialog = makeDialog();
            dialog->offerLearnedSeller([](const QString &environment) {
                return SellerProfile {
                    QStringLiteral("Học được ở ") + environment, QStringLiteral("3801234566"), {}};
            });
            auto *name = child<QLineEdit>(dialog.get(), "sellerNameEdit");
            auto *shownFor = child<QLabel>(dialog.get(), "sellerEnvironmentLabel");
            auto *offer = child<QLabel>(dialog.get(), "sellerOfferText");
            QCOMPARE(name->text(), demo.name);
            QVERIFY(offer->isHidden());
            auto *combo = child<QComboBox>(dialog.get(), "environmentCombo");
            choose(combo, EnvironmentKind::Sandbox);
            QVERIFY(name->text().isEmpty());
            QVERIFY2(shownFor->text().contains(EnvironmentText::longName(EnvironmentKind::Sandbox)),
                qPrintable(shownFor->text()));
            QVERIFY(!offer->isHidden());
            QVERIFY(offer->text().contains(QStringLiteral("Học được ở sandbox")));
            name->setText(QStringLiteral("Công ty Thử Nghiệm"));
            typeInto(child<QLineEdit>(dialog.get(), "sellerTaxCodeEdit"), QStringLiteral("0312 345 673-001"));
            choose(combo, EnvironmentKind::Demo);
            QCOMPARE(name->text(), demo.name);
            choose(combo, EnvironmentKind::Sandbox);
            QCOMPARE(name->text(), QStringLiteral("Công ty Thử Nghiệm"));
            QVERIFY(offer->isHidden()); // something typed: nothing offered over it
            dialog->accept();
            QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        }
        m_settings->reopen();
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Sandbox);
        QCOMPARE(m_settings->settings()->seller(QStringLiteral("demo")), demo);
        QCOMPARE(m_settings->settings()->seller(QStringLiteral("sandbox")),
            (SellerProfile {QStringLiteral("Công ty Thử Nghiệm"), QStringLiteral("0312345673-001"), {}}));
    }

    // A label with a mnemonic and no buddy shows its '&' ("Thư mục &tải về:"): every label of
    // the dialog that has one leads to its field.
    void mnemonicLabels_haveABuddy()
    {
        auto dialog = makeDialog();
        int withMnemonic = 0;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            const QString text = label->text();
            if (text.contains(u'&') && !text.contains(u'<')) {
                ++withMnemonic;
                QVERIFY2(label->buddy(), qPrintable(text));
            }
        }
        QVERIFY(withMnemonic >= 4);
    }

    // Every label of the General tab has a field its mnemonic focuses (the folder row is a
    // layout: its edit), so no label shows a bare '&'.
    void generalLabels_focusTheirFields()
    {
        auto dialog = makeDialog();
        auto *general = dialog->findChild<GeneralSettingsWidget *>();
        QVERIFY(general);
        const QList<QLabel *> labels = general->findChildren<QLabel *>();
        QVERIFY(labels.size() >= 4);
        for (const QLabel *label : labels) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        auto *folder = child<QLineEdit>(dialog.get(), "downloadFolderEdit");
        const auto folderLabel = std::find_if(labels.cbegin(), labels.cend(),
            [folder](const QLabel *label) { return label->buddy() == folder; });
        QVERIFY(folderLabel != labels.cend());
    }

    void credentials_goToBackend_neverToSettingsFile()
    {
        auto dialog = makeDialog();
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Sandbox);
        typeInto(child<QLineEdit>(dialog.get(), "clientIdEdit"), QStringLiteral("my-client"));
        typeInto(child<QLineEdit>(dialog.get(), "clientSecretEdit"), QStringLiteral("very-secret-value"));
        dialog->accept();
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_backend->writes, 1);
        QSignalSpy readSpy(m_backend.get(), &CredentialsBackend::readFinished);
        m_backend->read(EnvironmentKind::Sandbox);
        QVERIFY(readSpy.wait());
        QCOMPARE(readSpy.first().at(1).value<Credentials>(),
            (Credentials {QStringLiteral("my-client"), QStringLiteral("very-secret-value")}));
        m_settings->settings()->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(!contents.contains("very-secret-value"));
        QVERIFY(!contents.contains("my-client"));
    }

    void credentials_areShownPerEnvironment()
    {
        m_backend->SessionCredentialsBackend::write(
            EnvironmentKind::Production, {QStringLiteral("prod-id"), QStringLiteral("prod-secret")});
        m_settings->settings()->setEnvironment(EnvironmentKind::Production);
        auto dialog = makeDialog();
        auto *clientId = child<QLineEdit>(dialog.get(), "clientIdEdit");
        QTRY_COMPARE(clientId->text(), QStringLiteral("prod-id"));
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Sandbox);
        QTRY_COMPARE(clientId->text(), QString());
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Demo);
        QVERIFY(!clientId->isEnabled());
    }

    void failedCredentialWrite_keepsDialogOpen()
    {
        m_backend->failWrites = true;
        auto dialog = makeDialog();
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Sandbox);
        typeInto(child<QLineEdit>(dialog.get(), "clientIdEdit"), QStringLiteral("x"));
        typeInto(child<QLineEdit>(dialog.get(), "clientSecretEdit"), QStringLiteral("y"));
        dialog->accept();
        auto *error = child<QLabel>(dialog.get(), "settingsError");
        QTRY_VERIFY(error->isVisibleTo(dialog.get()));
        QVERIFY2(error->text().contains(QLatin1String("keychain locked")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Demo);
    }

    void noKeychain_saysSessionOnly()
    {
        m_backend->persistent = false;
        auto dialog = makeDialog();
        QVERIFY(child<QLabel>(dialog.get(), "sessionOnlyNote")->isVisible());
        m_backend->persistent = true;
        auto persistentDialog = makeDialog();
        QVERIFY(!child<QLabel>(persistentDialog.get(), "sessionOnlyNote")->isVisible());
    }

    void testConnection_reportsOutcome_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("expected");
        QTest::newRow("success") << int(ConnectionTestResult::Outcome::Success) << QStringLiteral("120");
        QTest::newRow("wrong credentials")
            << int(ConnectionTestResult::Outcome::WrongCredentials) << QStringLiteral("client ID or secret");
        QTest::newRow("no network") << int(ConnectionTestResult::Outcome::NoNetwork)
                                    << QStringLiteral("cannot be reached");
        QTest::newRow("server error")
            << int(ConnectionTestResult::Outcome::ServerError) << QStringLiteral("HTTP 500");
    }
    void testConnection_reportsOutcome()
    {
        QFETCH(int, outcome);
        QFETCH(QString, expected);
        m_tester->nextResult.outcome = ConnectionTestResult::Outcome(outcome);
        m_tester->nextResult.detail = QStringLiteral("HTTP 500");
        m_tester->nextResult.quotaRemaining = 120;
        auto dialog = makeDialog();
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Sandbox);
        typeInto(child<QLineEdit>(dialog.get(), "clientIdEdit"), QStringLiteral("id-1"));
        typeInto(child<QLineEdit>(dialog.get(), "clientSecretEdit"), QStringLiteral("s3cret"));
        auto *button = child<QPushButton>(dialog.get(), "testConnectionButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_tester->requests.size(), 1);
        QCOMPARE(m_tester->requests.first().environment, EnvironmentKind::Sandbox);
        QCOMPARE(m_tester->requests.first().credentials.clientSecret, QStringLiteral("s3cret"));
        auto *result = child<QLabel>(dialog.get(), "testResultLabel");
        QTRY_COMPARE(result->property("outcome").toInt(), outcome);
        QVERIFY2(result->text().contains(expected), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QLatin1String("s3cret")));
        QVERIFY(button->isEnabled());
    }

    void customUrl_mustBeAnAddress()
    {
        auto dialog = makeDialog();
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Custom);
        typeInto(child<QLineEdit>(dialog.get(), "customUrlEdit"), QStringLiteral("not a url"));
        dialog->accept();
        QVERIFY(child<QLabel>(dialog.get(), "settingsError")->isVisibleTo(dialog.get()));
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Demo);
        typeInto(
            child<QLineEdit>(dialog.get(), "customUrlEdit"), QStringLiteral("http://einvoice.example.vn"));
        dialog->accept(); // plain http only to this computer
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Demo);
        typeInto(child<QLineEdit>(dialog.get(), "customUrlEdit"), QStringLiteral("http://127.0.0.1:8080"));
        dialog->accept();
        QTRY_COMPARE(m_settings->settings()->environment(), EnvironmentKind::Custom);
        QCOMPARE(m_settings->settings()->customUrl(), QStringLiteral("http://127.0.0.1:8080"));
    }

    void customUrl_withCredentials_isRefusedNamingTheProblem()
    {
        auto dialog = makeDialog();
        choose(child<QComboBox>(dialog.get(), "environmentCombo"), EnvironmentKind::Custom);
        typeInto(child<QLineEdit>(dialog.get(), "customUrlEdit"),
            QStringLiteral("https://my-id:S3cret@hd.example.vn"));
        child<QPushButton>(dialog.get(), "testConnectionButton")->click(); // nothing is sent either
        auto *result = child<QLabel>(dialog.get(), "testResultLabel");
        QVERIFY2(result->text().contains(QLatin1String("must not contain")), qPrintable(result->text()));
        QCOMPARE(m_tester->requests.size(), 0);
        dialog->accept();
        auto *error = child<QLabel>(dialog.get(), "settingsError");
        QVERIFY(error->isVisibleTo(dialog.get()));
        QVERIFY2(error->text().contains(QLatin1String("must not contain")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QLatin1String("S3cret")));
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Demo);
        QVERIFY(!m_settings->settings()->customUrl().contains(QLatin1String("S3cret")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
