#include "dockerfile/document.h"

#include "common/translated.h"

#include <algorithm>
#include <cstdlib>

namespace stagecraft {

namespace {

bool isBuildKitFlag(const std::string &flag)
{
    for (const char *prefix : {"--mount", "--link", "--chmod", "--parents", "--exclude", "--network", "--security"}) {
        if (flag.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

void appendLine(RenderedDockerfile &out, const std::string &line, LineOrigin origin)
{
    out.text += line;
    out.text += '\n';
    out.lines.push_back(origin);
}

// RUN --mount flags each get a line of their own: long mount lists stay readable and
// a diff of two configurations shows exactly which mount changed.
void renderInstruction(RenderedDockerfile &out, const Instruction &instruction, LineOrigin origin)
{
    std::vector<std::string> lines;
    std::string current = instruction.keyword;
    for (const std::string &flag : instruction.flags) {
        if (flag.rfind("--mount", 0) == 0) {
            current += ' ' + flag;
            lines.push_back(current);
            current = "   ";
        } else {
            current += ' ' + flag;
        }
    }
    for (std::size_t i = 0; i < instruction.argumentLines.size(); ++i) {
        if (i > 0) {
            lines.push_back(current);
            current = "   ";
        }
        current += ' ' + instruction.argumentLines[i];
    }
    lines.push_back(current);
    for (std::size_t i = 0; i < lines.size(); ++i)
        appendLine(out, i + 1 < lines.size() ? lines[i] + " \\" : lines[i], origin);
}

} // namespace

std::string Instruction::arguments() const
{
    std::string joined;
    for (const std::string &line : argumentLines) {
        if (!joined.empty())
            joined += ' ';
        joined += line;
    }
    return joined;
}

bool Document::usesBuildKitSyntax() const
{
    for (const Stage &stage : stages) {
        for (const Instruction &instruction : stage.instructions) {
            for (const std::string &flag : instruction.flags) {
                if (isBuildKitFlag(flag))
                    return true;
            }
            if (instruction.arguments().find("<<") == 0)
                return true;
        }
    }
    return false;
}

RenderedDockerfile render(const Document &document)
{
    RenderedDockerfile out;
    if (document.usesBuildKitSyntax()) {
        appendLine(out, SyntaxDirective, {});
        appendLine(out, "", {});
    }
    for (std::size_t s = 0; s < document.stages.size(); ++s) {
        const Stage &stage = document.stages[s];
        const int stageIndex = static_cast<int>(s);
        if (s > 0)
            appendLine(out, "", {});
        std::string from = "FROM ";
        if (!stage.platform.empty())
            from += "--platform=" + stage.platform + ' ';
        from += stage.baseImage;
        if (!stage.name.empty())
            from += " AS " + stage.name;
        appendLine(out, from, {stageIndex, -1});
        for (std::size_t i = 0; i < stage.instructions.size(); ++i)
            renderInstruction(out, stage.instructions[i], {stageIndex, static_cast<int>(i)});
    }
    return out;
}

std::string explanationForLine(const Document &document, const RenderedDockerfile &rendered, int line)
{
    if (line < 0 || line >= static_cast<int>(rendered.lines.size()))
        return {};
    const LineOrigin origin = rendered.lines[static_cast<std::size_t>(line)];
    if (line == 0 && document.usesBuildKitSyntax())
        return coreText("dockerfile", "Selects BuildKit's Dockerfile syntax, version 1.x, fetched at build time: the RUN --mount lines below (bind and cache mounts) need it. It must stay the very first line.");
    if (origin.stage < 0 || origin.stage >= static_cast<int>(document.stages.size()))
        return {};
    const Stage &stage = document.stages[static_cast<std::size_t>(origin.stage)];
    if (origin.instruction < 0)
        return stage.explanation;
    if (origin.instruction >= static_cast<int>(stage.instructions.size()))
        return {};
    return stage.instructions[static_cast<std::size_t>(origin.instruction)].explanation;
}

std::pair<int, int> instructionLines(const RenderedDockerfile &rendered, int line)
{
    const int count = static_cast<int>(rendered.lines.size());
    if (line < 0 || line >= count)
        return {-1, -1};
    const LineOrigin origin = rendered.lines[static_cast<std::size_t>(line)];
    if (origin.stage < 0)
        return {line, line};
    int first = line;
    while (first > 0 && rendered.lines[static_cast<std::size_t>(first - 1)] == origin)
        --first;
    int last = line;
    while (last + 1 < count && rendered.lines[static_cast<std::size_t>(last + 1)] == origin)
        ++last;
    return {first, last};
}

namespace {

std::vector<std::string> textLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
}

// A stage is the same stage in another configuration (or the other variant) when it has the
// same name; the final stage is the other file's final stage whatever their names.
int matchingStage(const Document &before, int stage, const Document &after)
{
    if (stage < 0 || stage >= static_cast<int>(before.stages.size()) || after.stages.empty())
        return -1;
    if (stage + 1 == static_cast<int>(before.stages.size()))
        return static_cast<int>(after.stages.size()) - 1;
    const std::string &name = before.stages[static_cast<std::size_t>(stage)].name;
    for (std::size_t s = 0; s + 1 < after.stages.size(); ++s) {
        if (!name.empty() && after.stages[s].name == name)
            return static_cast<int>(s);
    }
    return -1;
}

// The position of an instruction among those of its stage with the same keyword.
int keywordOrdinal(const Stage &stage, int instruction)
{
    int ordinal = 0;
    for (int i = 0; i < instruction; ++i)
        ordinal += stage.instructions[static_cast<std::size_t>(i)].keyword == stage.instructions[static_cast<std::size_t>(instruction)].keyword;
    return ordinal;
}

} // namespace

int equivalentLine(const Document &before, const RenderedDockerfile &beforeRendered, int line, const Document &after,
                   const RenderedDockerfile &afterRendered)
{
    const int afterCount = static_cast<int>(afterRendered.lines.size());
    if (afterCount == 0)
        return -1;
    if (line < 0 || line >= static_cast<int>(beforeRendered.lines.size()))
        return std::min(std::max(line, 0), afterCount - 1);
    const LineOrigin origin = beforeRendered.lines[static_cast<std::size_t>(line)];
    const int stage = matchingStage(before, origin.stage, after);
    const std::vector<std::string> beforeLines = textLines(beforeRendered.text);
    const std::vector<std::string> afterLines = textLines(afterRendered.text);

    // The same text in the same stage (or, outside stages, anywhere), nearest first.
    int best = -1;
    for (int i = 0; i < afterCount && i < static_cast<int>(afterLines.size()); ++i) {
        if (afterLines[static_cast<std::size_t>(i)] != beforeLines[static_cast<std::size_t>(line)])
            continue;
        if (origin.stage >= 0 && afterRendered.lines[static_cast<std::size_t>(i)].stage != stage)
            continue;
        if (best < 0 || std::abs(i - line) < std::abs(best - line))
            best = i;
    }
    if (best >= 0 && !(beforeLines[static_cast<std::size_t>(line)].empty() && origin.stage < 0))
        return best;
    if (stage < 0)
        return std::min(line, afterCount - 1);

    // The same line of a continued instruction where the other one has it, else its last.
    const int offset = line - instructionLines(beforeRendered, line).first;
    const auto offsetIn = [&](LineOrigin target) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < afterCount; ++i) {
            if (afterRendered.lines[static_cast<std::size_t>(i)] == target) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? -1 : std::min(first + offset, last);
    };
    if (origin.instruction >= 0) {
        const Stage &beforeStage = before.stages[static_cast<std::size_t>(origin.stage)];
        const Stage &afterStage = after.stages[static_cast<std::size_t>(stage)];
        const std::string &keyword = beforeStage.instructions[static_cast<std::size_t>(origin.instruction)].keyword;
        const int ordinal = keywordOrdinal(beforeStage, origin.instruction);
        int candidate = -1;
        for (int i = 0; i < static_cast<int>(afterStage.instructions.size()); ++i) {
            if (afterStage.instructions[static_cast<std::size_t>(i)].keyword != keyword)
                continue;
            candidate = i; // the last one with this keyword, unless the nth exists
            if (keywordOrdinal(afterStage, i) == ordinal)
                break;
        }
        if (candidate >= 0)
            return offsetIn({stage, candidate});
    }
    const int fromLine = offsetIn({stage, -1});
    return fromLine >= 0 ? fromLine : std::min(line, afterCount - 1);
}

} // namespace stagecraft
