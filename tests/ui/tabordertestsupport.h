#pragma once

// The Tab order of a window (header only), walked with real Tab key presses and compared with the
// order its layouts show: top to bottom, and left to right within a row (a form's label and field,
// a grid's cells, a box layout's items as they stand), the buttons of a button box as they stand
// on the screen, into group boxes, scroll areas and the current page of tabs and stacks.
//   const QStringList problems = TabOrderTest::problems(dialog);
//   QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace TabOrderTest {

// A widget that Tab stops at.
inline bool takesTab(const QWidget *widget, const QWidget *window)
{
    if (!widget->isVisibleTo(window) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
        || widget->focusProxy())
        return false;
    // Auto-exclusive radio buttons (siblings of one parent) are one Tab stop, as on every desktop:
    // Tab enters the group at its checked button, the arrow keys move within it.
    if (const auto *radio = qobject_cast<const QRadioButton *>(widget);
        radio && radio->autoExclusive() && !radio->isChecked()) {
        const auto siblings = radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
        return std::none_of(siblings.cbegin(), siblings.cend(), [&](const QRadioButton *other) {
            return other != radio && other->autoExclusive() && other->isChecked()
                && other->isVisibleTo(window) && other->isEnabled();
        });
    }
    return true;
}

inline QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                  : widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && !button->text().isEmpty())
        name += QStringLiteral(" “%1”").arg(button->text());
    return name;
}

inline void collectWidget(QWidget *widget, const QWidget *window, QList<QWidget *> &order);

inline void collectLayout(QLayout *layout, const QWidget *window, QList<QWidget *> &order)
{
    struct Placed
    {
        int row;
        int column;
        QLayoutItem *item;
    };
    QList<Placed> placed;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            placed.append({row, column, item});
        } else if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            int row = 0;
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getItemPosition(i, &row, &role);
            placed.append({row, role == QFormLayout::FieldRole ? 1 : 0, item});
        } else if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
            const bool reversed
                = box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop;
            placed.append({reversed ? layout->count() - i : i, 0, item});
        } else {
            placed.append({i, 0, item});
        }
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    for (const Placed &entry : placed) {
        if (QWidget *widget = entry.item->widget())
            collectWidget(widget, window, order);
        else if (QLayout *inner = entry.item->layout())
            collectLayout(inner, window, order);
    }
}

inline void collectWidget(QWidget *widget, const QWidget *window, QList<QWidget *> &order)
{
    if (!widget->isVisibleTo(window))
        return;
    if (auto *box = qobject_cast<QDialogButtonBox *>(widget)) {
        QList<QAbstractButton *> buttons;
        for (QAbstractButton *button : box->buttons()) {
            if (takesTab(button, window))
                buttons << button;
        }
        std::sort(buttons.begin(), buttons.end(),
                  [](const QAbstractButton *a, const QAbstractButton *b) { return a->x() < b->x(); });
        for (QAbstractButton *button : buttons)
            order << button;
        return;
    }
    if (takesTab(widget, window))
        order << widget;
    if (auto *area = qobject_cast<QScrollArea *>(widget)) {
        if (area->widget())
            collectWidget(area->widget(), window, order);
        return;
    }
    // Widgets whose inner parts are theirs alone.
    if (qobject_cast<QAbstractScrollArea *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget)) {
        return;
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        if (takesTab(tabs->tabBar(), window))
            order << tabs->tabBar();
        if (tabs->currentWidget())
            collectWidget(tabs->currentWidget(), window, order);
        return;
    }
    if (auto *stack = qobject_cast<QStackedWidget *>(widget)) {
        if (stack->currentWidget())
            collectWidget(stack->currentWidget(), window, order);
        return;
    }
    if (widget->layout())
        collectLayout(widget->layout(), window, order);
}

// The widgets Tab should visit, in the order the layouts show them.
inline QList<QWidget *> expectedOrder(QWidget *window)
{
    QList<QWidget *> order;
    if (window->layout())
        collectLayout(window->layout(), window, order);
    return order;
}

// Differences between the expected order and the one Tab (a key event each time) follows,
// starting at the first widget; empty when they are the same cycle. The focus is put back.
inline QStringList problems(QWidget *window)
{
    const QList<QWidget *> expected = expectedOrder(window);
    if (expected.size() < 2)
        return {};
    QWidget *focusedBefore = window->focusWidget();
    QApplication::setActiveWindow(window);
    expected.constFirst()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> actual{window->focusWidget()};
    for (qsizetype step = 0; step < expected.size() + 2; ++step) {
        QWidget *from = window->focusWidget();
        if (!from)
            break;
        QTest::keyClick(from, Qt::Key_Tab);
        QWidget *to = window->focusWidget();
        if (to == expected.constFirst() || to == from)
            break;
        actual << to;
    }
    if (focusedBefore)
        focusedBefore->setFocus(Qt::OtherFocusReason);
    if (actual == expected)
        return {};
    QStringList expectedNames;
    QStringList actualNames;
    for (const QWidget *widget : expected)
        expectedNames << describe(widget);
    for (const QWidget *widget : actual)
        actualNames << describe(widget);
    return {QStringLiteral("%1: the Tab order is\n    %2\n  but the layout reads\n    %3")
                .arg(describe(window), actualNames.join(QStringLiteral(" → ")),
                     expectedNames.join(QStringLiteral(" → ")))};
}

} // namespace TabOrderTest
