#include "contrast.h"

#include <QPalette>

#include <cmath>

namespace einvoice {

namespace {

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double Contrast::luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::readableOn(const QColor &colour, const QColor &background, double minimum)
{
    const bool lighten = luminance(background) < 0.18;
    QColor candidate = colour.toHsl();
    for (int step = 0; step < 20 && ratio(candidate, background) < minimum; ++step) {
        const int lightness = candidate.lightness();
        const int next = lighten ? std::min(255, lightness + 13) : std::max(0, lightness - 13);
        candidate.setHsl(candidate.hslHue(), candidate.hslSaturation(), next, candidate.alpha());
    }
    if (ratio(candidate, background) < minimum)
        return lighten ? QColor(Qt::white) : QColor(Qt::black);
    return candidate.toRgb();
}

bool Contrast::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

} // namespace einvoice
