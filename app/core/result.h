#pragma once

#include "core/apierror.h"

#include <utility>
#include <variant>

// The outcome of one asynchronous call: either a value or an error, never both.
template<typename T, typename E = ApiError> class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    // A default error when the call succeeded (so diagnostics may always ask for it).
    const E &error() const
    {
        static const E none{};
        return ok() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, E> m_data;
};

// For calls that succeed with nothing to say (delete).
struct Done
{ };
