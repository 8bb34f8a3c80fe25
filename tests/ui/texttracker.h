#pragma once

// Finds texts of one language left in windows after a switch to the other (header only): every
// label, button, group box, tab, action, combo item, header, placeholder and window title of the
// app's windows, compared against the app's own translations.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMultiHash>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QWidget>
#include <QXmlStreamReader>

namespace einvoice::test {

// The app's texts in one language, as the app shows them (from its English and Vietnamese .ts
// files: numerus forms included), as patterns ("%1" and "%n" match anything) and without
// mnemonics. Texts that read the same in both languages ("PDF", "OK") are left out.
class LanguageTexts
{
public:
    enum class Side { English, Vietnamese };

    LanguageTexts(const QString &translationsFolder, Side side)
    {
        const QMultiHash<QString, QString> english
            = read(translationsFolder + QStringLiteral("/sepay-einvoice_en.ts"));
        const QMultiHash<QString, QString> vietnamese
            = read(translationsFolder + QStringLiteral("/sepay-einvoice_vi.ts"));
        const QMultiHash<QString, QString> &mine = side == Side::English ? english : vietnamese;
        const QMultiHash<QString, QString> &other = side == Side::English ? vietnamese : english;
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            const QString shown = plain(it.value());
            bool same = false;
            for (const QString &theirs : other.values(it.key()))
                same = same || plain(theirs) == shown;
            if (!same && shown.size() >= 3)
                add(it.value());
        }
    }

    bool isEmpty() const { return m_exact.isEmpty(); }

    // The first text of the list that is one of this side's, or empty.
    QString findIn(const QStringList &texts) const
    {
        for (const QString &text : texts) {
            const QString shown = plain(text);
            if (shown.isEmpty())
                continue;
            if (m_exact.contains(shown))
                return text;
            for (const QRegularExpression &pattern : m_patterns) {
                if (pattern.match(shown).hasMatch())
                    return text + QStringLiteral("  [") + pattern.pattern() + u']';
            }
        }
        return QString();
    }

    // Without mnemonics, markup and surrounding space.
    static QString plain(const QString &text)
    {
        QString result = text.contains(u'<') ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        result.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        return result.simplified();
    }

private:
    // context + source -> every translated form (numerus forms each).
    static QMultiHash<QString, QString> read(const QString &tsFile)
    {
        QMultiHash<QString, QString> result;
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (!xml.isStartElement())
                continue;
            const QStringView name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"source")
                source = xml.readElementText();
            else if (name == u"numerusform")
                result.insert(context + u'\n' + source, xml.readElementText());
            else if (name == u"translation"
                && xml.attributes().value(QStringLiteral("type")) != QLatin1String("obsolete")) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!text.trimmed().isEmpty() && result.count(context + u'\n' + source) == 0)
                    result.insert(context + u'\n' + source, text);
            }
        }
        return result;
    }

    void add(const QString &text)
    {
        const QString shown = plain(text);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        if (!shown.contains(placeholder)) {
            m_exact.insert(shown);
            return;
        }
        // Only patterns with enough fixed words to be told apart from data.
        const QStringList parts = shown.split(placeholder);
        QString fixed = parts.join(QString());
        if (fixed.simplified().size() < 12)
            return;
        QStringList escaped;
        for (const QString &part : parts)
            escaped.append(QRegularExpression::escape(part));
        m_patterns.append(QRegularExpression(
            QStringLiteral("^") + escaped.join(QStringLiteral(".*")) + QStringLiteral("$")));
    }

    QSet<QString> m_exact;
    QList<QRegularExpression> m_patterns;
};

// Every text a user can read in the widget and its children (hidden ones too: a page not shown
// now is shown later without being built again), leaving out what is inside `except`.
inline QStringList textsIn(const QWidget *root, const QWidget *except = nullptr)
{
    QStringList texts {root->windowTitle(), root->toolTip()};
    QList<const QWidget *> widgets {root};
    for (const QWidget *child : root->findChildren<QWidget *>()) {
        if (!except || (child != except && !except->isAncestorOf(child)))
            widgets.append(child);
    }
    for (const QWidget *widget : widgets) {
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts.append(label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts.append(button->text());
        if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            texts.append(group->title());
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            texts.append(edit->placeholderText());
        if (const auto *menu = qobject_cast<const QMenu *>(widget))
            texts.append(menu->title());
        if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        }
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts.append(view->model()->headerData(column, Qt::Horizontal).toString());
        }
        for (const QAction *action : widget->actions())
            texts.append(action->text());
        texts.append(widget->toolTip());
    }
    return texts;
}

} // namespace einvoice::test
