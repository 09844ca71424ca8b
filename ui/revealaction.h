#pragma once

class QAction;
class QLineEdit;

// A "show/hide" eye at the end of a password field: checkable, Ctrl+H while the field has focus,
// icon and tooltip following its state. The field starts hidden.
namespace RevealAction {

QAction *attach(QLineEdit *field);
// Icon and texts again, after a language or palette change.
void refresh(QLineEdit *field, QAction *action);

} // namespace RevealAction
