#include "invoicelistlayout.h"

#include "invoices/invoicelistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace einvoice {

namespace {

const QString HeaderKey = QStringLiteral("invoiceList/header");
const QString SplitterKey = QStringLiteral("invoiceList/splitter");

} // namespace

InvoiceListLayout::InvoiceListLayout(
    QTableView *table, QSplitter *splitter, QSettings *settings, QObject *parent)
    : QObject(parent),
      m_table(table),
      m_splitter(splitter),
      m_settings(settings),
      m_toggle(new QAction(table))
{
    m_toggle->setObjectName(QStringLiteral("toggleDetailPaneAction"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F6));
    m_toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_splitter->setCollapsible(0, false);
    // A loaded detail's long texts must not push the list's columns off screen.
    m_splitter->widget(1)->setMinimumWidth(220);
    m_splitter->setStretchFactor(0, 1); // a wider window widens the list, not the detail
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(1, true);
    applyDefaults();
    restore();
    connect(m_toggle, &QAction::toggled, this, &InvoiceListLayout::setDetailShown);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const int width = m_splitter->sizes().value(1);
        if (width > 0)
            m_detailWidth = width;
        const QSignalBlocker quiet(m_toggle);
        m_toggle->setChecked(width > 0);
    });
    retranslate();
}

void InvoiceListLayout::applyDefaults()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    for (int column :
        {InvoiceListModel::TotalBeforeTax, InvoiceListModel::TaxAmount, InvoiceListModel::Source})
        m_table->setColumnHidden(column, true);
    m_table->setColumnHidden(InvoiceListModel::Series, false);
    // Sized for the widest usual content (a 7-digit number, "C26TAA", a date, a 14-character tax
    // code, a total in the billions, the longest Vietnamese badge); the buyer takes the rest.
    m_table->setColumnWidth(InvoiceListModel::Number, 70);
    m_table->setColumnWidth(InvoiceListModel::Series, 64);
    m_table->setColumnWidth(InvoiceListModel::IssuedDate, 82);
    m_table->setColumnWidth(InvoiceListModel::TaxCode, 100);
    m_table->setColumnWidth(InvoiceListModel::Total, 100);
    m_table->setColumnWidth(InvoiceListModel::Status, 108);
    m_splitter->setSizes({2 * m_detailWidth, m_detailWidth});
}

void InvoiceListLayout::restore()
{
    if (!m_settings)
        return;
    const QByteArray header = m_settings->value(HeaderKey).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    // The buyer column takes what is left, whatever an older state said.
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Buyer, QHeaderView::Stretch);
    const QByteArray splitter = m_settings->value(SplitterKey).toByteArray();
    if (!splitter.isEmpty() && m_splitter->restoreState(splitter)) {
        const int width = m_splitter->sizes().value(1);
        m_toggle->setChecked(width > 0);
        if (width > 0)
            m_detailWidth = width;
    }
}

void InvoiceListLayout::save() const
{
    if (!m_settings)
        return;
    m_settings->setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    m_settings->setValue(SplitterKey, m_splitter->saveState());
}

void InvoiceListLayout::setDetailShown(bool shown)
{
    const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1);
    if (!shown && m_splitter->sizes().value(1) > 0)
        m_detailWidth = m_splitter->sizes().value(1);
    const int detail = shown ? qMin(m_detailWidth, total / 2) : 0;
    m_splitter->setSizes({total - detail, detail});
    if (!shown)
        m_table->setFocus(Qt::OtherFocusReason);
}

void InvoiceListLayout::retranslate()
{
    m_toggle->setText(tr("Show the detail pane"));
    m_toggle->setToolTip(
        tr("Show or hide the detail pane (%1)").arg(m_toggle->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace einvoice
