#pragma once

#include <QEventLoop>

#include <functional>
#include <optional>

// Runs an asynchronous call of the core to its end and returns its result. `start` gets a context
// object (the local event loop: callbacks tied to it never run once waitFor has returned) and the
// completion to call. A command line does one thing after another, so waiting in a local event
// loop keeps each command a straight sequence of steps; the core's timeouts bound every wait.
template<typename R>
R waitFor(const std::function<void(QObject *context, std::function<void(const R &)> done)> &start)
{
    QEventLoop loop;
    std::optional<R> result;
    start(&loop, [&result, &loop](const R &value) {
        result.emplace(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
