#pragma once

// A validator for the part of JSON Schema (2020-12) that templates/schema uses, so the tests
// need no validator package: type, properties, required, additionalProperties, items,
// minItems, enum, not, anyOf, pattern (PCRE2, unanchored as the standard says), minimum,
// maximum, propertyNames and local "$ref": "#/$defs/NAME". Annotations ($schema, $id,
// title, description) are ignored; any other keyword is reported, so the schema cannot use
// something this validator would silently skip.

#include <nlohmann/json.hpp>

#include <QRegularExpression>

#include <set>
#include <string>
#include <vector>

namespace stagecraft::testing {

class SchemaSubset
{
public:
    explicit SchemaSubset(nlohmann::json schema)
        : m_root(std::move(schema))
    {
    }

    // Every way `value` breaks the schema, as "POINTER: what"; empty when it validates.
    std::vector<std::string> errors(const nlohmann::json &value) const
    {
        std::vector<std::string> out;
        check(m_root, value, "", out);
        return out;
    }

    // Keywords anywhere in the schema that this validator does not implement.
    std::vector<std::string> unknownKeywords() const
    {
        std::vector<std::string> out;
        walk(m_root, "", out);
        return out;
    }

private:
    static void walk(const nlohmann::json &schema, const std::string &pointer, std::vector<std::string> &out)
    {
        if (!schema.is_object())
            return;
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            const std::string at = pointer + "/" + it.key();
            if (it.key() == "properties" || it.key() == "$defs") {
                for (auto inner = it->begin(); inner != it->end(); ++inner)
                    walk(*inner, at + "/" + inner.key(), out);
            } else if (it.key() == "anyOf") {
                for (std::size_t i = 0; i < it->size(); ++i)
                    walk((*it)[i], at + "/" + std::to_string(i), out);
            } else if (it.key() == "items" || it.key() == "not" || it.key() == "additionalProperties" || it.key() == "propertyNames") {
                walk(*it, at, out);
            } else if (!knownKeys().count(it.key())) {
                out.push_back(at);
            }
        }
    }

    static const std::set<std::string> &knownKeys()
    {
        static const std::set<std::string> keys{"$schema", "$id", "title", "description", "$defs", "type", "properties", "required",
                                                "additionalProperties", "items", "minItems", "enum", "not", "anyOf", "pattern",
                                                "minimum", "maximum", "propertyNames", "$ref"};
        return keys;
    }

    static bool hasType(const nlohmann::json &value, const std::string &type)
    {
        if (type == "object") return value.is_object();
        if (type == "array") return value.is_array();
        if (type == "string") return value.is_string();
        if (type == "boolean") return value.is_boolean();
        if (type == "integer") return value.is_number_integer();
        if (type == "number") return value.is_number();
        if (type == "null") return value.is_null();
        return false;
    }

    void check(const nlohmann::json &schema, const nlohmann::json &value, const std::string &pointer, std::vector<std::string> &out) const
    {
        const auto fail = [&](const std::string &what) { out.push_back((pointer.empty() ? "/" : pointer) + ": " + what); };
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (!knownKeys().count(it.key()))
                fail("the schema uses '" + it.key() + "', which this validator does not know");
        }
        if (schema.contains("$ref")) {
            const std::string ref = schema["$ref"];
            const std::string prefix = "#/$defs/";
            if (ref.rfind(prefix, 0) != 0 || !m_root["$defs"].contains(ref.substr(prefix.size())))
                return fail("unresolvable $ref " + ref);
            check(m_root["$defs"][ref.substr(prefix.size())], value, pointer, out);
        }
        if (schema.contains("type") && !hasType(value, schema["type"]))
            return fail("expected " + schema["type"].get<std::string>());
        if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end())
            fail("not one of " + schema["enum"].dump());
        if (schema.contains("not")) {
            std::vector<std::string> inner;
            check(schema["not"], value, pointer, inner);
            if (inner.empty())
                fail("matches what is ruled out: " + schema["not"].dump());
        }
        if (schema.contains("anyOf")) {
            // None matching: the closest alternative says what is wrong inside: one of the
            // value's own type if there is one, then the one with the fewest errors.
            std::vector<std::string> closest;
            bool closestHasType = false;
            bool any = false;
            for (const nlohmann::json &option : schema["anyOf"]) {
                std::vector<std::string> inner;
                check(option, value, pointer, inner);
                any = any || inner.empty();
                const bool typed = inner.empty() || inner.front().rfind((pointer.empty() ? "/" : pointer) + ": expected ", 0) != 0;
                if (closest.empty() || (typed && !closestHasType) || (typed == closestHasType && inner.size() < closest.size())) {
                    closest = inner;
                    closestHasType = typed;
                }
            }
            if (!any) {
                fail("matches none of the alternatives");
                out.insert(out.end(), closest.begin(), closest.end());
            }
        }
        if (value.is_string() && schema.contains("pattern")) {
            const QRegularExpression pattern(QString::fromStdString(schema["pattern"].get<std::string>()));
            if (!pattern.isValid() || !pattern.match(QString::fromStdString(value.get<std::string>())).hasMatch())
                fail("does not match " + schema["pattern"].get<std::string>());
        }
        if (value.is_number()) {
            if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>())
                fail("below " + schema["minimum"].dump());
            if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>())
                fail("above " + schema["maximum"].dump());
        }
        if (value.is_array()) {
            if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>())
                fail("fewer than " + schema["minItems"].dump() + " entries");
            if (schema.contains("items")) {
                for (std::size_t i = 0; i < value.size(); ++i)
                    check(schema["items"], value[i], pointer + "/" + std::to_string(i), out);
            }
        }
        if (value.is_object()) {
            for (const nlohmann::json &key : schema.value("required", nlohmann::json::array())) {
                if (!value.contains(key.get<std::string>()))
                    fail("missing key '" + key.get<std::string>() + "'");
            }
            const nlohmann::json properties = schema.value("properties", nlohmann::json::object());
            for (auto it = value.begin(); it != value.end(); ++it) {
                const std::string at = pointer + "/" + it.key();
                if (schema.contains("propertyNames"))
                    check(schema["propertyNames"], it.key(), at, out);
                if (properties.contains(it.key()))
                    check(properties[it.key()], it.value(), at, out);
                else if (schema.contains("additionalProperties")) {
                    const nlohmann::json &additional = schema["additionalProperties"];
                    if (additional.is_boolean()) {
                        if (!additional.get<bool>())
                            out.push_back(at + ": unknown key '" + it.key() + "'");
                    } else {
                        check(additional, it.value(), at, out);
                    }
                }
            }
        }
    }

    nlohmann::json m_root;
};

} // namespace stagecraft::testing
