#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>
#include <utility>

// The house's one way to call back.
//
// Every asynchronous call takes a context object and a completion:
//     void listWebhooks(QObject *context, std::function<void(const Result<...> &)> callback);
// and ends in exactly one call of the completion, tied to the context exactly as Qt ties a slot
// to its receiver in connect(sender, signal, context, functor): once the context is destroyed,
// the completion never runs. The service side keeps the pair in a ContextCallback and calls it
// either now (operator()) or through the event loop (later(): never before the asking call has
// returned, in the context's thread, dropped by Qt itself when the context is gone first).
//
// Work is cancelled the Qt way too: continuations are tied to an object that owns the work (a
// reply, a timer, a per-call guard), and destroying that object cancels them. No generation
// counters, no hand-kept QPointer checks at each call site.
template<typename... Args> class ContextCallback
{
public:
    using Function = std::function<void(Args...)>;

    ContextCallback() = default;
    ContextCallback(QObject *context, Function function) : m_context(context), m_function(std::move(function))
    { }

    QObject *context() const { return m_context.data(); }
    // The context still lives and there is something to call.
    bool isLive() const { return m_context && m_function; }

    // Calls the completion now, when its context still lives.
    void operator()(Args... args) const
    {
        if (isLive())
            m_function(std::forward<Args>(args)...);
    }

    // Calls the completion through the event loop, when its context still lives then.
    void later(Args... args) const
    {
        if (!isLive())
            return;
        QMetaObject::invokeMethod(
            m_context.data(),
            [function = m_function, ... values = std::decay_t<Args>(args)] { function(values...); },
            Qt::QueuedConnection);
    }

private:
    QPointer<QObject> m_context;
    Function m_function;
};

// The completion of `callback`, tied to `context`: the form every service stores.
template<typename R>
ContextCallback<const R &> bindToContext(QObject *context, std::function<void(const R &)> callback)
{
    return ContextCallback<const R &>(context, std::move(callback));
}
