#pragma once

#include <QColor>

class QPalette;

namespace einvoice {

// Colours that stay readable on the system palette, light or dark: the WCAG contrast ratio and
// a colour nudged lighter or darker until it reaches a ratio against a background.
class Contrast
{
public:
    // WCAG 2 contrast ratio, 1 (same luminance) to 21 (black on white).
    static double ratio(const QColor &a, const QColor &b);
    // colour itself when it reaches minimum against background; otherwise the same hue made
    // lighter (on a dark background) or darker (on a light one) until it does.
    static QColor readableOn(const QColor &colour, const QColor &background, double minimum = 4.5);
    // True for a dark theme: the window background is darker than its text.
    static bool isDark(const QPalette &palette);

private:
    static double luminance(const QColor &colour);
};

} // namespace einvoice
