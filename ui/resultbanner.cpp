#include "resultbanner.h"

#include "fieldmessage.h"

#include <QApplication>
#include <QLabel>

namespace ResultBanner {

void paint(QLabel *label, Tone tone)
{
    // The label's own palette carries the last colours: judge against its window's.
    const QWidget *window = label->window();
    const QPalette reference = window && window != label ? window->palette() : QApplication::palette(label);
    QPalette palette = reference;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor background = palette.color(QPalette::Window);
    FieldSeverity severity = FieldSeverity::None;
    switch (tone) {
    case Tone::Good:
        background = dark ? QColor(0x1b, 0x3d, 0x1f) : QColor(0xe6, 0xf4, 0xe7);
        severity = FieldSeverity::Ok;
        break;
    case Tone::Bad:
        background = dark ? QColor(0x5c, 0x1e, 0x22) : QColor(0xfd, 0xe7, 0xe9);
        severity = FieldSeverity::Error;
        break;
    case Tone::Caution:
        background = dark ? QColor(0x4a, 0x38, 0x10) : QColor(0xff, 0xf4, 0xe0);
        severity = FieldSeverity::Warning;
        break;
    case Tone::Plain: break;
    }
    palette.setColor(QPalette::WindowText, FieldMessage::color(reference, severity));
    palette.setColor(QPalette::Window, background);
    label->setAutoFillBackground(true);
    label->setPalette(palette);
}

} // namespace ResultBanner
