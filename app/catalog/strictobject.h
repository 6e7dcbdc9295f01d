#pragma once

#include "common/translated.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace stagecraft {

// What is wrong in a template, and where (a JSON pointer into the composed template). The
// template parsers throw it from deep inside and turn it into their issue where a file ends.
struct TemplateError
{
    std::string pointer;
    std::string message;
};

[[noreturn]] inline void failAt(const std::string &pointer, const std::string &message)
{
    throw TemplateError{pointer, message};
}

// A JSON object of a template, read strictly: wrong types are TemplateErrors naming the key's
// pointer, and finish() refuses any key nobody asked for.
class StrictObject
{
public:
    StrictObject(const nlohmann::json &json, std::string pointer)
        : m_json(json), m_pointer(std::move(pointer))
    {
        if (!m_json.is_object())
            failAt(m_pointer, coreText("templates", "expected an object"));
    }

    // Call after reading: any key nobody asked for is a mistake in the file.
    void finish() const
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (std::find(m_seen.begin(), m_seen.end(), &*it) == m_seen.end())
                failAt(m_pointer, withArgs(coreText("templates", "unknown key '%1'"), {it.key()}));
        }
    }

    bool has(const std::string &key) const { return m_json.contains(key); }
    std::string path(const std::string &key) const { return m_pointer + "/" + key; }

    const nlohmann::json *value(const std::string &key)
    {
        const auto it = m_json.find(key);
        if (it == m_json.end())
            return nullptr;
        m_seen.push_back(&*it);
        return &*it;
    }

    std::string string(const std::string &key, bool required = false)
    {
        const nlohmann::json *v = value(key);
        if (!v) {
            if (required)
                failAt(m_pointer, withArgs(coreText("templates", "missing key '%1'"), {key}));
            return {};
        }
        if (!v->is_string())
            failAt(path(key), coreText("templates", "expected a string"));
        return v->get<std::string>();
    }

    bool boolean(const std::string &key, bool fallback = false)
    {
        const nlohmann::json *v = value(key);
        if (!v)
            return fallback;
        if (!v->is_boolean())
            failAt(path(key), coreText("templates", "expected true or false"));
        return v->get<bool>();
    }

    int integer(const std::string &key, int fallback)
    {
        const nlohmann::json *v = value(key);
        if (!v)
            return fallback;
        // get<int>() would wrap a larger number (4294967297 -> 1) into a value that passes
        // every later range check.
        const bool fits = v->is_number_unsigned() ? v->get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<int>::max())
                                                  : v->is_number_integer() && v->get<std::int64_t>() >= std::numeric_limits<int>::min()
                                                        && v->get<std::int64_t>() <= std::numeric_limits<int>::max();
        if (!fits)
            failAt(path(key), withArgs(coreText("templates", "expected an integer from %1 to %2"),
                                       {std::to_string(std::numeric_limits<int>::min()), std::to_string(std::numeric_limits<int>::max())}));
        return v->get<int>();
    }

    std::vector<std::string> strings(const std::string &key)
    {
        const nlohmann::json *v = value(key);
        return v ? stringList(*v, path(key)) : std::vector<std::string>{};
    }

    static std::vector<std::string> stringList(const nlohmann::json &v, const std::string &pointer)
    {
        if (!v.is_array())
            failAt(pointer, coreText("templates", "expected a list of strings"));
        std::vector<std::string> out;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string())
                failAt(pointer + "/" + std::to_string(i), coreText("templates", "expected a string"));
            out.push_back(v[i].get<std::string>());
        }
        return out;
    }

    std::map<std::string, std::string> stringMap(const std::string &key)
    {
        const nlohmann::json *v = value(key);
        std::map<std::string, std::string> out;
        if (!v)
            return out;
        if (!v->is_object())
            failAt(path(key), coreText("templates", "expected an object of strings"));
        for (auto it = v->begin(); it != v->end(); ++it) {
            if (!it->is_string())
                failAt(path(key) + "/" + it.key(), coreText("templates", "expected a string"));
            out[it.key()] = it->get<std::string>();
        }
        return out;
    }

    template<typename F>
    void forEach(const std::string &key, F &&each)
    {
        const nlohmann::json *v = value(key);
        if (!v)
            return;
        if (!v->is_array())
            failAt(path(key), coreText("templates", "expected a list"));
        for (std::size_t i = 0; i < v->size(); ++i)
            each((*v)[i], path(key) + "/" + std::to_string(i));
    }

private:
    const nlohmann::json &m_json;
    std::string m_pointer;
    std::vector<const nlohmann::json *> m_seen; // the values asked for (objects have few keys)
};

} // namespace stagecraft
