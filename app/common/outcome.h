#pragma once

#include <optional>
#include <string>
#include <utility>

namespace stagecraft {

// A value or a one-line reason why there is none. Errors are values in the core:
// nothing here throws across an API boundary.
template<typename T>
class Outcome
{
public:
    static Outcome success(T value) { Outcome o; o.m_value = std::move(value); return o; }
    static Outcome failure(std::string error) { Outcome o; o.m_error = std::move(error); return o; }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const std::string &error() const { return m_error; }

private:
    std::optional<T> m_value;
    std::string m_error;
};

} // namespace stagecraft
