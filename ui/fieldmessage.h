#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPalette;

// How a message beside a field reads: plain, fine, a warning or an error.
enum class FieldSeverity {
    None,
    Info,
    Ok,
    Warning,
    Error
};

// The coloured status line under a form field ("Use https://…", "Saved."), shared by every
// dialog so they all speak in the same colours, in light and dark palettes alike.
namespace FieldMessage {
// The text colour for `severity` against `palette` (None and Info: the palette's own text).
QColor color(const QPalette &palette, FieldSeverity severity);
// Shows `text` in `label`, coloured for `severity` against the label's window; an empty text
// hides the label.
void show(QLabel *label, FieldSeverity severity, const QString &text);
} // namespace FieldMessage
