#pragma once

#include <QAction>

#include <functional>

class QLineEdit;

// A "show/hide" eye at the end of a password field: checkable, Ctrl+H while the field has focus,
// icon and tooltip following its state, the palette and the language. The field starts hidden.
// The one eye of the window: every password field with a reveal toggle uses it.
class RevealAction final : public QAction
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealAction)

public:
    // Adds the eye to `field`, which owns it; its object name is the field's + "RevealAction".
    static RevealAction *attach(QLineEdit *field);

    QLineEdit *field() const { return m_field; }

    // While `holdBack` answers true, checking the eye does not show the text yet (it is still
    // being loaded, say); call refresh() once it may show.
    void setHoldBack(std::function<bool()> holdBack);
    // Unchecked and hidden again, without emitting toggled().
    void conceal();
    // The echo mode, icon and texts for the current state.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RevealAction(QLineEdit *field);

    QLineEdit *m_field;
    std::function<bool()> m_holdBack;
};
