#pragma once

// Screenshots for people to look at (header only): <build>/screenshots/<name>. A picture that
// could not be taken or written fails the test that wanted it:
//   WC_SAVE_SCREENSHOT(dialog, QStringLiteral("register-dialog-empty.png"));

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QString>
#include <QTest>
#include <QWidget>

namespace ScreenshotTest {

inline QString path(const QString &name)
{
    const QString dir = QStringLiteral(WC_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// True when a non-empty picture of `widget` is now in the file.
inline bool save(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents(); // pending layout requests first
    const QPixmap picture = widget->grab();
    const QString file = path(name);
    return !picture.isNull() && picture.save(file, "PNG") && QFileInfo(file).size() > 0;
}

} // namespace ScreenshotTest

#define WC_SAVE_SCREENSHOT(widget, name) \
    QVERIFY2(ScreenshotTest::save((widget), (name)), \
             qPrintable(QStringLiteral("could not save the screenshot ") + ScreenshotTest::path(name)))
