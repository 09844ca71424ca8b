#pragma once

// Finding the widgets a test drives (header only). A child that is not there stops the test
// run with a message naming it, in every build type (Q_ASSERT vanishes in release builds and
// the test would go on to dereference a null pointer). Qt Test reports the message as a failure
// of the test function that asked.

#include <QLatin1String>
#include <QObject>
#include <QtGlobal>

namespace TestSupport {

template<typename T> T *requireChild(const QObject *parent, const char *name)
{
    T *child = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!child) {
        qFatal("%s has no %s named \"%s\"", parent ? parent->metaObject()->className() : "(no parent)",
               T::staticMetaObject.className(), name);
    }
    return child;
}

} // namespace TestSupport
