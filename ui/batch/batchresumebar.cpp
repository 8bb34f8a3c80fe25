#include "batchresumebar.h"

#include "batch/batchresumer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace einvoice {

BatchResumeBar::BatchResumeBar(QWidget *parent)
    : QWidget(parent),
      m_label(new QLabel(this)),
      m_continue(new QPushButton(tr("C&ontinue sending"), this)),
      m_discard(new QPushButton(tr("&Discard them"), this))
{
    setObjectName(QStringLiteral("resumeBar"));
    m_label->setObjectName(QStringLiteral("resumeLabel"));
    m_label->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_continue);
    layout->addWidget(m_discard);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_resumer)
            m_resumer->continueSending();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_resumer)
            m_resumer->discard();
    });
    hide();
}

void BatchResumeBar::setResumer(BatchResumer *resumer)
{
    if (m_resumer)
        m_resumer->disconnect(this);
    m_resumer = resumer;
    if (resumer) {
        connect(resumer, &BatchResumer::stateChanged, this, &BatchResumeBar::update);
        connect(resumer, &BatchResumer::countsChanged, this, &BatchResumeBar::update);
    }
    update();
}

QString BatchResumeBar::text() const
{
    return m_label->text();
}

void BatchResumeBar::update()
{
    const bool shown = m_resumer && m_resumer->state() != BatchResumer::State::Idle;
    setVisible(shown);
    if (!shown)
        return;
    const QString files = QLocale().createSeparatedList(m_resumer->fileNames());
    const BatchRunner *runner = m_resumer->runner();
    QString text;
    switch (m_resumer->state()) {
    case BatchResumer::State::FollowingUp:
        text = tr("Resuming the interrupted run of %1: checking on the server the %n invoice(s) sent before "
                  "the app closed.",
            nullptr, m_resumer->followedUp())
                   .arg(files);
        break;
    case BatchResumer::State::Waiting:
        text = tr("Interrupted run of %1: %n invoice(s) were not sent yet.", nullptr, m_resumer->notSent())
                   .arg(files);
        if (runner)
            text += u' ' + tr("Checked on the server: %1").arg(runner->outcome().summary());
        break;
    case BatchResumer::State::Sending:
        text = tr("Sending what the interrupted run of %1 left…").arg(files);
        break;
    default:
        text = runner ? tr("Interrupted run of %1: %2").arg(files, m_resumer->outcome().summary())
                      : tr("Interrupted run of %1.").arg(files);
        if (m_resumer->discarded() > 0)
            text += u' ' + tr("%n invoice(s) not sent were discarded.", nullptr, m_resumer->discarded());
        break;
    }
    m_label->setText(text);
    const bool waiting = m_resumer->state() == BatchResumer::State::Waiting;
    m_continue->setVisible(waiting);
    m_discard->setVisible(waiting);
}

} // namespace einvoice
