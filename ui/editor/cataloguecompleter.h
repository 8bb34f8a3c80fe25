#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QCompleter;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;

namespace einvoice {

// Autocomplete for one line edit from a catalogue search: every edit by the user runs the
// search (prefix, accent-insensitive in the store) and offers the hits in a popup; picking one
// puts its text in the edit and emits picked() with the hit's key.
class CatalogueCompleter : public QObject
{
    Q_OBJECT

public:
    struct Suggestion
    {
        QString text; // goes into the line edit
        QString detail; // shown after the text in the popup, e.g. the tax code
        int key = -1;
    };
    using Search = std::function<QList<Suggestion>(const QString &prefix)>;

    CatalogueCompleter(QLineEdit *edit, Search search, QObject *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    void refresh(const QString &prefix); // runs the search and shows the popup when there are hits

Q_SIGNALS:
    void picked(int key);

private:
    void onActivated(const QModelIndex &index);

    QLineEdit *m_edit;
    Search m_search;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace einvoice
