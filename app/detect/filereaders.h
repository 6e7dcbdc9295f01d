#pragma once

#include <nlohmann/json.hpp>
#include <toml++/toml.hpp>

#include <cstddef>
#include <string>
#include <vector>

// The named readers of detection data (catalog/detectspec.h): each finds the values at a
// key in one file's text or parsed document. Each handles only the subset detection needs;
// none follows references, includes or entities. Pure functions, never throwing.
namespace stagecraft {

// No key returns more values than this: a list of a million entries is read no further.
inline constexpr std::size_t MaxReaderValues = 64;

// `pointer` is a JSON pointer whose "*" segments visit every member or element; "" is the
// whole document. Strings as they are, numbers and booleans as text, objects and arrays
// as "true" (present).
// With `stringsOnly`, only strings count (a package name of 5 is no name).
std::vector<std::string> jsonValues(const nlohmann::json &document, const std::string &pointer, bool stringsOnly = false);
// `key` is dotted ("package.rust-version", "bin.*.name"); like jsonValues otherwise.
std::vector<std::string> tomlValues(const toml::table &document, const std::string &key);
// `key` is dotted through block mappings ("services.web.image"), "*" visits the items of a
// block list. Flow collections, anchors and multi-line scalars read as not found.
std::vector<std::string> yamlValues(const std::string &text, const std::string &key);
// `key` is "section.name" (split at the last dot) or "name" for keys before any section.
std::vector<std::string> iniValues(const std::string &text, const std::string &key);

// `path` is an element path from the root ("project/properties/java.version"), or "//a/b"
// for that tail anywhere; a last segment "@Name" reads an attribute. Text is trimmed.
struct XmlValues
{
    std::vector<std::string> values;
    std::string problem; // "malformed XML at line L, column C (...)": then values is empty
    // The problem's parts, for a message that words it in the user's language: the line and
    // column, and what the XML reader says (...).
    long long line = 0;
    long long column = 0;
    std::string error;
};
XmlValues xmlValues(const std::string &text, const std::string &path);

// A version as a file states it, reduced the named way (catalog/detectspec.h
// knownReductions); "" reduction returns the text trimmed.
std::string reduceVersion(const std::string &reduction, const std::string &text);

} // namespace stagecraft
