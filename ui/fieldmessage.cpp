#include "fieldmessage.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace FieldMessage {

QColor color(const QPalette &palette, FieldSeverity severity)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case FieldSeverity::Error: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case FieldSeverity::Warning: return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case FieldSeverity::Ok: return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    case FieldSeverity::Info:
    case FieldSeverity::None: break;
    }
    return palette.color(QPalette::WindowText);
}

void show(QLabel *label, FieldSeverity severity, const QString &text)
{
    // The label's own palette carries the last colour: judge against its window's.
    const QWidget *window = label->window();
    const QPalette reference = window && window != label ? window->palette() : QApplication::palette(label);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color(reference, severity));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace FieldMessage
