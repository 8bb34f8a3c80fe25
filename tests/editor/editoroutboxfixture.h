#pragma once

// The sandbox server, a real SQLite outbox and the editor's actions over both, for
// tst_editoroutbox. Header-only.

#include "../api/sandboxfixture.h"
#include "api/invoicelistjob.h"
#include "core/invoicejson.h"
#include "editor/editoroutbox.h"
#include "editor/sepayinvoiceactions.h"
#include "store/localstore.h"
#include "store/outboxrepository.h"

#include <QTemporaryDir>

Q_DECLARE_METATYPE(einvoice::InvoiceActions::Result)

namespace einvoice::test {

class EditorOutboxFixture : public QObject
{
protected:
    void setUp()
    {
        qRegisterMetaType<InvoiceActions::Result>();
        m_sandbox = std::make_unique<SandboxFixture>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
        m_outbox = &m_store->outbox();
    }

    void tearDown()
    {
        m_store.reset();
        m_dir.reset();
        m_sandbox.reset();
    }

    std::unique_ptr<SepayInvoiceActions> actions(SepayClient *client)
    {
        auto actions = std::make_unique<SepayInvoiceActions>(client, m_outbox, m_environment);
        actions->outboxWork()->setFollowUp(20, 8);
        return actions;
    }

    static Invoice issuable(const QString &reference)
    {
        Invoice invoice = sampleInvoice(reference);
        invoice.isDraft = false;
        return invoice;
    }

    QList<InvoiceSummary> serverInvoices(SepayClient *client)
    {
        InvoiceListQuery query;
        query.perPage = 100;
        InvoiceListJob *job = client->listInvoices(query);
        QList<InvoiceSummary> found;
        bool ok = false;
        if (!finish(job, [job, &found, &ok] {
                ok = job->succeeded();
                found = job->invoices();
            }))
            qWarning() << "listing the server's invoices timed out";
        if (!ok)
            qWarning() << "listing the server's invoices failed";
        return found;
    }

    QList<OutboxState> states(qint64 entryId)
    {
        QList<OutboxState> result;
        const auto events = m_outbox->events(entryId);
        if (events.ok()) {
            for (const OutboxEvent &event : events.value())
                result.append(event.to);
        }
        return result;
    }

    // What a crash right after "sent" leaves behind: the entry, no answer.
    qint64 leaveSentEntry(const Invoice &invoice)
    {
        OutboxEntry left;
        left.environment = m_environment;
        left.referenceCode = invoice.referenceCode;
        left.payload = json::toCreatePayload(invoice);
        const auto queued = m_outbox->enqueue(left);
        return queued.ok() && m_outbox->markSent(queued.value().id).ok() ? queued.value().id : 0;
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    OutboxRepository *m_outbox = nullptr; // the store's
    const QString m_environment = QStringLiteral("demo");
};

} // namespace einvoice::test
