#include "detect/filereaders.h"

#include "detect/detectors.h"
#include "detect/versions.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace stagecraft {

namespace {

std::vector<std::string> split(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(separator, start);
        if (end == std::string::npos)
            end = text.size();
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

void add(std::vector<std::string> &values, std::string value)
{
    if (values.size() < MaxReaderValues)
        values.push_back(std::move(value));
}

void collectJson(const nlohmann::json &node, const std::vector<std::string> &path, std::size_t index,
                 std::vector<std::string> &values, bool stringsOnly)
{
    if (values.size() >= MaxReaderValues)
        return;
    if (index == path.size()) {
        if (stringsOnly && !node.is_string())
            return;
        if (node.is_string())
            add(values, node.get<std::string>());
        else if (node.is_boolean())
            add(values, node.get<bool>() ? "true" : "false");
        else if (node.is_number_integer())
            add(values, std::to_string(node.get<long long>()));
        else if (node.is_number())
            add(values, node.dump());
        else if (!node.is_null())
            add(values, "true");
        return;
    }
    const std::string &segment = path[index];
    if (node.is_object()) {
        if (segment == "*") {
            for (const auto &member : node)
                collectJson(member, path, index + 1, values, stringsOnly);
        } else if (const auto it = node.find(segment); it != node.end()) {
            collectJson(*it, path, index + 1, values, stringsOnly);
        }
    } else if (node.is_array()) {
        if (segment == "*") {
            for (const auto &element : node)
                collectJson(element, path, index + 1, values, stringsOnly);
        } else if (!segment.empty() && segment.size() < 10 && segment.find_first_not_of("0123456789") == std::string::npos) {
            const std::size_t at = std::strtoul(segment.c_str(), nullptr, 10);
            if (at < node.size())
                collectJson(node[at], path, index + 1, values, stringsOnly);
        }
    }
}

void collectToml(const toml::node &node, const std::vector<std::string> &path, std::size_t index,
                 std::vector<std::string> &values)
{
    if (values.size() >= MaxReaderValues)
        return;
    if (index == path.size()) {
        if (const auto *text = node.as_string())
            add(values, text->get());
        else if (const auto *number = node.as_integer())
            add(values, std::to_string(number->get()));
        else if (const auto *flag = node.as_boolean())
            add(values, flag->get() ? "true" : "false");
        else if (node.is_table() || node.is_array())
            add(values, "true");
        return;
    }
    const std::string &segment = path[index];
    if (const auto *table = node.as_table()) {
        if (segment == "*") {
            for (const auto &[name, member] : *table)
                collectToml(member, path, index + 1, values);
        } else if (const toml::node *member = table->get(segment)) {
            collectToml(*member, path, index + 1, values);
        }
    } else if (const auto *array = node.as_array()) {
        if (segment == "*") {
            for (const auto &element : *array)
                collectToml(element, path, index + 1, values);
        }
    }
}

std::string unquoted(std::string value)
{
    value = trimmed(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

// A YAML plain or quoted scalar with its trailing comment removed; nullopt for what this
// subset does not read (flow collections, block scalars, anchors, aliases, tags).
std::optional<std::string> yamlScalar(std::string value)
{
    value = trimmed(value);
    if (value.empty())
        return std::nullopt;
    if (value.front() == '"' || value.front() == '\'') {
        const auto close = value.find(value.front(), 1);
        if (close == std::string::npos)
            return std::nullopt;
        return value.substr(1, close - 1);
    }
    if (std::string("[{|>&*!%@`").find(value.front()) != std::string::npos)
        return std::nullopt;
    if (const auto hash = value.find(" #"); hash != std::string::npos)
        value = trimmed(value.substr(0, hash));
    return value;
}

// The position of a mapping's ':' (followed by a space or the end of the line) outside
// quotes, or npos.
std::size_t yamlColon(const std::string &line)
{
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            if (i == 0)
                quote = c;
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ')) {
            return std::string::npos;
        } else if (c == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) {
            return i;
        }
    }
    return std::string::npos;
}

} // namespace

std::vector<std::string> jsonValues(const nlohmann::json &document, const std::string &pointer, bool stringsOnly)
{
    std::vector<std::string> values;
    std::vector<std::string> path;
    if (!pointer.empty()) {
        path = split(pointer.substr(1), '/');
        for (auto &segment : path) {
            std::string unescaped;
            for (std::size_t i = 0; i < segment.size(); ++i) {
                if (segment[i] == '~' && i + 1 < segment.size() && (segment[i + 1] == '0' || segment[i + 1] == '1')) {
                    unescaped += segment[i + 1] == '0' ? '~' : '/';
                    ++i;
                } else {
                    unescaped += segment[i];
                }
            }
            segment = unescaped;
        }
    }
    collectJson(document, path, 0, values, stringsOnly);
    return values;
}

std::vector<std::string> tomlValues(const toml::table &document, const std::string &key)
{
    std::vector<std::string> values;
    collectToml(document, split(key, '.'), 0, values);
    return values;
}

std::vector<std::string> yamlValues(const std::string &text, const std::string &key)
{
    const std::vector<std::string> target = split(key, '.');
    struct Level
    {
        std::size_t indent;
        std::string segment;
        bool item;
    };
    std::vector<Level> stack;
    std::vector<std::string> values;
    auto matches = [&](const std::string &last) {
        if (stack.size() + 1 != target.size() || target.back() != last)
            return false;
        for (std::size_t i = 0; i < stack.size(); ++i) {
            if (stack[i].segment != target[i])
                return false;
        }
        return true;
    };
    std::size_t start = 0;
    while (start < text.size() && values.size() < MaxReaderValues) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string raw = text.substr(start, end - start);
        start = end + 1;
        if (!raw.empty() && raw.back() == '\r')
            raw.pop_back();
        std::size_t indent = raw.find_first_not_of(' ');
        if (indent == std::string::npos || raw[indent] == '#' || raw.compare(indent, 3, "---") == 0
            || raw.compare(indent, 3, "...") == 0)
            continue;
        if (raw[indent] == '\t')
            break; // tabs may not indent YAML: the rest cannot be read reliably
        std::string content = raw.substr(indent);
        bool item = content == "-" || content.rfind("- ", 0) == 0;
        while (!stack.empty()
               && (stack.back().indent > indent
                   || (stack.back().indent == indent && !(item && !stack.back().item))))
            stack.pop_back();
        if (item) {
            const std::size_t skip = content.find_first_not_of(' ', 1);
            const std::string rest = skip == std::string::npos ? std::string() : content.substr(skip);
            if (!rest.empty() && yamlColon(rest) == std::string::npos && matches("*")) {
                if (const auto value = yamlScalar(rest))
                    add(values, *value);
            }
            stack.push_back({indent, "*", true});
            if (rest.empty() || yamlColon(rest) == std::string::npos)
                continue;
            // "- key: value": a mapping inside the item, indented by the dash.
            indent += skip;
            content = rest;
        }
        const std::size_t colon = yamlColon(content);
        if (colon == std::string::npos)
            continue;
        const std::string name = unquoted(content.substr(0, colon));
        const std::string rest = content.substr(colon + 1);
        if (trimmed(rest).empty() || trimmed(rest)[0] == '#') {
            stack.push_back({indent, name, false});
            continue;
        }
        if (matches(name)) {
            if (const auto value = yamlScalar(rest))
                add(values, *value);
        }
    }
    return values;
}

std::vector<std::string> iniValues(const std::string &text, const std::string &key)
{
    const std::size_t dot = key.rfind('.');
    const std::string section = dot == std::string::npos ? std::string() : key.substr(0, dot);
    const std::string name = dot == std::string::npos ? key : key.substr(dot + 1);
    std::vector<std::string> values;
    std::string current;
    std::size_t start = 0;
    while (start < text.size() && values.size() < MaxReaderValues) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string line = trimmed(text.substr(start, end - start));
        start = end + 1;
        if (line.empty() || line[0] == '#' || line[0] == ';')
            continue;
        if (line[0] == '[') {
            const auto close = line.find(']');
            current = close == std::string::npos ? std::string() : trimmed(line.substr(1, close - 1));
            continue;
        }
        const std::size_t separator = line.find_first_of("=:");
        if (separator == std::string::npos || current != section || trimmed(line.substr(0, separator)) != name)
            continue;
        add(values, unquoted(line.substr(separator + 1)));
    }
    return values;
}

XmlValues xmlValues(const std::string &text, const std::string &path)
{
    XmlValues out;
    const bool anywhere = path.rfind("//", 0) == 0;
    std::vector<std::string> target = split(anywhere ? path.substr(2) : path, '/');
    std::string attribute;
    if (!target.empty() && !target.back().empty() && target.back()[0] == '@') {
        attribute = target.back().substr(1);
        target.pop_back();
    }
    std::vector<std::string> elements;
    auto matches = [&] {
        if (anywhere ? elements.size() < target.size() : elements.size() != target.size())
            return false;
        return std::equal(target.begin(), target.end(), elements.end() - std::ptrdiff_t(target.size()));
    };
    QXmlStreamReader xml(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (!elements.empty())
                elements.pop_back();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        elements.push_back(xml.name().toString().toStdString());
        if (!matches() || out.values.size() >= MaxReaderValues)
            continue;
        if (!attribute.empty()) {
            const auto value = xml.attributes().value(QString::fromStdString(attribute));
            if (!value.isNull())
                out.values.push_back(value.toString().trimmed().toStdString());
            continue;
        }
        // Reading the text consumes the element's end.
        out.values.push_back(xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed().toStdString());
        elements.pop_back();
    }
    if (xml.hasError()) {
        out.values.clear();
        out.line = xml.lineNumber();
        out.column = xml.columnNumber();
        out.error = xml.errorString().toStdString();
        out.problem = "malformed XML at line " + std::to_string(out.line) + ", column " + std::to_string(out.column) + " ("
                      + out.error + ")";
    }
    return out;
}

std::string reduceVersion(const std::string &reduction, const std::string &text)
{
    if (reduction == "majorMinor" || reduction == "bun")
        return reduceMajorMinor(text);
    if (reduction == "node")
        return reduceNodeVersion(text);
    if (reduction == "java")
        return reduceJavaVersion(text);
    if (reduction == "major") {
        const std::string version = reduceMajorMinor(text);
        return version.substr(0, version.find('.'));
    }
    if (reduction == "dotnet") {
        // Several target frameworks ("net6.0;net8.0"): the image runs the newest.
        std::string best;
        auto parts = [](const std::string &v) {
            const auto dot = v.find('.');
            return std::pair<int, int>(std::atoi(v.substr(0, dot).c_str()),
                                       dot == std::string::npos ? 0 : std::atoi(v.substr(dot + 1).c_str()));
        };
        for (const std::string &framework : split(text, ';')) {
            const std::string version = reduceDotnetVersion(trimmed(framework));
            if (!version.empty() && (best.empty() || parts(version) > parts(best)))
                best = version;
        }
        return best;
    }
    return trimmed(text);
}

} // namespace stagecraft
