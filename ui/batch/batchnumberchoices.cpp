#include "batchnumberchoices.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace einvoice {

namespace {

QString linesText(const QList<int> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < 5; ++i)
        shown.append(QString::number(lines.at(i)));
    QString text = shown.join(QStringLiteral(", "));
    if (lines.size() > 5)
        text += BatchNumberChoices::tr(" and %n more", nullptr, int(lines.size() - 5));
    return text;
}

QString grouped(const QString &digits)
{
    QString text = digits;
    for (qsizetype i = text.size() - 3; i > 0; i -= 3)
        text.insert(i, QChar(0x202F)); // narrow no-break space: grouping that cannot be a decimal
    return text;
}

} // namespace

BatchNumberChoices::BatchNumberChoices(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("numberChoices"));
    m_intro->setObjectName(QStringLiteral("numberChoicesIntro"));
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(m_grid);
    hide();
}

// The rows are worded from the columns and the choices made: built again in the new language.
void BatchNumberChoices::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_columns.isEmpty())
        rebuild();
    QWidget::changeEvent(event);
}

void BatchNumberChoices::clear()
{
    m_choices.clear();
    m_columns.clear();
    rebuild();
}

int BatchNumberChoices::unchosenCount() const
{
    return int(std::count_if(m_columns.cbegin(), m_columns.cend(),
        [this](const Column &column) { return !m_choices.contains(column.column); }));
}

void BatchNumberChoices::showImport(const BatchImport &batch)
{
    QList<Column> columns;
    for (const Column &known : std::as_const(m_columns)) {
        if (m_choices.contains(known.column))
            columns.append(known); // chosen: its cells no longer read two ways, the row stays
    }
    for (const BatchInvoice &invoice : batch.invoices) {
        for (const RowProblem &problem : invoice.problems) {
            const std::optional<BatchColumn> column = BatchColumnMap::fromKey(problem.column);
            if (!problem.needsConfirmation() || !column)
                continue;
            const auto found = std::find_if(
                columns.begin(), columns.end(), [&column](const Column &c) { return c.column == *column; });
            if (found != columns.end()) {
                if (!found->lines.contains(problem.row))
                    found->lines.append(problem.row);
                continue;
            }
            const int index = batch.columns.index(*column);
            columns.append(
                {*column, batch.header.value(index, problem.column), *problem.ambiguous, {problem.row}});
        }
    }
    m_columns = columns;
    rebuild();
}

void BatchNumberChoices::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *widget = item->widget()) { // possibly the combo box whose change led here
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (int row = 0; row < m_columns.size(); ++row)
        addRow(row, m_columns.at(row));
    updateIntro();
    setVisible(!m_columns.isEmpty());
}

void BatchNumberChoices::updateIntro()
{
    m_intro->setText(unchosenCount() > 0
            ? tr("Some numbers read two ways and nothing else in their column shows how the file "
                 "writes decimals. Choose the reading for each column; nothing is sent before.")
            : tr("Numbers that read two ways are read as chosen here:"));
}

void BatchNumberChoices::addRow(int row, const Column &column)
{
    const AmbiguousNumber &example = column.example;
    auto *label = new QLabel(
        tr("Column \"%1\": %2 on line(s) %3").arg(column.header, example.text, linesText(column.lines)),
        this);
    label->setWordWrap(true);
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("numberChoice_") + BatchColumnMap::key(column.column));
    const QChar other = example.separator == u'.' ? QLatin1Char(',') : QLatin1Char('.');
    const QString decimals = example.asDecimals;
    combo->addItem(tr("Choose how to read it…"));
    combo->addItem(tr("%1: '%2' groups thousands (decimals with '%3')")
                       .arg(grouped(example.asThousands), example.separator, other),
        QString(other));
    combo->addItem(tr("%1: '%2' is the decimal point")
                       .arg(QString(decimals).replace(u'.', example.separator), example.separator),
        QString(example.separator));
    const int chosen = combo->findData(QString(m_choices.value(column.column)));
    combo->setCurrentIndex(m_choices.contains(column.column) && chosen > 0 ? chosen : 0);
    label->setBuddy(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key = column.column] {
        const QString separator = combo->currentData().toString();
        if (separator.isEmpty())
            m_choices.remove(key);
        else
            m_choices.insert(key, separator.front());
        updateIntro();
        Q_EMIT choicesChanged();
    });
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(combo, row, 1);
}

} // namespace einvoice
