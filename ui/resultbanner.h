#pragma once

class QLabel;

// A result shown as a coloured panel (a QLabel filling its background): green when it went well,
// red when it did not, amber when nothing could be decided yet, plain otherwise. The text colours
// are FieldMessage's, so every dialog speaks in the same colours, light and dark palettes alike.
namespace ResultBanner {

enum class Tone {
    Plain,
    Good,
    Bad,
    Caution
};

void paint(QLabel *label, Tone tone);

} // namespace ResultBanner
