#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft {

// Templates compose at load time, into the plain template the parser and the generator know:
// - `"extends": "node"` at the top of a stack file starts from the stack node.json (itself
//   composed) and lays this file over it: objects merge key by key, any other value
//   (a list included) replaces the parent's, and null removes the parent's key.
// - `{"include": "node-versions"}` anywhere a value can stand is replaced by the part
//   parts/node-versions.json; as an entry of a list, a part that is a list is spliced in.
//   `{"include": "node-options#/locked"}` takes the value at that JSON pointer of the part.
//   An object with "include" and other keys is the part (an object) with those keys laid
//   over it, so `"vars": {"include": "node-vars", "webRoot": "/srv/www"}` adds one.
// Names are file names without ".json" (lower case letters, digits, '-'), looked up in the
// including file's own folder, then in the folders loaded before it (the built-in
// templates), never anywhere else; a stack never extends itself, so a user's node.json can
// extend the built-in node. Parts include parts; a chain that comes back is an error
// naming it, and chains are at most MaxCompositionDepth files long.
inline constexpr int MaxCompositionDepth = 8;
// The files a template extends and includes, each counted every time it is used, add up to
// at most this: a part included by parts included many times cannot grow without bound.
inline constexpr std::size_t MaxComposedBytes = 1024 * 1024;

// Where a value of the composed template was written: the file, and its pointer there.
struct TemplateOrigin
{
    std::string composedPointer; // where it is in the composed template
    std::string file;
    std::string pointer; // where it is in `file`
};

struct ComposedTemplate
{
    nlohmann::json json;
    // Longest-prefix map back to the files (see originOf); the stack file itself is "".
    std::vector<TemplateOrigin> origins;
};

struct CompositionError
{
    std::string file;
    std::string pointer;
    std::string message;
};

// `json` was read from `file`; `searchFolders` are the folders to look names up in, the
// file's own first. Errors name the file that holds the bad reference.
struct CompositionResult
{
    ComposedTemplate composed;
    std::optional<CompositionError> error;
};
CompositionResult composeTemplate(nlohmann::json json, const std::string &file,
                                  const std::vector<std::string> &searchFolders);

// The file and pointer where the composed template's `pointer` was written.
TemplateOrigin originOf(const std::vector<TemplateOrigin> &origins, const std::string &pointer);

// `pointer` of `file` as the issue of the stack `stackFile` shows it: the pointer alone in
// the stack's own file, "parts/node-versions.json#/0/id" in another (named relative to the
// stack's folder where it lies inside it).
std::string pointerInFile(const std::string &stackFile, const std::string &file, const std::string &pointer);

} // namespace stagecraft
