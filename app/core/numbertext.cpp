#include "numbertext.h"

#include <QList>

namespace einvoice {

namespace {

constexpr QChar Dot = u'.';
constexpr QChar Comma = u',';
constexpr QChar Space = u' ';

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Spaces of every kind count as one grouping character: ' ', no-break and thin spaces.
QChar separatorKind(QChar c)
{
    if (c == Dot || c == Comma)
        return c;
    return c.isSpace() ? Space : QChar();
}

// "1.234.567": a first group of one to three digits not starting with 0, then groups of three.
bool isThousandsGrouping(const QList<QStringView> &groups)
{
    if (groups.isEmpty() || groups.first().size() > 3 || groups.first().startsWith(u'0'))
        return false;
    return std::all_of(groups.cbegin() + 1, groups.cend(), [](QStringView g) { return g.size() == 3; });
}

QString joined(const QList<QStringView> &groups)
{
    QString digits;
    for (const QStringView group : groups)
        digits += group;
    return digits;
}

} // namespace

QChar NumberText::otherSeparator(QChar separator)
{
    return separator == Dot ? Comma : Dot;
}

NumberText::Shape NumberText::scan(QStringView text)
{
    Shape shape;
    QStringView body = text.trimmed();
    if (body.startsWith(u'-') || body.startsWith(QChar(0x2212))) {
        shape.negative = true;
        body = body.mid(1);
    } else if (body.startsWith(u'+')) {
        shape.plusSign = true;
        body = body.mid(1);
    }
    if (body.endsWith(u'%')) {
        shape.percent = true;
        body = body.chopped(1).trimmed(); // "12,5 %" as French and Vietnamese typography writes it
    }
    shape.valid = scanBody(body, shape);
    return shape;
}

// Splits "1.234,5" into digit groups and the separators between them; every separator stands
// between two digit groups.
bool NumberText::scanBody(QStringView body, Shape &shape)
{
    QList<QStringView> groups;
    QString separators;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        if (i < body.size() && isAsciiDigit(body.at(i)))
            continue;
        if (i == start)
            return false; // empty text, a leading or trailing separator, or two in a row
        groups.append(body.mid(start, i - start));
        if (i < body.size()) {
            const QChar kind = separatorKind(body.at(i));
            if (kind.isNull())
                return false;
            separators.append(kind);
        }
        start = i + 1;
    }
    if (separators.isEmpty()) {
        shape.integer = groups.first().toString();
        return true;
    }
    const QChar last = separators.back();
    const qsizetype lastCount = separators.count(last);
    const bool mixed = lastCount != separators.size();
    // With two kinds (or spaces and one mark) the last one is the decimal separator: it must
    // come once, after the grouping; a space never separates decimals.
    if (mixed) {
        const QChar grouping = separators.front();
        if (last == Space || lastCount != 1 || separators.count(grouping) != separators.size() - 1)
            return false;
        const QList<QStringView> integerGroups = groups.mid(0, groups.size() - 1);
        if (!isThousandsGrouping(integerGroups))
            return false;
        shape.grouping = grouping;
        shape.decimalShown = last;
        shape.integer = joined(integerGroups);
        shape.fraction = groups.back().toString();
        return true;
    }
    if (separators.size() > 1 || last == Space) {
        if (!isThousandsGrouping(groups))
            return false;
        shape.grouping = last;
        if (last != Space)
            shape.decimalShown = otherSeparator(last);
        shape.integer = joined(groups);
        return true;
    }
    // One '.' or ',': decimals unless it reads as one thousands group as well.
    shape.integer = groups.first().toString();
    shape.fraction = groups.back().toString();
    if (groups.back().size() == 3 && isThousandsGrouping(groups)) {
        shape.ambiguous = true;
        shape.separator = last;
    } else {
        shape.decimalShown = last;
    }
    return true;
}

QString NumberText::plain(const Shape &shape, QChar decimalSeparator)
{
    if (!shape.valid)
        return QString();
    QString number = shape.negative ? QStringLiteral("-") : QString();
    if (shape.ambiguous) {
        if (decimalSeparator == shape.separator)
            return number + shape.integer + Dot + shape.fraction;
        if (decimalSeparator == otherSeparator(shape.separator))
            return number + shape.integer + shape.fraction;
        return QString();
    }
    number += shape.integer;
    if (!shape.fraction.isEmpty())
        number += Dot + shape.fraction;
    return number;
}

} // namespace einvoice
