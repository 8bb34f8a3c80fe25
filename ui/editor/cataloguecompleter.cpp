#include "cataloguecompleter.h"

#include "editor/editorroles.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace einvoice {

CatalogueCompleter::CatalogueCompleter(QLineEdit *edit, Search search, QObject *parent)
    : QObject(parent),
      m_edit(edit),
      m_search(std::move(search)),
      m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(editorroles::CompletionTextRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(edit);
    m_completer->popup()->setObjectName(edit->objectName() + QStringLiteral("Completions"));
    connect(edit, &QLineEdit::textEdited, this, &CatalogueCompleter::refresh);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        &CatalogueCompleter::onActivated);
}

void CatalogueCompleter::refresh(const QString &prefix)
{
    m_model->clear();
    if (prefix.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    const QList<Suggestion> hits = m_search(prefix.trimmed());
    for (const Suggestion &hit : hits) {
        auto *item = new QStandardItem(
            hit.detail.isEmpty() ? hit.text : hit.text + QStringLiteral(" · ") + hit.detail);
        item->setData(hit.text, editorroles::CompletionTextRole);
        item->setData(hit.key, editorroles::CompletionKeyRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (hits.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void CatalogueCompleter::onActivated(const QModelIndex &index)
{
    const QString text = index.data(editorroles::CompletionTextRole).toString();
    const int key = index.data(editorroles::CompletionKeyRole).toInt();
    m_edit->setText(text);
    Q_EMIT picked(key);
}

} // namespace einvoice
