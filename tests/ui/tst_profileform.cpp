// ProfileForm: its hints come and go as the user types without moving the fields below them
// (each keystroke is a real key event; the positions are compared after the layout settles).

#include "profileform.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

class TestProfileForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typing_doesNotMoveTheFields()
    {
        ProfileForm form;
        QObject::connect(&form, &ProfileForm::changed, &form, [&form] { form.validate(); });
        form.resize(560, 900);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.validate();
        settle();
        auto *name = form.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        auto *msn = form.findChild<QLineEdit *>(QStringLiteral("msnLineEdit"));
        auto *environment = form.findChild<QComboBox *>(QStringLiteral("environmentComboBox"));
        auto *clientId = form.findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"));
        auto *systemName = form.findChild<QLineEdit *>(QStringLiteral("systemNameLineEdit"));
        QVERIFY(name && msn && environment && clientId && systemName);
        const int environmentY = environment->mapTo(&form, QPoint()).y();
        const int clientIdY = clientId->mapTo(&form, QPoint()).y();
        const int systemNameY = systemName->mapTo(&form, QPoint()).y();
        auto *msnStatus = form.findChild<QLabel *>(QStringLiteral("msnStatusLabel"));
        QStringList seen; // the MSN hints met on the way: the test must have made them change

        const auto typeAndCheck = [&](QLineEdit *field, const QList<int> &keys) {
            field->setFocus();
            for (const int key : keys) {
                QTest::keyClick(field, Qt::Key(key));
                settle();
                if (!seen.contains(msnStatus->text()))
                    seen << msnStatus->text();
                QCOMPARE(environment->mapTo(&form, QPoint()).y(), environmentY);
                QCOMPARE(clientId->mapTo(&form, QPoint()).y(), clientIdY);
                QCOMPARE(systemName->mapTo(&form, QPoint()).y(), systemNameY);
            }
        };
        typeAndCheck(name,
                     {Qt::Key_S, Qt::Key_H, Qt::Key_O, Qt::Key_P, Qt::Key_Backspace, Qt::Key_Backspace,
                      Qt::Key_Backspace, Qt::Key_Backspace});
        typeAndCheck(msn,
                     {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7,
                      Qt::Key_Backspace, Qt::Key_X, Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace,
                      Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace});
        typeAndCheck(systemName, {Qt::Key_A, Qt::Key_Space, Qt::Key_Backspace, Qt::Key_Backspace});
        QVERIFY2(seen.size() >= 3, qPrintable(seen.join(QLatin1String(" | ")))); // hint, error, nothing
    }

private:
    static void settle()
    {
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }
};

QTEST_MAIN(TestProfileForm)
#include "tst_profileform.moc"
