#include "xmlviewer.h"

#include "ui/common/questions.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QXmlStreamReader>

namespace einvoice {

XmlViewer::XmlViewer(Questions *questions, QWidget *parent)
    : QWidget(parent),
      m_questions(&Questions::orDefault(questions)),
      m_tabs(new QTabWidget(this)),
      m_tree(new QTreeWidget(this)),
      m_text(new QPlainTextEdit(this))
{
    m_tree->setObjectName(QStringLiteral("xmlTree"));
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_text->setObjectName(QStringLiteral("xmlText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(m_text, QString());
    auto *toolBar = new QToolBar(this);
    m_saveAs = toolBar->addAction(QString(), this, &XmlViewer::saveAs);
    m_saveAs->setObjectName(QStringLiteral("xmlSaveAs"));
    m_openFolder = toolBar->addAction(QString(), this, &XmlViewer::openFolder);
    m_openFolder->setObjectName(QStringLiteral("xmlOpenFolder"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void XmlViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void XmlViewer::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Element"), tr("Value")});
    m_tabs->setTabText(m_tabs->indexOf(m_tree), tr("Tree"));
    m_tabs->setTabText(m_tabs->indexOf(m_text), tr("Text"));
    m_saveAs->setText(tr("Save as…"));
    m_openFolder->setText(tr("Open folder"));
}

bool XmlViewer::open(const QString &path)
{
    clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    m_path = path;
    m_text->setPlainText(QString::fromUtf8(content));
    QXmlStreamReader reader(content);
    if (!buildTree(reader)) {
        m_error = tr("The XML is not well-formed (line %1): %2")
                      .arg(reader.lineNumber())
                      .arg(reader.errorString());
        m_tabs->setCurrentWidget(m_text);
        return false;
    }
    m_tree->expandToDepth(2);
    m_tabs->setCurrentWidget(m_tree);
    return true;
}

bool XmlViewer::buildTree(QXmlStreamReader &reader)
{
    QTreeWidgetItem *current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            auto *item = current ? new QTreeWidgetItem(current) : new QTreeWidgetItem(m_tree);
            item->setText(0, reader.name().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, QLatin1Char('@') + attribute.name().toString());
                child->setText(1, attribute.value().toString());
            }
            current = item;
        } else if (reader.isEndElement() && current) {
            current = current->parent();
        } else if (reader.isCharacters() && !reader.isWhitespace() && current) {
            current->setText(1, current->text(1) + reader.text().toString().trimmed());
        }
    }
    return !reader.hasError();
}

void XmlViewer::clear()
{
    m_tree->clear();
    m_text->clear();
    m_path.clear();
    m_error.clear();
}

void XmlViewer::saveAs()
{
    if (m_path.isEmpty())
        return;
    const QString target = m_questions->saveFile(
        this, {tr("Save XML"), QFileInfo(m_path).fileName(), tr("XML files (*.xml)")});
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(m_path, target))
        m_questions->warn(this, tr("Save XML"), tr("Could not write %1.").arg(target));
}

void XmlViewer::openFolder()
{
    if (!m_path.isEmpty())
        m_questions->showFolder(QFileInfo(m_path).absolutePath());
}

} // namespace einvoice
