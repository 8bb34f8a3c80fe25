#pragma once

#include <QObject>

class QAction;
class QSettings;
class QSplitter;
class QTableView;

namespace einvoice {

// How the invoice list is laid out (issue 17): at 1280x800 the number, series, date, buyer, tax
// code, total and status show without scrolling sideways (the amounts before tax and the VAT, and
// the source, start hidden; the header's menu shows them). The column choice and widths and the
// detail pane's size, or that it is collapsed, are remembered in settings (null: not remembered).
class InvoiceListLayout : public QObject
{
    Q_OBJECT

public:
    // Sets the first-run layout, then what settings remember. Call before the column toggles
    // are added (they read which columns show).
    InvoiceListLayout(QTableView *table, QSplitter *splitter, QSettings *settings, QObject *parent = nullptr);

    // Collapses the detail pane or brings it back (checkable; F6 on the page).
    QAction *toggleDetailAction() const { return m_toggle; }
    void save() const;
    void retranslate();

private:
    void applyDefaults();
    void restore();
    void setDetailShown(bool shown);

    QTableView *m_table;
    QSplitter *m_splitter;
    QSettings *m_settings;
    QAction *m_toggle;
    int m_detailWidth = 300; // to bring a collapsed pane back at
};

} // namespace einvoice
