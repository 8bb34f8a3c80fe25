#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace einvoice {

// Accent- and case-insensitive search text for Vietnamese, fast enough to fold 100,000 rows when
// the list opens: "Nguyễn Văn Đức" -> "nguyen van duc". Gives the same letters as
// store/searchfold.h's foldForSearch, without normalising whole strings (a table per character).
class SearchKey
{
public:
    // Folds one text: marks dropped, đ/Đ -> d, lower case. White space is kept as is.
    static QString fold(QStringView text);
    // The key of one list row: its fields folded and joined by a separator no term contains.
    static QString forRow(QStringView number, QStringView buyer, QStringView taxCode, QStringView reference);
    // The folded, white-space separated terms of a search box; every term must occur in a key.
    static QStringList terms(QStringView searchText);
    static bool matches(const QString &key, const QStringList &terms);
};

} // namespace einvoice
